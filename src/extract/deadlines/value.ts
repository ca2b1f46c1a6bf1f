// A refined chrono result → the ISO value of SPEC.md at its precision: 2023-09-08 (day), 2014-06
// (month), 2024-Q3 (quarter), 2024-H1 (half), 2016 (year), 2021/2025 (period), P1Y (recurring).
// What the text leaves to the reference date (a relative span, a year not printed) has no value
// when there is no reference date: never a guess.
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { Precision } from '../../types.js';
import type { ReferenceDate } from './scope.js';
import { hasTag, tagValue, TAG } from './tags.js';

const pad = (n: number): string => String(n).padStart(2, '0');

export function precisionOf(r: ParsingResult): Precision {
  if (hasTag(r, TAG.event)) return null;
  if (tagValue(r, TAG.kind) === 'recurring') return tagValue(r, TAG.recurring) === 'null' ? null : 'duration';
  const stated = tagValue(r, TAG.precision);
  if (stated === 'year' || stated === 'month' || stated === 'quarter') return stated;
  if (hasTag(r, TAG.quarter)) return 'quarter';
  if (hasTag(r, TAG.half)) return 'half';
  const c = r.start;
  if (c.isCertain('day')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

/** The precision of a period's end: its own when printed coarser ("Quý III/2026, 2027"). */
function endPrecisionOf(r: ParsingResult, precision: Precision): Precision {
  return tagValue(r, TAG.endPrecision) === 'year' ? 'year' : precision;
}

/** One end at a precision; quarters and halves from the month their parsers put at their start. */
function format(c: ParsingComponents, precision: Precision): string {
  const y = String(c.get('year'));
  const month = c.get('month')!;
  if (precision === 'day') return `${y}-${pad(month)}-${pad(c.get('day')!)}`;
  if (precision === 'month') return `${y}-${pad(month)}`;
  if (precision === 'quarter') return `${y}-Q${Math.floor((month - 1) / 3) + 1}`;
  if (precision === 'half') return `${y}-H${month <= 6 ? 1 : 2}`;
  return y;
}

/** Whether the value rests on the reference date: counted from it, or its year not printed. */
export function needsReference(r: ParsingResult): boolean {
  if (hasTag(r, TAG.event) || hasTag(r, TAG.anchored) || tagValue(r, TAG.kind) === 'recurring') return false;
  return hasTag(r, TAG.chronoRelative) || !r.start.isCertain('year');
}

/** Adds an ISO duration (P2Y, P3M, P10D, P1W) to a day, at local noon. */
export function addIsoDuration(date: Date, iso: string): Date {
  const at = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12);
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/u.exec(iso);
  if (!m) return at;
  at.setFullYear(at.getFullYear() + Number(m[1] ?? 0), at.getMonth() + Number(m[2] ?? 0), at.getDate() + 7 * Number(m[3] ?? 0) + Number(m[4] ?? 0));
  return at;
}

export interface Valued {
  value: string | null;
  precision: Precision;
}

/**
 * The value of a result. `reference` null: relative values are null. `signing`: the document's
 * own date, which "kể từ ngày ký" counts from even when --date sets another reference.
 */
export function valueOf(r: ParsingResult, reference: ReferenceDate | null, signing: ReferenceDate | null): Valued {
  const precision = precisionOf(r);
  if (hasTag(r, TAG.invalid) || hasTag(r, TAG.event)) return { value: null, precision };
  if (tagValue(r, TAG.kind) === 'recurring') {
    const every = tagValue(r, TAG.recurring);
    return { value: every && every !== 'null' ? every : null, precision };
  }
  if (needsReference(r) && !reference) return { value: null, precision };
  const relative = tagValue(r, TAG.relative);
  if (hasTag(r, TAG.signing) && relative && signing && reference && signing.iso !== reference.iso) {
    const at = addIsoDuration(signing.date, relative);
    const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
    return { value: precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4), precision };
  }
  if (hasTag(r, TAG.horizon) && r.end) return { value: String(r.end.get('year')), precision: 'year' };
  if (precision === null) return { value: null, precision };
  if (r.end) return { value: `${format(r.start, precision)}/${format(r.end, endPrecisionOf(r, precision))}`, precision };
  return { value: format(r.start, precision), precision };
}

/** The last day an expression covers, YYYY-MM-DD: 2016 → 2016-12-31, 2024-Q3 → 2024-09-30. */
export function lastDay(r: ParsingResult): string | null {
  const precision = r.end ? endPrecisionOf(r, precisionOf(r)) : precisionOf(r);
  const c = r.end ?? r.start;
  const y = c.get('year')!;
  let month: number;
  if (precision === 'day') return `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (precision === 'month') month = c.get('month')!;
  else if (precision === 'quarter') month = 3 * (Math.floor((c.get('month')! - 1) / 3) + 1);
  else if (precision === 'half') month = c.get('month')! <= 6 ? 6 : 12;
  else if (precision === 'year') month = 12;
  else return null;
  return `${y}-${pad(month)}-${pad(new Date(Date.UTC(y, month, 0)).getUTCDate())}`;
}
