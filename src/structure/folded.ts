// Stretches of the document's folded copy (ingest/match.ts `fold`) in place of folding a slice of
// the text again: structure reads many lines and cells, and folding each one made a new string per
// line (issue 19, point 5).
//
// Why it is exact: `fold` is the same length as its input and sets each code unit from that unit
// alone, except the tone of an open "oa", "oe", "uy", which it reads from the pair and the unit
// after it. Folding a stretch alone can differ from the document's folded copy only where one of
// those three units lies outside the stretch: when the unit before it or the unit after it is a
// letter or digit (a vowel of the pair, or the consonant that closes the syllable). Otherwise —
// a line between line breaks, a cell between spaces — the slice is taken; else the stretch is folded.
import { fold } from '../ingest/match.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A letter or digit as one code unit (what `fold` tests: a surrogate is neither). */
function letterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** `fold(text.slice(start, end))`, read from `folded` (the document's folded copy) when that is the same. */
export function foldedSlice(text: string, folded: string, start: number, end: number): string {
  const apart = (start === 0 || !letterOrDigit(text.charCodeAt(start - 1))) && (end >= text.length || !letterOrDigit(text.charCodeAt(end)));
  return apart ? folded.slice(start, end) : fold(text.slice(start, end));
}
