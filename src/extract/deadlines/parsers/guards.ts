// chrono's own vi parsers, kept, each behind a guard that fixes what it gets wrong for notices:
// - "2/8" without a year and without "ngày" is a fraction or a count ("2/8 bộ"), not 2 August;
// - "năm 5" is not the year 2005: a year after "năm" has four digits;
// - "tháng năm 2026" is "month, year" as often as May;
// A guard returns null to reject (chrono's convention), or the tags to add to the result.
// chrono runs on the folded text (src/ingest/match.ts), so every pattern here is folded too.
import type { Parser, ParsingContext } from 'chrono-node';
import { ParsingComponents, ParsingResult } from 'chrono-node/vi';
import { anyOf, timeWords } from '../words.js';
import { WORD_START } from '../../../ingest/match.js';

export interface Match {
  context: ParsingContext;
  result: ParsingResult;
  /** The folded text before and after the match, on the line's scale (60 code units). */
  before: string;
  after: string;
}

/** Accepts (returning tags to add) or rejects (null) one result of a chrono parser. */
export type Guard = (m: Match) => string[] | null;

const WINDOW = 60;

/** Wraps a chrono parser: its results pass through `guard`, as ParsingResults. */
export function guarded(parser: Parser, guard: Guard): Parser {
  return {
    pattern: (context) => parser.pattern(context),
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const raw = parser.extract(context, match);
      if (!raw) return null;
      // chrono's word-boundary parsers move match.index and match[0] onto the match proper.
      let result: ParsingResult;
      if (raw instanceof ParsingResult) result = raw;
      else if (raw instanceof ParsingComponents) {
        result = context.createParsingResult(match.index!, match[0]);
        result.start = raw;
      } else result = context.createParsingResult(match.index!, match[0], raw);
      const end = result.index + result.text.length;
      const before = context.text.slice(Math.max(0, result.index - WINDOW), result.index);
      const after = context.text.slice(end, end + WINDOW);
      const tags = guard({ context, result, before, after });
      if (tags === null) return null;
      result.addTags(tags);
      return result;
    },
  };
}

const DAY_WORD_BEFORE = new RegExp(`${WORD_START}${anyOf(timeWords.dayWords)}[ \\n]*$`, 'u');
const STARTS_WITH_DAY_WORD = new RegExp(`^${anyOf(timeWords.dayWords)}(?![\\p{L}\\p{N}])`, 'u');
const MONTH_AS_WORD_NAM = new RegExp(`^tháng[ \\n]+năm$`, 'u');
const YEAR_DIGITS = /\d+/u;

/** A date without a year must be written as one ("ngày 30/6", "mồng 3 tháng 3"). */
export const needsYearOrDayWord: Guard = ({ result, before }) => {
  if (result.start.isCertain('year')) return [];
  return STARTS_WITH_DAY_WORD.test(result.text) || DAY_WORD_BEFORE.test(before) ? [] : null;
};

/** "năm 2016", never "năm 5" (a count: "năm 5 lần") nor "năm 43 TCN". */
export const fourDigitYear: Guard = ({ result }) => {
  const digits = YEAR_DIGITS.exec(result.text);
  return digits && digits[0].length === 4 ? [] : null;
};

/** "tháng 6/2014", "tháng sáu"; not "tháng năm" (May, or "tháng, năm" of a form). */
export const notMonthNam: Guard = ({ result }) => (MONTH_AS_WORD_NAM.test(result.text) ? null : []);
