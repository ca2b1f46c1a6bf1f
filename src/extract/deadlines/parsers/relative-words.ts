// Relative words: "năm nay", "năm tới", "tháng sau", "quý tới", "tuần tới". They replace chrono's
// VITimeUnitCasualRelativeFormatParser, which reads the cue of "trước ngày 30/6" as "the day
// before", counts "tháng này" as next month, knows no "nay" nor quarters, and whose second
// alternative has no left boundary (quadratic on a run of digits). Resolved against the reference
// date at the precision of their unit, the offset as `relative` ("năm nay" → P0Y, "quý tới" → P3M).
// Plurals ("những năm tới") name no span and are left out.
import type { Parser, ParsingContext } from 'chrono-node';
import { WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, FUTURE_EVENT_AFTER, key, NUMBER, timeWords, withinUnits, type Unit } from '../words.js';
import { atWordStart } from './boundary.js';

const ENTRY = new Map(
  timeWords.relativeWords.flatMap((e) => e.words.map((w) => [key(w), { unit: e.unit, offset: e.offset }] as const)),
);

const PLURAL_BEFORE = new RegExp(`${WORD_START}${anyOf(timeWords.plural)}[ \\n]+$`, 'u');
// "36 tháng sau (khi …)" is a count, chrono's VITimeUnitLaterFormatParser's (guards.ts), not "next month".
const COUNT_BEFORE = new RegExp(`${WORD_START}${NUMBER}[ \\n]+$`, 'u');

const PHRASES = timeWords.relativeWords.flatMap((e) => e.words);
const WORDS = anyOf(PHRASES);
export const PATTERN = new RegExp(`${WORD_START}(${WORDS})${WORD_END}`, 'u');
/** The gate's need (gate.ts): every match is one of the phrases, each holding a unit word. */
export const NEED = new RegExp(WORDS, 'u');
export const WITHIN = withinUnits(PHRASES);

const ISO: Record<Unit, (n: number) => string> = {
  day: (n) => `P${n}D`, week: (n) => `P${n}W`, month: (n) => `P${n}M`, quarter: (n) => `P${3 * n}M`, year: (n) => `P${n}Y`,
};

export const relativeWordsParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const entry = ENTRY.get(key(match[1]!));
    if (!entry) return null;
    const before = context.text.slice(Math.max(0, match.index! - 16), match.index!);
    const end = match.index! + match[0].length;
    if (PLURAL_BEFORE.test(before) || COUNT_BEFORE.test(before) || FUTURE_EVENT_AFTER.test(context.text.slice(end, end + 24))) return null;
    const ref = context.reference.getDateWithAdjustedTimezone();
    const result = context.createParsingResult(match.index!, match[0]);
    result.addTag(TAG.chronoRelative);
    result.addTag(tag(TAG.relative, ISO[entry.unit](entry.offset)));
    if (entry.unit === 'week' || entry.unit === 'day') {
      const day = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + entry.offset * (entry.unit === 'week' ? 7 : 1), 12);
      result.start.assign('year', day.getFullYear()).assign('month', day.getMonth() + 1).assign('day', day.getDate());
      return result;
    }
    const months = entry.unit === 'year' ? 12 * entry.offset : entry.unit === 'quarter' ? 3 * entry.offset : entry.offset;
    const at = new Date(ref.getFullYear(), ref.getMonth() + months, 1, 12);
    result.start.assign('year', at.getFullYear());
    if (entry.unit === 'month') result.start.assign('month', at.getMonth() + 1);
    else result.start.imply('month', entry.unit === 'quarter' ? Math.floor(at.getMonth() / 3) * 3 + 1 : 1);
    result.start.imply('day', 1);
    if (entry.unit === 'quarter') result.addTag(TAG.quarter);
    return result;
  },
};
