// The deadline reader (src/extract/deadlines): every parser and kind on real sentences of the
// corpus, each checked to occur in its file, with exact texts, kinds, values and precisions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeadlines, type ReadOptions } from '../src/extract/deadlines/index.js';
import { references } from '../src/extract/references.js';
import { fold } from '../src/ingest/match.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');

interface Seen {
  text: string;
  kind: string;
  value: string | null;
  precision: string | null;
  relative?: string | null;
}

function read(sentence: string, options: ReadOptions = {}): Seen[] {
  const text = sentence.normalize('NFC');
  return readDeadlines(text, fold(text), options).deadlines.map(({ text: t, kind, value, precision, relative }) =>
    relative === undefined ? { text: t, kind, value, precision } : { text: t, kind, value, precision, relative },
  );
}

const by = (text: string, value: string | null, precision: string | null): Seen => ({ text, kind: 'by', value, precision });

// [file, sentence as printed, document date, expected]
type Row = [string, string, string | null, Seen[]];

const CORPUS_ROWS: Row[] = [
  ['001_f3a2eb2b02236d08.txt', 'bảo đảm sự chỉ đạo, điều hành được liên tục, xuyên suốt; hoàn thành trước ngày 8/9/2023.', null,
    [by('trước ngày 8/9/2023', '2023-09-08', 'day')]],
  ['000_0170ae969454aa54.txt', 'báo cáo Thủ tướng, Trưởng Ban Chỉ đạo quốc gia về hội nhập quốc tế trong tháng 6/2014, trên cơ sở đó, cụ thể hóa thành các nhiệm vụ trong kế hoạch công tác hàng năm./.', '2014-05-15',
    [by('trong tháng 6/2014', '2014-06', 'month'), { text: 'hàng năm', kind: 'recurring', value: 'P1Y', precision: 'duration' }]],
  ['000_0170ae969454aa54.txt', 'Xây dựng và triển khai kế hoạch tham gia hoạt động gìn giữ hòa bình của Liên hợp quốc từ năm 2014, Chiến lược hội nhập quốc tế trong lĩnh vực an ninh đến năm 2020…', '2014-05-15',
    [{ text: 'từ năm 2014', kind: 'from', value: '2014', precision: 'year' }, { text: 'đến năm 2020', kind: 'horizon', value: '2020', precision: 'year' }]],
  ['000_0170ae969454aa54.txt', 'xây dựng và triển khai Chiến lược tổng thể về hội nhập quốc tế đến năm 2020, tầm nhìn đến năm 2030', '2014-05-15',
    [{ text: 'đến năm 2020', kind: 'horizon', value: '2020', precision: 'year' }, { text: 'tầm nhìn đến năm 2030', kind: 'horizon', value: '2030', precision: 'year' }]],
  ['000_0170ae969454aa54.txt', 'đáp ứng được những yêu cầu đặt ra đối với sự phát triển của đất nước từ nay đến năm 2020', '2014-05-15',
    [{ text: 'từ nay đến năm 2020', kind: 'horizon', value: '2020', precision: 'year' }]],
  // "sau năm 2015": after, not by (ANNOTATION-NOTES 000 s5.2). The text has a no-break space.
  ['000_0170ae969454aa54.txt', 'đóng góp xây dựng Cộng đồng ASEAN và định hướng\u00A0 phát triển Cộng đồng sau năm 2015', '2014-05-15', []],
  ['002_01045addc55f0d23.txt', 'Trong 2 năm tới cần tập trung cải thiện môi trường kinh doanh', '2015-10-02',
    [{ text: 'Trong 2 năm tới', kind: 'by', value: '2017', precision: 'year', relative: 'P2Y' }]],
  // A number that looks like a date: "ASEAN-4".
  ['002_01045addc55f0d23.txt', 'bảo đảm thực hiện được mục tiêu trong năm 2016 đạt mức trung bình của ASEAN-4 trên một số chỉ tiêu chủ yếu', '2015-10-02',
    [by('trong năm 2016', '2016', 'year')]],
  ['002_01045addc55f0d23.txt', 'chuẩn bị thật tốt cho Năm APEC 2017', '2015-10-02', []],
  ['002_01045addc55f0d23.txt', 'doanh nghiệp tiêu biểu ở đầu cầu 63 tỉnh, thành phố', '2015-10-02', []],
  ['003_282706f9053aedd7.txt', 'để phối hợp với các thành viên khác trong năm 2019.', null, [by('trong năm 2019', '2019', 'year')]],
  // A year naming an event, no cue: a modifier of the noun (ANNOTATION-NOTES 003 s2).
  ['003_282706f9053aedd7.txt', 'để đưa vào các chương trình nghị sự ASEAN năm 2020 khi Việt Nam làm Chủ tịch', null, []],
  ['003_282706f9053aedd7.txt', 'những năm qua, các bộ, ngành không chỉ tích cực', null, []],
  ['004_5fed355252d6cdb1.txt', 'Trong 10 năm qua, việc triển khai Nghị quyết 22 đã', '2023-08-02', []],
  ['004_5fed355252d6cdb1.txt', 'nâng cao hiệu quả hội nhập quốc tế trong những năm tiếp theo.', '2023-08-02', []],
  ['004_5fed355252d6cdb1.txt', 'Từ năm 2013 đến nay, Việt Nam đã nâng cấp quan hệ', '2023-08-02', []],
  // A past period of a report of 2023.
  ['004_5fed355252d6cdb1.txt', 'Nghị quyết số 22 của Bộ Chính trị về Hội nhập quốc tế, giai đoạn 2013 – 2022, Tỉnh ủy', '2023-08-02', []],
  ['005_qd-1803-ttg-2015.txt', '- Thời gian thực hiện Dự án: 36 tháng sau khi Văn kiện Dự án được phê duyệt.', '2015-10-22', []],
  ['005_qd-1803-ttg-2015.txt', 'Điều 4. Quyết định này có hiệu lực kể từ ngày ký.', '2015-10-22', []],
  ['005_qd-1803-ttg-2015.txt', '| Số: 1803/QĐ-TTg | *Hà Nội, ngày 22 tháng 10 năm 2015* |', null, []],
  ['006_kh-09-btnmt-2024.txt', 'tiềm năng tạo tín chỉ các-bon từ rừng của Việt Nam giai đoạn 2021 - 2030, có xét đến năm 2050.', '2024-08-06',
    [{ text: 'giai đoạn 2021 - 2030', kind: 'horizon', value: '2030', precision: 'year' }, { text: 'có xét đến năm 2050', kind: 'horizon', value: '2050', precision: 'year' }]],
  ['006_kh-09-btnmt-2024.txt', 'hoàn thiện dự thảo Kế hoạch giảm phát thải khí nhà kính, bao gồm khí mê-tan trong lĩnh vực quản lý chất thải đến năm 2030', '2024-08-06',
    [{ text: 'đến năm 2030', kind: 'horizon', value: '2030', precision: 'year' }]],
  // The blank date of a caption to be filled in.
  ['006_kh-09-btnmt-2024.txt', '*(Ban hành kèm theo Kế hoạch số       /KH-BTNMT ngày    tháng 8 năm 2024 của Bộ Tài nguyên và Môi trường)*', '2024-08-06', []],
  ['008_tb-831-ubnd-camduong-2026.txt', 'Từ ngày 22/7/2026 đến ngày 05/8/2026.', '2026-08-06', []],
  ['008_tb-831-ubnd-camduong-2026.txt', 'Đến 17 giờ 00 phút ngày 05/8/2026, UBND phường Cam Đường không', '2026-08-06', []],
  ['008_tb-831-ubnd-camduong-2026.txt', 'Lào Cai phê duyệt điều chỉnh Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030, tầm\nnhìn đến năm 2050;', '2026-08-06',
    [{ text: 'thời kỳ 2021-2030', kind: 'horizon', value: '2030', precision: 'year' }, { text: 'tầm\nnhìn đến năm 2050', kind: 'horizon', value: '2050', precision: 'year' }]],
  ['008_tb-831-ubnd-camduong-2026.txt', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;', null, []],
  // A line break inside the expression (PDF text layer).
  ['009_qd-904-ubnd-laocai-2025.txt', 'Kể từ ngày Quyết định này có hiệu lực thi hành cho đến hết ngày 31 tháng 12\nnăm 2025.', '2025-08-26',
    [by('cho đến hết ngày 31 tháng 12\nnăm 2025', '2025-12-31', 'day')]],
  // Issue 15, point 6: a vision after "đến năm 2030" makes both horizons (ANNOTATION-NOTES 001 s5).
  ['001_f3a2eb2b02236d08.txt', '(như chính sách xã hội đến năm 2030 và tầm nhìn đến năm 2045, trong đó', '2023-09-06',
    [{ text: 'đến năm 2030', kind: 'horizon', value: '2030', precision: 'year' }, { text: 'tầm nhìn đến năm 2045', kind: 'horizon', value: '2045', precision: 'year' }]],
  // A target's year is a horizon, not a time limit on the action (corpus-notes 013 II.7).
  ['013_kl-75-tw-2026.txt', 'phấn đấu thực hiện mục tiêu đạt phát thải ròng bằng 0 vào năm 2050.', '2026-07-28',
    [{ text: 'vào năm 2050', kind: 'horizon', value: '2050', precision: 'year' }]],
  ['011_kh-134-ubnd-laocai-2026.txt', 'quy hoạch, hoàn thành trong quý IV năm 2026.', '2026-03-26', [by('trong quý IV năm 2026', '2026-Q4', 'quarter')]],
  // A time column printed one cell a line (010's task table): alone on its line, a quarter is a limit.
  ['010_qd-2200-bnnmt-2026.txt', 'Cục Lâm nghiệp và Kiểm lâm\nVụ Pháp chế; các cơ quan, đơn vị có liên quan\nQuý III/2026\nb)', '2026-06-10',
    [by('Quý III/2026', '2026-Q3', 'quarter')]],
  // "kế hoạch 5 năm và hằng năm" (corpus-notes 014): both recur.
  ['014_cv-9387-ubnd-laocai-2026.txt', 'kế hoạch 5 năm và hằng năm\nđể triển khai thực hiện.', '2026-09-15',
    [{ text: '5 năm', kind: 'recurring', value: 'P5Y', precision: 'duration' }, { text: 'hằng năm', kind: 'recurring', value: 'P1Y', precision: 'duration' }]],
  // "Hằng năm" opening a sentence is a recurrence (corpus-notes 010 III.3).
  ['010_qd-2200-bnnmt-2026.txt', 'Hằng năm, các cơ quan được phân công chủ trì thực hiện nhiệm vụ', '2026-06-10',
    [{ text: 'Hằng năm', kind: 'recurring', value: 'P1Y', precision: 'duration' }]],
];

describe('deadlines in corpus sentences', () => {
  it.each(CORPUS_ROWS)('%s: %j', (file, sentence, date, expected) => {
    expect(corpus(file).includes(sentence)).toBe(true);
    expect(read(sentence, { reference: date, signing: date })).toEqual(expected);
  });
});

describe('dates of cited documents are references', () => {
  // The reference stage's spans (symbols) tell the reader where cited documents are.
  const rows: Array<[string, string]> = [
    ['002_01045addc55f0d23.txt', 'quán triệt Chỉ thị 15/CT-TTg ngày 07 tháng 7 năm 2015 của Thủ tướng Chính phủ'],
    ['001_f3a2eb2b02236d08.txt', 'tổng kết 10 năm thực hiện Nghị quyết số 22-NQ/TƯ ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế'],
    ['007_cv-4390-ubnd-laocai-2026.txt', 'biến nội dung của Nghị định 180/2026/NĐ-CP ngày 21/5/2026 trên địa bàn tỉnh;'],
    ['009_qd-904-ubnd-laocai-2025.txt', 'Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 920 /TTr-SCT\nngày 15/8/2025,'],
    // The date printed after a page number: "ngày" follows the reference across the break.
    ['009_qd-904-ubnd-laocai-2025.txt', 'sửa đổi, bổ sung Thông tư số 43/2018/TT-BCT\n                                        2\n\nngày 15/11/2018 quy định'],
  ];
  it.each(rows)('%s: %j', (file, sentence) => {
    expect(corpus(file).includes(sentence)).toBe(true);
    const spans = references(sentence, { number: null, skip: [] }).map((r) => r.span);
    expect(read(sentence, { references: spans })).toEqual([]);
  });

  it('a deadline right after a cited document is still a deadline ("… 06/2022/NĐ-CP trước ngày 30/6/2025")', () => {
    const sentence = 'trình Chính phủ Nghị định sửa đổi Nghị định số 06/2022/NĐ-CP trước ngày 30/6/2025';
    const spans = references(sentence, { number: null, skip: [] }).map((r) => r.span);
    expect(read(sentence, { references: spans })).toEqual([by('trước ngày 30/6/2025', '2025-06-30', 'day')]);
  });
});

describe('task-table completion cells', () => {
  // 006's Phụ lục and ANNOTATION.md "Further rules: Deadlines".
  const rows: Array<[string, string, Seen[]]> = [
    ['Tháng 8/2024', '2024-08-06', [by('Tháng 8/2024', '2024-08', 'month')]],
    ['2024 - 2025', '2024-08-06', [{ text: '2024 - 2025', kind: 'period', value: '2024/2025', precision: 'year' }]],
    ['2025 - 2030', '2024-08-06', [{ text: '2025 - 2030', kind: 'period', value: '2025/2030', precision: 'year' }]],
    ['2025', '2024-08-06', [by('2025', '2025', 'year')]],
    ['Hằng năm', '2024-08-06', [{ text: 'Hằng năm', kind: 'recurring', value: 'P1Y', precision: 'duration' }]],
    ['Năm 2022 và hằng năm', '2022-01-10', [by('Năm 2022', '2022', 'year'), { text: 'hằng năm', kind: 'recurring', value: 'P1Y', precision: 'duration' }]],
    ['Định kỳ 2 năm/lần, bắt đầu từ năm 2024', '2023-12-01', [
      { text: 'Định kỳ 2 năm/lần', kind: 'recurring', value: 'P2Y', precision: 'duration' },
      { text: 'bắt đầu từ năm 2024', kind: 'from', value: '2024', precision: 'year' },
    ]],
    ['Quý II/2025', '2025-03-03', [by('Quý II/2025', '2025-Q2', 'quarter')]],
    ['Trước 30/6/2025', '2025-03-03', [by('Trước 30/6/2025', '2025-06-30', 'day')]],
    ['Thực hiện thường xuyên', '2024-08-06', []],
    ['Đã hoàn thành', '2024-08-06', []],
    ['Trong 06 tháng kể từ khi Nghị định có hiệu lực', '2024-08-06', []],
    // corpus 010's "Thời gian thực hiện" cells (corpus-notes 010).
    ['Quý III, IV/2026, 2027', '2026-06-10', [{ text: 'Quý III, IV/2026, 2027', kind: 'period', value: '2026-Q3/2027', precision: 'quarter' }]],
    ['Thường xuyên', '2026-06-10', []],
  ];
  it.each(rows)('%j', (cell, date, expected) => {
    expect(read(cell, { mode: 'cell', reference: date, signing: date })).toEqual(expected);
  });

  it('a bare year is a deadline only in a completion cell', () => {
    expect(read('Chương trình nghị sự 2030 của Liên hợp quốc', { reference: '2023-09-01' })).toEqual([]);
    expect(read('2030', { mode: 'cell', reference: '2023-09-01' })).toEqual([by('2030', '2030', 'year')]);
  });
});
