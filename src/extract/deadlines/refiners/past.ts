// Dates of past events are no deadlines: what looks back ("10 năm qua", "năm trước"), what runs up
// to now ("Từ năm 2013 đến nay"), and what ended before the document's date, or for a text without
// one before the --date reference ("giai đoạn 2013 – 2022" in a report of 2023, a meeting "ngày 27
// tháng 8 năm 2015" told in a notice of October). Recurrences, occasions and invalid dates have no
// end to compare.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { Scope } from '../scope.js';
import { hasTag, tagValue, TAG } from '../tags.js';
import { lastDay } from '../value.js';
import { anyOf, timeWords } from '../words.js';
import { endOf } from './span.js';

const UP_TO_NOW = new RegExp(`^[ \\n]*(?:,[ \\n]*)?${anyOf(timeWords.upToNow)}(?![\\p{L}\\p{N}])`, 'u');

export function pastRefiner(scope: Scope): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      const now = scope.documentDate ?? scope.reference;
      return results.filter((r) => {
        if (hasTag(r, TAG.past)) return false;
        if (UP_TO_NOW.test(context.text.slice(endOf(r), endOf(r) + 24))) return false;
        if (!now || hasTag(r, TAG.invalid) || hasTag(r, TAG.event)) return true;
        if (tagValue(r, TAG.kind) === 'recurring' || hasTag(r, TAG.chronoRelative)) return true;
        const last = lastDay(r);
        return last === null || last >= now.iso;
      });
    },
  };
}
