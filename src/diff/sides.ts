// What a side of `chidao diff` is made of, without touching files: the JSON or JSON Lines output of
// `chidao extract` parsed back into documents, and the documents of one folder grouped by year.
import type { ExtractedDocument } from '../types.js';

export class ExtractOutputError extends Error {}

/**
 * The documents of an `extract` output: one JSON object (`--format json`), a JSON array of them
 * (json for several inputs), or one object per line (`jsonl`). Shape checks are the caller's
 * (the published schema); this only rejects what is not JSON objects at all.
 */
export function parseExtractOutput(text: string): unknown[] {
  const body = text.replace(/^\uFEFF/u, '').trim();
  if (body === '') throw new ExtractOutputError('empty file');
  try {
    const whole: unknown = JSON.parse(body);
    const items = Array.isArray(whole) ? whole : [whole];
    if (!items.every(isObject)) throw new ExtractOutputError('expected extract output: a JSON object, an array of objects, or JSON Lines');
    return items;
  } catch (error) {
    if (error instanceof ExtractOutputError) throw error;
  }
  // Not one JSON value: JSON Lines, one object per non-empty line.
  const out: unknown[] = [];
  body.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ExtractOutputError(`line ${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (!isObject(value)) throw new ExtractOutputError(`line ${i + 1}: expected a JSON object`);
    out.push(value);
  });
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * True for the Markdown digest of `chidao extract --format md`: its "Document" table ends with the
 * source row (path in backticks · encoding · format · length). A notice is never compared as its
 * digest (the digest is a summary, not the notice's text).
 */
export const isDigest = (text: string): boolean => /^## Document$/mu.test(text) && /^\| source \| `[^`\n]*` · [^\n]* characters \|$/mu.test(text);

/** True when text looks like JSON rather than a notice (for standard input, which has no name). */
export const looksLikeJson = (text: string): boolean => /^\uFEFF?\s*[[{]/u.test(text);

export interface YearGroup {
  year: string;
  documents: ExtractedDocument[];
}

/** Documents by the year of their date, oldest first; undated ones apart (they cannot be placed). */
export function groupByYear(documents: readonly ExtractedDocument[]): { groups: YearGroup[]; undated: ExtractedDocument[] } {
  const byYear = new Map<string, ExtractedDocument[]>();
  const undated: ExtractedDocument[] = [];
  for (const doc of documents) {
    const year = /^(\d{4})/u.exec(doc.document.date ?? '')?.[1];
    if (!year) {
      undated.push(doc);
      continue;
    }
    byYear.set(year, [...(byYear.get(year) ?? []), doc]);
  }
  const groups = [...byYear].sort(([a], [b]) => Number(a) - Number(b)).map(([year, docs]) => ({ year, documents: docs }));
  return { groups, undated };
}
