// `chidao tasks FILES|DIRS…`: the register of every task (leaf directive) across notices or the
// outputs `extract` wrote, filtered, sorted, grouped, and rendered as a table, CSV, JSON Lines,
// Markdown, iCalendar or one HTML file. Documents are read one at a time and only their rows are
// kept; with neither --sort nor --group-by, CSV and JSON Lines are written as they come.
import { basename, dirname, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { lexicon } from '../extract/domains/lexicon.js';
import { parseEncodingName } from '../ingest/decode.js';
import { labels, parseLang, type Labels } from '../render/labels.js';
import { taskPredicate, type TaskFilter } from '../tasks/filters.js';
import { GROUP_KEYS, groupRows, SORT_KEYS, sortRows, type GroupKey, type SortKey } from '../tasks/order.js';
import { rowsOf, TASK_ROLES, type TaskRole, type TaskRow } from '../tasks/register.js';
import type { ViewRow } from '../tasks/render/columns.js';
import { csvHeader, csvRow } from '../tasks/render/csv.js';
import { jsonlRow } from '../tasks/render/jsonl.js';
import { PLAIN_TABLE, renderTable, type TableStyle } from '../tasks/render/table.js';
import { isIsoDate, parseSoon, STATUSES, statusOf, type Status } from '../tasks/status.js';
import type { EncodingName } from '../types.js';
import { fileError, UsageError, type Io } from './io.js';
import { readDocuments, taskInputs } from './tasks-inputs.js';
import { writeAtomic } from './write.js';

export interface TasksFlags {
  format?: string;
  asOf?: string;
  soon?: string;
  actor?: string[];
  successor?: boolean;
  role?: string;
  domain?: string;
  dueBefore?: string;
  dueAfter?: string;
  status?: string;
  type?: string;
  issuer?: string[];
  sort?: string;
  groupBy?: string;
  lang?: string;
  bom?: boolean;
  out?: string;
  date?: string;
  encoding?: string;
  jobs?: string;
  /** false with --no-color. */
  color?: boolean;
}

const FORMATS = ['table', 'csv', 'jsonl', 'md', 'ics', 'html'] as const;
type Format = (typeof FORMATS)[number];

const list = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function oneOf<T extends string>(flag: string, values: readonly string[], allowed: readonly T[]): T[] {
  const bad = values.find((v) => !allowed.includes(v as T));
  if (bad !== undefined) throw new UsageError(`${flag} takes ${allowed.join(', ')}, not "${bad}"`);
  return values as T[];
}

function date(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`${flag} must be a real date YYYY-MM-DD, not "${value}"`);
  return value;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Plan {
  format: Format;
  asOf: string;
  soon: number;
  filter: TaskFilter;
  sort?: SortKey;
  groupBy?: GroupKey;
  L: Labels;
  encoding?: EncodingName;
}

function plan(flags: TasksFlags): Plan {
  const format = (flags.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${flags.format}"`);
  const lang = parseLang(flags.lang);
  if (!lang) throw new UsageError(`--lang takes en or vi, not "${flags.lang}"`);
  const soon = parseSoon(flags.soon ?? '14d');
  if (soon === null) throw new UsageError(`--soon takes a number of days or weeks (14d, 2w), not "${flags.soon}"`);
  let encoding: EncodingName | undefined;
  if (flags.encoding) {
    encoding = parseEncodingName(flags.encoding) ?? undefined;
    if (!encoding) throw new UsageError(`--encoding: unknown encoding "${flags.encoding}"`);
  }
  if (flags.jobs !== undefined && !/^[1-9]\d*$/u.test(flags.jobs)) throw new UsageError(`--jobs must be a positive number, not "${flags.jobs}"`);
  const filter: TaskFilter = {
    actors: flags.actor ?? [],
    successor: flags.successor === true,
    roles: oneOf<TaskRole>('--role', list(flags.role), TASK_ROLES),
    domains: oneOf('--domain', list(flags.domain), lexicon.ids),
    dueBefore: date('--due-before', flags.dueBefore),
    dueAfter: date('--due-after', flags.dueAfter),
    statuses: oneOf<Status>('--status', list(flags.status), STATUSES),
    types: list(flags.type),
    issuers: flags.issuer ?? [],
  };
  return {
    format,
    asOf: date('--as-of', flags.asOf) ?? today(),
    soon,
    filter,
    sort: flags.sort === undefined ? undefined : oneOf<SortKey>('--sort', [flags.sort], SORT_KEYS)[0],
    groupBy: flags.groupBy === undefined ? undefined : oneOf<GroupKey>('--group-by', [flags.groupBy], GROUP_KEYS)[0],
    L: labels(lang),
    encoding,
  };
}

function tableStyle(io: Io, flags: TasksFlags): TableStyle {
  // NO_COLOR (no-color.org): present and not empty turns colour off; so does a pipe.
  if (!io.stdoutIsTTY || flags.color === false || (io.env.NO_COLOR ?? '') !== '') return PLAIN_TABLE;
  const c = new Chalk({ level: 1 });
  const colour: Record<Status, (s: string) => string> = { overdue: c.red.bold, 'due-soon': c.yellow, open: c.green, recurring: c.cyan, 'no-deadline': c.dim };
  return { status: (status, s) => colour[status](s), bold: c.bold };
}

export async function tasksCommand(paths: string[], flags: TasksFlags, io: Io): Promise<number> {
  if (paths.length === 0) throw new UsageError('no input: give notices, folders, globs, extract outputs (.json, .jsonl) or -');
  const p = plan(flags);
  const { L } = p;
  const status = (row: TaskRow): Status => statusOf(row, p.asOf, p.soon);
  const keep = taskPredicate(p.filter, status);
  const streaming = !p.sort && !p.groupBy && !flags.out && (p.format === 'csv' || p.format === 'jsonl');
  const write = (s: string): void => io.stdout(s);
  // Only JSON Lines, the calendar's descriptions and the HTML page show a directive's own text.
  const keepText = p.format === 'jsonl' || p.format === 'ics' || p.format === 'html';

  const rows: TaskRow[] = [];
  let failed = false;
  let documents = 0;
  if (streaming && p.format === 'csv') write(csvHeader(L, { bom: flags.bom }));
  const inputs = taskInputs(paths, io);
  for await (const read of readDocuments(inputs, { jobs: flags.jobs ? Number(flags.jobs) : io.cores ?? 1, date: flags.date, encoding: p.encoding }, io)) {
    if ('error' in read) {
      fileError(io, read.path, read.error);
      failed = true;
      continue;
    }
    for (const doc of read.documents) {
      for (const row of rowsOf(doc, documents, { text: keepText })) {
        if (!keep(row)) continue;
        if (!streaming) rows.push(row);
        else write(p.format === 'csv' ? csvRow({ row, status: status(row) }, L) : jsonlRow({ row, status: status(row) }));
      }
      documents++;
    }
  }
  if (streaming) return failed ? 2 : 0;

  sortRows(rows, p.sort);
  const views = new Map<TaskRow, ViewRow>(rows.map((row) => [row, { row, status: status(row) }]));
  const groups = p.groupBy ? groupRows(rows, p.groupBy, p.filter.roles?.length ? p.filter.roles : undefined) : null;
  const body = await render(p, rows, groups, views, { documents, bom: flags.bom === true, width: Number(io.env.COLUMNS) || 160, style: tableStyle(io, flags) });
  if (flags.out) {
    const target = resolve(io.cwd, flags.out);
    try {
      writeAtomic(dirname(target), basename(target), body, new Set(inputs.flatMap((i) => (i.kind === 'file' ? [resolve(io.cwd, i.path)] : []))));
    } catch (error) {
      fileError(io, flags.out, (error as Error).message);
      return 2;
    }
  } else write(body);
  return failed ? 2 : 0;
}

interface RenderContext {
  documents: number;
  bom: boolean;
  width: number;
  style: TableStyle;
}

async function render(p: Plan, rows: TaskRow[], groups: ReturnType<typeof groupRows> | null, views: Map<TaskRow, ViewRow>, ctx: RenderContext): Promise<string> {
  const { L } = p;
  const flat = groups ? groups.flatMap((g) => g.rows.map((row) => ({ row, group: g.key }))) : rows.map((row) => ({ row, group: undefined }));
  switch (p.format) {
    case 'csv':
      return csvHeader(L, { bom: ctx.bom, grouped: Boolean(groups) }) + flat.map(({ row, group }) => csvRow(views.get(row)!, L, group)).join('');
    case 'jsonl':
      return flat.map(({ row, group }) => jsonlRow(views.get(row)!, group)).join('');
    case 'md': {
      const { renderTasksMarkdown } = await import('../tasks/render/markdown.js');
      return renderTasksMarkdown(groups, rows, views, L, { asOf: p.asOf, documents: ctx.documents });
    }
    case 'ics': {
      const { renderCalendar } = await import('../tasks/render/ics.js');
      return renderCalendar(rows, L, { asOf: p.asOf });
    }
    case 'html': {
      const { renderHtml } = await import('../tasks/render/html.js');
      return renderHtml([...views.values()], L, { asOf: p.asOf, soon: p.soon, documents: ctx.documents });
    }
    default:
      return renderTable(groups, views, L, ctx.width, ctx.style);
  }
}
