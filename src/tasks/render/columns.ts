// The fields of a register row as text, shared by the CSV, the terminal table and the Markdown
// table: each column has a label key (src/data/labels.json) and a function of the row. Lists are
// joined by "; " (names and deadline phrases contain commas).
import type { Labels } from '../../render/labels.js';
import { dueOf, TASK_ROLES, type TaskRow } from '../register.js';
import type { Status } from '../status.js';

export interface ViewRow {
  row: TaskRow;
  status: Status;
}

export interface Column {
  /** Machine name (CSV header in English, JSON key). */
  name: string;
  /** Key of its label in labels.json. */
  label: string;
  value: (v: ViewRow, L: Labels) => string;
}

export const join = (xs: readonly string[]): string => xs.join('; ');

const documentName = (r: TaskRow, L: Labels): string =>
  [r.document.type, r.document.number].filter(Boolean).join(' ') || (r.document.title ? L.t('news') : r.document.path);

/** The directive and its bodies: the same in every view. */
const TASK: readonly Column[] = [
  { name: 'directive', label: 'directive', value: ({ row }) => row.id },
  { name: 'gist', label: 'task', value: ({ row }) => row.gist },
  ...TASK_ROLES.map((role): Column => ({ name: role.replace('-', '_'), label: role, value: ({ row }) => join(row.actors[role]) })),
];
const DUE: Column = { name: 'due', label: 'due', value: ({ row }) => dueOf(row) ?? '' };
const DOMAINS: Column = { name: 'domains', label: 'domains', value: ({ row }) => join(row.domains) };

/** Every field, in the order of the CSV. */
export const COLUMNS: readonly Column[] = [
  { name: 'document_type', label: 'type', value: ({ row }) => row.document.type ?? '' },
  { name: 'document_number', label: 'number', value: ({ row }) => row.document.number ?? '' },
  { name: 'document_date', label: 'date', value: ({ row }) => row.document.date ?? '' },
  { name: 'issuer', label: 'issuer', value: ({ row }) => row.document.issuer ?? '' },
  { name: 'source', label: 'source', value: ({ row }) => row.document.path },
  ...TASK,
  { name: 'deadline_value', label: 'deadline', value: ({ row }) => join(row.deadlines.map((d) => d.value ?? '')) },
  { name: 'deadline_kind', label: 'deadline kind', value: ({ row }) => join(row.deadlines.map((d) => d.kind)) },
  { name: 'deadline_text', label: 'as printed', value: ({ row }) => join(row.deadlines.map((d) => d.text)) },
  DUE,
  DOMAINS,
  { name: 'urgent', label: 'urgent', value: ({ row }) => (row.urgent ? 'true' : 'false') },
  { name: 'status', label: 'status', value: ({ status }) => status },
];

/** The columns a reader scans: fewer, with labels for codes (status, kinds). */
export const READING_COLUMNS: readonly Column[] = [
  { name: 'status', label: 'status', value: ({ status }, L) => L.t(`status.${status}`) },
  DUE,
  { name: 'document', label: 'document', value: ({ row }, L) => [documentName(row, L), row.document.date].filter(Boolean).join(' · ') },
  ...TASK,
  { name: 'deadline', label: 'deadline', value: ({ row }, L) => join(row.deadlines.map((d) => `${L.t(`kind.${d.kind}`)} ${d.value ?? '?'} (${d.text})`)) },
  DOMAINS,
  { name: 'urgent', label: 'urgent', value: ({ row }, L) => (row.urgent ? L.t('urgent') : '') },
];

export const column = (columns: readonly Column[], name: string): Column => columns.find((c) => c.name === name)!;
