// Table tests of the gold checks, on small gold files built in the test: values and dates, ids and
// numbering, schema messages, roles, and the helpers they rest on.
import { describe, expect, it } from 'vitest';
import { knownActors, knownNames } from '../src/validate/actors.js';
import type { GoldDirective, GoldFile } from '../src/validate/gold.js';
import { readGoldFile } from '../src/validate/gold-file.js';
import { parseLabel, textHasLabel } from '../src/validate/ids.js';
import { locator } from '../src/ingest/locate.js';
import { nearest } from '../src/validate/nearest.js';
import { readablePath } from '../src/validate/tree.js';
import { checkGold } from '../src/validate/validate-gold.js';
import { checkDeadlineValue, readDate } from '../src/validate/values.js';

describe('readDate', () => {
  it.each([
    ['2016', { ok: true, precision: 'year', start: '2016-01-01' }],
    ['2014-06', { ok: true, precision: 'month', start: '2014-06-01' }],
    ['2024-Q3', { ok: true, precision: 'quarter', start: '2024-07-01' }],
    ['2024-H2', { ok: true, precision: 'half', start: '2024-07-01' }],
    ['2024-02-29', { ok: true, precision: 'day', start: '2024-02-29' }],
    ['2023-02-29', { ok: false, invalid: 'February 2023 has 28 days' }],
    ['2023-02-30', { ok: false, invalid: 'February 2023 has 28 days' }],
    ['1900-02-29', { ok: false, invalid: 'February 1900 has 28 days' }],
    ['2023-04-31', { ok: false, invalid: 'April 2023 has 30 days' }],
    ['2023-01-00', { ok: false, invalid: 'January 2023 has 31 days' }],
    ['2024-13', { ok: false, invalid: 'there is no month 13' }],
    ['2024-00-10', { ok: false, invalid: 'there is no month 0' }],
    ['2024-Q5', { ok: false, invalid: 'there is no quarter Q5 (Q1 to Q4)' }],
    ['2024-H3', { ok: false, invalid: 'there is no half-year H3 (H1 or H2)' }],
    ['8/9/2023', null],
    ['P1Y', null],
    ['2021/2025', null],
  ])('%s', (value, expected) => {
    expect(readDate(value)).toEqual(expected);
  });
});

describe('checkDeadlineValue', () => {
  const DATE = 'a date (YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY-MM-DD)';
  it.each<[string | null, string, string | null]>([
    ['2023-09-08', 'by', null],
    ['2014', 'from', null],
    ['2030', 'horizon', null],
    ['2021/2025', 'period', null],
    ['2024-Q1/2024-H2', 'period', null],
    ['P1Y', 'recurring', null],
    ['P3M', 'recurring', null],
    ['P1Y6M', 'recurring', null],
    [null, 'recurring', null],
    [null, 'by', null],
    ['2024', 'until', null], // the kind is the schema's finding, not this one
    ['2023-02-30', 'by', 'date-invalid: value "2023-02-30" is not a real date: February 2023 has 28 days'],
    ['2025/2021', 'period', 'date-invalid: value "2025/2021" is not a real period: it ends before it starts'],
    ['2021/2025-13', 'period', 'date-invalid: value "2021/2025-13" is not a real period: there is no month 13'],
    ['P1Y', 'by', `value-kind-mismatch: value "P1Y" does not fit kind "by": expected ${DATE}`],
    ['2021/2025', 'from', `value-kind-mismatch: value "2021/2025" does not fit kind "from": expected ${DATE}`],
    ['2021', 'period', 'value-kind-mismatch: value "2021" does not fit kind "period": expected a period START/END such as 2021/2025'],
    ['2021-2025', 'period', 'value-kind-mismatch: value "2021-2025" does not fit kind "period": expected a period START/END such as 2021/2025'],
    ['P', 'recurring', 'value-kind-mismatch: value "P" does not fit kind "recurring": expected a duration such as P1Y or P3M, or null'],
    ['hằng năm', 'recurring', 'value-kind-mismatch: value "hằng năm" does not fit kind "recurring": expected a duration such as P1Y or P3M, or null'],
  ])('%s as %s', (value, kind, expected) => {
    const result = checkDeadlineValue(value, kind);
    expect(result ? `${result.code}: ${result.message}` : null).toBe(expected);
  });
});

describe('parseLabel', () => {
  it.each([
    ['3', { kind: 'arabic', rank: 3 }],
    ['IV', { kind: 'roman', rank: 4 }],
    ['XIX', { kind: 'roman', rank: 19 }],
    ['a', { kind: 'lower', rank: 1 }],
    ['đ', { kind: 'lower', rank: 5 }],
    ['g', { kind: 'lower', rank: 8 }],
    ['B', { kind: 'upper', rank: 2 }],
    ['s12', { kind: 's', rank: 12 }],
    ['T4', { kind: 'T', rank: 4 }],
    ['IIII', null],
    ['3)', null],
    ['ab', null],
    ['', null],
    ['s', { kind: 'lower', rank: 20 }],
  ])('%s', (text, expected) => {
    const label = parseLabel(text);
    expect(label ? { kind: label.kind, rank: label.rank } : null).toEqual(expected);
  });
});

describe('textHasLabel', () => {
  it.each<[string, string, boolean, boolean]>([
    ['… Điều 2. Quyết định có hiệu lực', '2', false, true],
    ['… 2) Rà soát', '2', false, true],
    ['… (2) Rà soát', '2', false, true],
    ['I. MỤC ĐÍCH, YÊU CẦU', 'I', false, true],
    ['trong năm 2024.', '4', false, false],
    ['… 12. Rà soát', '2', false, false],
    ['…;\n- Rà soát', '2', true, true],
    ['…;\n- Rà soát', '2', false, false],
    ['b) Hằng năm', 'b', false, true],
    ['báo cáo', 'b', false, false],
  ])('%j has label %s (bullets %s): %s', (text, label, bullets, expected) => {
    expect(textHasLabel(text, 0, text.length, label, bullets)).toBe(expected);
  });
});

// ---- small gold files ----------------------------------------------------------------------

const TEXT = 'Thủ tướng yêu cầu:\n1. Một.\n2. Hai:\na) A;\nb) B;\nd) D.\n4. Bốn.\n';

function directive(id: string, text: string, children: GoldDirective[] = [], extra: Partial<GoldDirective> = {}): GoldDirective {
  const start = TEXT.indexOf(text);
  if (start < 0) throw new Error(`no ${text}`);
  return { id, span: [start, start + text.length], text, actors: [], deadlines: [], domains: [], children, ...extra };
}

function gold(directives: GoldDirective[], document: Partial<GoldFile['document']> = {}): GoldFile {
  return {
    schemaVersion: 1,
    source: 'x.txt',
    document: { kind: 'official', type: 'TB', number: '1/TB-VPCP', issuer: null, date: '2024-01-01', signer: null, references: [], ...document },
    directives,
  };
}

/** "code line:column message" for every finding of a gold file (JSON written with 2 spaces) against TEXT. */
function check(g: unknown, options: Parameters<typeof checkGold>[2] = {}): string[] {
  const read = readGoldFile(JSON.stringify(g, null, 2), 'x.gold.json');
  return checkGold(read, { kind: 'read', file: 'x.txt', text: TEXT }, options).map((f) => `${f.code} ${f.file === 'x.txt' ? 'x.txt:' : ''}${f.line}:${f.column} ${f.message}`);
}

const ITEMS = () => [
  directive('1', '1. Một.'),
  directive('2', '2. Hai:\na) A;\nb) B;\nd) D.', [directive('2.a', 'a) A;'), directive('2.b', 'b) B;'), directive('2.d', 'd) D.')]),
  directive('4', '4. Bốn.'),
];

describe('ids and numbering', () => {
  it('accepts what the text prints: d after b is no gap when the text has no c, 4 after 2 is one when it has no 3', () => {
    expect(check(gold(ITEMS()))).toEqual([
      'numbering-gap 62:17 directive id "2.d" comes after "2.b": c is missing, and the text has no label c between them',
      'numbering-gap 76:13 directive id "4" comes after "2": 3 is missing, and the text has no label 3 between them',
    ]);
  });

  it('d → e and e → g are not gaps (đ and f are optional letters)', () => {
    const t = 'x\nd) D;\ne) E;\ng) G.';
    const spanOf = (s: string): [number, number] => [t.indexOf(s), t.indexOf(s) + s.length];
    const kids = ['d) D;', 'e) E;', 'g) G.'].map((s, i) => ({ id: `1.${'deg'[i]}`, span: spanOf(s), text: s, actors: [], deadlines: [], domains: [], children: [] }));
    const g = gold([{ id: '1', span: [0, t.length], text: t, actors: [], deadlines: [], domains: [], children: kids }]);
    const read = readGoldFile(JSON.stringify(g), 'x.gold.json');
    // Only the list's start is reported: no a), b), c) in the text before d).
    expect(checkGold(read, { kind: 'read', file: 'x.txt', text: t }).map((f) => f.message)).toEqual([
      'directive id "1.d" starts its list: a, b, c are missing, and the text has no label a, b, c before it',
    ]);
  });

  it('numbers s and T ids in order, whatever the text prints', () => {
    const [one, two] = ITEMS();
    expect(check(gold([{ ...one!, id: 's1' }, { ...two!, id: 's3', children: [] }]))).toEqual([
      'numbering-gap 27:13 directive id "s3" comes after "s1": s2 is missing (s ids number the unnumbered directives of a list in order)',
    ]);
    expect(check(gold([{ ...one!, id: 'T2' }]))).toEqual([
      'numbering-gap 15:13 directive id "T2" starts its list: T1 is missing (T ids number the rows of task tables in order)',
    ]);
  });

  it('reads capital letters as letters, not Roman numerals, in a list that has them', () => {
    const [one, two, four] = ITEMS();
    expect(check(gold([{ ...one!, id: 'A' }, { ...two!, id: 'B', children: [] }, { ...four!, id: 'C' }]))).toEqual([]);
  });

  it('wants a child id to extend its parent’s by one label, and ids unique', () => {
    const items = ITEMS();
    items[1]!.children = [{ ...items[1]!.children[0]!, id: '3.a' }, { ...items[1]!.children[1]!, id: '2.b.1' }, { ...items[1]!.children[2]!, id: '1' }];
    expect(check(gold(items))).toEqual([
      'id-malformed 38:17 directive id "3.a" is a child of "2": expected "2." and one label',
      'id-malformed 50:17 directive id "2.b.1" is a child of "2": expected "2." and one label',
      'id-duplicate 62:17 directive id "1" is used twice (first at line 15)',
      'id-malformed 62:17 directive id "1" is a child of "2": expected "2." and one label',
      'numbering-gap 76:13 directive id "4" comes after "2": 3 is missing, and the text has no label 3 between them',
    ]);
  });
});

describe('schema findings', () => {
  const first = () => ITEMS()[0]!;
  it.each<[string, unknown, string[]]>([
    ['a span of three numbers', gold([{ ...first(), span: [19, 26, 30] }]), ['gold-schema 16:15 directives[0].span (directive 1): a span is [start, end], found [19,26,30]']],
    ['a negative start', gold([{ ...first(), span: [-1, 26] }]), ['gold-schema 17:9 directives[0].span[0] (directive 1): must be at least 0, found -1']],
    ['a span of strings', gold([{ ...first(), span: ['19', 26] }]), ['gold-schema 17:9 directives[0].span[0] (directive 1): must be an integer, found a string "19"']],
    ['a null text', gold([{ ...first(), text: null }]), ['gold-schema 20:15 directives[0].text (directive 1): must be a string, found null']],
    ['schemaVersion 2', { ...gold([]), schemaVersion: 2 }, ['gold-schema 2:20 schemaVersion: must be 1, found 2']],
    ['a date in Vietnamese order', gold([], { date: '05/03/2024' }), ['gold-schema 9:13 document.date: "05/03/2024" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)']],
    ['a document date that does not exist', gold([], { date: '2024-02-30' }), ['date-invalid 9:13 document.date "2024-02-30" is not a real date: February 2024 has 29 days']],
    ['a reference twice', gold([], { references: ['15/CT-TTg', '15/CT-TTg'] }), ['gold-schema 13:7 document.references[1]: "15/CT-TTg" is listed twice (items 0 and 1)']],
    ['a document kind outside the list', gold([], { kind: 'notice' as 'news' }), ['gold-schema 5:13 document.kind: "notice" is not allowed here (one of official, news)']],
    ['the root an array', [], ['gold-schema 1:1 (root): must be an object, found an array []']],
  ])('%s', (_, g, expected) => {
    expect(check(g)).toEqual(expected);
  });

  it('reports a wrong type once, not again as an enum error', () => {
    expect(check(gold([], { type: 12 as unknown as string }))).toEqual(['gold-schema 6:13 document.type: must be a string or null, found an integer 12']);
  });
});

describe('roles and the gazetteer', () => {
  const actor = (name: string, role: string) => ({ name, role });
  const MIN = 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ';

  it('one scored role per body on a path; issuer and report-to do not count; names folded', () => {
    const items = ITEMS();
    items[1]!.actors = [actor(MIN, 'assignee'), actor('Thủ tướng Chính phủ', 'issuer')] as GoldDirective['actors'];
    items[1]!.children[0]!.actors = [actor(MIN.toUpperCase(), 'assignee'), actor('Thủ tướng Chính phủ', 'report-to')] as GoldDirective['actors'];
    items[1]!.children[1]!.actors = [actor(MIN, 'coordinate')] as GoldDirective['actors'];
    items[2]!.actors = [actor('Bộ Công Thương', 'lead'), actor('Bộ Công Thương', 'coordinate')] as GoldDirective['actors'];
    expect(check(gold(items)).filter((f) => f.startsWith('role-conflict'))).toEqual([
      `role-conflict 76:23 directive 2.b: "${MIN}" is coordinate here but assignee on 2, above it; a body takes one scored role on a path (move it onto the children)`,
      'role-conflict 111:19 directive 4: "Bộ Công Thương" is coordinate here but lead in the same directive; a body takes one scored role on a path (move it onto the children)',
    ]);
  });

  it('skips persons and folds tone placement and case when looking names up', () => {
    const items = ITEMS();
    items[0]!.actors = [
      { name: 'Uỷ ban nhân dân tỉnh Lào Cai', role: 'lead' },
      { name: 'Trần Hồng Hà', role: 'issuer', type: 'person' } as GoldDirective['actors'][number],
      { name: 'Bộ Công thương', role: 'coordinate' },
      { name: 'Bộ Ngoại giao Hoa Kỳ', role: 'coordinate' },
    ];
    const gazetteer = knownNames(['Ủy ban nhân dân tỉnh Lào Cai', 'Bộ Công Thương', 'Bộ Ngoại giao']);
    expect(check(gold(items), { gazetteer }).filter((f) => f.startsWith('actor-unknown'))).toEqual([
      'actor-unknown 36:19 directive 1: actor "Bộ Ngoại giao Hoa Kỳ" is not in the gazetteer; nearest known name: "Bộ Ngoại giao"',
    ]);
  });
});

describe('helpers', () => {
  it('locator counts lines and UTF-16 columns from 1, clamped to the text', () => {
    const at = locator('ab\nĐiều 2\n');
    expect([0, 2, 3, 7, 8, 99].map((o) => at(o))).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 3 }, { line: 2, column: 1 }, { line: 2, column: 5 }, { line: 2, column: 6 }, { line: 3, column: 1 },
    ]);
  });

  it('readablePath turns a JSON Pointer into dotted access', () => {
    expect(['', '/document/date', '/directives/0/children/12/domains/1', '/a~1b/c~0d'].map(readablePath)).toEqual([
      '(root)', 'document.date', 'directives[0].children[12].domains[1]', 'a/b.c~d',
    ]);
  });

  it('nearest compares folded names and keeps the first on a tie', () => {
    expect(nearest('econ', ['environment', 'economy'])?.name).toBe('economy');
    expect(nearest('BỘ TÀI CHÍNH', ['Bộ Tài chính', 'Bộ Tư pháp'])).toEqual({ name: 'Bộ Tài chính', similarity: 1 });
    expect(nearest('x', [])).toBeNull();
    expect(nearest('until', ['by', 'from', 'period', 'recurring', 'horizon'], 0.75)).toBeNull();
  });
});

describe('knownActors', () => {
  const known = knownActors({
    names: ['Bộ Công Thương', 'Ủy ban nhân dân tỉnh Lào Cai'],
    recognises: (name) => name === 'Sở Công Thương tỉnh Lào Cai',
    titles: ['Chủ tịch Ủy ban nhân dân tỉnh', 'Thủ tướng'],
    surnames: ['Nguyễn', 'Trần'],
  });
  it.each([
    ['Bộ Công Thương', true],
    ['BỘ CÔNG THƯƠNG', true],
    ['Uỷ ban nhân dân tỉnh Lào Cai', true],
    ['Sở Công Thương tỉnh Lào Cai', true],
    ['Chủ tịch Ủy ban nhân dân tỉnh Lào Cai', true],
    ['Trần Hồng Hà', true],
    ['Nguyễn Văn A', true],
    ['Trần', false],
    ['Phạm Minh Chính', false],
    ['Trần hưng đạo', false],
    ['Bộ Công an', false],
  ])('%s: %s', (name, expected) => {
    expect(known.has(name)).toBe(expected);
  });
});
