// The gate of the deadline reader (issue 19, point 4): a parser runs on a text only when the text
// holds its need — what every match of its pattern must contain ("quý" for a quarter, a digit for a
// year, "ngày làm việc" for working days). chrono scans the whole text with each parser's pattern
// (a word-start lookbehind tried at every position); a need is a plain pattern, tested once, and
// most texts hold no "ngày làm việc", no "Tết", no "6 tháng đầu năm", and a completion cell holds
// one or two of the needs. Exact: a parser whose need is absent finds no match, so it adds no
// result; chrono concatenates the parsers' results in their order and sorts them stably by index
// before its refiners run, so leaving out parsers that add nothing changes nothing. Each need is
// built from the same words as its pattern (words.ts), next to it, with why every match holds it.
import type { Parser } from 'chrono-node';

/** A parser with its need: a pattern (neither global nor sticky) found in every text the parser matches in. */
export interface Gated {
  parser: Parser;
  need: RegExp;
}

/** The parsers whose need `text` holds, in their order: the only ones that can match in it. */
export function liveParsers(gated: readonly Gated[], text: string): Parser[] {
  const out: Parser[] = [];
  for (const g of gated) if (g.need.test(text)) out.push(g.parser);
  return out;
}
