// The cue tests of structure/cues.ts on folded corpus text (ingest/match.ts `fold`): every
// unnumbered gold directive instructs (or continues an instruction, or is a capitalised task of
// an inline list), and the sentences the annotators ruled out (ANNOTATION-NOTES.md) do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../src/ingest/match.js';
import {
  instructs, isClosing, isDescriptiveHeading, isUrgent, startsTrailing, startsWithAction, startsWithContinuation,
} from '../src/structure/cues.js';
import type { GoldDirective, GoldFile } from '../src/validate/gold.js';

const FILES: Readonly<Record<string, string>> = {
  '000': '000_0170ae969454aa54', '001': '001_f3a2eb2b02236d08', '002': '002_01045addc55f0d23',
  '003': '003_282706f9053aedd7', '004': '004_5fed355252d6cdb1', '005': '005_qd-1803-ttg-2015',
  '006': '006_kh-09-btnmt-2024', '007': '007_cv-4390-ubnd-laocai-2026', '008': '008_tb-831-ubnd-camduong-2026',
  '009': '009_qd-904-ubnd-laocai-2025',
};
const read = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');
const text = (file: string): string => read(`${FILES[file]}.txt`);
const gold = (file: string): GoldFile => JSON.parse(read(`${FILES[file]}.gold.json`)) as GoldFile;

function goldText(file: string, id: string): string {
  const find = (ds: GoldDirective[]): GoldDirective | undefined => {
    for (const d of ds) {
      if (d.id === id) return d;
      const inner = find(d.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const d = find(gold(file).directives);
  if (!d) throw new Error(`${file} has no gold directive ${id}`);
  return d.text;
}

/** The corpus text from `first` to the end of `last` (checked to be in the file). */
function cut(file: string, first: string, last: string): string {
  const t = text(file);
  const start = t.indexOf(first);
  const end = t.indexOf(last, start);
  if (start < 0 || end < 0) throw new Error(`${file}: not found: ${first} … ${last}`);
  return t.slice(start, end + last.length);
}

describe('instructs: the unnumbered gold directives', () => {
  // How each "s" directive of the gold files stands (ANNOTATION.md, "What is a directive" 3, 4):
  // - cue: instructs() alone says so;
  // - continuation: it "plainly continues the previous instruction" ("Đồng thời, …", "Trên cơ sở
  //   đó, …"): the segmenter keeps it after a directive through startsWithContinuation();
  // - task: a child of an inline list ("…; Xây dựng …; Nâng cao …"), cut by withInlineList()
  //   where a ";"-segment starts with an action (startsWithAction()).
  const rows: ReadonlyArray<readonly [string, string, 'cue' | 'continuation' | 'task']> = [
    ['000', 's1', 'cue'], ['000', 's2', 'cue'], ['000', 's3', 'cue'], ['000', 's4', 'cue'],
    ['000', 's5', 'cue'], ['000', 's6', 'cue'], ['000', 's7', 'cue'], ['000', 's8', 'cue'],
    ['000', 's3.1', 'task'], ['000', 's3.2', 'task'], ['000', 's3.3', 'task'], ['000', 's3.4', 'task'], ['000', 's3.5', 'task'],
    ['000', 's4.1', 'task'], ['000', 's4.2', 'task'], ['000', 's4.3', 'task'],
    ['000', 's5.1', 'task'], ['000', 's5.2', 'task'], ['000', 's5.3', 'task'], ['000', 's5.4', 'task'],
    ['000', 's6.1', 'task'], ['000', 's6.2', 'task'],
    ['001', 's1', 'cue'],
    // "Đồng thời, Ban chỉ đạo liên ngành phối hợp chặt chẽ với …" ("chặt chẽ" splits "phối hợp với").
    ['001', 's2', 'continuation'],
    ['001', 's3', 'cue'],
    // "Trên cơ sở đó, từng bộ, ngành, cơ quan xác định …" (ANNOTATION.md's own example).
    ['001', 's4', 'continuation'],
    ['001', 's5', 'cue'], ['001', 's6', 'cue'], ['001', 's7', 'cue'],
    ['003', 's1', 'cue'], ['003', 's2', 'cue'], ['003', 's3', 'cue'], ['003', 's4', 'cue'], ['003', 's5', 'cue'], ['003', 's6', 'cue'],
    ['004', 's1', 'cue'], ['004', 's2', 'cue'], ['004', 's3', 'cue'], ['004', 's4', 'cue'],
    ['005', 's1', 'cue'], ['006', 's1', 'cue'], ['007', 's1', 'cue'], ['009', 's1', 'cue'],
  ];

  it('the table lists every "s" directive of the gold files', () => {
    const ids = (ds: GoldDirective[]): string[] => ds.flatMap((d) => [d.id, ...ids(d.children)]);
    const all = Object.keys(FILES).flatMap((f) => ids(gold(f).directives).filter((id) => id.startsWith('s')).map((id) => `${f} ${id}`));
    expect(rows.map(([f, id]) => `${f} ${id}`).sort()).toEqual(all.sort());
  });

  it.each(rows)('%s %s (%s)', (file, id, how) => {
    const f = fold(goldText(file, id));
    if (how === 'cue') expect(instructs(f)).toBe(true);
    if (how === 'continuation') expect(instructs(f) || startsWithContinuation(f)).toBe(true);
    if (how === 'continuation') expect(startsWithContinuation(f)).toBe(true);
    if (how === 'task') expect(startsWithAction(f)).toBe(true);
  });
});

describe('instructs: sentences that are not directives (ANNOTATION-NOTES.md)', () => {
  // [file, why not, first words, last words]
  const rows: ReadonlyArray<readonly [string, string, string, string]> = [
    ['000', 'the lead: a past act ("đã ký ban hành")', '(kiemtoannn.gov.vn) - Ngày 13 tháng 5 năm 2014', 'về hội nhập Quốc tế.'],
    ['000', 'background ("Được biết")', 'Được biết, Nghị quyết số 22-NQ/TW', 'Việt Nam Xã hội chủ nghĩa.'],
    ['000', 'what the resolution did ("đã chỉ rõ", "quan điểm chỉ đạo")', 'Nghị quyết đã chỉ rõ mục tiêu, quan điểm chỉ đạo', 'trong thời gian tới.'],
    ['000', 'what the programme is for ("với mục tiêu tiếp tục …")', 'Thực hiện sự phân công Bộ Chính trị', 'Nghị quyết 22-NQ/TW.'],
    ['000', 'describes the programme, although it has "cần"', 'Chương trình hành động này sẽ xác định', 'triển khai trong thời gian tới.'],
    ['001', 'related-article headlines', 'Nghị quyết 22-NQ/TW: Bước chuyển', 'cho hội nhập quốc tế |'],
    ['001', 'the lead: "vừa ban hành"', 'Văn phòng Chính phủ vừa ban hành', 'giáo dục và đào tạo.'],
    ['002', 'an account: "đã chủ trì Hội nghị"', 'Ngày 27 tháng 8 năm 2015, tại trụ sở Chính phủ', 'của Thủ tướng Chính phủ.'],
    ['002', 'an assessment: "Đánh giá cao …"', 'Trên cơ sở kết quả của Hội nghị', 'địa phương, doanh nghiệp...'],
    ['002', 'the closing formula', 'Văn phòng Chính phủ xin thông báo', 'biết, thực hiện./.'],
    ['003', 'the lead: "đã chủ trì cuộc họp"', '(VOH) - Ngày 11/12', 'cuộc họp với các bộ ngành.'],
    ['003', 'a photo caption', 'Phó Thủ tướng Vũ Đức Đam kết luận cuộc họp.', 'kết luận cuộc họp.'],
    ['003', 'a report of results ("cho biết")', 'Báo cáo của Thường trực Ban chỉ đạo cho biết', 'mà Việt Nam là thành viên.'],
    ['003', 'an opinion: "cho rằng rất cần phải …"', 'Thứ trưởng Bộ LĐTBXH Lê Quân', 'thiết thực và rõ nét hơn.'],
    ['003', 'praise: "cho rằng …", "đánh giá cao"', 'Kết luận cuộc họp, Phó Thủ tướng Vũ Đức Đam cho rằng', 'đánh giá cao.'],
    ['004', 'the lead: "chủ trì phiên họp"', 'Sáng 2/8, tại Hà Nội', 'lần thứ nhất của Ban Chỉ đạo.'],
    ['004', 'results: "đã đạt nhiều kết quả"', 'Trong 10 năm qua', 'trên trường quốc tế.'],
    ['004', 'a past account: "đã lãnh đạo, chỉ đạo …"', 'Đối với tỉnh Lạng Sơn', 'hợp tác và phát triển.'],
    ['004', 'an account of the meeting ("đã tham luận … đề xuất")', 'Tại hội nghị, các đại biểu đã tham luận', 'trong những năm tiếp theo.'],
    ['004', 'an assessment: "nêu rõ: Bên cạnh những kết quả …"', 'Phát biểu chỉ đạo tại phiên họp', 'trong quá trình hội nhập quốc tế;…'],
    ['005', 'entry into force', 'Điều 4. Quyết định này có hiệu lực', 'kể từ ngày ký.'],
    ['006', 'describes the document ("Trên đây là")', 'Trên đây là Kế hoạch', 'quốc gia tự quyết định.'],
    ['008', 'the past: "đã gửi hồ sơ"', 'Các Doanh nghiệp, Hợp tác xã, tổ', 'hành chính công phường Cam\nĐường.'],
    ['008', 'the closing formula', 'Ủy ban nhân dân phường Cam Đường xin trân trọng thông báo./.', 'thông báo./.'],
    ['009', 'how long the authorisation lasts', 'Điều 2. Thời hạn ủy quyền', 'năm 2025.'],
    ['009', 'entry into force', 'Điều 5. Quyết định này có hiệu lực', 'kể từ ngày ký ban hành.'],
  ];

  it.each(rows)('%s: %s', (file, _why, first, last) => {
    expect(instructs(fold(cut(file, first, last)))).toBe(false);
  });

  // "đề nghị" naming the applicants of a disclosure notice ("hồ sơ của đơn vị đề nghị làm chủ đầu
  // tư", "tổ chức đề nghị làm chủ đầu tư") asks no one: 008 reports who applied (ANNOTATION-NOTES.md,
  // 008: "None of it is a directive"). The cue data masks the applicant's phrases (cues.json
  // notInstruct), so that the same sentence in a news report is no directive either.
  const applicants: ReadonlyArray<readonly [string, string, string, string]> = [
    ['008', 'says what the notice itself does', 'Ủy ban nhân dân phường Cam Đường công khai', 'tỉnh Lào Cai, như sau:'],
    ['008', 'reports a result', 'UBND phường Cam Đường đã nhận được 01 hồ sơ', 'cụ thể như sau:'],
    ['008', 'reports a past cut-off', 'Đến 17 giờ 00 phút ngày 05/8/2026', 'Công ty Cổ phần 289\nTrường Sơn.'],
  ];
  it.each(applicants)('%s: %s', (file, _why, first, last) => {
    expect(instructs(fold(cut(file, first, last)))).toBe(false);
  });

  // MADE-UP sentences (not from any notice): a request of the text itself still instructs, also
  // beside an applicant's phrase.
  it.each([
    'Đề nghị các sở, ngành làm rõ nguyên nhân chậm tiến độ.',
    'Đề nghị Sở Tài chính hướng dẫn doanh nghiệp hoàn thiện hồ sơ đề nghị làm chủ đầu tư.',
  ])('instructs: %s', (sentence) => {
    expect(instructs(fold(sentence))).toBe(true);
  });

  // MADE-UP sentences: no cue word, but a task with a dated time limit instructs; the same limit
  // in an account of the past, or with no action, does not.
  it.each([
    ['Các sở, ngành báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12/2026.', true],
    ['Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh chậm nhất ngày 20 hằng tháng.', true],
    ['Các sở đã báo cáo kết quả trước ngày 15/5.', false],
    ['Hội nghị diễn ra trước ngày 15/5 tại Hà Nội.', false],
  ])('a dated time limit: %s → %s', (sentence, expected) => {
    expect(instructs(fold(sentence))).toBe(expected);
  });
});

describe('instructs: not directives by position, though their words instruct', () => {
  // These are excluded by the structure stage (a headline without a closing mark, a lead-in in the
  // preamble, the "I. MỤC ĐÍCH, YÊU CẦU" section), not by the cue words: instructs() says true,
  // and corpus-structure.test.ts checks that no directive is made of them.
  const rows: ReadonlyArray<readonly [string, string, string, string]> = [
    ['003', 'the headline, restating s3', 'Tiếp tục phát huy, có trách nhiệm khi', 'điều ước quốc tế\n'],
    ['007', 'the lead-in of items 1–4', 'Thực hiện Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ\n', 'tỉnh giao:'],
    ['006', 'a "Yêu cầu" of the descriptive section I', '- Các đơn vị chủ trì nhiệm vụ', 'quy định của pháp luật.'],
  ];
  it.each(rows)('%s: %s', (file, _why, first, last) => {
    expect(instructs(fold(cut(file, first, last).trim()))).toBe(true);
  });
});

describe('the other cue tests on corpus sentences', () => {
  interface Row { name: string; test: (folded: string) => boolean; file: string; words: readonly [string, string]; expected: boolean }
  const rows: readonly Row[] = [
    { name: 'startsWithContinuation', test: startsWithContinuation, file: '000', words: ['Đồng thời, các Bộ, cơ quan ngang Bộ', 'năng lực hội nhập quốc tế.'] as const, expected: true },
    { name: 'startsWithContinuation', test: startsWithContinuation, file: '000', words: ['Trong đó, xây dựng và triển khai', 'các cấp, các ngành.'] as const, expected: true },
    { name: 'startsWithContinuation', test: startsWithContinuation, file: '004', words: ['Trọng tâm là tiếp tục', 'thực hiện;…'] as const, expected: true },
    { name: 'startsWithContinuation', test: startsWithContinuation, file: '003', words: ['Đồng thời tham khảo kinh nghiệm', 'ở trong nước.'] as const, expected: true },
    { name: 'startsWithContinuation', test: startsWithContinuation, file: '000', words: ['Trên cơ sở những nội dung', 'hàng năm./.'] as const, expected: false },
    { name: 'startsWithContinuation', test: startsWithContinuation, file: '001', words: ['Theo Thông báo số 360', 'trước ngày 8/9/2023.'] as const, expected: false },
    { name: 'isClosing', test: isClosing, file: '002', words: ['Văn phòng Chính phủ xin thông báo', 'thực hiện./.'] as const, expected: true },
    { name: 'isClosing', test: isClosing, file: '008', words: ['Ủy ban nhân dân phường Cam Đường xin trân trọng thông báo', 'thông báo./.'] as const, expected: true },
    { name: 'isClosing', test: isClosing, file: '006', words: ['Trên đây là Kế hoạch', 'quốc gia tự quyết định.'] as const, expected: true },
    // 007 s1 ends like a closing formula but has "yêu cầu" and names its addressees.
    { name: 'isClosing', test: isClosing, file: '007', words: ['Căn cứ nội dung chỉ đạo trên', 'thực hiện./.'] as const, expected: false },
    { name: 'isUrgent', test: isUrgent, file: '001', words: ['Theo Thông báo số 360', 'trước ngày 8/9/2023.'] as const, expected: true },
    { name: 'isUrgent', test: isUrgent, file: '006', words: ['Các đơn vị được giao nhiệm vụ trong Kế hoạch', 'và hiệu quả.'] as const, expected: true },
    { name: 'isUrgent', test: isUrgent, file: '004', words: ['Thủ tướng Chính phủ giao Bộ Ngoại giao', 'trong thời gian tới.'] as const, expected: false },
    { name: 'startsTrailing', test: startsTrailing, file: '005', words: ['Bộ trưởng các Bộ: Kế hoạch', 'Quyết định này./.'] as const, expected: true },
    { name: 'startsTrailing', test: startsTrailing, file: '009', words: ['Chánh Văn phòng Ủy ban nhân dân tỉnh;', 'Quyết định này./.'] as const, expected: true },
    { name: 'startsTrailing', test: startsTrailing, file: '007', words: ['Căn cứ nội dung chỉ đạo trên', 'thực hiện./.'] as const, expected: true },
    { name: 'startsTrailing', test: startsTrailing, file: '009', words: ['Chuẩn bị các nguồn lực', 'được ủy quyền.'] as const, expected: false },
    { name: 'startsWithAction', test: startsWithAction, file: '009', words: ['Chuẩn bị các nguồn lực', 'được ủy quyền.'] as const, expected: true },
    { name: 'startsWithAction', test: startsWithAction, file: '005', words: ['Chủ trì, điều phối và phối hợp', 'tính chất của Dự án.'] as const, expected: true },
    { name: 'startsWithAction', test: startsWithAction, file: '009', words: ['Người được ủy quyền phải', 'được ủy quyền và'] as const, expected: false },
    { name: 'isDescriptiveHeading', test: isDescriptiveHeading, file: '006', words: ['Mục đích', 'Mục đích'] as const, expected: true },
    { name: 'isDescriptiveHeading', test: isDescriptiveHeading, file: '006', words: ['Yêu cầu\n', 'Yêu cầu'] as const, expected: true },
    // The segmenter tests a heading line by its first words ("Thời hạn" of "Thời hạn ủy quyền").
    { name: 'isDescriptiveHeading', test: isDescriptiveHeading, file: '009', words: ['Thời hạn', 'Thời hạn'] as const, expected: true },
    { name: 'isDescriptiveHeading', test: isDescriptiveHeading, file: '009', words: ['Điều kiện ủy quyền', 'Điều kiện ủy quyền'] as const, expected: false },
  ];
  it.each(rows)('$name: $file $words.0 … → $expected', ({ test, file, words, expected }) => {
    expect(test(fold(cut(file, words[0], words[1]).trim()))).toBe(expected);
  });
});
