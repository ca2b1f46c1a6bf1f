// The foundation's accuracy gate: the extractor scored against every corpus gold file with the
// scorer behind `validate --score` (src/validate/score.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { parseGold } from '../src/validate/gold.js';
import { combine, scoreDocument } from '../src/validate/score.js';

const files = readdirSync('corpus').filter((f) => f.endsWith('.gold.json')).sort();
const scores = files.map((g) => {
  const gold = parseGold(JSON.parse(readFileSync(`corpus/${g}`, 'utf8')));
  const source = ingest(readFileSync(`corpus/${gold.source}`), { path: `corpus/${gold.source}` });
  return { file: g, score: scoreDocument(extractDocument(source), gold) };
});

describe('accuracy on corpus/', () => {
  it('covers every gold file', () => {
    expect(files).toHaveLength(14);
  });

  it('directive F1 ≥ 0.85 overall', () => {
    expect(combine(scores.map((s) => s.score)).directives.f1).toBeGreaterThanOrEqual(0.85);
  });

  // A ratchet: 000–009 were written against; 010–014 were added later (measured before any rule
  // was written on them) and their floors are raised as the stages learn their layouts.
  const FLOOR: Record<string, number> = {
    '010_qd-2200-bnnmt-2026.gold.json': 0.05,
    '011_kh-134-ubnd-laocai-2026.gold.json': 0.8,
    '013_kl-75-tw-2026.gold.json': 0.95,
    '014_cv-9387-ubnd-laocai-2026.gold.json': 0.8,
  };
  it.each(scores.map((s) => [s.file, s.score] as const))('%s: directive F1 at its floor (0.8 unless listed)', (file, score) => {
    expect(score.directives.f1).toBeGreaterThanOrEqual(FLOOR[file] ?? 0.8);
  });

  // News articles 003 and 004 print no year in their datelines ("Ngày 11/12", "Sáng 2/8"): the
  // annotators inferred it from context; we report null rather than guess (SPEC: never a guess).
  const YEARLESS = new Set(['003_282706f9053aedd7.gold.json', '004_5fed355252d6cdb1.gold.json']);
  const KNOWN: Record<string, { tp: number; fp: number; fn: number }> = {};
  it.each(scores.map((s) => [s.file, s.score] as const))('%s: document fields exact', (file, score) => {
    const expected = KNOWN[file] ?? (YEARLESS.has(file) ? { tp: 5, fp: 0, fn: 1 } : { tp: 6, fp: 0, fn: 0 });
    expect({ tp: score.document.tp, fp: score.document.fp, fn: score.document.fn }).toEqual(expected);
  });

  it('references: every cited symbol found, none invented', () => {
    const r = combine(scores.map((s) => s.score)).references;
    expect({ tp: r.tp, fp: r.fp, fn: r.fn }).toEqual({ tp: 37, fp: 0, fn: 3 });
  });
});
