// Spans counted from the reference date: "trong 2 năm tới", "trong 02 tháng", "trong vòng 1 năm 6
// tháng", "3 tháng tới", "10 năm qua" (past), "trong 30 ngày kể từ ngày ký" (from the signing date),
// "trong 06 tháng kể từ ngày Nghị định có hiệu lực (01/7/2026)" (from the day printed for the event;
// with no day printed, no deadline). Resolved with chrono's own arithmetic
// (ParsingComponents.createRelativeFromReference), which keeps the precision of the unit.
// In place of chrono's VITimeUnitWithin/Later/AgoFormatParser: their repeated time-unit pattern
// backtracks without bound on "năm năm năm …" ("năm" is both "five" and "year"), and "trong 10
// năm qua" came out as ten years ahead.
import type { Parser, ParsingContext } from 'chrono-node';
import { ParsingComponents, ReferenceWithTimezone } from 'chrono-node/vi';
import { WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, FUTURE_EVENT_AFTER, NUMBER, numberValue, SIGNING_AFTER, timeWords, UNIT, unitOf } from '../words.js';
import { atWordStart } from './boundary.js';

const WITHIN = anyOf(timeWords.within);
const AHEAD = anyOf(timeWords.relativeTrail);
const BACK = anyOf(timeWords.pastTrail);

export const PATTERN = new RegExp(
  `${WORD_START}(?:(${WITHIN})[ \\n]+)?(${NUMBER})[ \\n]+(${UNIT})(?:[ \\n]+(${NUMBER})[ \\n]+(${UNIT}))?` +
    `(?:[ \\n]+(?:(${AHEAD})|(${BACK})))?${WORD_END}`,
  'u',
);

const DATE = '(\\d{1,2})[ \\n]*[/.-][ \\n]*(\\d{1,2})[ \\n]*[/.-][ \\n]*(\\d{4})';
// The day a span counts from, printed: right after ("kể từ ngày 01/7/2026") or in brackets after the
// event in the same clause ("kể từ ngày Nghị định có hiệu lực (01/7/2026)").
const ANCHOR_AFTER = new RegExp(
  `^[ \\n]*(?:,[ \\n]*)?${anyOf(timeWords.countFrom)}(?:[ \\n]+ngày[ \\n]+(?=\\d)|(?![\\p{L}\\p{N}])[^;.()]{0,120}\\([ \\n]*(?:ngày[ \\n]*)?)${DATE}(?:[ \\n]*\\))?`,
  'u',
);
// Counted from a day not printed: "kể từ ngày Luật có hiệu lực", "sau ngày kết thúc …".
const EVENT_AFTER = new RegExp(`^[ \\n]*(?:,[ \\n]*)?${anyOf(timeWords.countFrom)}[ \\n]+(?:ngày|khi|thời điểm)(?![\\p{L}\\p{N}])`, 'u');

/** The printed day a span counts from, or null (also for a day not in the calendar). */
function anchorOf(after: string): { date: Date; length: number } | null {
  const m = ANCHOR_AFTER.exec(after);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day, 12);
  return date.getDate() === day && date.getMonth() === month - 1 ? { date, length: m[0].length } : null;
}

type Duration = Partial<Record<'day' | 'week' | 'month' | 'year', number>>;

function add(into: Duration, count: string, unitWord: string): string | null {
  const n = numberValue(count);
  const u = unitOf(unitWord);
  if (n === null || n === 0 || !u) return null;
  const key = u.unit === 'quarter' ? 'month' : u.unit;
  into[key] = (into[key] ?? 0) + n * (u.months ?? 1);
  return `${n * (u.months ?? 1)}${u.iso}`;
}

export const durationParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const [, within, n1, u1, n2, u2, ahead, back] = match;
    // "10 năm thực hiện": a count, not a time; a span needs "trong" or a direction after it.
    if (!within && !ahead && !back) return null;
    const end = match.index! + match[0].length;
    const after = context.text.slice(end, end + 40);
    const signing = SIGNING_AFTER.exec(after);
    const anchor = signing ? null : anchorOf(context.text.slice(end, end + 180));
    // Counted from a future event ("kể từ khi …", "sau khi …") whose day is not printed: no value can be given.
    const event = FUTURE_EVENT_AFTER.test(after) || EVENT_AFTER.test(after);
    if (!signing && !anchor && (event || (ahead === undefined && back === undefined && /^[ \n]+sau(?![\p{L}\p{N}])/u.test(after)))) return null;
    const duration: Duration = {};
    const parts = [add(duration, n1!, u1!), n2 && u2 ? add(duration, n2, u2) : ''];
    if (parts.includes(null)) return null;
    const iso = `P${parts.join('')}`;
    const backward = back !== undefined;
    const signed: Duration = Object.fromEntries(Object.entries(duration).map(([k, v]) => [k, backward ? -v : v]));
    const from = anchor ? ReferenceWithTimezone.fromDate(anchor.date) : context.reference;
    const components = ParsingComponents.createRelativeFromReference(from, signed);
    // "trong 30 ngày kể từ ngày ký", "… (01/7/2026)": the anchor belongs to the expression.
    const tail = signing ? signing[0] : anchor ? context.text.slice(end, end + anchor.length) : '';
    const result = context.createParsingResult(match.index!, match[0] + tail, components);
    result.addTag(tag(TAG.relative, iso));
    result.addTag(TAG.duration);
    if (backward) result.addTag(TAG.past);
    if (signing) result.addTag(TAG.signing);
    if (anchor) result.addTag(TAG.anchored);
    return result;
  },
};
