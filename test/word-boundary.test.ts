// Issue 19, point 1: WORD_START (src/ingest/match.ts) is a faster spelling of `(?<![\p{L}\p{N}])`,
// and must be exactly it: the same answer for every possible character before the position.
import { describe, expect, it } from 'vitest';
import { WORD_END, WORD_START, wordPattern } from '../src/ingest/match.js';

const PLAIN = /(?<![\p{L}\p{N}])a/uy;
const FAST = new RegExp(`${WORD_START}a`, 'uy');

/** Does the pattern match "a" right after `before` (a lookbehind reads `before` backwards)? */
function startsAfter(re: RegExp, before: string): boolean {
  re.lastIndex = before.length;
  return re.test(`${before}a`);
}

describe('WORD_START agrees with (?<![\\p{L}\\p{N}])', () => {
  it('on every code point before the position, U+0000 to U+10FFFF (lone surrogates as a u pattern reads them)', () => {
    const differ: string[] = [];
    let words = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      // A surrogate code point stands alone: read as one unpaired code unit.
      const before = String.fromCodePoint(cp);
      const plain = startsAfter(PLAIN, before);
      if (!plain) words++;
      if (startsAfter(FAST, before) !== plain) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
    // The plain class does hold letters and digits of every script (a check that the loop tested them).
    expect(words).toBeGreaterThan(140_000);
  });

  it('after a surrogate pair, the pair is one character: a letter (𝐀) or not (😀)', () => {
    expect([startsAfter(PLAIN, '𝐀'), startsAfter(FAST, '𝐀')]).toEqual([false, false]);
    expect([startsAfter(PLAIN, '😀'), startsAfter(FAST, '😀')]).toEqual([true, true]);
    // A trail surrogate after a non-surrogate, and a lead surrogate alone: no letter either way.
    expect([startsAfter(PLAIN, 'x\uDC00'), startsAfter(FAST, 'x\uDC00')]).toEqual([true, true]);
    expect([startsAfter(PLAIN, '\uD835'), startsAfter(FAST, '\uD835')]).toEqual([true, true]);
  });

  it('at the start of the text', () => {
    expect(startsAfter(FAST, '')).toBe(true);
  });
});

describe('whole Vietnamese words with the kernel boundaries', () => {
  const giao = wordPattern(['giao']);
  it.each([
    ['Bộ Công Thương được giao chủ trì', 1],
    ['giao', 1],
    ['(giao)', 1],
    ['bàn giao, giao nhận', 2],
    ['đgiao', 0], // "đ" before
    ['ưgiao', 0],
    ['ỹgiao', 0],
    ['2giao', 0],
    ['²giao', 0], // a superscript digit is \p{N}
    ['ªgiao', 0], // a feminine ordinal is \p{L}
    ['ωgiao', 0], // Greek
    ['жgiao', 0], // Cyrillic
    ['中giao', 0],
    ['—giao', 1],
    ['\u00A0giao', 1],
    ['giaođ', 0],
  ])('%j has %i whole-word "giao"', (text, count) => {
    expect([...text.matchAll(giao)]).toHaveLength(count);
  });

  it('WORD_END is the plain lookahead', () => {
    expect(WORD_END).toBe('(?![\\p{L}\\p{N}])');
  });
});
