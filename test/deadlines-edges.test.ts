// Hand-made edge cases of the deadline reader: each parser's forms, invalid calendar dates, leap
// days, year boundaries, quarter ends, relative expressions with and without a reference date.
// The sentences are written in the genre's words; the corpus rows are in deadlines.test.ts.
import { describe, expect, it } from 'vitest';
import { readDeadlines, type FoundDeadline, type ReadOptions } from '../src/extract/deadlines/index.js';
import { addWorkingDays } from '../src/extract/deadlines/parsers/working-days.js';
import { fold } from '../src/ingest/match.js';

function read(sentence: string, options: ReadOptions = {}): FoundDeadline[] {
  const text = sentence.normalize('NFC');
  return readDeadlines(text, fold(text), options).deadlines;
}

/** "kind value precision 'text'" of each deadline, for compact tables. */
const brief = (sentence: string, options: ReadOptions = {}): string[] =>
  read(sentence, options).map((d) => `${d.kind} ${d.value} ${d.precision} '${d.text}'`);

const at = (date: string): ReadOptions => ({ reference: date, signing: date });

describe('absolute forms (issue 4, item 1)', () => {
  const rows: Array<[string, string[]]> = [
    ['hoàn thành trước ngày 8/9/2023', ["by 2023-09-08 day 'trước ngày 8/9/2023'"]],
    ['báo cáo trước ngày 08 tháng 9 năm 2023', ["by 2023-09-08 day 'trước ngày 08 tháng 9 năm 2023'"]],
    ['nộp hồ sơ trước 8-9-2023', ["by 2023-09-08 day 'trước 8-9-2023'"]],
    ['xong trước ngày 8.9.2023', ["by 2023-09-08 day 'trước ngày 8.9.2023'"]],
    ['trình trước ngày 8/9/23', ["by 2023-09-08 day 'trước ngày 8/9/23'"]],
    ['hoàn thành trong tháng 6/2014', ["by 2014-06 month 'trong tháng 6/2014'"]],
    ['hoàn thành trong tháng 6 năm 2014', ["by 2014-06 month 'trong tháng 6 năm 2014'"]],
    ['ban hành trong tháng 01/2025', ["by 2025-01 month 'trong tháng 01/2025'"]],
    ['tổ chức trong tháng giêng năm 2025', ["by 2025-01 month 'trong tháng giêng năm 2025'"]],
    ['báo cáo trong quý III/2024', ["by 2024-Q3 quarter 'trong quý III/2024'"]],
    ['báo cáo trong quý 3 năm 2024', ["by 2024-Q3 quarter 'trong quý 3 năm 2024'"]],
    ['trình trong Quý IV-2024', ["by 2024-Q4 quarter 'trong Quý IV-2024'"]],
    ['sơ kết trong 6 tháng đầu năm 2024', ["by 2024-H1 half 'trong 6 tháng đầu năm 2024'"]],
    ['tổng kết trong 6 tháng cuối năm 2024', ["by 2024-H2 half 'trong 6 tháng cuối năm 2024'"]],
    ['hoàn thành trong năm 2016', ["by 2016 year 'trong năm 2016'"]],
    ['hoàn thành trước năm 2025', ["by 2025 year 'trước năm 2025'"]],
    ['hoàn thành năm 2025', ["by 2025 year 'năm 2025'"]],
    ['xong trước 17 giờ ngày 30/6/2024', ["by 2024-06-30 day 'trước 17 giờ ngày 30/6/2024'"]],
    ['trước ngày mồng 3 tháng 3 năm 2025', ["by 2025-03-03 day 'trước ngày mồng 3 tháng 3 năm 2025'"]],
    ['chậm nhất ngày 30/6/2025', ["by 2025-06-30 day 'chậm nhất ngày 30/6/2025'"]],
    ['Thời gian hoàn thành: năm 2025.', ["by 2025 year 'năm 2025'"]],
    ['trước ngày 2024-06-30', ["by 2024-06-30 day 'trước ngày 2024-06-30'"]],
  ];
  it.each(rows)('%j', (sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });

  it('reads "cuối năm 2023" as the year with modifier end', () => {
    expect(read('hoàn thành trước cuối năm 2023')).toMatchObject([
      { text: 'trước cuối năm 2023', kind: 'by', value: '2023', precision: 'year', modifier: 'end' },
    ]);
  });

  it('reads "đầu năm", "giữa năm" against the reference date, and "cuối tháng 9/2024" at month precision', () => {
    expect(read('triển khai từ đầu năm', at('2024-02-01'))).toMatchObject([{ text: 'từ đầu năm', kind: 'from', value: '2024', modifier: 'start' }]);
    expect(read('sơ kết vào giữa năm', at('2024-02-01'))).toMatchObject([{ text: 'vào giữa năm', kind: 'by', value: '2024', modifier: 'mid' }]);
    expect(read('hoàn thành vào cuối tháng 9/2024')).toMatchObject([{ kind: 'by', value: '2024-09', precision: 'month', modifier: 'end' }]);
  });

  it('flags "trước Tết Nguyên đán" with the occasion and no value', () => {
    expect(read('hoàn thành trước Tết Nguyên đán', at('2024-11-01'))).toEqual([
      { text: 'trước Tết Nguyên đán', kind: 'by', value: null, precision: null, span: [11, 31], event: 'Tết Nguyên đán' },
    ]);
  });
});

describe('kinds (issue 4, item 2)', () => {
  const rows: Array<[string, string[]]> = [
    ['thực hiện từ năm 2025', ["from 2025 year 'từ năm 2025'"]],
    ['áp dụng kể từ ngày 01/7/2025', ["from 2025-07-01 day 'kể từ ngày 01/7/2025'"]],
    ['bắt đầu từ tháng 9/2025', ["from 2025-09 month 'bắt đầu từ tháng 9/2025'"]],
    ['triển khai trong giai đoạn 2021–2025', ["period 2021/2025 year 'trong giai đoạn 2021–2025'"]],
    ['triển khai từ năm 2021 đến năm 2025', ["period 2021/2025 year 'từ năm 2021 đến năm 2025'"]],
    ['tiếp nhận hồ sơ từ ngày 15/9/2025 đến ngày 30/9/2025', ["period 2025-09-15/2025-09-30 day 'từ ngày 15/9/2025 đến ngày 30/9/2025'"]],
    ['kiểm tra từ tháng 6 đến tháng 9/2025', ["period 2025-06/2025-09 month 'từ tháng 6 đến tháng 9/2025'"]],
    ['tổ chức diễn tập hằng năm', ["recurring P1Y duration 'hằng năm'"]],
    ['báo cáo định kỳ hằng quý', ["recurring P3M duration 'định kỳ hằng quý'"]],
    ['báo cáo định kỳ 6 tháng', ["recurring P6M duration 'định kỳ 6 tháng'"]],
    ['gửi báo cáo trước ngày 15 hằng tháng', ["recurring P1M duration 'trước ngày 15 hằng tháng'"]],
    ['tổ chức đánh giá 2 năm/lần', ["recurring P2Y duration '2 năm/lần'"]],
    ['tổ chức hội nghị thường niên', ["recurring P1Y duration 'thường niên'"]],
    ['thực hiện chế độ báo cáo định kỳ', ["recurring null null 'định kỳ'"]],
    ['triển khai Chiến lược phát triển đến năm 2020, tầm nhìn đến năm 2030', ["horizon 2020 year 'đến năm 2020'", "horizon 2030 year 'tầm nhìn đến năm 2030'"]],
    // A horizon cue before a day is a time limit.
    ['duy trì đến ngày 30/6/2025', ["by 2025-06-30 day 'đến ngày 30/6/2025'"]],
    ['từ nay đến cuối năm 2025, tập trung hoàn thành', ["by 2025 year 'từ nay đến cuối năm 2025'"]],
    ['thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021-2025', ["horizon 2025 year 'giai đoạn 2021-2025'"]],
    ['hoàn thành trong tháng 9-10/2025', ["period 2025-09/2025-10 month 'trong tháng 9-10/2025'"]],
    ['triển khai trong quý III, IV/2025', ["period 2025-Q3/2025-Q4 quarter 'trong quý III, IV/2025'"]],
    ['thực hiện từ Quý I/2025 - Quý II/2025', ["period 2025-Q1/2025-Q2 quarter 'từ Quý I/2025 - Quý II/2025'"]],
    ['chậm nhất đến ngày 30/6/2025', ["by 2025-06-30 day 'chậm nhất đến ngày 30/6/2025'"]],
    // A part of a year needs no cue; a bare quarter does ("báo cáo quý III" names the report).
    ['phấn đấu cuối năm 2025 đạt 100%', ["by 2025 year 'cuối năm 2025'"]],
    ['xây dựng báo cáo quý III/2025', []],
    // "và" joins two dates, not a range.
    ['báo cáo trước ngày 10/01/2025 và ngày 10/7/2025', ["by 2025-01-10 day 'trước ngày 10/01/2025'", "by 2025-07-10 day 'ngày 10/7/2025'"]],
  ];
  it.each(rows)('%j', (sentence, expected) => {
    expect(brief(sentence, at('2020-01-01'))).toEqual(expected);
  });
});

describe('relative expressions (issue 4, item 3)', () => {
  const rows: Array<[string, string, string[], string | null]> = [
    ['Trong 2 năm tới cần tập trung', '2015-10-02', ["by 2017 year 'Trong 2 năm tới'"], 'P2Y'],
    ['hoàn thành trong 02 tháng', '2024-08-06', ["by 2024-10 month 'trong 02 tháng'"], 'P2M'],
    // Across a year boundary.
    ['hoàn thành trong 02 tháng', '2024-11-15', ["by 2025-01 month 'trong 02 tháng'"], 'P2M'],
    ['trả lời trong 10 ngày', '2024-12-25', ["by 2025-01-04 day 'trong 10 ngày'"], 'P10D'],
    ['trả lời trong 10 ngày làm việc', '2024-12-27', ["by 2025-01-10 day 'trong 10 ngày làm việc'"], 'P10D'],
    ['hoàn thành trong năm nay', '2024-12-31', ["by 2024 year 'trong năm nay'"], 'P0Y'],
    ['hoàn thành trong năm sau', '2024-12-31', ["by 2025 year 'trong năm sau'"], 'P1Y'],
    ['báo cáo trong tháng tới', '2024-12-05', ["by 2025-01 month 'trong tháng tới'"], 'P1M'],
    ['báo cáo trong quý tới', '2024-11-15', ["by 2025-Q1 quarter 'trong quý tới'"], 'P3M'],
    ['hoàn thành trong vòng 1 năm 6 tháng', '2024-08-06', ["by 2026-02 month 'trong vòng 1 năm 6 tháng'"], 'P1Y6M'],
    ['3 tháng tới cần hoàn thành', '2024-08-06', ["by 2024-11 month '3 tháng tới'"], 'P3M'],
  ];
  it.each(rows)('%j at %s', (sentence, date, expected, relative) => {
    expect(brief(sentence, at(date))).toEqual(expected);
    expect(read(sentence, at(date)).map((d) => d.relative)).toEqual([relative]);
  });

  it('with no reference date: value null, the precision of the unit, and a warning (never a guess)', () => {
    const text = 'Trong 2 năm tới cần tập trung cải thiện môi trường kinh doanh';
    const reading = readDeadlines(text, fold(text), {});
    expect(reading.deadlines).toEqual([{ text: 'Trong 2 năm tới', kind: 'by', value: null, precision: 'year', relative: 'P2Y', span: [0, 15] }]);
    expect([...reading.warnings.values()]).toEqual([
      expect.objectContaining({ code: 'deadline-no-reference-date', severity: 'warning', line: 1, column: 1 }),
    ]);
  });

  it('a date without its year rests on the reference date too', () => {
    expect(brief('báo cáo trước ngày 15/1', at('2024-12-20'))).toEqual(["by 2025-01-15 day 'trước ngày 15/1'"]);
    const reading = readDeadlines('báo cáo trước ngày 15/1', fold('báo cáo trước ngày 15/1'), {});
    expect(reading.deadlines.map((d) => d.value)).toEqual([null]);
    expect([...reading.warnings.values()].map((w) => w.code)).toEqual(['deadline-no-reference-date']);
  });

  it('"kể từ ngày ký" counts from the signing date, even when --date sets another reference', () => {
    const options = { reference: '2024-03-01', signing: '2024-01-10' };
    expect(read('ban hành trong 30 ngày kể từ ngày ký', options)).toMatchObject([
      { text: 'trong 30 ngày kể từ ngày ký', kind: 'by', value: '2024-02-09', precision: 'day', relative: 'P30D', anchor: 'signing' },
    ]);
    expect(read('ban hành trong 30 ngày', options).map((d) => d.value)).toEqual(['2024-03-31']);
  });

  it('counts working days Monday to Friday', () => {
    // Friday 27 December 2024 + 10 working days = Friday 10 January 2025.
    const end = addWorkingDays(new Date(2024, 11, 27, 12), 10);
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2025, 1, 10]);
    expect(read('trả lời trong 15 ngày làm việc', at('2024-08-06'))).toMatchObject([{ value: '2024-08-27', workingDays: true }]);
  });

  const vague: string[] = [
    'cần tập trung triển khai trong thời gian tới',
    'nâng cao hiệu quả trong những năm tiếp theo',
    'trong những năm tới',
    'Trong 10 năm qua, việc triển khai',
    'tổng kết 10 năm thực hiện Nghị quyết',
    'trong 06 tháng kể từ khi Luật có hiệu lực',
    'trong vòng 15 ngày kể từ ngày nhận được văn bản',
    '36 tháng sau khi Văn kiện Dự án được phê duyệt',
    'so với 2 năm trước',
  ];
  it.each(vague)('no deadline: %j', (sentence) => {
    expect(read(sentence, at('2024-08-06'))).toEqual([]);
  });
});

describe('not deadlines, invalid dates (issue 4, item 4)', () => {
  const none: Array<[string, string]> = [
    ['a count of provinces', 'đại diện lãnh đạo 63 tỉnh, thành phố'],
    ['a fraction', 'có 2/8 bộ, ngành đã hoàn thành'],
    ['a name with a number', 'đạt mức trung bình của ASEAN-4'],
    ['"năm 5" is a count', 'kiểm tra năm 5 lần'],
    ['"tháng năm 2026" is ambiguous', 'ban hành trong tháng năm 2026'],
    ['"trước ngày" alone is no date (chrono: "the day before")', 'hoàn thành công việc trước ngày khai mạc'],
    ['"sau năm 2015" is after, not by', 'định hướng phát triển sau năm 2015'],
    ['a version-like number', 'theo Mục 2.1 của Phụ lục'],
    ['an amount', 'tổng vốn 1.260.000 USD'],
    ['a past window of the document', 'Đến 17 giờ 00 phút ngày 05/8/2026, không nhận thêm hồ sơ'],
  ];
  it.each(none)('%s', (_why, sentence) => {
    expect(read(sentence, at('2026-08-06'))).toEqual([]);
  });

  const invalid: Array<[string, string]> = [
    ['trước ngày 30/2/2024', 'trước ngày 30/2/2024'],
    ['trước ngày 31/4', 'trước ngày 31/4'],
    ['hoàn thành trước ngày 31 tháng 4 năm 2025', 'trước ngày 31 tháng 4 năm 2025'],
    ['trước ngày 29/2/2023', 'trước ngày 29/2/2023'],
  ];
  it.each(invalid)('%j is reported invalid, never shifted', (sentence, text) => {
    const reading = readDeadlines(sentence, fold(sentence), at('2023-01-01'));
    expect(reading.deadlines).toMatchObject([{ text, kind: 'by', value: null, invalid: true }]);
    expect([...reading.warnings.values()].map((w) => w.code)).toEqual(['deadline-invalid-date']);
  });

  it('a leap day is valid in a leap year', () => {
    expect(brief('trước ngày 29/2/2024', at('2024-01-01'))).toEqual(["by 2024-02-29 day 'trước ngày 29/2/2024'"]);
  });

  it('the last day of a quarter is not past on that day; the next day it is', () => {
    expect(brief('báo cáo trong quý IV/2024', at('2024-12-31'))).toEqual(["by 2024-Q4 quarter 'trong quý IV/2024'"]);
    expect(brief('báo cáo trong quý IV/2024', at('2025-01-01'))).toEqual([]);
    expect(brief('báo cáo trong 6 tháng đầu năm 2025', at('2025-06-30'))).toEqual(["by 2025-H1 half 'trong 6 tháng đầu năm 2025'"]);
    expect(brief('báo cáo trong 6 tháng đầu năm 2025', at('2025-07-01'))).toEqual([]);
  });

  it('what lies in the header is not read; the dateline is not a deadline', () => {
    const text = 'Hà Nội, ngày 02 tháng 10 năm 2015\n1. Hoàn thành trước ngày 30/10/2015.';
    expect(read(text, { bodyStart: 34, ...at('2015-10-02') }).map((d) => d.text)).toEqual(['trước ngày 30/10/2015']);
    expect(read('   Số: 831 /TB-UBND                  Cam Đường, ngày 06 tháng 8 năm 2026')).toEqual([]);
  });

  it('spans index the normalised text (NBSP and NFD input folded for matching only)', () => {
    const text = 'Hoàn thành trước\u00A0ngày 8/9/2023.';
    expect(read(text).map((d) => [d.span, text.slice(...d.span)])).toEqual([[[11, 30], 'trước\u00A0ngày 8/9/2023']]);
  });
});

describe('issue 15, point 6: kinds read from the action', () => {
  // [sentence, reference date, expected]. "real": a sentence of a notice (corpus/ or the wild files
  // of ../shared/wild, named); the others are made-up variants in other words.
  const rows: Array<[string, string, string, string[]]> = [
    // "đến năm X" attached to an action is a time limit.
    ['real (wild kccn: Chỉ thị 07/2012/CT-TTg)', 'ngay trong năm kế hoạch. Đến năm 2015, hoàn thành chương trình hỗ trợ có mục tiêu', '2014-01-01', ["by 2015 year 'Đến năm 2015'"]],
    ['made-up', 'di dời toàn bộ các cơ sở sản xuất ra khỏi khu dân cư đến năm 2028', '2026-01-01', ["by 2028 year 'đến năm 2028'"]],
    ['made-up', 'hoàn thành sắp xếp các đơn vị sự nghiệp công lập đến hết năm 2027', '2026-01-01', ["by 2027 year 'đến hết năm 2027'"]],
    // … a plan's name, a vision after it or a target makes it a horizon.
    ['real (wild hc: tờ trình chiến lược hóa chất)', '- Ban hành Kế hoạch triển khai, thực hiện Chiến lược phát triển ngành Hóa chất Việt Nam đến năm 2030, tầm nhìn 2040 trong đó', '2026-01-01', ["horizon 2030 year 'đến năm 2030'"]],
    ['made-up', 'thực hiện Đề án phát triển nguồn nhân lực ngành than đến năm 2035', '2026-01-01', ["horizon 2035 year 'đến năm 2035'"]],
    // The plan's name goes on past a comma that opens an appositive.
    ['made-up', 'xây dựng Chương trình chuyển đổi năng lượng, gồm cả điện gió ngoài khơi đến năm 2035', '2026-01-01', ["horizon 2035 year 'đến năm 2035'"]],
    ['made-up', 'rà soát mạng lưới chợ nông thôn đến năm 2030, tầm nhìn đến năm 2050', '2026-01-01', ["horizon 2030 year 'đến năm 2030'", "horizon 2050 year 'tầm nhìn đến năm 2050'"]],
    ['real (wild kccn: Chỉ thị 07/2012/CT-TTg)', 'thực hiện mục tiêu đến năm 2020 Việt Nam cơ bản trở thành nước công nghiệp', '2014-01-01', ["horizon 2020 year 'đến năm 2020'"]],
    ['made-up', 'với mục tiêu xóa bỏ hoàn toàn nhà tạm vào năm 2027', '2026-01-01', ["horizon 2027 year 'vào năm 2027'"]],
    // A target word does not turn "trong năm" or a dated limit into a horizon.
    ['made-up', 'phấn đấu hoàn thành việc cấp giấy phép trong năm 2027', '2026-01-01', ["by 2027 year 'trong năm 2027'"]],
    ['made-up', 'mục tiêu hoàn thành đến ngày 30/6/2027', '2026-01-01', ["by 2027-06-30 day 'đến ngày 30/6/2027'"]],
    // … and past a comma that lists capitalised names inside it, not one that opens a clause.
    ['real (wild kccn: Chỉ thị 07/2012/CT-TTg)', 'trên cơ sở đó rà soát, điều chỉnh Quy hoạch phát triển KKT, KCN Việt Nam đến năm 2020 trình Thủ tướng Chính phủ phê duyệt', '2012-01-01', ["horizon 2020 year 'đến năm 2020'"]],
    ['made-up', 'triển khai Chiến lược phát triển Điện, Than Việt Nam đến năm 2035', '2026-01-01', ["horizon 2035 year 'đến năm 2035'"]],
    ['made-up', 'Thực hiện Kế hoạch số 12, Sở Công Thương hoàn thành việc di dời đến năm 2030', '2026-01-01', ["by 2030 year 'đến năm 2030'"]],
    // A line break of wrapped text does not end the plan's name; a list item does.
    ['made-up', 'triển khai Quy hoạch phát triển điện lực\nquốc gia đến năm 2030', '2026-01-01', ["horizon 2030 year 'đến năm 2030'"]],
    ['made-up', '- Quy hoạch lại mạng lưới;\n- Di dời trạm biến áp đến năm 2029', '2026-01-01', ["by 2029 year 'đến năm 2029'"]],
    // "từ năm A đến (hết) năm B" is one period.
    ['real (wild hc: tờ trình chiến lược hóa chất)', 'Các dự án đã/đang triển khai trên địa bàn trong giai đoạn 2022 đến hết năm 2025: theo phụ lục', '2022-01-01', ["period 2022/2025 year 'trong giai đoạn 2022 đến hết năm 2025'"]],
    ['made-up', 'hỗ trợ lãi suất từ năm 2026 đến hết năm 2028', '2026-01-01', ["period 2026/2028 year 'từ năm 2026 đến hết năm 2028'"]],
    // "Quý III, năm 2022" is one value.
    ['real (wild kccn: Chỉ thị 07/2012/CT-TTg)', 'trình Chính phủ xem xét, quyết định trong quý III năm 2012.', '2012-01-01', ["by 2012-Q3 quarter 'trong quý III năm 2012'"]],
    ['made-up', 'hoàn thành trong Quý III, năm 2022', '2022-01-01', ["by 2022-Q3 quarter 'trong Quý III, năm 2022'"]],
    ['made-up', 'triển khai thí điểm trong quý I, II, năm 2027', '2026-01-01', ["period 2027-Q1/2027-Q2 quarter 'trong quý I, II, năm 2027'"]],
    // "trước ngày 30/6 hằng năm" is a recurrence only, never also a dated by.
    ['real (wild hc: Nghị định 146/2025)', 'd) Theo dõi, báo cáo định kỳ trước ngày 15 tháng 12 hằng năm gửi Chính', '2026-01-01', ["recurring P1Y duration 'định kỳ trước ngày 15 tháng 12 hằng năm'"]],
    ['real (wild hc: Nghị định 26/2026)', 'Tình hình hoạt động hóa chất của năm trước định kỳ trước ngày 15 tháng 02 hằng năm;', '2026-01-01', ["recurring P1Y duration 'định kỳ trước ngày 15 tháng 02 hằng năm'"]],
    ['made-up', 'nộp báo cáo quyết toán trước ngày 30/6 hằng năm', '2026-01-01', ["recurring P1Y duration 'trước ngày 30/6 hằng năm'"]],
    ['made-up', 'gửi số liệu chậm nhất ngày 05 tháng 1 hàng quý', '2026-01-01', ["recurring P3M duration 'chậm nhất ngày 05 tháng 1 hàng quý'"]],
    // A time alone on its line is a table's cell printed one a line; inside a sentence a bare quarter names a report.
    ['made-up', 'Tổng hợp báo cáo sơ kết\n   Quý IV/2027   \nc)', '2026-01-01', ["by 2027-Q4 quarter 'Quý IV/2027'"]],
    ['made-up', 'xây dựng báo cáo quý III/2026 gửi Bộ', '2026-01-01', []],
    ['made-up', 'Năm 2027:', '2026-01-01', []],
    // … in either order, the day without its year joins the recurrence; with its year it stands alone.
    ['made-up', 'gửi báo cáo trước 30/6 hằng năm', '2026-01-01', ["recurring P1Y duration 'trước 30/6 hằng năm'"]],
    ['made-up', 'Định kỳ hằng năm, trước ngày 15 tháng 12, báo cáo Bộ Công Thương', '2026-01-01', ["recurring P1Y duration 'Định kỳ hằng năm, trước ngày 15 tháng 12'"]],
    ['made-up', 'báo cáo hằng năm trước ngày 15/01 của năm sau', '2026-01-01', ["recurring P1Y duration 'hằng năm trước ngày 15/01'"]],
    ['real (wild hnh: Nghị quyết 66.18/2026/NQ-CP)', 'b) Định kỳ 06 tháng (trước ngày 20 tháng 6) và hằng năm (trước ngày 20 tháng 12), báo cáo Sở Nội vụ', '2026-01-01', [
      "recurring P6M duration 'Định kỳ 06 tháng (trước ngày 20 tháng 6)'", "recurring P1Y duration 'hằng năm (trước ngày 20 tháng 12)'",
    ]],
    ['made-up', 'trước ngày 15 tháng 12 năm 2026 và hằng năm', '2026-01-01', ["by 2026-12-15 day 'trước ngày 15 tháng 12 năm 2026'", "recurring P1Y duration 'hằng năm'"]],
    // "bắt đầu từ năm X" is from.
    ['made-up', 'áp dụng bắt đầu từ năm 2027', '2026-01-01', ["from 2027 year 'bắt đầu từ năm 2027'"]],
    // "định kỳ N năm/lần", "6 tháng một lần" recur.
    ['real (wild qlks: Nghị định 193/2025)', 'a) Quyết toán theo định kỳ 5 năm một lần;', '2026-01-01', ["recurring P5Y duration 'định kỳ 5 năm một lần'"]],
    ['real (wild xd: Nghị định 35/2023)', 'được thực hiện theo định kỳ 06 tháng một lần hoặc đột xuất', '2026-01-01', ["recurring P6M duration 'định kỳ 06 tháng một lần'"]],
    ['made-up', 'kiểm định lại thiết bị 3 năm/lần', '2026-01-01', ["recurring P3Y duration '3 năm/lần'"]],
    ['made-up', 'diễn tập phương án 6 tháng một lần', '2026-01-01', ["recurring P6M duration '6 tháng một lần'"]],
    // A count coordinated with an "every" recurs too (corpus-notes 014).
    ['real (corpus 014)', 'thành các chương trình, đề án, dự án, kế hoạch 5 năm và hằng năm', '2026-09-15', ["recurring P5Y duration '5 năm'", "recurring P1Y duration 'hằng năm'"]],
    ['made-up', 'xây dựng kế hoạch đào tạo 3 năm, hằng năm', '2026-01-01', ["recurring P3Y duration '3 năm'", "recurring P1Y duration 'hằng năm'"]],
    ['made-up', 'sau 5 năm thực hiện và hằng năm', '2026-01-01', ["recurring P1Y duration 'hằng năm'"]],
    // A span counted from a printed event date resolves from it; from an unprinted one, nothing.
    ['real (issue 15)', 'trong 06 tháng kể từ ngày Nghị định có hiệu lực (01/7/2026)', '2026-06-10', ["by 2027-01 month 'trong 06 tháng kể từ ngày Nghị định có hiệu lực (01/7/2026)'"]],
    ['made-up', 'ban hành hướng dẫn trong vòng 30 ngày kể từ ngày Thông tư có hiệu lực (ngày 15/8/2026).', '2026-06-10', ["by 2026-09-14 day 'trong vòng 30 ngày kể từ ngày Thông tư có hiệu lực (ngày 15/8/2026)'"]],
    ['made-up', 'rà soát trong 6 tháng kể từ ngày 01/7/2026', '2026-06-10', ["by 2027-01 month 'trong 6 tháng kể từ ngày 01/7/2026'"]],
    ['made-up', 'trong 06 tháng kể từ ngày Nghị định có hiệu lực', '2026-06-10', []],
    ['real (wild hc: Nghị định 146/2025)', 'c) Trong thời hạn 45 ngày kể từ ngày nhận được hồ sơ hợp lệ, Bộ Công Thương hoàn thành thẩm định', '2026-06-10', []],
    // Working days, likewise: counted from an event, nothing; from a printed day, from it.
    ['real (wild hnh: Nghị quyết 66.18/2026/NQ-CP)', 'Ngân hàng có trách nhiệm trả lời trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản của Bộ Công Thương.', '2026-06-10', []],
    ['real (wild hnh: Nghị quyết 66.18/2026/NQ-CP)', 'c) Trường hợp cần thiết, trong thời hạn 03 ngày làm việc, kể từ ngày nhận được hồ sơ đầy đủ', '2026-06-10', []],
    ['made-up', 'cấp giấy phép trong 10 ngày làm việc kể từ khi nhận đủ hồ sơ', '2026-06-10', []],
    ['made-up', 'hoàn thành thẩm định trong thời hạn 05 ngày làm việc kể từ ngày 01/7/2026', '2026-06-10', ["by 2026-07-08 day 'trong thời hạn 05 ngày làm việc kể từ ngày 01/7/2026'"]],
    // The printed day must lie in the same clause, and be a calendar day.
    ['made-up', 'trong 3 tháng kể từ ngày Luật có hiệu lực; ngày 01/01/2027 hết hạn', '2026-06-10', ["by 2027-01-01 day 'ngày 01/01/2027'"]],
    // Not a calendar day: no value counted from it; the date itself is reported invalid.
    ['made-up', 'trong 2 tháng kể từ ngày Quyết định có hiệu lực (31/4/2026)', '2026-01-10', ["by null day '31/4/2026'"]],
  ];
  it.each(rows)('%s: %j', (_source, sentence, date, expected) => {
    expect(brief(sentence, at(date))).toEqual(expected);
  });

  it('a span counted from a printed day needs no reference date', () => {
    const text = 'trong 06 tháng kể từ ngày Nghị định có hiệu lực (01/7/2026)';
    const reading = readDeadlines(text, fold(text), {});
    expect(reading.deadlines.map((d) => [d.value, d.relative])).toEqual([['2027-01', 'P6M']]);
    expect(reading.warnings.size).toBe(0);
  });
});

describe('issue 15, point 6: quarter lists of a task table (corpus-notes 010)', () => {
  const rows: Array<[string, string[]]> = [
    ['Quý III, IV/2026', ["period 2026-Q3/2026-Q4 quarter 'Quý III, IV/2026'"]],
    ['Quý II, III/2026', ["period 2026-Q2/2026-Q3 quarter 'Quý II, III/2026'"]],
    ['Quý III, IV/2026, 2027', ["period 2026-Q3/2027 quarter 'Quý III, IV/2026, 2027'"]],
    ['Quý IV/2026, 2027', ["period 2026-Q4/2027 quarter 'Quý IV/2026, 2027'"]],
    // Made-up variants: a dash, "đến", "năm" before the closing year.
    ['Quý I/2027 - 2028', ["period 2027-Q1/2028 quarter 'Quý I/2027 - 2028'"]],
    ['Quý II năm 2027 đến năm 2029', ["period 2027-Q2/2029 quarter 'Quý II năm 2027 đến năm 2029'"]],
    // An earlier year closes no list; "và" joins two values.
    ['Quý IV/2027, 2026', ["by 2027-Q4 quarter 'Quý IV/2027'", "by 2026 year '2026'"]],
    ['Quý IV/2026 và năm 2027', ["by 2026-Q4 quarter 'Quý IV/2026'", "by 2027 year 'năm 2027'"]],
  ];
  it.each(rows)('%j', (cell, expected) => {
    expect(brief(cell, { mode: 'cell', ...at('2026-06-10') })).toEqual(expected);
  });
});

// Wild probe (a Sở's letters on dossiers): dates that are no time limit of a task.
describe('a document cited by any number, and a validity, give no deadline', () => {
  it.each([
    // real (wild), then made-up variants in other words
    ['Sở Công Thương nhận được Văn bản số 11/VT ngày 29/5/2026 và hồ sơ nộp trên dịch vụ công.', []],
    ['cấp cho Công ty TNHH ElementaVN giấy phép số 08/KDTCTN/GP-HC ngày 13/10/2025;', []],
    ['theo Phụ lục Hợp đồng số 03 ngày 18/6/2025 làm cơ sở tính toán', []],
    ['Công ty gửi Tờ trình số 12/TTr-CT, ký ngày 03/3/2026 kèm hồ sơ.', []],
    ['Giấy chứng nhận số 9/KĐI, hiệu lực từ ngày 26/8/2025 đến ngày 25/8/2027, đã có trong hồ sơ.', []],
    ['chứng chỉ hành nghề thiết kế kết cấu công trình hạng I, có thời hạn đến ngày 30/7/2029.', []],
    ['Luật Hóa chất số 69/2025/QH15 có hiệu lực từ 01/01/2026;', []],
    ['kết quả đo điện trở tiếp địa đã hết hạn từ ngày 17/3/2026.', []],
    ['Giấy phép lái xe còn giá trị sử dụng đến ngày 15/9/2027.', []],
    // a time limit after a number is still one
    ['Các đơn vị gửi báo cáo số liệu trước ngày 30/6/2026.', ['by 2026-06-30']],
    ['Hoàn thành thủ tục cấp giấy phép số 15 trước ngày 20/7/2026.', ['by 2026-07-20']],
    ['Thời hạn hoàn thành: đến ngày 30/9/2026.', ['by 2026-09-30']],
  ])('%s → %j', (sentence, expected) => {
    expect(read(sentence, at('2026-06-01')).map((d) => `${d.kind} ${d.value}`)).toEqual(expected);
  });
});
