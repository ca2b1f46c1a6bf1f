// Horizons (SPEC.md: "the end year of a named strategy or vision", reported but not a deadline):
// - a period followed by a vision: "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "giai đoạn 2021 -
//   2030, có xét đến năm 2050" (ANNOTATION-NOTES 006 III.2: the scope of the work, not its time);
// - a period inside a plan's name: "Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030" (ANNOTATION.md,
//   "the span of a plan's name … → horizon only").
// "… đến năm 2020" takes its horizon from the cue word (kind.ts); here only periods change.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { escapeRegExp } from '../../../ingest/match.js';
import type { Scope } from '../scope.js';
import { tagValue, TAG } from '../tags.js';
import { anyOf, timeWords } from '../words.js';
import { endOf } from './span.js';

const VISION_AFTER = new RegExp(`^[ \\n]*(?:(?:,|và)[ \\n]*)?${anyOf(timeWords.vision)}[ \\n]+(?:đến|tới)(?![\\p{L}\\p{N}])`, 'u');
// Plan names as printed, capitalised (case-sensitive on the original text).
const PLAN_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${timeWords.planNames.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
// Within one noun phrase: no punctuation between the plan's name and its period.
const PHRASE_END = /[,;:.!?()"“”\n]/u;
const NAME_REACH = 120;

function phraseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - NAME_REACH), at);
  for (let i = window.length - 1; i >= 0; i--) if (PHRASE_END.test(window[i]!)) return window.slice(i + 1);
  return window;
}

export function horizonRefiner(scope: Scope): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      for (const r of results) {
        if (tagValue(r, TAG.kind) !== 'period' || !r.end) continue;
        const vision = VISION_AFTER.test(context.text.slice(endOf(r), endOf(r) + 40));
        const named = PLAN_NAME.test(phraseBefore(scope.text, scope.offset + r.index));
        if (vision || named) r.addTag(TAG.horizon);
      }
      return results;
    },
  };
}
