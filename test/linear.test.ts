// Issue 19, point 2: a long document costs in proportion to its size. The pieces that used to do
// whole-text work per match or per task-table cell — a line index rebuilt for every cell, every
// reference tested against every furniture span — now share one lazy line index and search the
// spans. Exact results here; the speed itself is measured by `npm run bench` (bench/sizes.mjs).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { references } from '../src/extract/references.js';
import { lazyLocator, locator } from '../src/ingest/locate.js';
import { coverage } from '../src/ingest/spans.js';
import type { Source, Span } from '../src/types.js';

describe('coverage: some span [s, e) holds the position', () => {
  // Unsorted, overlapping, nested, empty and touching spans.
  const spans: Span[] = [[40, 50], [10, 20], [12, 15], [30, 30], [20, 25], [60, 90], [65, 70]];
  const covers = coverage(spans);
  it.each([
    [0, false], [9, false], [10, true], [14, true], [19, true], [20, true], [24, true], [25, false],
    [30, false], [39, false], [40, true], [49, true], [50, false], [60, true], [69, true], [75, true], [89, true], [90, false], [1000, false],
  ])('position %i → %s', (at, expected) => {
    expect(covers(at)).toBe(expected);
    // The definition it replaces: a scan of every span.
    expect(spans.some(([s, e]) => at >= s && at < e)).toBe(expected);
  });

  it('a span nested under a longer one does not hide the longer one’s end', () => {
    const nested = coverage([[0, 100], [5, 10], [20, 30]]);
    expect([nested(50), nested(99), nested(100)]).toEqual([true, true, false]);
  });

  it('no spans cover nothing', () => {
    expect(coverage([])(0)).toBe(false);
  });
});

describe('lazyLocator: places offsets as locator does (its index built on the first call)', () => {
  const text = 'Số: 12/TB-VPCP\nHà Nội, ngày 3 tháng 2 năm 2026\n\nTHÔNG BÁO\n';
  it.each([0, 5, 14, 15, 20, 46, 47, 48, 57, 58, 100])('offset %i as locator() places it', (offset) => {
    expect(lazyLocator(text)(offset)).toEqual(locator(text)(offset));
  });
  it('places exactly', () => {
    const locate = lazyLocator(text);
    expect([locate(0), locate(15), locate(47), locate(48), locate(58)]).toEqual([
      { line: 1, column: 1 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 5, column: 1 },
    ]);
  });
});

describe('task-table cells report warnings at their line and column (one line index per document)', () => {
  const source = (text: string): Source => ({ path: 'plan.txt', sha256: '', encoding: 'utf-8', format: 'text', text });
  const PLAN = [
    'Phó Thủ tướng yêu cầu các bộ thực hiện các nhiệm vụ sau:',
    '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
    '| --- | --- | --- | --- | --- |',
    '| 1. | Hoàn thiện dự thảo Nghị định về thị trường các-bon. | Bộ Tài chính | Bộ Tư pháp | Tháng 8/2026 |',
    '| 2. | Trình Đề án phát triển thị trường các-bon. | Bộ Công Thương | Bộ Tài chính | Ngày 30/2/2026 |',
    '| 3. | Tổng kết việc thí điểm. | Bộ Công Thương | Bộ Tài chính | Trong 02 tháng |',
    '',
  ].join('\n');

  it('an invalid date in row 2 and a relative one in row 3, each on its own line', () => {
    const doc = extractDocument(source(PLAN));
    expect(doc.directives.map((d) => [d.id, d.deadlines.map((x) => [x.text, x.value])])).toEqual([
      ['s1', []], ['T1', [['Tháng 8/2026', '2026-08']]], ['T2', [['Ngày 30/2/2026', null]]], ['T3', [['Trong 02 tháng', null]]],
    ]);
    expect(doc.warnings?.map(({ code, line, column }) => [code, line, column])).toEqual([
      ['deadline-invalid-date', 5, 85],
      ['deadline-no-reference-date', 6, 66],
    ]);
  });

  it('the same rows under a longer preamble move down with it (made-up variant)', () => {
    const preamble = 'Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại cuộc họp ngày 5 tháng 1 năm 2026,\n'.repeat(3);
    const doc = extractDocument(source(preamble + PLAN));
    expect(doc.warnings?.map(({ code, line, column }) => [code, line, column])).toEqual([
      ['deadline-invalid-date', 8, 85],
      ['deadline-no-reference-date', 9, 66],
    ]);
  });
});

describe('references: furniture spans searched, running lines read in place', () => {
  const TEXT = [
    'Đọc thêm: Chỉ thị số 15/CT-TTg về cải cách',
    'Thực hiện Chỉ thị số 15/CT-TTg ngày 07/7/2015 của Thủ tướng Chính phủ, Bộ yêu cầu các đơn vị triển khai Kế hoạch 09/KH-BTNMT;',
    'Tin liên quan: Kế hoạch 09/KH-BTNMT',
  ].join('\n');
  const furniture: Span[] = [[TEXT.lastIndexOf('Tin liên quan'), TEXT.length], [0, TEXT.indexOf('\n')]];

  it('a symbol inside furniture is skipped; the printed form is the running sentence’s', () => {
    const refs = references(TEXT, { number: null, skip: furniture });
    expect(refs.map((r) => [r.number, r.text, r.date])).toEqual([
      ['15/CT-TTg', 'Chỉ thị số 15/CT-TTg ngày 07/7/2015', '2015-07-07'],
      ['09/KH-BTNMT', 'Kế hoạch 09/KH-BTNMT', null],
    ]);
    expect(refs[0]!.span[0]).toBe(TEXT.indexOf('Chỉ thị số 15/CT-TTg ngày'));
  });

  it('without furniture the headline’s mention comes first but the sentence’s form is kept', () => {
    const refs = references(TEXT, { number: null, skip: [] });
    expect(refs.map((r) => [r.number, r.span[0]])).toEqual([
      ['15/CT-TTg', TEXT.indexOf('Chỉ thị số 15/CT-TTg ngày')],
      ['09/KH-BTNMT', TEXT.indexOf('Kế hoạch 09/KH-BTNMT;')],
    ]);
  });
});
