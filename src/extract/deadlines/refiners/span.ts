// Moving a result's edges: refiners that take in a cue word ("trước", "kể từ") or a trailing word
// ("tới") widen the result, so the deadline's text and span cover what a reader would quote.
import type { ParsingContext, ParsingResult } from 'chrono-node';

export const endOf = (r: ParsingResult): number => r.index + r.text.length;

export function widen(context: ParsingContext, r: ParsingResult, start: number, end: number): void {
  r.index = start;
  r.text = context.text.slice(start, end);
}
