// "cuối năm 2023", "đầu tháng 9/2024", "giữa quý III": chrono reads the year, month or quarter; the
// word before it says which part (TimeML's mod START / MID / END). The value keeps its precision
// ("cuối năm 2023" → 2023) and the part goes to `modifier`.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { hasTag, TAG, tag } from '../tags.js';
import { anyOf, lookup, timeWords } from '../words.js';
import { widen, endOf } from './span.js';
import { WORD_START } from '../../../ingest/match.js';

const PART_BEFORE = new RegExp(`${WORD_START}(${anyOf(Object.keys(timeWords.modifiers))})[ \\n]+$`, 'u');

export const modifierRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (hasTag(r, TAG.modifier) || r.start.isCertain('day') || hasTag(r, TAG.kind) || hasTag(r, TAG.event)) continue;
      const m = PART_BEFORE.exec(context.text.slice(Math.max(0, r.index - 12), r.index));
      const modifier = m ? lookup(timeWords.modifiers, m[1]!) : undefined;
      if (!m || !modifier) continue;
      widen(context, r, r.index - m[0].length, endOf(r));
      r.addTag(tag(TAG.modifier, modifier));
    }
    return results;
  },
};
