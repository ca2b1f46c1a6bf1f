// "trong 10 ngày làm việc": chrono's vi locale counts 15 calendar days for "trong 15 ngày làm
// việc"; a working day (ngày làm việc) is Monday to Friday. Public holidays are not known here, so
// the value is the earliest the limit can fall; `relative` keeps the count (P10D). Counted from a
// printed day, from that day; from an event whose day is not printed, no deadline (anchor.ts).
import type { Parser, ParsingContext } from 'chrono-node';
import { foldPattern, WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, NUMBER, numberValue, timeWords, withinUnits } from '../words.js';
import { anchorAfter } from './anchor.js';
import { atWordStart } from './boundary.js';

const WORKING_DAY_WORDS = 'ngày làm việc';
const WORKING_DAY = foldPattern(WORKING_DAY_WORDS);
export const PATTERN = new RegExp(`${WORD_START}(?:${anyOf(timeWords.within)}[ \\n]+)?(${NUMBER})[ \\n]+${WORKING_DAY}${WORD_END}`, 'u');
/** The gate's need (gate.ts): every match ends with the words, which hold a unit word. */
export const NEED = new RegExp(WORKING_DAY, 'u');
export const WITHIN = withinUnits([WORKING_DAY_WORDS]);

/** The date `count` working days after `from` (Saturday and Sunday skipped). */
export function addWorkingDays(from: Date, count: number): Date {
  const at = new Date(from.getFullYear(), from.getMonth(), from.getDate(), 12);
  for (let left = count; left > 0; ) {
    at.setDate(at.getDate() + 1);
    const day = at.getDay();
    if (day !== 0 && day !== 6) left--;
  }
  return at;
}

export const workingDaysParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const count = numberValue(match[1]!);
    if (count === null || count === 0) return null;
    const end = match.index! + match[0].length;
    const anchor = anchorAfter(context.text, end);
    if (anchor?.kind === 'event') return null;
    const from = anchor?.kind === 'day' ? anchor.date : context.reference.getDateWithAdjustedTimezone();
    const at = addWorkingDays(from, count);
    const tail = anchor ? context.text.slice(end, end + anchor.length) : '';
    const result = context.createParsingResult(match.index!, match[0] + tail, {
      year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(),
    });
    if (anchor?.kind === 'day') result.addTag(TAG.anchored);
    else result.addTag(TAG.chronoRelative);
    if (anchor?.kind === 'signing') result.addTag(TAG.signing);
    result.addTag(tag(TAG.relative, `P${count}D`));
    result.addTag(TAG.workingDays);
    return result;
  },
};
