// Dates and deadline values (SPEC.md, Deadlines): ISO 8601 at the stated precision — 2023-09-08,
// 2014-06, 2024-Q3, 2024-H1, 2016 —, a period START/END for `period`, a duration (P1Y, P3M) or
// null for `recurring`. A value of the right form for its kind must also be a real date: no
// 2023-02-30, no month 13, no Q5.
import type { Finding } from '../types.js';
import type { GoldRead } from './gold-file.js';
import { nodes } from './tree.js';

export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';

export type DateRead =
  | { ok: true; precision: Precision; /** First day, as YYYY-MM-DD, to order a period's ends. */ start: string }
  | { ok: false; invalid: string } // the form of a date, but no such date
  | null; // not the form of a date at all

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO date at one of the precisions of SPEC.md. */
export function readDate(value: string): DateRead {
  let m = /^(\d{4})$/u.exec(value);
  if (m) return { ok: true, precision: 'year', start: `${m[1]}-01-01` };
  m = /^(\d{4})-(\d{2})$/u.exec(value);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { ok: true, precision: 'month', start: `${m[1]}-${m[2]}-01` } : { ok: false, invalid: `there is no month ${month}` };
  }
  m = /^(\d{4})-Q(\d)$/u.exec(value);
  if (m) {
    const q = Number(m[2]);
    return q >= 1 && q <= 4 ? { ok: true, precision: 'quarter', start: `${m[1]}-${pad(3 * q - 2)}-01` } : { ok: false, invalid: `there is no quarter Q${q} (Q1 to Q4)` };
  }
  m = /^(\d{4})-H(\d)$/u.exec(value);
  if (m) {
    const h = Number(m[2]);
    return h === 1 || h === 2 ? { ok: true, precision: 'half', start: `${m[1]}-${h === 1 ? '01' : '07'}-01` } : { ok: false, invalid: `there is no half-year H${h} (H1 or H2)` };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12) return { ok: false, invalid: `there is no month ${month}` };
    const days = daysIn(year, month);
    if (day < 1 || day > days) return { ok: false, invalid: `${MONTHS[month - 1]} ${year} has ${days} days` };
    return { ok: true, precision: 'day', start: value };
  }
  return null;
}

const DURATION = /^P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/u;

const DATE_FORMS = 'a date (YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY-MM-DD)';
const EXPECTED: Record<string, string> = {
  by: DATE_FORMS,
  from: DATE_FORMS,
  horizon: DATE_FORMS,
  period: 'a period START/END such as 2021/2025',
  recurring: 'a duration such as P1Y or P3M, or null',
};

export type ValueCheck = { code: 'date-invalid' | 'value-kind-mismatch'; message: string } | null;

/** Whether a deadline's value fits its kind; null when it does (or the kind is unknown: the schema says so). */
export function checkDeadlineValue(value: string | null, kind: string): ValueCheck {
  if (value === null || !(kind in EXPECTED)) return null;
  const mismatch = (): ValueCheck => ({ code: 'value-kind-mismatch', message: `value ${JSON.stringify(value)} does not fit kind "${kind}": expected ${EXPECTED[kind]}` });
  if (kind === 'recurring') return DURATION.test(value) ? null : mismatch();
  if (kind === 'period') {
    const ends = value.split('/');
    if (ends.length !== 2) return mismatch();
    const [a, b] = ends.map(readDate) as [DateRead, DateRead];
    if (a === null || b === null) return mismatch();
    for (const end of [a, b]) if (!end.ok) return { code: 'date-invalid', message: `value ${JSON.stringify(value)} is not a real period: ${end.invalid}` };
    if (a.ok && b.ok && a.start > b.start) return { code: 'date-invalid', message: `value ${JSON.stringify(value)} is not a real period: it ends before it starts` };
    return null;
  }
  const date = readDate(value);
  if (date === null) return mismatch();
  return date.ok ? null : { code: 'date-invalid', message: `value ${JSON.stringify(value)} is not a real date: ${date.invalid}` };
}

export function checkValues(read: GoldRead): Finding[] {
  if (!read.gold) return [];
  const findings: Finding[] = [];
  const { date } = read.gold.document;
  if (typeof date === 'string') {
    const d = readDate(date);
    if (d && !d.ok) findings.push({ code: 'date-invalid', severity: 'error', message: `document.date ${JSON.stringify(date)} is not a real date: ${d.invalid}`, file: read.file, ...read.place('/document/date') });
  }
  for (const { directive, pointer } of nodes(read.gold)) {
    directive.deadlines.forEach((deadline, i) => {
      const problem = checkDeadlineValue(deadline.value, deadline.kind);
      if (problem) {
        findings.push({ code: problem.code, severity: 'error', message: `directive ${directive.id}: deadline ${problem.message}`, file: read.file, ...read.place(`${pointer}/deadlines/${i}/value`) });
      }
    });
  }
  return findings;
}
