// chrono runs a parser's pattern on the text left after its previous match, so a lookbehind cannot
// see the character before the match; the parser checks it on the whole text instead.
import type { ParsingContext } from 'chrono-node';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when `index` starts a word of `context.text` (Vietnamese letters and digits count). */
export function atWordStart(context: ParsingContext, index: number): boolean {
  return index === 0 || !LETTER_OR_DIGIT.test(context.text[index - 1]!);
}
