// Issue 4, item 5: cited documents with number/symbol, type, issuing date and span
// (src/extract/references.ts), and the bare ones ("Nghị quyết 28") kept apart, number only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bareReferences, references } from '../src/extract/references.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');
const cited = (text: string) => references(text, { number: null, skip: [] }).map(({ number, type, date, text: t }) => ({ number, type, date, text: t }));

describe('references with a symbol', () => {
  // [file or null for hand-made, sentence, expected]
  const rows: Array<[string | null, string, Array<{ number: string; type: string | null; date: string | null; text: string }>]> = [
    ['000_0170ae969454aa54.txt', 'thực hiện Nghị quyết số 22-NQ/TW ngày 10 tháng 4 năm 2013 của Bộ Chính trị',
      [{ number: '22-NQ/TW', type: 'NQ', date: '2013-04-10', text: 'Nghị quyết số 22-NQ/TW ngày 10 tháng 4 năm 2013' }]],
    ['002_01045addc55f0d23.txt', 'quán triệt Chỉ thị 15/CT-TTg ngày 07 tháng 7 năm 2015 của Thủ tướng Chính phủ',
      [{ number: '15/CT-TTg', type: 'CT', date: '2015-07-07', text: 'Chỉ thị 15/CT-TTg ngày 07 tháng 7 năm 2015' }]],
    ['001_f3a2eb2b02236d08.txt', 'Văn phòng Chính phủ vừa ban hành Thông báo số 360/TB-VPCP kết luận',
      [{ number: '360/TB-VPCP', type: 'TB', date: null, text: 'Thông báo số 360/TB-VPCP' }]],
    // "TƯ" for "TW", as printed.
    ['001_f3a2eb2b02236d08.txt', 'tổng kết 10 năm thực hiện Nghị quyết số 22-NQ/TƯ ngày 10/4/2013 của Bộ Chính trị',
      [{ number: '22-NQ/TƯ', type: 'NQ', date: '2013-04-10', text: 'Nghị quyết số 22-NQ/TƯ ngày 10/4/2013' }]],
    // Upper case in a title.
    ['002_01045addc55f0d23.txt', 'QUÁN TRIỆT CHỈ THỊ 15/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ',
      [{ number: '15/CT-TTG', type: 'CT', date: null, text: 'CHỈ THỊ 15/CT-TTG' }]],
    ['006_kh-09-btnmt-2024.txt', 'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ',
      [{ number: '13/CT-TTG', type: 'CT', date: '2024-05-02', text: 'CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024' }]],
    ['007_cv-4390-ubnd-laocai-2026.txt', 'biến nội dung của Nghị định 180/2026/NĐ-CP ngày 21/5/2026 trên địa bàn tỉnh;',
      [{ number: '180/2026/NĐ-CP', type: 'NĐ', date: '2026-05-21', text: 'Nghị định 180/2026/NĐ-CP ngày 21/5/2026' }]],
    [null, 'Căn cứ Quyết định số 1234/QĐ-TTg ngày 8-9-2023 của Thủ tướng Chính phủ;',
      [{ number: '1234/QĐ-TTg', type: 'QĐ', date: '2023-09-08', text: 'Quyết định số 1234/QĐ-TTg ngày 8-9-2023' }]],
    [null, 'theo Chỉ thị 15/CT-TTg ngày 7.7.15 của Thủ tướng',
      [{ number: '15/CT-TTg', type: 'CT', date: '2015-07-07', text: 'Chỉ thị 15/CT-TTg ngày 7.7.15' }]],
    // An invalid date is no date; the span still takes it in, so it is no deadline either.
    [null, 'theo Nghị quyết 22-NQ/TW ngày 30/2/2013 của Bộ Chính trị',
      [{ number: '22-NQ/TW', type: 'NQ', date: null, text: 'Nghị quyết 22-NQ/TW ngày 30/2/2013' }]],
  ];
  it.each(rows)('%s: %j', (file, sentence, expected) => {
    if (file) expect(corpus(file).includes(sentence)).toBe(true);
    expect(cited(sentence)).toEqual(expected);
  });
});

describe('bare references (no symbol): number only, not in document.references', () => {
  const rows: Array<[string, string, Array<{ number: string; type: string | null; date: string | null; text: string }>]> = [
    ['002_01045addc55f0d23.txt', 'Cần quán triệt sâu sắc Nghị quyết 28 của Ban chấp hành Trung ương về Chiến lược bảo vệ Tổ quốc trong tình hình mới và Chỉ thị 46 của Bộ Chính trị', [
      { number: '28', type: 'NQ', date: null, text: 'Nghị quyết 28' },
      { number: '46', type: 'CT', date: null, text: 'Chỉ thị 46' },
    ]],
    ['001_f3a2eb2b02236d08.txt', 'Theo Thông báo số 360, Phó Thủ tướng yêu cầu', [{ number: '360', type: 'TB', date: null, text: 'Thông báo số 360' }]],
    ['004_5fed355252d6cdb1.txt', 'Trong 10 năm qua, việc triển khai Nghị quyết 22 đã', [{ number: '22', type: 'NQ', date: null, text: 'Nghị quyết 22' }]],
    // With a symbol it is a reference, not a bare one; without a number it is neither.
    ['001_f3a2eb2b02236d08.txt', 'tổng kết 10 năm thực hiện Nghị quyết số 22-NQ/TƯ ngày 10/4/2013', []],
    ['009_qd-904-ubnd-laocai-2025.txt', 'Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 920 /TTr-SCT', []],
    ['000_0170ae969454aa54.txt', 'tiếp tục thực hiện Nghị quyết Trung ương 4 khóa X', []],
  ];
  it.each(rows)('%s: %j', (file, sentence, expected) => {
    expect(corpus(file).includes(sentence)).toBe(true);
    expect(bareReferences(sentence).map(({ number, type, date, text }) => ({ number, type, date, text }))).toEqual(expected);
    for (const bare of expected) expect(cited(sentence).map((r) => r.number)).not.toContain(bare.number);
  });

  it('reads the date after a bare reference', () => {
    expect(bareReferences('Nghị quyết số 22 ngày 10/4/2013 của Bộ Chính trị')).toEqual([
      { number: '22', type: 'NQ', date: '2013-04-10', text: 'Nghị quyết số 22 ngày 10/4/2013', span: [0, 31] },
    ]);
  });
});
