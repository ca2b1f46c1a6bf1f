// Periods written with years: "giai đoạn 2021 - 2025", "thời kỳ 2021-2030", "từ năm 2021 đến (hết)
// năm 2025" (one period, not a from and a by: issue 15, point 6), and in a completion column the bare "2024 - 2030". Value 2021/2025 (ISO 8601 interval).
// chrono's vi locale reads bare years nowhere, so it misses them.
import type { Parser, ParsingContext } from 'chrono-node';
import { WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG, tag } from '../tags.js';
import { anyOf, timeWords } from '../words.js';
import { atWordStart } from './boundary.js';

const YEAR = '((?:19|20|21)\\d{2})';
/** The gate's need (gate.ts): every match holds a year. */
export const NEED = new RegExp(YEAR, 'u');
export const PATTERN = new RegExp(
  `${WORD_START}(?:${anyOf(timeWords.periodLeads)}[ \\n]+)?${YEAR}` +
    `(?:[ \\n]*-[ \\n]*|[ \\n]+(?:đến|tới|cho đến)(?:[ \\n]+hết)?[ \\n]+)(?:năm[ \\n]+)?${YEAR}${WORD_END}`,
  'u',
);

/** Longest plausible span of one period; longer is a list of years, not a period. */
const MAX_YEARS = 100;

export const periodParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (to <= from || to - from > MAX_YEARS) return null;
    const result = context.createParsingResult(match.index!, match[0], { year: from }, { year: to });
    result.start.imply('month', 1).imply('day', 1);
    result.end!.imply('month', 12).imply('day', 31);
    result.addTag(tag(TAG.kind, 'period'));
    return result;
  },
};
