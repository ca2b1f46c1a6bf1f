// The deadline stage in the pipeline: issue 4's "Done when" examples, deadlines on the lowest
// directive that contains them, task-table rows read from their completion cell, warnings, --date,
// and the composition of chrono's vi parsers with ours.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCasualConfiguration } from 'chrono-node/vi';
import { configuration } from '../src/extract/deadlines/configuration.js';
import { extractDocument, STAGES } from '../src/extract/pipeline.js';
import { place, type FoundDeadline } from '../src/extract/deadlines/index.js';
import { ingest } from '../src/ingest/index.js';
import type { Directive, ExtractedDocument, Source } from '../src/types.js';
import { parseGold } from '../src/validate/gold.js';
import { scoreDocument } from '../src/validate/score.js';
import { runCli } from './helpers/run-cli.js';

const extract = (name: string, date?: string): ExtractedDocument =>
  extractDocument(ingest(readFileSync(`corpus/${name}`), { path: `corpus/${name}` }), date ? { date } : {});

function find(directives: readonly Directive[], id: string): Directive | undefined {
  for (const d of directives) {
    if (d.id === id) return d;
    const inner = find(d.children, id);
    if (inner) return inner;
  }
  return undefined;
}

const pick = (d: Directive | undefined) => d?.deadlines.map(({ text, kind, value, precision, relative }) => ({ text, kind, value, precision, ...(relative !== undefined ? { relative } : {}) }));

describe('issue 4, "Done when"', () => {
  it('corpus/001: the directive with "hoàn thành trước ngày 8/9/2023" gets 2023-09-08, by, day', async () => {
    const { code, stdout } = await runCli(['extract', 'corpus/001_f3a2eb2b02236d08.txt']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as ExtractedDocument;
    const s1 = doc.directives.find((d) => d.text.includes('hoàn thành trước ngày 8/9/2023'));
    expect(s1?.id).toBe('s1');
    const text = readFileSync('corpus/001_f3a2eb2b02236d08.txt', 'utf8');
    expect(s1?.deadlines).toEqual([
      { text: 'trước ngày 8/9/2023', kind: 'by', value: '2023-09-08', precision: 'day', span: [794, 813] },
    ]);
    expect(text.slice(794, 813)).toBe('trước ngày 8/9/2023');
  });

  it('corpus/002 item 3: 2016 and the relative "Trong 2 năm tới" resolved to 2017 (document of 2 October 2015)', () => {
    expect(pick(find(extract('002_01045addc55f0d23.txt').directives, '3'))).toEqual([
      { text: 'Trong 2 năm tới', kind: 'by', value: '2017', precision: 'year', relative: 'P2Y' },
      { text: 'trong năm 2016', kind: 'by', value: '2016', precision: 'year' },
    ]);
  });

  it('--date replaces the document date for relative expressions only', () => {
    expect(pick(find(extract('002_01045addc55f0d23.txt', '2020-01-15').directives, '3'))?.map((d) => d.value)).toEqual(['2022', '2016']);
  });

  it('the stage runs after the references stage', () => {
    const names = STAGES.map((s) => s.name);
    expect(names.indexOf('deadlinesStage')).toBeGreaterThan(names.indexOf('referencesStage'));
    expect(names.indexOf('referencesStage')).toBeGreaterThanOrEqual(0);
  });
});

describe('placing deadlines', () => {
  it('task-table rows take their completion cell (corpus/006 T1, T3, T5)', () => {
    const doc = extract('006_kh-09-btnmt-2024.txt');
    expect(pick(find(doc.directives, 'T1'))).toEqual([{ text: 'Tháng 8/2024', kind: 'by', value: '2024-08', precision: 'month' }]);
    expect(pick(find(doc.directives, 'T3'))).toEqual([{ text: '2024 - 2025', kind: 'period', value: '2024/2025', precision: 'year' }]);
    // The task cell's scope is a horizon; the completion cell gives the period.
    expect(pick(find(doc.directives, 'T5'))?.map((d) => `${d.kind} ${d.value}`)).toEqual(['horizon 2030', 'horizon 2050', 'period 2025/2030']);
  });

  it('a deadline goes on the lowest directive whose span contains it, once', () => {
    const leaf = (id: string, span: [number, number], children: Directive[] = []): Directive =>
      ({ id, numbered: true, text: '', span, urgent: false, actors: [], deadlines: [], domains: [], children });
    const tree = [leaf('1', [0, 100], [leaf('1.a', [10, 40]), leaf('1.b', [50, 90])]), leaf('2', [100, 200])];
    const d = (start: number, end: number): FoundDeadline => ({ text: '', kind: 'by', value: String(start), precision: 'year', span: [start, end] });
    const placed = place(tree, [d(5, 8), d(12, 20), d(45, 60), d(60, 70), d(120, 130), d(250, 260)]);
    const values = (x: Directive | undefined) => x?.deadlines.map((y) => y.value);
    expect(values(find(placed, '1'))).toEqual(['5', '45']);
    expect(values(find(placed, '1.a'))).toEqual(['12']);
    expect(values(find(placed, '1.b'))).toEqual(['60']);
    expect(values(find(placed, '2'))).toEqual(['120']);
  });

  it('expressions outside every directive are dropped (the dateline, the "Căn cứ" of 008)', () => {
    const doc = extract('008_tb-831-ubnd-camduong-2026.txt');
    expect(doc.directives).toEqual([]);
    expect(doc.warnings ?? []).toEqual([]);
  });
});

describe('warnings', () => {
  const source = (text: string): Source => ({ path: 'notice.txt', sha256: '', encoding: 'utf-8', format: 'text', text });
  // A news text without a year: nothing to count "trong 02 tháng" from.
  const NEWS = 'Phó Thủ tướng yêu cầu các bộ, ngành hoàn thành việc rà soát trong 02 tháng.\nPhó Thủ tướng yêu cầu Bộ Tài chính trình Đề án trước ngày 30/2/2026.\n';

  it('a relative deadline without a reference date: value null and a warning with its position', () => {
    const doc = extractDocument(source(NEWS));
    const found = doc.directives.flatMap((d) => d.deadlines);
    expect(found.map((d) => [d.text, d.value])).toEqual([['trong 02 tháng', null], ['trước ngày 30/2/2026', null]]);
    expect(doc.warnings).toEqual([
      expect.objectContaining({ code: 'deadline-no-reference-date', severity: 'warning', file: 'notice.txt', line: 1, column: 61 }),
      expect.objectContaining({ code: 'deadline-invalid-date', severity: 'warning', file: 'notice.txt', line: 2, column: 48 }),
    ]);
  });

  it('with --date the relative deadline resolves and only the invalid date is reported', () => {
    const doc = extractDocument(source(NEWS), { date: '2026-01-20' });
    expect(doc.directives.flatMap((d) => d.deadlines).map((d) => d.value)).toEqual(['2026-03', null]);
    expect(doc.warnings?.map((w) => w.code)).toEqual(['deadline-invalid-date']);
  });
});

describe('the chrono configuration', () => {
  const scope = { text: '', offset: 0, mode: 'prose' as const, references: [], bodyStart: 0, dateline: null, reference: null, documentDate: null };

  it("composes chrono's vi parsers (behind guards) with ours, and replaces the refiners that misread notices", () => {
    const names = createCasualConfiguration(true).parsers.map((p) => p.constructor.name);
    for (const kept of ['SlashDateFormatParser', 'VIStandardParser', 'VIMonthYearParser', 'VIYearParser', 'ISOFormatParser']) expect(names).toContain(kept);
    const ours = configuration(scope);
    // Ours: period, recurring, quarter, half, month, part-of, relative words, working days, duration, occasion; chrono's: five.
    expect(ours.parsers).toHaveLength(15);
    expect(ours.refiners.map((r) => r.constructor.name)).not.toContain('UnlikelyFormatFilter');
    expect(configuration({ ...scope, mode: 'cell' }).parsers).toHaveLength(16);
  });
});

// A ratchet on the corpus (issue 15, point 6): on every directive the structure stage finds, the
// deadlines are the gold's, kind and value; per document, deadlines F1 1.0, or nothing to find and
// nothing found (n/a: a gold with no deadline).
describe('deadlines on corpus/ (ratchet)', () => {
  const golds = readdirSync('corpus').filter((f) => f.endsWith('.gold.json')).sort();
  const scored = golds.map((g) => {
    const gold = parseGold(JSON.parse(readFileSync(`corpus/${g}`, 'utf8')));
    return [g, scoreDocument(extract(gold.source), gold)] as const;
  });

  it.each(scored)('%s: every matched directive has the gold deadlines', (_file, score) => {
    expect({ fp: score.deadlinesMatched.fp, fn: score.deadlinesMatched.fn }).toEqual({ fp: 0, fn: 0 });
  });

  it.each(scored)('%s: deadlines per document F1 1.0 (or none to find, none found)', (_file, score) => {
    if (score.deadlines.f1 === null) expect(score.deadlines).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    else expect(score.deadlines.f1).toBe(1);
  });
});
