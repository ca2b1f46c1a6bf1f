// The gate of the deadline reader (issue 19, point 4): a parser runs on a text only when the text
// holds its need — what every match of its pattern must contain ("quý" for a quarter, a digit for a
// year, "ngày làm việc" for working days) — and then only over the stretches that hold it
// (window.ts). chrono scans the whole text with each parser's pattern (a word-start lookbehind tried
// at every position); a need is a plain pattern, and most texts hold no "ngày làm việc", no "Tết",
// no "6 tháng đầu năm", while a digit or "tháng" lies in a third of the text or less. Exact: a
// parser whose need is absent finds no match, so it adds no result; chrono concatenates the
// parsers' results in their order and sorts them stably by index before its refiners run, so
// leaving out parsers that add nothing changes nothing. Each need is built from the same words as
// its pattern (words.ts), next to it, with why every match holds it.
import type { Parser, ParsingContext } from 'chrono-node';
import { Windows, WindowedPattern } from './window.js';

/** A parser with its need: a pattern (neither global nor sticky) found in every text the parser matches in. */
export interface Gated {
  parser: Parser;
  need: RegExp;
  /** Another need that every match of the parser holds: `need` is looked for where it is (Windows.view). */
  within?: RegExp;
}

/** The parsers whose need `text` holds, in their order, each scanning only the stretches that hold it. */
export function liveParsers(gated: readonly Gated[], text: string): Parser[] {
  const windows = new Windows(text);
  const out: Parser[] = [];
  for (const { parser, need, within } of gated) {
    const view = windows.view(need, within);
    if (view.from.length === 0) continue;
    out.push({
      pattern(context: ParsingContext) {
        const inner = parser.pattern(context);
        // chrono types the pattern as a RegExp and calls only its `exec` (Chrono.executeParser).
        return context.text === text ? (new WindowedPattern(inner, text, view) as unknown as RegExp) : inner;
      },
      extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
    });
  }
  return out;
}
