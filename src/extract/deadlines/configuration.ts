// The chrono configuration of the deadline stage: chrono-node's `vi` locale parsers (each behind a
// guard, guards.ts) composed with our parsers for what it lacks, and refiners of our own in place
// of the ones that misread notices. chrono reads the folded text (same length as the normalised
// text, so its indices are our offsets).
import type { Parser, Refiner } from 'chrono-node';
import { createCasualConfiguration } from 'chrono-node/vi';
import { liveParsers, type Gated } from './gate.js';
import * as bareYear from './parsers/bare-year.js';
import * as duration from './parsers/duration.js';
import * as event from './parsers/event.js';
import {
  fourDigitYear, guarded, needsYearOrDayWord, notMonthNam, type Guard,
} from './parsers/guards.js';
import * as halfYear from './parsers/half-year.js';
import * as month from './parsers/month.js';
import * as partOf from './parsers/part-of.js';
import * as period from './parsers/period.js';
import * as quarter from './parsers/quarter.js';
import * as recurring from './parsers/recurring.js';
import * as relativeWords from './parsers/relative-words.js';
import * as workingDays from './parsers/working-days.js';
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

// The needs of chrono's parsers (gate.ts), from their patterns: ISO's "([0-9]{4})-…", the slash
// date's "([0-3]?[0-9])[/.-]…", the year's "năm\s*([0-9]{1,4}…)|([0-9]{1,4})\s*TCN" hold a digit;
// the standard date's "…([0-9]{1,2})\s*tháng\s*…" and every month name of VIMonthYearParser hold
// "tháng" (case-insensitive, as chrono's patterns are).
const DIGIT = /\d/u;
const MONTH_WORD = /tháng/iu;

/**
 * chrono's vi parsers we keep, by class name, with their guards and needs. Left out:
 * VICasualDateParser ("hôm nay" in a news report is the event's day), VICasualTimeParser ("Sáng
 * 2/8": the time of a meeting, and it swallows the date), VIWeekdayParser ("thứ hai" is also "second"),
 * VITimeExpressionParser (the hour of a deadline does not change its day; kind.ts reads past it),
 * VITimeUnitCasualRelativeFormatParser (relative-words.ts says why), VITimeUnitWithin/Later/Ago-
 * FormatParser (duration.ts says why).
 */
const KEPT: Readonly<Record<string, { guard: Guard; need: RegExp }>> = {
  ISOFormatParser: { guard: () => [], need: DIGIT },
  SlashDateFormatParser: { guard: needsYearOrDayWord, need: DIGIT },
  VIStandardParser: { guard: needsYearOrDayWord, need: MONTH_WORD },
  VIMonthYearParser: { guard: notMonthNam, need: MONTH_WORD },
  VIYearParser: { guard: fourDigitYear, need: DIGIT },
};

/**
 * chrono's refiners we keep, by class name. Left out: VIMergeDateRangeRefiner (joins on "và";
 * range.ts), UnlikelyFormatFilter (drops invalid dates silently; invalid.ts), the time-zone and
 * weekday refiners (notices give neither), VIMergeDateTimeRefiner (no time parser).
 */
const KEPT_REFINERS = new Set(['OverlapRemovalRefiner', 'ForwardDateRefiner']);

function chronoParsers(): Gated[] {
  const seen = new Set<string>();
  const out: Gated[] = [];
  for (const parser of createCasualConfiguration(true).parsers) {
    const name = parser.constructor.name;
    const kept = KEPT[name];
    if (!kept || seen.has(name)) continue;
    seen.add(name);
    out.push({ parser: guarded(parser, kept.guard), need: kept.need });
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

const ours = (m: { NEED: RegExp; WITHIN?: RegExp }, parser: Parser): Gated => ({ parser, need: m.NEED, within: m.WITHIN });
/** Ours first: on a tie in length chrono's overlap refiner keeps the earlier-listed result. */
const OURS: readonly Gated[] = [
  ours(period, period.periodParser), ours(recurring, recurring.recurringParser), ours(quarter, quarter.quarterParser),
  ours(halfYear, halfYear.halfYearParser), ours(month, month.monthParser), ours(partOf, partOf.partOfParser),
  ours(relativeWords, relativeWords.relativeWordsParser), ours(workingDays, workingDays.workingDaysParser),
  ours(duration, duration.durationParser), ours(event, event.eventParser),
];
const PROSE: readonly Gated[] = [...OURS, ...chronoParsers()];
/** A completion cell also reads a bare year. */
const CELL: readonly Gated[] = [...PROSE, ours(bareYear, bareYear.bareYearParser)];
const [OVERLAP, FORWARD] = [...KEPT_REFINERS].map(chronoRefiner) as [Refiner, Refiner];

/** chrono's Configuration (not exported by name): ordered parsers and refiners. */
export interface Configuration {
  parsers: Parser[];
  refiners: Refiner[];
}

/**
 * The configuration for one reading (refiners that need the document get its scope). Given the
 * text it will read, only the parsers that can match in it (gate.ts); the same results.
 */
export function configuration(scope: Scope, text?: string): Configuration {
  const gated = scope.mode === 'cell' ? CELL : PROSE;
  return {
    parsers: text === undefined ? gated.map((g) => g.parser) : liveParsers(gated, text),
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
