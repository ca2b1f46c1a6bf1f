// Quarters, which chrono's vi locale does not know: "quý III/2024", "quý 3 năm 2024", "Quý I-2025",
// "quý IV" (year from the reference date). Value 2024-Q3 at precision quarter. Two quarters sharing
// a year ("quý III, IV/2024", "quý III-IV/2024") are the period 2024-Q3/2024-Q4; a later year closing
// the list ("Quý III, IV/2026, 2027", "Quý IV/2026, 2027") ends the period at that year: 2026-Q3/2027,
// each end at its printed precision (corpus-notes 010).
import type { Parser, ParsingComponents, ParsingContext } from 'chrono-node';
import { foldPattern, WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, lookup, timeWords, withinUnits } from '../words.js';
import { atWordStart } from './boundary.js';

const NUMERAL = anyOf(Object.keys(timeWords.quarterNumerals));
// The year after a quarter: "/2024", "-2024", " năm 2024", ", năm 2022" (one value: issue 15, point 6).
const YEAR_SEP = '(?:[ \\n]*[/-][ \\n]*|(?:[ \\n]*,)?[ \\n]+năm[ \\n]+)';
const QUARTER_WORD = 'quý';
const QUARTER = foldPattern(QUARTER_WORD);
/** The gate's need (gate.ts): every match opens with the word, a unit word. */
export const NEED = new RegExp(QUARTER, 'u');
export const WITHIN = withinUnits([QUARTER_WORD]);
export const PATTERN = new RegExp(
  `${WORD_START}${QUARTER}[ \\n]+(${NUMERAL})(?:[ \\n]*(?:-|,|và|đến)[ \\n]*(${NUMERAL})(?=${YEAR_SEP}\\d))?` +
    `(?:${YEAR_SEP}(\\d{4})` +
    // A later year closing the list: "Quý III, IV/2026, 2027" → 2026-Q3/2027 (a task table's time column).
    `(?:[ \\n]*(?:,|-|đến)[ \\n]*(?:năm[ \\n]+)?(\\d{4}))?)?${WORD_END}`,
  'u',
);

/** A year that closes a quarter list lies at most this far after the quarter's year. */
const LIST_REACH = 10;

export const quarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const quarter = lookup(timeWords.quarterNumerals, match[1]!);
    const last = match[2] ? lookup(timeWords.quarterNumerals, match[2]) : undefined;
    if (quarter === undefined || (match[2] && (last === undefined || last <= quarter))) return null;
    const year = match[3] ? Number(match[3]) : undefined;
    const closing = match[4] ? Number(match[4]) : undefined;
    // "quý IV/2026, 2025" is no list: the closing year must come later.
    const listed = closing !== undefined && year !== undefined && closing > year && closing - year <= LIST_REACH;
    const text = closing !== undefined && !listed ? match[0].slice(0, match[0].lastIndexOf(match[3]!) + match[3]!.length) : match[0];
    const result = context.createParsingResult(match.index!, text);
    if (last || listed) result.end = context.createParsingComponents();
    const ends: Array<readonly [ParsingComponents, number, number | undefined]> = [[result.start, quarter, year]];
    if (listed) ends.push([result.end!, 12, closing]);
    else if (last) ends.push([result.end!, last * 3 - 2, year]);
    ends[0] = [result.start, quarter * 3 - 2, year];
    for (const [c, month, y] of ends) {
      if (y !== undefined) c.assign('year', y);
      c.imply('month', month);
      c.imply('day', 1);
    }
    result.addTag(TAG.quarter);
    if (listed) result.addTag(tag(TAG.endPrecision, 'year'));
    if (last || listed) result.addTag(tag(TAG.kind, 'period'));
    return result;
  },
};
