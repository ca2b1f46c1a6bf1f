// The chrono configuration of the deadline stage: chrono-node's `vi` locale parsers (each behind a
// guard, guards.ts) composed with our parsers for what it lacks, and refiners of our own in place
// of the ones that misread notices. chrono reads the folded text (same length as the normalised
// text, so its indices are our offsets).
import type { Parser, Refiner } from 'chrono-node';
import { createCasualConfiguration } from 'chrono-node/vi';
import { bareYearParser } from './parsers/bare-year.js';
import { durationParser } from './parsers/duration.js';
import { eventParser } from './parsers/event.js';
import {
  fourDigitYear, guarded, needsYearOrDayWord, notMonthNam, type Guard,
} from './parsers/guards.js';
import { halfYearParser } from './parsers/half-year.js';
import { monthParser } from './parsers/month.js';
import { partOfParser } from './parsers/part-of.js';
import { periodParser } from './parsers/period.js';
import { quarterParser } from './parsers/quarter.js';
import { recurringParser } from './parsers/recurring.js';
import { relativeWordsParser } from './parsers/relative-words.js';
import { workingDaysParser } from './parsers/working-days.js';
import { citationRefiner } from './refiners/citations.js';
import { datelineRefiner } from './refiners/dateline.js';
import { horizonRefiner } from './refiners/horizon.js';
import { invalidDateRefiner } from './refiners/invalid.js';
import { kindRefiner } from './refiners/kind.js';
import { modifierRefiner } from './refiners/modifier.js';
import { pastRefiner } from './refiners/past.js';
import { rangeRefiner } from './refiners/range.js';
import { recurrenceDayRefiner } from './refiners/recurrence-day.js';
import { validityRefiner } from './refiners/validity.js';
import type { Scope } from './scope.js';

/**
 * chrono's vi parsers we keep, by class name, with their guards. Left out: VICasualDateParser
 * ("hôm nay" in a news report is the event's day), VICasualTimeParser ("Sáng 2/8": the time of a
 * meeting, and it swallows the date), VIWeekdayParser ("thứ hai" is also "second"),
 * VITimeExpressionParser (the hour of a deadline does not change its day; kind.ts reads past it),
 * VITimeUnitCasualRelativeFormatParser (relative-words.ts says why), VITimeUnitWithin/Later/Ago-
 * FormatParser (duration.ts says why).
 */
const KEPT: Readonly<Record<string, Guard>> = {
  ISOFormatParser: () => [],
  SlashDateFormatParser: needsYearOrDayWord,
  VIStandardParser: needsYearOrDayWord,
  VIMonthYearParser: notMonthNam,
  VIYearParser: fourDigitYear,
};

/**
 * chrono's refiners we keep, by class name. Left out: VIMergeDateRangeRefiner (joins on "và";
 * range.ts), UnlikelyFormatFilter (drops invalid dates silently; invalid.ts), the time-zone and
 * weekday refiners (notices give neither), VIMergeDateTimeRefiner (no time parser).
 */
const KEPT_REFINERS = new Set(['OverlapRemovalRefiner', 'ForwardDateRefiner']);

function chronoParsers(): Parser[] {
  const seen = new Set<string>();
  const out: Parser[] = [];
  for (const parser of createCasualConfiguration(true).parsers) {
    const name = parser.constructor.name;
    const guard = KEPT[name];
    if (!guard || seen.has(name)) continue;
    seen.add(name);
    out.push(guarded(parser, guard));
  }
  // A renamed class in a new chrono release must fail loudly, not drop a parser silently.
  const missing = Object.keys(KEPT).filter((n) => !seen.has(n));
  if (missing.length) throw new Error(`chrono-node vi: parsers not found: ${missing.join(', ')}`);
  return out;
}

function chronoRefiner(name: string): Refiner {
  const found = createCasualConfiguration(true).refiners.find((r) => r.constructor.name === name);
  if (!found) throw new Error(`chrono-node: refiner not found: ${name}`);
  return found;
}

/** Ours first: on a tie in length chrono's overlap refiner keeps the earlier-listed result. */
const OURS: readonly Parser[] = [
  periodParser, recurringParser, quarterParser, halfYearParser, monthParser, partOfParser, relativeWordsParser, workingDaysParser, durationParser, eventParser,
];
const PARSERS: readonly Parser[] = [...OURS, ...chronoParsers()];
const [OVERLAP, FORWARD] = [...KEPT_REFINERS].map(chronoRefiner) as [Refiner, Refiner];

/** chrono's Configuration (not exported by name): ordered parsers and refiners. */
export interface Configuration {
  parsers: Parser[];
  refiners: Refiner[];
}

/** The configuration for one reading (refiners that need the document get its scope). */
export function configuration(scope: Scope): Configuration {
  return {
    parsers: scope.mode === 'cell' ? [...PARSERS, bareYearParser] : [...PARSERS],
    refiners: [
      OVERLAP,
      rangeRefiner,
      invalidDateRefiner,
      FORWARD,
      citationRefiner(scope),
      validityRefiner,
      datelineRefiner(scope),
      modifierRefiner,
      horizonRefiner(scope),
      kindRefiner(scope),
      recurrenceDayRefiner,
      OVERLAP,
      pastRefiner(scope),
    ],
  };
}
