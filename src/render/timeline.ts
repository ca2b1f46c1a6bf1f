// Deadlines as a timeline: each ISO value of SPEC.md ("2023-09-08", "2014-06", "2024-Q3",
// "2024-H1", "2016", "2021/2025") read as the calendar range it names, sorted by date, and the
// Mermaid `gantt` source that GitHub and other viewers draw. A `by` deadline is a milestone at the
// end of its range (the last day it allows), `from` a milestone at its start, a `period` a bar;
// recurring deadlines and strategy horizons are listed but not drawn (they are not dates).
import type { Deadline } from '../types.js';

export interface DateRange {
  start: string;
  end: string;
}

export interface TimelineEntry {
  directive: string;
  deadline: Deadline;
  range: DateRange | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthsRange(year: number, first: number, last: number): DateRange {
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** The calendar range of one ISO value at its precision; null for what is not a date. */
export function rangeOf(value: string): DateRange | null {
  const slash = value.indexOf('/');
  if (slash > 0) {
    const from = rangeOf(value.slice(0, slash));
    const to = rangeOf(value.slice(slash + 1));
    return from && to && from.start <= to.end ? { start: from.start, end: to.end } : null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return null; // an invalid date stays unplotted
    return { start: value, end: value };
  }
  if ((m = /^(\d{4})-(\d{2})$/u.exec(value))) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? monthsRange(Number(m[1]), mo, mo) : null;
  }
  if ((m = /^(\d{4})-Q([1-4])$/u.exec(value))) return monthsRange(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  if ((m = /^(\d{4})-H([12])$/u.exec(value))) return monthsRange(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6);
  if ((m = /^(\d{4})$/u.exec(value))) return monthsRange(Number(m[1]), 1, 12);
  return null;
}

/**
 * Every deadline of the directives with its range: dated ones by date (a `by` at its last day),
 * then the undated and recurring ones, then strategy horizons, which are not deadlines.
 */
export function timeline(items: ReadonlyArray<{ id: string; deadlines: readonly Deadline[] }>): TimelineEntry[] {
  const entries = items.flatMap(({ id, deadlines }) =>
    deadlines.map((deadline) => ({ directive: id, deadline, range: deadline.kind === 'recurring' || !deadline.value ? null : rangeOf(deadline.value) })),
  );
  const tier = (e: TimelineEntry): number => (e.deadline.kind === 'horizon' ? 2 : e.range ? 0 : 1);
  const key = (e: TimelineEntry): string => (e.range ? (e.deadline.kind === 'by' ? e.range.end : e.range.start) : '');
  // Array.prototype.sort is stable: equal dates keep document order.
  return entries.sort((a, b) => tier(a) - tier(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Mermaid task names end at ":" and its comments start at "%%"; "#" and ";" confuse some versions. */
function mermaidLabel(s: string, max = 60): string {
  const clean = s.replace(/[:;#%\n\r]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean || '-';
}

/** The Mermaid gantt source, or null when no deadline is a drawable date. */
export function gantt(entries: readonly TimelineEntry[], title: string): string | null {
  const drawn = entries.filter((e) => e.range && e.deadline.kind !== 'horizon' && e.deadline.kind !== 'recurring');
  if (drawn.length === 0) return null;
  // One section, one task per deadline in date order, named by its directive (a section per
  // directive would repeat when its deadlines are not next to each other in time).
  const lines = ['gantt', `  title ${mermaidLabel(title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y-%m', '  section Deadlines'];
  drawn.forEach((e, i) => {
    const range = e.range!;
    const name = mermaidLabel(`${e.directive} ${e.deadline.text}`);
    if (e.deadline.kind === 'period') lines.push(`  ${name} :d${i + 1}, ${range.start}, ${range.end}`);
    else lines.push(`  ${name} :milestone, d${i + 1}, ${e.deadline.kind === 'by' ? range.end : range.start}, 0d`);
  });
  return lines.join('\n');
}
