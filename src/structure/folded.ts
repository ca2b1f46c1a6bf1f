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
// A letter or digit as one code unit (a surrogate is neither): every unit `fold` reads as one is
// one here, so a neighbour that is not keeps the slice exact.
import { wordUnit as letterOrDigit } from '../ingest/word-list.js';

/** `fold(text.slice(start, end))`, read from `folded` (the document's folded copy) when that is the same. */
export function foldedSlice(text: string, folded: string, start: number, end: number): string {
  const apart = (start === 0 || !letterOrDigit(text.charCodeAt(start - 1))) && (end >= text.length || !letterOrDigit(text.charCodeAt(end)));
  return apart ? folded.slice(start, end) : fold(text.slice(start, end));
}
