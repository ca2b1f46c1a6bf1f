// The register as JSON Lines: one object per task, keys in English whatever --lang says (they are
// a contract, not labels).
import { dueOf } from '../register.js';
import type { ViewRow } from './columns.js';

export function jsonlRow({ row, status }: ViewRow, group?: string): string {
  return JSON.stringify({
    ...(group === undefined ? {} : { group }),
    document: row.document,
    directive: row.id,
    gist: row.gist,
    lead: row.actors.lead,
    coordinate: row.actors.coordinate,
    assignee: row.actors.assignee,
    reportTo: row.actors['report-to'],
    deadlines: row.deadlines.map(({ value, kind, precision, text, due }) => ({ value, kind, precision, text, due })),
    due: dueOf(row),
    domains: row.domains,
    urgent: row.urgent,
    status,
    text: row.text,
  }) + '\n';
}
