// The register's dated deadlines as an iCalendar file (through ical-generator), one event per
// directive and deadline: a `by` is an all-day event on the last day it allows (30 June for
// "tháng 6/2026", 31 December for "năm 2026"), a period a span of all-day events' days, a `from`
// its first day, a recurring deadline ("hằng quý", P3M) an RRULE from the document's date. UIDs
// come from the document number and the directive id, so that a calendar re-importing the file
// updates the events instead of duplicating them. Undated deadlines have no event.
import { basename } from 'node:path';
import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import type { Labels } from '../../render/labels.js';
import { addDays } from '../status.js';
import { documentKey, type TaskDeadline, type TaskRow } from '../register.js';

const FREQ: Record<string, ICalEventRepeatingFreq> = {
  Y: ICalEventRepeatingFreq.YEARLY, M: ICalEventRepeatingFreq.MONTHLY, W: ICalEventRepeatingFreq.WEEKLY, D: ICalEventRepeatingFreq.DAILY,
};

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The days an event covers (end exclusive, as iCalendar's DTEND of an all-day event) and its rule. */
export function eventDays(d: TaskDeadline, documentDate: string | null): { start: string; end: string; repeat?: { freq: ICalEventRepeatingFreq; interval: number } } | null {
  if (d.kind === 'recurring') {
    const m = /^P(\d+)([YMWD])$/u.exec(d.value ?? '');
    if (!m || !documentDate || !/^\d{4}-\d{2}-\d{2}$/u.test(documentDate)) return null;
    return { start: documentDate, end: addDays(documentDate, 1), repeat: { freq: FREQ[m[2]!]!, interval: Number(m[1]) } };
  }
  if (d.kind === 'period' && d.start && d.due) return { start: d.start, end: addDays(d.due, 1) };
  if (d.kind === 'by' && d.due) return { start: d.due, end: addDays(d.due, 1) };
  if (d.kind === 'from' && d.start) return { start: d.start, end: addDays(d.start, 1) };
  return null;
}

/** A UID stable across runs: document number (or its text's hash), directive id, the deadline's place in it. */
export function eventUid(row: TaskRow, k: number): string {
  const doc = documentKey(row.document).normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '');
  return `${doc}.${row.id.replace(/[^\p{L}\p{N}]+/gu, '-')}.${k + 1}@chidao`;
}

export function renderCalendar(rows: readonly TaskRow[], L: Labels, options: { asOf: string }): string {
  const calendar = ical({ name: L.t('register'), prodId: { company: 'chidao', product: 'tasks', language: L.lang.toUpperCase() } });
  for (const row of rows) {
    row.deadlines.forEach((d, k) => {
      const days = eventDays(d, row.document.date);
      if (!days) return;
      const who = (['lead', 'coordinate', 'assignee', 'report-to'] as const)
        .filter((r) => row.actors[r].length)
        .map((r) => `${L.t(r)}: ${row.actors[r].join('; ')}`);
      calendar.createEvent({
        id: eventUid(row, k),
        allDay: true,
        start: utcDay(days.start),
        end: utcDay(days.end),
        ...(days.repeat ? { repeating: days.repeat } : {}),
        stamp: utcDay(options.asOf),
        summary: `${row.document.number ?? basename(row.document.path)} ${row.id}: ${row.gist}`,
        description: [`${L.t('deadline')}: ${L.t(`kind.${d.kind}`)} ${d.value ?? ''} (${d.text})`, ...who, '', row.text.replace(/\s+/gu, ' ').trim()].join('\n'),
        categories: row.domains.map((name) => ({ name })),
      });
    });
  }
  return calendar.toString();
}
