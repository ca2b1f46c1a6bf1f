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
import { foldPattern, WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, NUMBER, numberValue, timeWords, UNIT, UNIT_NEED, unitOf } from '../words.js';
import { anchorAfter } from './anchor.js';
import { atWordStart } from './boundary.js';

const WITHIN = anyOf(timeWords.within);
const AHEAD = anyOf(timeWords.relativeTrail);
const BACK = anyOf(timeWords.pastTrail);
const WORKING_AFTER = new RegExp(`^[ \\n]+${foldPattern('làm việc')}${WORD_END}`, 'u');

export const PATTERN = new RegExp(
  `${WORD_START}(?:(${WITHIN})[ \\n]+)?(${NUMBER})[ \\n]+(${UNIT})(?:[ \\n]+(${NUMBER})[ \\n]+(${UNIT}))?` +
    `(?:[ \\n]+(?:(${AHEAD})|(${BACK})))?${WORD_END}`,
  'u',
);

/** The gate's need (gate.ts): every match holds a unit after its count. */
export const NEED = UNIT_NEED;

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
    // "05 ngày làm việc" is working-days.ts's.
    if (WORKING_AFTER.test(after)) return null;
    const anchor = anchorAfter(context.text, end);
    // Counted from a future event ("kể từ khi …", "sau khi …") whose day is not printed: no value can be given.
    if (anchor?.kind === 'event' || (!anchor && ahead === undefined && back === undefined && /^[ \n]+sau(?![\p{L}\p{N}])/u.test(after))) return null;
    const duration: Duration = {};
    const parts = [add(duration, n1!, u1!), n2 && u2 ? add(duration, n2, u2) : ''];
    if (parts.includes(null)) return null;
    const iso = `P${parts.join('')}`;
    const backward = back !== undefined;
    const signed: Duration = Object.fromEntries(Object.entries(duration).map(([k, v]) => [k, backward ? -v : v]));
    const from = anchor?.kind === 'day' ? ReferenceWithTimezone.fromDate(anchor.date) : context.reference;
    const components = ParsingComponents.createRelativeFromReference(from, signed);
    // "trong 30 ngày kể từ ngày ký", "… (01/7/2026)": the anchor belongs to the expression.
    const tail = anchor ? context.text.slice(end, end + anchor.length) : '';
    const result = context.createParsingResult(match.index!, match[0] + tail, components);
    result.addTag(tag(TAG.relative, iso));
    result.addTag(TAG.duration);
    if (backward) result.addTag(TAG.past);
    if (anchor?.kind === 'signing') result.addTag(TAG.signing);
    if (anchor?.kind === 'day') result.addTag(TAG.anchored);
    return result;
  },
};
