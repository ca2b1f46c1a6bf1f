// Sorting and grouping the register. Sorts are stable on the input order (document, then
// directive), so that equal keys keep the order of the notices themselves.
import { nameKey } from '../ingest/match.js';
import { namesIn } from './filters.js';
import { dueOf, type TaskRole, type TaskRow } from './register.js';

export const SORT_KEYS = ['deadline', 'document', 'actor'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const GROUP_KEYS = ['actor', 'domain', 'document'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/** The group of rows without an actor, a domain. */
export const NO_GROUP = '—';

const byInput = (a: TaskRow, b: TaskRow): number => a.order[0] - b.order[0] || a.order[1] - b.order[1];

/** Compares two optional strings, absent ones last. */
function lastIfNull(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortRows(rows: TaskRow[], key: SortKey | undefined): TaskRow[] {
  if (!key) return rows.sort(byInput);
  const cmp: Record<SortKey, (a: TaskRow, b: TaskRow) => number> = {
    deadline: (a, b) => lastIfNull(dueOf(a), dueOf(b)),
    document: (a, b) => lastIfNull(a.document.date, b.document.date) || lastIfNull(a.document.number, b.document.number),
    actor: (a, b) => lastIfNull(firstActor(a), firstActor(b)),
  };
  return rows.sort((a, b) => cmp[key](a, b) || byInput(a, b));
}

function firstActor(row: TaskRow): string | undefined {
  const name = namesIn(row)[0];
  return name === undefined ? undefined : nameKey(name);
}

/** The label of a row's document: its number, or its file. */
export const documentLabel = (row: TaskRow): string => row.document.number ?? row.document.path;

export interface Group {
  key: string;
  rows: TaskRow[];
}

/**
 * Rows by actor (a row under each body with one of `roles`), by domain (under each of its
 * domains) or by document; groups in the order of their names (documents in input order), the
 * rows of each in the order given.
 */
export function groupRows(rows: readonly TaskRow[], by: GroupKey, roles?: readonly TaskRole[]): Group[] {
  const groups = new Map<string, TaskRow[]>();
  const add = (key: string, row: TaskRow): void => {
    const list = groups.get(key);
    if (list) {
      if (list[list.length - 1] !== row) list.push(row);
    } else groups.set(key, [row]);
  };
  for (const row of rows) {
    const keys = by === 'actor' ? namesIn(row, roles) : by === 'domain' ? row.domains : [documentLabel(row)];
    if (keys.length === 0) add(NO_GROUP, row);
    for (const k of keys) add(k, row);
  }
  const out = [...groups].map(([key, list]) => ({ key, rows: list }));
  if (by === 'document') return out;
  const sortKey = (g: Group): string => (g.key === NO_GROUP ? '\uffff' : nameKey(g.key));
  return out.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}
