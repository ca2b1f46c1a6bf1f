// "cuối năm", "đầu năm", "giữa năm", "cuối quý", "cuối tháng" with nothing after: the part of the
// period the reference date lies in. With a year or month after ("cuối năm 2023", "cuối tháng
// 6/2024") chrono reads the date and the modifier refiner adds the part.
import type { Parser, ParsingContext } from 'chrono-node';
import { WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, lookup, timeWords, unitOf, withinUnits } from '../words.js';
import { atWordStart } from './boundary.js';

const UNITS = timeWords.partOfUnits;
// Nothing that makes the unit specific may follow: a number, a quarter numeral, a relative word.
const SPECIFIC = `(?![ \\n]*\\d)(?![ \\n]+${anyOf(timeWords.partOfNotAfter)}${WORD_END})`;

const PART = anyOf(Object.keys(timeWords.modifiers));
export const PATTERN = new RegExp(`${WORD_START}(${PART})[ \\n]+(${anyOf(UNITS)})${WORD_END}${SPECIFIC}`, 'u');
/** The gate's need (gate.ts): every match opens with a part and its unit. */
export const NEED = new RegExp(`${PART}[ \\n]+${anyOf(UNITS)}`, 'u');
export const WITHIN = withinUnits(UNITS);

export const partOfParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const modifier = lookup(timeWords.modifiers, match[1]!);
    const unit = unitOf(match[2]!);
    if (!modifier || !unit) return null;
    const ref = context.reference.getDateWithAdjustedTimezone();
    const result = context.createParsingResult(match.index!, match[0]);
    result.start.imply('year', ref.getFullYear());
    result.start.imply('month', unit.unit === 'quarter' ? Math.floor(ref.getMonth() / 3) * 3 + 1 : unit.unit === 'month' ? ref.getMonth() + 1 : 1);
    result.start.imply('day', 1);
    result.addTag(tag(TAG.precision, unit.unit));
    result.addTag(tag(TAG.modifier, modifier));
    return result;
  },
};
