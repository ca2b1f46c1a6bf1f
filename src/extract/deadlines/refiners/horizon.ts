// Horizons (SPEC.md: "the end year of a named strategy or vision", reported but not a deadline):
// - a period followed by a vision: "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "giai đoạn 2021 -
//   2030, có xét đến năm 2050" (ANNOTATION-NOTES 006 III.2: the scope of the work, not its time);
// - a period inside a plan's name: "Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030" (ANNOTATION.md,
//   "the span of a plan's name … → horizon only").
// "… đến năm 2020" is read by kind.ts with the same two tests; here only periods change.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { escapeRegExp, WORD_START } from '../../../ingest/match.js';
import type { Scope } from '../scope.js';
import { tagValue, TAG } from '../tags.js';
import { anyOf, timeWords } from '../words.js';
import { phraseBefore } from './phrase.js';
import { endOf } from './span.js';

export const VISION_AFTER = new RegExp(`^[ \\n]*(?:(?:,|và)[ \\n]*)?${anyOf(timeWords.vision)}[ \\n]+(?:đến|tới)(?![\\p{L}\\p{N}])`, 'u');
// Plan names as printed, capitalised (case-sensitive on the original text).
export const PLAN_NAME = new RegExp(`${WORD_START}(?:${timeWords.planNames.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** A completion cell is read alone: its phrases do not reach into the task beside it. */
export const cellStart = (scope: Scope): number => (scope.mode === 'cell' ? scope.offset : 0);

export function horizonRefiner(scope: Scope): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      for (const r of results) {
        if (tagValue(r, TAG.kind) !== 'period' || !r.end) continue;
        const vision = VISION_AFTER.test(context.text.slice(endOf(r), endOf(r) + 40));
        const named = PLAN_NAME.test(phraseBefore(scope.text, scope.offset + r.index, cellStart(scope)));
        if (vision || named) r.addTag(TAG.horizon);
      }
      return results;
    },
  };
}
