import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Directive, ExtractedDocument, Span } from '../src/types.js';
import { parseGold, type GoldDirective, type GoldFile } from '../src/validate/gold.js';
import { combine, leaves, matchLeaves, SCORE_FIELDS, scoreDocument, type Score } from '../src/validate/score.js';
import { goldToPrediction } from './helpers/gold-to-prediction.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const loadGold = (name: string): GoldFile => parseGold(JSON.parse(readFileSync(join(CORPUS, name), 'utf8')));

const NOTICE = loadGold('002_01045addc55f0d23.gold.json'); // TB 330/TB-VPCP: 7 items, no children
const NEWS = loadGold('001_f3a2eb2b02236d08.gold.json'); // news, date null
const NESTED = loadGold('000_0170ae969454aa54.gold.json'); // s3 carries the assignees of s3.1–s3.5
const EMPTY = loadGold('008_tb-831-ubnd-camduong-2026.gold.json'); // no directives

/** A prediction equal to the gold, then changed by `edit`. */
function predict(gold: GoldFile, edit: (p: ExtractedDocument) => void = () => {}): ExtractedDocument {
  const p = goldToPrediction(gold);
  edit(p);
  return p;
}

/** [tp, fp, fn] per field, to compare whole scores at a glance. */
function counts(score: Score): Record<string, [number, number, number]> {
  return Object.fromEntries(SCORE_FIELDS.map(({ field }) => [field, [score[field].tp, score[field].fp, score[field].fn]]));
}

const byId = (ds: Directive[], id: string): Directive => {
  const found = ds.find((d) => d.id === id);
  if (!found) throw new Error(`no directive ${id}`);
  return found;
};

// TB 330: 6 document fields, 2 references, 7 leaves; 8 distinct scored (name, role) pairs; 26
// scored actors over the items (3+5+3+3+3+4+5); deadlines 2017 and 2016 on item 3; 17 domain ids.
const NOTICE_PERFECT = {
  document: [6, 0, 0], references: [2, 0, 0], directives: [7, 0, 0], actors: [8, 0, 0], actorsMatched: [26, 0, 0],
  roles: [26, 0, 0], deadlines: [2, 0, 0], deadlinesMatched: [2, 0, 0], domains: [17, 0, 0],
};

describe('scoreDocument on TB 330/TB-VPCP', () => {
  const cases: Array<{ name: string; edit: (p: ExtractedDocument) => void; expected: Partial<typeof NOTICE_PERFECT> }> = [
    { name: 'the gold itself', edit: () => {}, expected: {} },
    {
      name: 'item 7 missing',
      edit: (p) => void p.directives.pop(),
      // Bộ Thông tin và Truyền thông (lead) and Bộ Công Thương (coordinate) are named only in item 7.
      expected: { directives: [6, 0, 1], actors: [6, 0, 2], actorsMatched: [21, 0, 0], roles: [21, 0, 0], domains: [15, 0, 0] },
    },
    {
      name: 'item 1 shifted by 400 (IoU 252/1052 with its gold; 399/741 with item 2, already taken)',
      edit: (p) => void (byId(p.directives, '1').span = [2019, 2671]),
      expected: { directives: [6, 1, 1], actorsMatched: [23, 0, 0], roles: [23, 0, 0], domains: [15, 0, 0] },
    },
    {
      name: 'item 1 cut to IoU exactly 0.5 (326/652) still matches',
      edit: (p) => void (byId(p.directives, '1').span = [1619, 1945]),
      expected: {},
    },
    {
      name: 'item 1 cut to IoU 300/652 < 0.5',
      edit: (p) => void (byId(p.directives, '1').span = [1619, 1919]),
      expected: { directives: [6, 1, 1], actorsMatched: [23, 0, 0], roles: [23, 0, 0], domains: [15, 0, 0] },
    },
    {
      name: 'Bộ Công Thương lead instead of coordinate in item 7',
      edit: (p) => void (byId(p.directives, '7').actors.find((a) => a.name === 'Bộ Công Thương')!.role = 'lead'),
      expected: { actors: [7, 1, 1], actorsMatched: [25, 1, 1], roles: [25, 1, 1] },
    },
    {
      name: 'deadline 2017 read as 2018 in item 3',
      edit: (p) => void (byId(p.directives, '3').deadlines[0]!.value = '2018'),
      expected: { deadlines: [1, 1, 1], deadlinesMatched: [1, 1, 1] },
    },
    {
      name: 'a horizon is left out',
      edit: (p) => void byId(p.directives, '3').deadlines.push({ text: 'đến năm 2030', kind: 'horizon', value: '2030', precision: 'year', span: [0, 0] }),
      expected: {},
    },
    {
      name: 'issuer and report-to are not scored',
      edit: (p) => void (byId(p.directives, '1').actors = byId(p.directives, '1').actors.filter((a) => a.role !== 'issuer')),
      expected: {},
    },
    {
      name: 'names folded: case and tone placement ("Uỷ ban")',
      edit: (p) => {
        for (const a of byId(p.directives, '1').actors) a.name = a.name.toUpperCase();
        for (const a of byId(p.directives, '2').actors) a.name = a.name.replace('Ủy', 'Uỷ').replace(/ /g, '  ');
      },
      expected: {},
    },
    {
      name: 'a domain wrong in item 1 (security for economy)',
      edit: (p) => void (byId(p.directives, '1').domains[1]!.id = 'security'),
      expected: { domains: [16, 1, 1] },
    },
    {
      name: 'references: spacing ignored, an extra number, a missing one',
      edit: (p) => {
        p.document.references[0]!.number = '15/ CT-TTg';
        p.document.references[1]!.number = '99/QĐ-TTg';
      },
      expected: { references: [1, 1, 1] },
    },
    {
      name: 'issuer wrong, signer missing',
      edit: (p) => {
        p.document.issuer = 'Thủ tướng Chính phủ';
        p.document.signer = { name: null, title: 'Bộ trưởng, Chủ nhiệm' };
      },
      expected: { document: [4, 1, 2] },
    },
  ];

  for (const { name, edit, expected } of cases) {
    it(name, () => {
      expect(counts(scoreDocument(predict(NOTICE, edit), NOTICE))).toEqual({ ...NOTICE_PERFECT, ...expected });
    });
  }

  it('gives exact rates', () => {
    const missing = scoreDocument(predict(NOTICE, (p) => void p.directives.pop()), NOTICE);
    expect(missing.directives).toEqual({ tp: 6, fp: 0, fn: 1, precision: 1, recall: 6 / 7, f1: 12 / 13 });
    const role = scoreDocument(predict(NOTICE, (p) => void (byId(p.directives, '7').actors[5]!.role = 'lead')), NOTICE);
    expect(role.roles).toMatchObject({ precision: 25 / 26, recall: 25 / 26, f1: 25 / 26 });
    expect(role.actors.f1).toBe(14 / 16);
    const deadline = scoreDocument(predict(NOTICE, (p) => void (byId(p.directives, '3').deadlines[0]!.value = '2018')), NOTICE);
    expect(deadline.deadlines).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

describe('inheritance of a lead-in’s actors', () => {
  const assignees = ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'];

  it('passes s3’s actors down to s3.1–s3.5', () => {
    const ls = leaves(NESTED.directives);
    expect(ls.map((d) => d.id)).toEqual([
      's1', 's2', 's3.1', 's3.2', 's3.3', 's3.4', 's3.5', 's4.1', 's4.2', 's4.3',
      's5.1', 's5.2', 's5.3', 's5.4', 's6.1', 's6.2', 's7', 's8',
    ]);
    expect(ls[2]!.actors).toEqual([{ name: 'Chính phủ', role: 'issuer' }, ...assignees.map((name) => ({ name, role: 'assignee' }))]);
    // The input tree is left as it was.
    expect(NESTED.directives[2]!.children[0]!.actors).toEqual([]);
  });

  it('lets the nearest naming decide, names folded', () => {
    const node = (id: string, actors: GoldDirective['actors'], children: GoldDirective[] = []): GoldDirective =>
      ({ id, span: [0, 0], text: '', actors, deadlines: [], domains: [], children });
    const tree = [
      node('3', [{ name: 'Ủy ban nhân dân tỉnh Lào Cai', role: 'assignee' }, { name: 'Sở Công Thương tỉnh Lào Cai', role: 'assignee' }], [
        node('3.1', [{ name: 'Uỷ ban nhân dân tỉnh Lào Cai', role: 'lead' }]),
        node('3.2', []),
      ]),
    ];
    expect(leaves(tree).map((d) => d.actors)).toEqual([
      [{ name: 'Sở Công Thương tỉnh Lào Cai', role: 'assignee' }, { name: 'Uỷ ban nhân dân tỉnh Lào Cai', role: 'lead' }],
      [{ name: 'Ủy ban nhân dân tỉnh Lào Cai', role: 'assignee' }, { name: 'Sở Công Thương tỉnh Lào Cai', role: 'assignee' }],
    ]);
  });

  // 22 scored actors over the 18 leaves: s1, s2, s7, s8 and s6.1–s6.2 two each, s3.1–s3.5 two each by inheritance.
  const perfect = { actors: [2, 0, 0], actorsMatched: [22, 0, 0], roles: [22, 0, 0], directives: [18, 0, 0] };
  const part = (s: Score) => ({ actors: counts(s).actors, actorsMatched: counts(s).actorsMatched, roles: counts(s).roles, directives: counts(s).directives });

  it('scores actors put on every child the same as actors on the lead-in', () => {
    const moved = predict(NESTED, (p) => {
      const s3 = byId(p.directives, 's3');
      for (const child of s3.children) child.actors = structuredClone(s3.actors);
      s3.actors = [];
    });
    expect(part(scoreDocument(moved, NESTED))).toEqual(perfect);
  });

  it('misses the lead-in’s actors on each of its five children when the parent loses them', () => {
    const lost = predict(NESTED, (p) => void (byId(p.directives, 's3').actors = []));
    // Per document the pairs are still found on s1; per matched directive s3.1–s3.5 each miss two.
    expect(part(scoreDocument(lost, NESTED))).toEqual({ ...perfect, actorsMatched: [12, 0, 10], roles: [12, 0, 0] });
  });
});

describe('document fields of a news article (date null on both sides)', () => {
  it.each([
    { name: 'as gold', edit: () => {}, document: [6, 0, 0] },
    { name: 'a date where gold has none', edit: (p: ExtractedDocument) => void (p.document.date = '2023-08-25'), document: [5, 1, 0] },
    { name: 'kind official', edit: (p: ExtractedDocument) => void (p.document.kind = 'official'), document: [5, 1, 1] },
    { name: 'signer object without a name', edit: (p: ExtractedDocument) => void (p.document.signer = { name: null, title: 'Phó Thủ tướng' }), document: [6, 0, 0] },
  ])('$name', ({ edit, document }) => {
    expect(counts(scoreDocument(predict(NEWS, edit), NEWS)).document).toEqual(document);
  });
});

describe('degenerate counts', () => {
  it('a document without directives has no score (n/a, null) when none are predicted; a spurious one scores precision 0, F1 0, recall n/a', () => {
    expect(scoreDocument(predict(EMPTY), EMPTY).directives).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    const spurious = predict(EMPTY, (p) => void p.directives.push(goldToPrediction(NOTICE).directives[0]!));
    expect(scoreDocument(spurious, EMPTY).directives).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 });
    // Missed where nothing was predicted: recall 0, precision n/a.
    expect(scoreDocument(predict(NOTICE, (p) => void (p.directives = [])), NOTICE).directives).toMatchObject({ tp: 0, fp: 0, precision: null, recall: 0, f1: 0 });
  });
});

describe('combine', () => {
  it('sums counts over documents (micro-average)', () => {
    const total = combine([
      scoreDocument(predict(NOTICE), NOTICE),
      scoreDocument(predict(NOTICE, (p) => void p.directives.pop()), NOTICE),
    ]);
    expect(total.directives).toEqual({ tp: 13, fp: 0, fn: 1, precision: 1, recall: 13 / 14, f1: 26 / 27 });
    expect(total.actors).toEqual({ tp: 14, fp: 0, fn: 2, precision: 1, recall: 14 / 16, f1: 28 / 30 });
  });

  it('of nothing is n/a (null) with zero counts', () => {
    expect(combine([]).domains).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
  });
});

describe('matchLeaves', () => {
  it.each<{ name: string; pred: Span[]; gold: Span[]; pairs: Array<[number, number]> }>([
    { name: 'nothing', pred: [], gold: [[0, 5]], pairs: [] },
    { name: 'identical, in predicted order', pred: [[10, 20], [0, 5]], gold: [[0, 5], [10, 20]], pairs: [[0, 1], [1, 0]] },
    { name: 'IoU 1/3 is no match', pred: [[0, 3]], gold: [[0, 1]], pairs: [] },
    { name: 'tie at 0.5: lower gold index', pred: [[0, 2]], gold: [[0, 1], [1, 2]], pairs: [[0, 0]] },
    { name: 'tie at 0.5: lower predicted index', pred: [[0, 1], [1, 2]], gold: [[0, 2]], pairs: [[0, 0]] },
    { name: 'higher IoU first', pred: [[0, 10], [0, 9]], gold: [[0, 9]], pairs: [[1, 0]] },
    { name: 'one-to-one', pred: [[0, 10], [0, 10]], gold: [[0, 10], [0, 8]], pairs: [[0, 0], [1, 1]] },
  ])('$name', ({ pred, gold, pairs }) => {
    expect(matchLeaves(pred, gold)).toEqual(pairs);
  });
});

describe('parseGold', () => {
  it.each([
    { name: 'not an object', json: [], message: '(root): expected an object' },
    { name: 'directives missing', json: { ...NOTICE, directives: undefined }, message: 'directives: expected an array' },
    { name: 'unknown role', json: { ...NOTICE, directives: [{ ...NOTICE.directives[0], actors: [{ name: 'X', role: 'owner' }] }] }, message: 'directives[0].actors[0].role: expected one of' },
    { name: 'span reversed', json: { ...NOTICE, directives: [{ ...NOTICE.directives[0], span: [9, 3] }] }, message: 'directives[0].span' },
    { name: 'signer as object', json: { ...NOTICE, document: { ...NOTICE.document, signer: { name: 'A' } } }, message: 'document.signer: expected a string or null' },
  ])('rejects $name', ({ json, message }) => {
    expect(() => parseGold(json)).toThrow(message);
  });
});

describe('every corpus gold file against itself', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.gold.json')).sort();

  it('finds the corpus', () => expect(files.length).toBeGreaterThanOrEqual(10));

  it.each(files)('%s scores 1 on every field it has data for, n/a on the others', (file) => {
    const gold = loadGold(file);
    const score = scoreDocument(goldToPrediction(gold), gold);
    expect(Object.keys(score)).toEqual(SCORE_FIELDS.map((f) => f.field));
    for (const { field } of SCORE_FIELDS) expect(score[field], field).toMatchObject({ fp: 0, fn: 0, f1: score[field].tp > 0 ? 1 : null });
  });
});
