// Half-years, which chrono's vi locale reads as the year alone: "6 tháng đầu năm 2024" → 2024-H1,
// "6 tháng cuối năm" (year from the reference date) → H2.
import type { Parser, ParsingContext } from 'chrono-node';
import { WORD_END, WORD_START } from '../../../ingest/match.js';
import { TAG } from '../tags.js';
import { anyOf, key, timeWords, withinUnits } from '../words.js';
import { atWordStart } from './boundary.js';

const HALF_OF = new Map(timeWords.halves.flatMap((h) => h.words.map((w) => [key(w), h.half] as const)));

const HALF_WORDS = timeWords.halves.flatMap((h) => h.words);
const HALVES = anyOf(HALF_WORDS);
/** The gate's need (gate.ts): every match opens with one of the phrases, each holding a unit word. */
export const NEED = new RegExp(HALVES, 'u');
export const WITHIN = withinUnits(HALF_WORDS);
export const PATTERN = new RegExp(
  `${WORD_START}(${HALVES})(?:[ \\n]+(\\d{4}))?${WORD_END}`,
  'u',
);

export const halfYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const half = HALF_OF.get(key(match[1]!));
    if (!half) return null;
    const result = context.createParsingResult(match.index!, match[0]);
    if (match[2]) result.start.assign('year', Number(match[2]));
    result.start.imply('month', half === 1 ? 1 : 7);
    result.start.imply('day', 1);
    result.addTag(TAG.half);
    return result;
  },
};
