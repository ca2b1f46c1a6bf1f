// labelAt (structure/labels.ts) on the label forms of the corpus, at their real offsets, and on
// numbers of running text that must never open an item. Every case is read from corpus/*.txt:
// the printed snippet is checked to stand at the given offset first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelAt, type Label } from '../src/structure/labels.js';

const texts = new Map<string, string>();
const corpus = (name: string): string => {
  if (!texts.has(name)) texts.set(name, readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8'));
  return texts.get(name)!;
};

const F000 = '000_0170ae969454aa54.txt';
const F002 = '002_01045addc55f0d23.txt';
const F003 = '003_282706f9053aedd7.txt';
const F004 = '004_5fed355252d6cdb1.txt';
const F005 = '005_qd-1803-ttg-2015.txt';
const F006 = '006_kh-09-btnmt-2024.txt';
const F007 = '007_cv-4390-ubnd-laocai-2026.txt';
const F008 = '008_tb-831-ubnd-camduong-2026.txt';
const F009 = '009_qd-904-ubnd-laocai-2025.txt';

describe('labelAt: label forms of the corpus', () => {
  // [file, snippet printed at `start`, expected label]
  const valid: ReadonlyArray<readonly [string, string, Label]> = [
    [F005, 'Điều 3. Ngân hàng Nhà nước', { style: 'article', value: '3', ordinal: 3, start: 3805, contentStart: 3813 }],
    [F009, 'Điều 3. Điều kiện ủy quyền', { style: 'article', value: '3', ordinal: 3, start: 2528, contentStart: 2536 }],
    [F009, 'Điều 1. Ủy quyền cho Giám đốc', { style: 'article', value: '1', ordinal: 1, start: 1748, contentStart: 1756 }],
    [F009, 'Điều 2. Thời hạn ủy quyền', { style: 'article', value: '2', ordinal: 2, start: 2408, contentStart: 2416 }],
    [F006, 'I. MỤC ĐÍCH, YÊU CẦU', { style: 'roman', value: 'I', ordinal: 1, start: 681, contentStart: 684 }],
    [F006, 'II. NHIỆM VỤ CHỦ YẾU', { style: 'roman', value: 'II', ordinal: 2, start: 1798, contentStart: 1802 }],
    [F006, 'III. TỔ CHỨC THỰC HIỆN', { style: 'roman', value: 'III', ordinal: 3, start: 4746, contentStart: 4751 }],
    // Inside the single line of corpus/002 ("… các nhiệm vụ chủ yếu sau: 1. Tiếp tục …").
    [F002, '1. Tiếp tục đẩy mạnh', { style: 'arabic', value: '1', ordinal: 1, start: 1619, contentStart: 1622 }],
    [F002, '2. Phát huy tinh thần', { style: 'arabic', value: '2', ordinal: 2, start: 2272, contentStart: 2275 }],
    [F002, '5. Về hội nhập văn hóa', { style: 'arabic', value: '5', ordinal: 5, start: 5218, contentStart: 5221 }],
    // Indented items of a space-aligned letter and of a PDF text layer.
    [F007, '2. Các sở, ban, ngành cấp tỉnh', { style: 'arabic', value: '2', ordinal: 2, start: 1211, contentStart: 1214 }],
    [F009, '2. Người được ủy quyền', { style: 'arabic', value: '2', ordinal: 2, start: 2893, contentStart: 2896 }],
    [F006, 'a) Chủ trì, phối hợp', { style: 'letter', value: 'a', ordinal: 1, start: 4809, contentStart: 4812 }],
    // "đ" comes after "d" (ordinal 5); the letters count on past the skipped "f" (g = 8, k = 12).
    [F006, 'đ) Chủ trì, phối hợp', { style: 'letter', value: 'đ', ordinal: 5, start: 6100, contentStart: 6103 }],
    [F006, 'g) Phối hợp với cơ quan', { style: 'letter', value: 'g', ordinal: 8, start: 6746, contentStart: 6749 }],
    [F006, 'k) Theo dõi, đôn đốc', { style: 'letter', value: 'k', ordinal: 12, start: 7971, contentStart: 7974 }],
    [F005, '- Thực hiện các thủ tục', { style: 'dash', value: '', ordinal: 0, start: 3419, contentStart: 3421 }],
    [F006, '- Các đơn vị chủ trì', { style: 'dash', value: '', ordinal: 0, start: 1302, contentStart: 1304 }],
    [F008, '- Tên đơn vị:', { style: 'dash', value: '', ordinal: 0, start: 2092, contentStart: 2094 }],
    // In the allocation table of corpus/005 ("| + Bộ Tài nguyên và Môi trường: | 1.260.000 USD; |").
    [F005, '+ Bộ Tài nguyên và Môi trường', { style: 'plus', value: '', ordinal: 0, start: 1191, contentStart: 1193 }],
    [F005, '(1) Tổng mức vốn', { style: 'paren', value: '1', ordinal: 1, start: 917, contentStart: 921 }],
  ];

  it.each(valid)('%s: "%s"', (file, snippet, expected) => {
    const text = corpus(file);
    expect(text.startsWith(snippet, expected.start)).toBe(true);
    expect(labelAt(text, expected.start)).toEqual(expected);
  });

  it.each(valid)('%s: "%s" — the label alone, at offset 0, has the same shape', (_file, snippet, expected) => {
    const label = labelAt(snippet, 0);
    expect(label).toEqual({ ...expected, start: 0, contentStart: expected.contentStart - expected.start });
  });
});

describe('labelAt: numbers of running text are not labels', () => {
  // [file, snippet]: no position of the snippet (in its corpus text) starts a label.
  const nowhere: ReadonlyArray<readonly [string, string]> = [
    [F002, 'ở đầu cầu 63 tỉnh, thành phố'],
    [F004, 'tại 63 tỉnh, thành phố trên toàn quốc'],
    [F002, 'mục tiêu trong năm 2016 đạt mức'],
    [F002, 'trung bình của ASEAN-4 trên một số'],
    [F004, 'Sáng 2/8, tại Hà Nội'],
    [F002, 'Cần quán triệt sâu sắc Nghị quyết 28 của Ban chấp hành'],
    [F005, 'Tổng mức vốn của Dự án: 3.600.000 USD, trong đó'],
    [F005, '2.650.000.000 VNĐ'],
    [F004, 'Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị'],
    [F000, 'ngày 10 tháng 4 năm 2013 của Bộ Chính trị'],
    [F003, '028.38225933 (Hotline)'],
    [F009, 'khoản 5 Điều 37 Chương XIV và điểm ii, Mục 3'],
    [F009, 'Như Điều 5;'],
    [F002, 'QHQT (3b).'],
  ];

  it.each(nowhere)('%s: "%s"', (file, snippet) => {
    const text = corpus(file);
    const at = text.indexOf(snippet);
    expect(at).toBeGreaterThanOrEqual(0);
    const found: Label[] = [];
    for (let p = at; p < at + snippet.length; p++) {
      const label = labelAt(text, p);
      if (label) found.push(label);
    }
    expect(found).toEqual([]);
  });

  // The segmenter asks labelAt only at a line start or after a space (segment.ts, CANDIDATE):
  // at those positions these are not labels, although a digit inside them could start one.
  const atWordStarts: ReadonlyArray<readonly [string, string]> = [
    [F002, 'TB (220) BỘ TRƯỞNG, CHỦ NHIỆM'],
    [F003, '(FM 95.6)'],
  ];

  it.each(atWordStarts)('%s: "%s" (at word starts)', (file, snippet) => {
    const text = corpus(file);
    const at = text.indexOf(snippet);
    expect(at).toBeGreaterThanOrEqual(0);
    const starts = [...snippet].map((_, i) => i).filter((i) => i === 0 || /\s/u.test(snippet[i - 1]!));
    expect(starts.map((i) => labelAt(text, at + i))).toEqual(starts.map(() => null));
  });

  // Label-shaped, but not labels by the grammar: corpus labels misprinted (the last one as printed).
  const shaped: ReadonlyArray<readonly [string, string]> = [
    ['a Roman numeral that is not one ("IIII.")', 'IIII. NHIỆM VỤ'],
    ['a number not followed by a capital ("1. tiếp tục")', '1. tiếp tục đẩy mạnh'],
    ['an article number without its mark ("Điều 5 Quyết định")', 'Điều 5 Quyết định này'],
    ['a letter list mark without a space ("a)Chủ trì")', 'a)Chủ trì, phối hợp'],
    ['a dash glued to its word ("-Thực hiện")', '-Thực hiện các thủ tục'],
    ['a three-digit "number" ("100. Tổng")', '100. Tổng mức vốn'],
    ['a parenthesised word ("(VOH) - Ngày")', '(VOH) - Ngày 11/12'],
  ];

  it.each(shaped)('%s', (_name, text) => {
    expect(labelAt(text, 0)).toBeNull();
  });
});
