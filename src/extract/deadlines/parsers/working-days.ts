// "trong 10 ngày làm việc": chrono's vi locale counts 15 calendar days for "trong 15 ngày làm
// việc"; a working day (ngày làm việc) is Monday to Friday. Public holidays are not known here, so
// the value is the earliest the limit can fall; `relative` keeps the count (P10D).
import type { Parser, ParsingContext } from 'chrono-node';
import { foldPattern, WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { NUMBER, numberValue } from '../words.js';
import { atWordStart } from './boundary.js';

export const PATTERN = new RegExp(
  `${WORD_START}(?:trong[ \\n]+(?:vòng[ \\n]+)?)?(${NUMBER})[ \\n]+${foldPattern('ngày làm việc')}${WORD_END}`,
  'u',
);

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
    const at = addWorkingDays(context.reference.getDateWithAdjustedTimezone(), count);
    const result = context.createParsingResult(match.index!, match[0], {
      year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(),
    });
    result.addTag(TAG.chronoRelative);
    result.addTag(tag(TAG.relative, `P${count}D`));
    result.addTag(TAG.workingDays);
    return result;
  },
};
