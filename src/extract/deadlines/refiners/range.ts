// "từ ngày 22/7/2026 đến ngày 05/8/2026", "từ tháng 6 đến tháng 9/2024": two dates joined by
// "đến" / "-" are one period. Replaces chrono's VIMergeDateRangeRefiner, which also joins on "và"
// ("ngày 1/10 và ngày 5/10" are two dates, not a range). Both ends at one precision: "Quý I/2025 -
// Quý II/2025" → 2025-Q1/2025-Q2. Years with "giai đoạn", "từ năm" are read whole by period.ts.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { ParsingResult as Result } from 'chrono-node/vi';
import { hasTag, TAG, tag } from '../tags.js';
import { anyOf, timeWords } from '../words.js';
import { precisionOf } from '../value.js';
import { endOf } from './span.js';

export const BETWEEN = new RegExp(
  `^(?:[ \\n]*-[ \\n]*|[ \\n]+(?:đến|tới|cho đến)[ \\n]+)(?:${anyOf(timeWords.dayWords)}[ \\n]+)?$`,
  'u',
);

const joinable = (r: ParsingResult): boolean =>
  !r.end && !hasTag(r, TAG.kind) && !hasTag(r, TAG.chronoRelative) && !hasTag(r, TAG.event) && precisionOf(r) !== null;

export const rangeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      if (prev && joinable(prev) && joinable(r) && precisionOf(prev) === precisionOf(r) && BETWEEN.test(context.text.slice(endOf(prev), r.index))) {
        // The earlier date borrows what it leaves out from the later one ("từ 15/6 đến 30/9/2024").
        for (const c of ['year', 'month'] as const) if (!prev.start.isCertain(c) && r.start.isCertain(c)) prev.start.imply(c, r.start.get(c)!);
        const merged = new Result(prev.reference, prev.index, context.text.slice(prev.index, endOf(r)), prev.start, r.start);
        merged.addTag(tag(TAG.kind, 'period'));
        out[out.length - 1] = merged;
      } else out.push(r);
    }
    return out;
  },
};
