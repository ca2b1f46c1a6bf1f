// masked (structure/cues.ts): is a position inside a phrase that asks nothing (cues.json
// notInstruct)? The spans are sought lazily, only as far as a question needs (issue 19); the
// answers must be those of all the spans of the stretch found first, asked in any order.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cues } from '../src/data/index.js';
import { fold, wordPattern } from '../src/ingest/match.js';
import { masked } from '../src/structure/cues.js';

/** Every match [index, text] of the global pattern `re` in `s`. */
function byPattern(re: RegExp, s: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m[0]]);
  return out;
}

const corpusDir = new URL('../corpus/', import.meta.url);
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => fold(readFileSync(new URL(f, corpusDir), 'utf8').normalize('NFC')));

describe('masked: inside a phrase that asks nothing', () => {
  const re = wordPattern(cues.notInstruct);
  /** The answer from every span of the whole stretch, found first (as it was before issue 19). */
  const eager = (folded: string, at: number): boolean => byPattern(re, folded).some(([s, m]) => s <= at && at < s + m.length);

  it('answers exactly on made-up texts', () => {
    const s = fold('Về việc đề nghị giao đất; UBND tỉnh đề nghị Sở Giao thông vận tải giao dịch');
    const isMasked = masked(s);
    const rows: ReadonlyArray<readonly [number, boolean]> = [[0, true], [14, true], [15, false], [32, false], [46, false], [47, true], [56, true], [57, false], [66, true], [74, true], [75, false]];
    // Asked out of order: a later position first, then earlier ones.
    for (const [at, want] of [...rows].reverse()) expect([at, isMasked(at)]).toEqual([at, want]);
    for (const [at, want] of rows) expect([at, eager(s, at)]).toEqual([at, want]);
  });

  it('gives the answers of all the spans on every corpus text, asked in and out of order', () => {
    let inside = 0;
    for (const text of corpus) {
      const spans = byPattern(re, text);
      const isMasked = masked(text);
      const positions = spans.flatMap(([s, m]) => [s - 1, s, s + m.length - 1, s + m.length]);
      for (let at = 0; at < text.length; at += 211) positions.push(at);
      positions.sort((a, b) => (a * 7919) % 1009 - (b * 7919) % 1009); // a fixed scrambled order
      for (const at of positions) {
        const want = spans.some(([s, m]) => s <= at && at < s + m.length);
        if (want) inside++;
        expect(isMasked(at)).toBe(want);
      }
    }
    expect(inside).toBeGreaterThan(20);
  });
});
