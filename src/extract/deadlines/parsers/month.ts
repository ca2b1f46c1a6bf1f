// Months written with digits: "tháng 6/2014", "tháng 6 năm 2014", "Tháng 8/2024", and the
// zero-padded "tháng 01/2025", "tháng 09 năm 2024" of official texts (Decree 30/2020/NĐ-CP), which
// chrono's vi month dictionary ("tháng 1" … "tháng 12") misses. Month names ("tháng giêng") stay
// with chrono's VIMonthYearParser. Two months joined by a dash share the year: "Tháng 9-10/2024"
// → the period 2024-09/2024-10.
import type { Parser, ParsingContext } from 'chrono-node';
import { WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { withinUnits } from '../words.js';
import { atWordStart } from './boundary.js';

const MONTH = '0?[1-9]|1[0-2]';
const MONTH_WORD = 'tháng';
/** The gate's need (gate.ts): every match opens with the word, a unit word. */
export const NEED = new RegExp(MONTH_WORD, 'u');
export const WITHIN = withinUnits([MONTH_WORD]);
export const PATTERN = new RegExp(
  `${WORD_START}${MONTH_WORD}[ \\n]+(${MONTH})(?:[ \\n]*-[ \\n]*(${MONTH})(?=[ \\n]*[/-]|[ \\n]+năm))?` +
    `(?:(?:[ \\n]*[/-][ \\n]*|[ \\n]+năm[ \\n]+)(\\d{4}))?${WORD_END}(?![/.-]\\d)`,
  'u',
);

export const monthParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const [, first, last, year] = match;
    if (last && Number(last) <= Number(first!)) return null;
    const result = context.createParsingResult(match.index!, match[0], { month: Number(first) }, last ? { month: Number(last) } : undefined);
    for (const c of result.end ? [result.start, result.end] : [result.start]) {
      if (year) c.assign('year', Number(year));
      c.imply('day', 1);
    }
    if (result.end) result.addTag(tag(TAG.kind, 'period'));
    return result;
  },
};
