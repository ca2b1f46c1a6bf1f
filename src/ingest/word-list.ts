// Letters, digits and words by code unit, for the loops that stand in for a pattern on the hot path
// (the kernel's one table: the phrase trie, structure's folded slices and the actors' word list
// read it). Letter-or-digit and upper case are looked up in a table per code unit, filled on first
// use from the same Unicode classes, so the answers are exactly the patterns'. The words of a
// document's folded text are read once per document by a loop over code units: what
// `folded.matchAll(/[\p{L}\p{N}]+/gu)` finds (issue 19: that scan, with a match object and a pair
// per word, was a tenth of the actors stage).
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
// Per BMP code unit: 0 not computed yet, 1 yes, 2 no (128 KB in all, no Map lookups).
const WORD_UNIT = new Uint8Array(0x10000);
const UPPER_UNIT = new Uint8Array(0x10000);

/** Does `text` hold a character above ASCII (`/[^\x00-\x7f]/u`, by code unit: no pattern call per word)? */
export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Is the code unit a letter or digit by itself (`[\p{L}\p{N}]` on a one-unit string)? Surrogates are not. */
export function wordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  let v = WORD_UNIT[c]!;
  if (v === 0) {
    v = c < 0xd800 || c > 0xdfff ? (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2) : 2;
    WORD_UNIT[c] = v;
  }
  return v === 1;
}

/** Is the code unit an upper-case letter by itself (`/^\p{Lu}/u` on `text[i]`; a lone surrogate is not)? */
export function upperUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  let v = UPPER_UNIT[c]!;
  if (v === 0) {
    v = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
    UPPER_UNIT[c] = v;
  }
  return v === 1;
}

/** Does `text` open with an upper-case letter (`/^\p{Lu}/u`, by code point)? */
export function upperInitial(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdbff ? UPPER.test(text) : upperUnit(c);
}

/** The letter-or-digit code point at `i` (a surrogate pair read whole, as a `u` pattern does): its length in code units, or 0. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return wordUnit(c) ? 1 : 0;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Word starts and ends of folded text, in order (parallel arrays: no object, no string per word — most words are never looked up). */
export interface WordList {
  readonly at: readonly number[];
  readonly end: readonly number[];
}

/** Every maximal run of letters and digits of `folded`: the matches of `/[\p{L}\p{N}]+/gu`. */
export function wordList(folded: string): WordList {
  const at: number[] = [];
  const end: number[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let len = wordCharLength(folded, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += len;
    while (i < n && (len = wordCharLength(folded, i)) > 0);
    at.push(start);
    end.push(i);
  }
  return { at, end };
}
