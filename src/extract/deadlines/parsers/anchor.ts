// What a span of time counts from, read right after it (issue 15, point 6): the signing date
// ("trong 30 ngày kể từ ngày ký"), a day the text prints — right after ("kể từ ngày 01/7/2026") or
// in brackets after the event in the same clause ("kể từ ngày Nghị định có hiệu lực (01/7/2026)") —
// or an event whose day is not printed ("kể từ ngày nhận được hồ sơ", "sau khi …"), from which no
// value can be given. Shared by the span parsers (duration.ts, working-days.ts).
import { anyOf, FUTURE_EVENT_AFTER, SIGNING_AFTER, timeWords } from '../words.js';

const DATE = '(\\d{1,2})[ \\n]*[/.-][ \\n]*(\\d{1,2})[ \\n]*[/.-][ \\n]*(\\d{4})';
const PRINTED_AFTER = new RegExp(
  `^[ \\n]*(?:,[ \\n]*)?${anyOf(timeWords.countFrom)}(?:[ \\n]+ngày[ \\n]+(?=\\d)|(?![\\p{L}\\p{N}])[^;.()]{0,120}\\([ \\n]*(?:ngày[ \\n]*)?)${DATE}(?:[ \\n]*\\))?`,
  'u',
);
// Counted from a day not printed: "kể từ ngày Luật có hiệu lực", "sau ngày kết thúc …".
const EVENT_AFTER = new RegExp(`^[ \\n]*(?:,[ \\n]*)?${anyOf(timeWords.countFrom)}[ \\n]+(?:ngày|khi|thời điểm)(?![\\p{L}\\p{N}])`, 'u');
/** How far after a span its anchor may end ("… kể từ ngày Nghị định có hiệu lực (01/7/2026)"). */
const REACH = 180;

export type Anchor =
  | { kind: 'signing'; length: number }
  | { kind: 'day'; date: Date; length: number }
  | { kind: 'event' };

/** The anchor of the span ending at `end` of `text`, or null when it counts from the reference date. */
export function anchorAfter(text: string, end: number): Anchor | null {
  const after = text.slice(end, end + REACH);
  const signing = SIGNING_AFTER.exec(after);
  if (signing) return { kind: 'signing', length: signing[0].length };
  const printed = PRINTED_AFTER.exec(after);
  if (printed) {
    const [day, month, year] = [Number(printed[1]), Number(printed[2]), Number(printed[3])];
    const date = new Date(year, month - 1, day, 12);
    // A day not in the calendar (31/4) anchors nothing: the span has no value.
    if (date.getDate() === day && date.getMonth() === month - 1) return { kind: 'day', date, length: printed[0].length };
    return { kind: 'event' };
  }
  return FUTURE_EVENT_AFTER.test(after) || EVENT_AFTER.test(after) ? { kind: 'event' } : null;
}
