// Quarters, which chrono's vi locale does not know: "quý III/2024", "quý 3 năm 2024", "Quý I-2025",
// "quý IV" (year from the reference date). Value 2024-Q3 at precision quarter. Two quarters sharing
// a year ("quý III, IV/2024", "quý III-IV/2024") are the period 2024-Q3/2024-Q4.
import type { Parser, ParsingContext } from 'chrono-node';
import { foldPattern, WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, lookup, timeWords } from '../words.js';
import { atWordStart } from './boundary.js';

const NUMERAL = anyOf(Object.keys(timeWords.quarterNumerals));
export const PATTERN = new RegExp(
  `${WORD_START}${foldPattern('quý')}[ \\n]+(${NUMERAL})(?:[ \\n]*(?:-|,|và|đến)[ \\n]*(${NUMERAL})(?=[ \\n]*[/-]|[ \\n]+năm))?` +
    `(?:(?:[ \\n]*[/-][ \\n]*|[ \\n]+năm[ \\n]+)(\\d{4}))?${WORD_END}`,
  'u',
);

export const quarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const quarter = lookup(timeWords.quarterNumerals, match[1]!);
    const last = match[2] ? lookup(timeWords.quarterNumerals, match[2]) : undefined;
    if (quarter === undefined || (match[2] && (last === undefined || last <= quarter))) return null;
    const result = context.createParsingResult(match.index!, match[0]);
    if (last) result.end = context.createParsingComponents();
    for (const [c, q] of [[result.start, quarter], ...(result.end ? [[result.end, last!] as const] : [])] as const) {
      if (match[3]) c.assign('year', Number(match[3]));
      c.imply('month', q * 3 - 2);
      c.imply('day', 1);
    }
    result.addTag(TAG.quarter);
    if (last) result.addTag(tag(TAG.kind, 'period'));
    return result;
  },
};
