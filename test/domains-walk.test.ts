// The domains stage walks the lexicon over each stretch of a document once (issue 19, point 5): a
// document whose title names no subject reads every leaf for the document's subject, then
// classifies each leaf from the same parts, whose phrases are already counted.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lexicon } from '../src/extract/domains/lexicon.js';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';

/** The stretches the lexicon is walked over while one corpus text is extracted. */
function walks(name: string): string[] {
  const seen: string[] = [];
  const findAll = lexicon.phrases.findAll.bind(lexicon.phrases);
  vi.spyOn(lexicon.phrases, 'findAll').mockImplementation((text: string) => {
    seen.push(text);
    return findAll(text);
  });
  extractDocument(ingest(readFileSync(`corpus/${name}`), { path: name }));
  vi.restoreAllMocks();
  return seen;
}

describe('domains: one walk per stretch', () => {
  afterEach(() => vi.restoreAllMocks());

  // Titles with no subject ("KẾT LUẬN …", "V/v triển khai …"): before, the leaves were walked twice
  // (15, 36 and 7 walks).
  it.each([
    ['001_f3a2eb2b02236d08.txt', 8],
    ['013_kl-75-tw-2026.txt', 20],
    ['014_cv-9387-ubnd-laocai-2026.txt', 4],
  ])('%s: %i walks, no leaf twice', (name, expected) => {
    const seen = walks(name);
    expect(seen.length).toBe(expected);
    // 013 prints one short stretch twice, at two places; no other stretch comes back.
    expect(seen.length - new Set(seen).size).toBeLessThanOrEqual(1);
  });

  it('a document whose title names its subject walks each stretch once too (002)', () => {
    const seen = walks('002_01045addc55f0d23.txt');
    expect(seen.length).toBe(8);
    expect(new Set(seen).size).toBe(8);
  });
});
