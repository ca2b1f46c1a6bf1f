// A task's status on a day (`--as-of`, default today): overdue when the last day its deadline
// allows has passed, due-soon when that day falls within the next `soon` days, open when it is
// later (or the task has a deadline that is no date: "trước Tết", a start "từ năm 2026"),
// recurring when its only deadlines recur, no-deadline when it has none.
import { dueOf, type TaskRow } from './register.js';

export const STATUSES = ['overdue', 'due-soon', 'open', 'recurring', 'no-deadline'] as const;
export type Status = (typeof STATUSES)[number];

const DAY = 86_400_000;

/** ISO date + n days (UTC calendar arithmetic). */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

export function statusOf(row: TaskRow, asOf: string, soonDays: number): Status {
  const due = dueOf(row);
  if (due !== null) return due < asOf ? 'overdue' : due <= addDays(asOf, soonDays) ? 'due-soon' : 'open';
  if (row.deadlines.length === 0) return 'no-deadline';
  return row.deadlines.every((x) => x.kind === 'recurring') ? 'recurring' : 'open';
}

/** "14d", "2w" or a bare number of days → days; null when unreadable. */
export function parseSoon(value: string): number | null {
  const m = /^(\d{1,4})\s*([dw]?)$/iu.exec(value.trim());
  if (!m) return null;
  return Number(m[1]) * (m[2]!.toLowerCase() === 'w' ? 7 : 1);
}

/** A real calendar date YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
