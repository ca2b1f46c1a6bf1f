// Invalid calendar dates (30/2/2024, 31/4) are reported, never shifted. chrono's UnlikelyFormatFilter
// drops them silently; this refiner takes its place: it keeps them, tagged, for the stage to report
// with value null, and still drops what chrono calls unlikely (a bare number such as "2.1").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { hasOurTag, TAG } from '../tags.js';

const BARE_NUMBER = /^\d*(?:\.\d*)?$/u;

export const invalidDateRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      // A bare year of a completion column is ours (tagged), not an unlikely number.
      if (!hasOurTag(r) && BARE_NUMBER.test(r.text.replace(' ', ''))) return false;
      if (!r.start.isValidDate() || (r.end && !r.end.isValidDate())) r.addTag(TAG.invalid);
      return true;
    });
  },
};
