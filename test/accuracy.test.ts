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

  it('directive F1 1.0 overall', () => {
    expect(combine(scores.map((s) => s.score)).directives.f1).toBe(1);
  });

  // Every document at 1.0: 000–009 were written against, 010–014 added later (measured before any
  // rule was written on them: 010 at 0.07) and learnt since. 008 (a notice that assigns nothing)
  // has no directive in its gold: n/a, and none may be predicted.
  it.each(scores.map((s) => [s.file, s.score] as const))('%s: directive F1 1.0 (008: none predicted)', (file, score) => {
    if (file.startsWith('008_')) {
      expect(score.directives.f1).toBeNull();
      expect(score.directives.fp).toBe(0);
    } else {
      expect(score.directives.f1).toBe(1);
    }
  });

  // News articles 003 and 004 print no year in their datelines ("Ngày 11/12", "Sáng 2/8"): the
  // annotators inferred it from context; we report null rather than guess (SPEC: never a guess).
  const YEARLESS = new Set(['003_282706f9053aedd7.gold.json', '004_5fed355252d6cdb1.gold.json']);
  it.each(scores.map((s) => [s.file, s.score] as const))('%s: document fields exact', (file, score) => {
    const expected = (YEARLESS.has(file) ? { tp: 5, fp: 0, fn: 1 } : { tp: 6, fp: 0, fn: 0 });
    expect({ tp: score.document.tp, fp: score.document.fp, fn: score.document.fn }).toEqual(expected);
  });

  // Actors (issue 15): a ratchet at today's level — 0.988 / 0.968 / 1.000 when set (the issue's
  // aim: actors per document and roles ≥ 0.97). What is left is two judgement calls of the gold
  // files: 010's misprint "Cục Lâm nghiệp và Cục Kiểm lâm" read as one body, and 013's "phát huy
  // vai trò của Mặt trận …" as an object where 002's "vai trò của" names an actor.
  it('actors per document, per matched directive and roles at their floors', () => {
    const all = combine(scores.map((s) => s.score));
    expect(all.actors.f1).toBeGreaterThanOrEqual(0.98);
    expect(all.actorsMatched.f1).toBeGreaterThanOrEqual(0.96);
    expect(all.roles.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('references: every cited symbol found, none invented', () => {
    const r = combine(scores.map((s) => s.score)).references;
    expect({ tp: r.tp, fp: r.fp, fn: r.fn }).toEqual({ tp: 40, fp: 0, fn: 0 });
  });
});
