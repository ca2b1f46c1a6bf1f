// Recurrences: "hằng năm" / "hàng năm" → P1Y, "định kỳ hằng quý" → P3M, "trước ngày 15 hằng tháng"
// → P1M, "định kỳ 6 tháng" → P6M, "2 năm/lần" → P2Y, "thường niên" → P1Y, "báo cáo định kỳ" → null
// (a recurrence whose period the text does not state; ANNOTATION-NOTES 001 s6), "kế hoạch 5 năm và hằng
// năm" → P5Y and P1Y (a count coordinated with an "every" shares its recurrence; corpus-notes 014).
import type { Parser, ParsingContext } from 'chrono-node';
import { WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, isoDuration, lookup, NUMBER, numberValue, timeWords, UNIT } from '../words.js';
import { atWordStart } from './boundary.js';

// The day of each period: "ngày 15", "ngày 30/6", "30/6", "ngày 15 tháng 12"; with its cue, so that "định
// kỳ trước ngày 15 tháng 12 hằng năm" is one recurrence.
const DAY = `(?:(?:${anyOf(timeWords.kindCues.by)}[ \\n]+)?(?:${anyOf(timeWords.dayWords)}[ \\n]+\\d{1,2}(?:[ \\n]*/[ \\n]*\\d{1,2}|[ \\n]+tháng[ \\n]+\\d{1,2})?|\\d{1,2}[ \\n]*/[ \\n]*\\d{1,2})[ \\n]+)`;
const PERIODIC = anyOf(timeWords.periodic);
const TIMES = `(?:[ \\n]*${anyOf(timeWords.recurringTimes)})`;

export const PATTERN = new RegExp(
  `${WORD_START}(?:` +
    // 1: every unit, with an optional day of it: "ngày 15 hằng tháng", "định kỳ hằng năm"
    `(?:${PERIODIC}[ \\n]+(?=${DAY}))?${DAY}?(?:${PERIODIC}[ \\n]+)?${anyOf(timeWords.recurringEvery)}[ \\n]+(${UNIT})` +
    // 2, 3: "định kỳ 6 tháng (một lần)"
    `|${PERIODIC}[ \\n]+(${NUMBER})[ \\n]+(${UNIT})${TIMES}?` +
    // 4, 5: "2 năm/lần", "3 tháng một lần"
    `|(${NUMBER})[ \\n]+(${UNIT})${TIMES}` +
    // 6: "thường niên", "định kỳ" with no period
    `|(${anyOf(Object.keys(timeWords.recurringWords))})` +
    // 7, 8: a count of a unit joined to an "every" ("kế hoạch 5 năm và hằng năm"): both recur
    `|(${NUMBER})[ \\n]+(${UNIT})(?=[ \\n]*(?:,|và)[ \\n]*${anyOf(timeWords.recurringEvery)}[ \\n]+${UNIT}${WORD_END})` +
    `)${WORD_END}`,
  'u',
);

/**
 * The gate's need (gate.ts): every alternative holds one of these — an "every" with its unit (1, and
 * 7's lookahead), "định kỳ" (2), a times word (4), a recurring word (6).
 */
export const NEED = new RegExp(
  `${anyOf(timeWords.recurringEvery)}[ \\n]+${UNIT}|${PERIODIC}|${anyOf(timeWords.recurringTimes)}|${anyOf(Object.keys(timeWords.recurringWords))}`,
  'u',
);

export const recurringParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    let value: string | null;
    if (match[1]) value = isoDuration(1, match[1]);
    else if (match[3] || match[5] || match[8]) {
      const n = numberValue((match[2] ?? match[4] ?? match[7])!);
      if (n === null || n === 0) return null;
      value = isoDuration(n, (match[3] ?? match[5] ?? match[8])!);
    } else value = lookup(timeWords.recurringWords, match[6]!) ?? null;
    const result = context.createParsingResult(match.index!, match[0]);
    result.addTag(tag(TAG.kind, 'recurring'));
    result.addTag(tag(TAG.recurring, value));
    return result;
  },
};
