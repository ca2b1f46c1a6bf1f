// The register of tasks: one row per leaf directive of every document (what a body must do),
// with its document, gist, actors by role, deadlines (strategy horizons left out: SPEC.md reports
// them but they are no deadlines) and domains. Rows are small and self-contained, so that a large
// corpus is read one document at a time and only its rows are kept.
import { gist } from '../render/gist.js';
import { rangeOf } from '../render/timeline.js';
import type { DeadlineKind, Directive, ExtractedDocument, Precision, Role } from '../types.js';

export type TaskRole = Exclude<Role, 'issuer'>;
export const TASK_ROLES: readonly TaskRole[] = ['lead', 'coordinate', 'assignee', 'report-to'];

export interface TaskDocument {
  path: string;
  /** Of the notice's bytes: names a document without a number whatever its path. */
  sha256: string;
  type: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
}

export interface TaskDeadline {
  value: string | null;
  kind: Exclude<DeadlineKind, 'horizon'>;
  precision: Precision;
  text: string;
  /** The last day the deadline allows (a `by` or a period's end), ISO; null when not a date. */
  due: string | null;
  /** The first day of the range it names (a period's or a `from`'s start), ISO. */
  start: string | null;
}

export interface TaskRow {
  document: TaskDocument;
  /** Position of the document among the inputs and of the directive in it: the input order. */
  order: [number, number];
  id: string;
  gist: string;
  text: string;
  actors: Record<TaskRole, string[]>;
  deadlines: TaskDeadline[];
  domains: string[];
  urgent: boolean;
}

function leaves(ds: readonly Directive[]): Directive[] {
  return ds.flatMap((d) => (d.children.length ? leaves(d.children) : [d]));
}

function namesOf(d: Directive, role: TaskRole): string[] {
  return [...new Set(d.actors.filter((a) => a.role === role).map((a) => a.name))];
}

function deadlinesOf(d: Directive): TaskDeadline[] {
  const out: TaskDeadline[] = [];
  for (const x of d.deadlines) {
    if (x.kind === 'horizon') continue;
    const range = x.kind === 'recurring' || !x.value ? null : rangeOf(x.value);
    out.push({
      value: x.value, kind: x.kind, precision: x.precision, text: x.text.replace(/\s+/gu, ' ').trim(),
      due: range && (x.kind === 'by' || x.kind === 'period') ? range.end : null,
      start: range ? range.start : null,
    });
  }
  return out;
}

/**
 * The rows of one document; `index` is its place among the inputs. Without `text` the rows leave
 * out the directive's own text (the outputs that do not show it hold less when rows are collected).
 */
export function rowsOf(doc: ExtractedDocument, index: number, options: { text?: boolean } = {}): TaskRow[] {
  const d = doc.document;
  const document: TaskDocument = { path: doc.source.path, sha256: doc.source.sha256, type: d.type, number: d.number, date: d.date, issuer: d.issuer, title: d.title };
  return leaves(doc.directives).map((leaf, k) => ({
    document,
    order: [index, k],
    id: leaf.id,
    gist: gist(leaf),
    text: options.text === false ? '' : leaf.text,
    actors: { lead: namesOf(leaf, 'lead'), coordinate: namesOf(leaf, 'coordinate'), assignee: namesOf(leaf, 'assignee'), 'report-to': namesOf(leaf, 'report-to') },
    deadlines: deadlinesOf(leaf),
    domains: leaf.domains.map((x) => x.id),
    urgent: leaf.urgent,
  }));
}

/** The day a task is due: the earliest last day among its dated deadlines. */
export function dueOf(row: TaskRow): string | null {
  let due: string | null = null;
  for (const x of row.deadlines) if (x.due && (due === null || x.due < due)) due = x.due;
  return due;
}

/** The deadline a one-line view shows: the one that falls due first, else the first one. */
export function mainDeadline(row: TaskRow): TaskDeadline | null {
  const due = dueOf(row);
  return row.deadlines.find((x) => due !== null && x.due === due) ?? row.deadlines[0] ?? null;
}

/** A document's stable name: its number, or (news, unnumbered) the start of its text's hash. */
export const documentKey = (doc: TaskDocument): string => doc.number ?? doc.sha256.slice(0, 16);
