// The phrase trie against the pattern it replaced: a longest-first alternation of the same
// phrases, words joined by `[ \n]+`, ending at a word boundary, run sticky at each word start.
// Both must find the same phrase (and the same end) at every word start of every corpus file and
// of random text built from the phrases' own words.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS, MENTIONS, words } from '../src/extract/actors/patterns.js';
import { WORD_END, alternation, fold, nameKey, wordPattern } from '../src/ingest/match.js';
import { normalise } from '../src/ingest/normalise.js';
import { PhraseTrie } from '../src/ingest/phrase-trie.js';
import { DOMAIN_PHRASES } from '../src/extract/domains/lexicon.js';

/** The reference: one alternation of all phrases, longest first (what patterns.ts compiled before). */
function referencePattern(phrases: Iterable<string>): RegExp {
  return new RegExp(`(?:${alternation([...phrases])})${WORD_END}`, 'uy');
}

function referenceAt(re: RegExp, text: string, at: number): { end: number; key: string } | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? { end: at + m[0].length, key: nameKey(m[0]) } : null;
}

const everyStart = (folded: string): number[] => words(folded).map(([at]) => at);

describe('PhraseTrie', () => {
  const small = new PhraseTrie(['Bộ Tài chính', 'Bộ Tài nguyên và Môi trường', 'bộ, ngành', 'bộ', 'UBND tỉnh', 'TP.HCM']);

  it.each([
    ['bộ tài chính và bộ tài nguyên và môi trường', 0, { end: 12, key: 'bộ tài chính' }],
    ['bộ tài nguyên và môi trường.', 0, { end: 27, key: 'bộ tài nguyên và môi trường' }],
    // "Bộ Tài nguyên" is no phrase: back to "bộ".
    ['bộ tài nguyên nước', 0, { end: 2, key: 'bộ' }],
    ['bộ, ngành trung ương', 0, { end: 9, key: 'bộ, ngành' }],
    ['bộ,ngành', 0, { end: 2, key: 'bộ' }],
    ['bộ\ntài  chính', 0, { end: 13, key: 'bộ tài chính' }],
    ['ubnd tỉnh lào cai', 0, { end: 9, key: 'ubnd tỉnh' }],
    ['tp.hcm,', 0, { end: 6, key: 'tp.hcm' }],
  ])('%j at %i', (text, at, expected) => {
    expect(small.matchAt(text, at)).toEqual(expected);
  });

  it.each([
    ['bộtài chính', 0],
    ['bội', 0],
    ['ubnd tỉnhx', 0],
    ['', 0],
  ])('no phrase in %j at %i', (text, at) => {
    expect(small.matchAt(text, at)).toBeNull();
  });

  it('agrees with the alternation at every word start of every corpus file', () => {
    const re = referencePattern(TARGETS.keys());
    let compared = 0;
    let found = 0;
    for (const name of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
      const folded = fold(normalise(readFileSync(join('corpus', name), 'utf8')));
      for (const at of everyStart(folded)) {
        const expected = referenceAt(re, folded, at);
        expect(MENTIONS.matchAt(folded, at), `${name} at ${at}`).toEqual(expected);
        compared++;
        if (expected) found++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(found).toBeGreaterThan(400);
  });

  it('agrees with the alternation on random text made of the phrases\' own words', () => {
    const phrases = [...TARGETS.keys()].slice(0, 400);
    const trie = new PhraseTrie(phrases);
    const re = referencePattern(phrases);
    const vocabulary = [...new Set(phrases.flatMap((p) => p.split(' ')))];
    const piece = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(' ', '  ', '\n', ',', '.', 'x', '-'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (let at = 0; at < text.length; at++) {
          if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
          expect(trie.matchAt(text, at)).toEqual(referenceAt(re, text, at));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('findAll gives the matches of the global pattern on random text: letters of other planes, lone surrogates, marks', () => {
    const phrases = DOMAIN_PHRASES.slice(0, 300);
    const trie = new PhraseTrie(phrases);
    const re = wordPattern(phrases, 'gu');
    const vocabulary = [...new Set(phrases.flatMap((p) => fold(p.normalize('NFC')).split(/\s+/u)))];
    // "𝐀" (U+1D400) is a letter of another plane, "😀" none; "\uD835" and "\uDC00" alone are no letters.
    const odd = ['𝐀', '😀', '\uD835', '\uDC00', '\u0301', 'đ', '-', ',', '.', '…', '2026'];
    const piece = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(' ', '  ', '\n', ...odd));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const expected = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: nameKey(m[0]) }));
        expect(trie.findAll(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    // The phrase after a letter of another plane is inside a word: no word start there.
    ['𝐀an ninh', []],
    ['😀an ninh', [{ start: 2, end: 9, key: 'an ninh' }]],
    ['\uDC00an ninh', [{ start: 1, end: 8, key: 'an ninh' }]],
    ['an ninh lương thực, an ninh', [{ start: 0, end: 18, key: 'an ninh lương thực' }, { start: 20, end: 27, key: 'an ninh' }]],
    ['an ninh\n\nlương thực', [{ start: 0, end: 19, key: 'an ninh lương thực' }]],
    ['an ninhx an  ninh', [{ start: 9, end: 17, key: 'an ninh' }]],
  ])('findAll in %j', (text, expected) => {
    expect(new PhraseTrie(['an ninh', 'an ninh lương thực']).findAll(text)).toEqual(expected);
  });

  it('findAll gives the matches of the global pattern over every corpus file (the domain lexicon)', () => {
    const re = wordPattern(DOMAIN_PHRASES, 'gu');
    const trie = new PhraseTrie(DOMAIN_PHRASES);
    let total = 0;
    for (const name of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
      const folded = fold(normalise(readFileSync(join('corpus', name), 'utf8')));
      const expected = [...folded.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: nameKey(m[0]) }));
      expect(trie.findAll(folded), name).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(1000);
  });
});
