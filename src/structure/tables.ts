// Task tables ("Danh mục nhiệm vụ", "Phụ lục") written as Markdown pipe rows — which is also how
// ingest/html.ts renders HTML tables — become rows with typed cells. A table is a task table when
// its header names a task column and a lead, coordinating or completion column; header tables of
// the document layout ("| BỘ … | CỘNG HÒA … |") are not.
import { fold } from '../ingest/match.js';
import type { ColumnRole, Span, TableCell } from '../types.js';

export interface TableRow {
  span: Span;
  cells: TableCell[];
  /** The number cell as printed ("1.", "2.1"), or "" when the row has none. */
  number: string;
}

export interface TaskTable {
  span: Span;
  headers: string[];
  columns: ColumnRole[];
  rows: TableRow[];
}

const COLUMN_RULES: Array<{ role: ColumnRole; re: RegExp }> = [
  { role: 'number', re: /^(?:tt|stt|số tt|số thứ tự)$/u },
  { role: 'lead', re: /chủ trì|thực hiện chính|cơ quan thực hiện|đơn vị thực hiện|đơn vị chủ trì/u },
  { role: 'coordinate', re: /phối hợp/u },
  { role: 'deadline', re: /thời gian|thời hạn|tiến độ|hoàn thành/u },
  { role: 'product', re: /sản phẩm|kết quả/u },
  { role: 'task', re: /nhiệm vụ|nội dung|công việc|tên đề án|tên nhiệm vụ|hoạt động/u },
];

function columnRole(header: string): ColumnRole {
  const h = fold(header).replace(/[*_]/g, '').trim();
  for (const { role, re } of COLUMN_RULES) if (re.test(h)) return role;
  return 'other';
}

interface RawCell {
  start: number;
  end: number;
  text: string;
}

/** Cells of one pipe row, with spans of their trimmed contents. */
function splitRow(text: string, start: number, end: number): RawCell[] {
  const cells: RawCell[] = [];
  let from = text[start] === '|' ? start + 1 : start;
  let stop = end;
  if (text[stop - 1] === '|') stop--;
  let i = from;
  for (; i <= stop; i++) {
    if (i === stop || text[i] === '|') {
      let s = from;
      let e = i;
      while (s < e && /\s/u.test(text[s]!)) s++;
      while (e > s && /\s/u.test(text[e - 1]!)) e--;
      cells.push({ start: s, end: e, text: text.slice(s, e) });
      from = i + 1;
    }
  }
  return cells;
}

const SEPARATOR = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/u;

/** Pipe tables of the text whose header makes them task tables. */
export function taskTables(text: string): TaskTable[] {
  const tables: TaskTable[] = [];
  const rows: Array<{ start: number; end: number }> = [];
  const flush = () => {
    if (rows.length >= 2) {
      const table = toTaskTable(text, rows);
      if (table) tables.push(table);
    }
    rows.length = 0;
  };
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    let s = from;
    while (s < to && (text[s] === ' ' || text[s] === '\t')) s++;
    let e = to;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (text[s] === '|') rows.push({ start: s, end: e });
    else flush();
    from = to + 1;
  }
  flush();
  return tables;
}

function toTaskTable(text: string, lines: Array<{ start: number; end: number }>): TaskTable | null {
  const header = splitRow(text, lines[0]!.start, lines[0]!.end);
  const columns = header.map((c) => columnRole(c.text));
  if (!columns.includes('task') || !columns.some((c) => c === 'lead' || c === 'coordinate' || c === 'deadline')) return null;
  const rows: TableRow[] = [];
  for (const line of lines.slice(1)) {
    const raw = text.slice(line.start, line.end);
    if (SEPARATOR.test(raw)) continue;
    const cells = splitRow(text, line.start, line.end).map((c, i): TableCell => ({
      column: columns[i] ?? 'other',
      header: header[i]?.text ?? '',
      text: c.text,
      span: [c.start, c.end],
    }));
    const filled = cells.filter((c) => c.text !== '');
    if (filled.length === 0) continue;
    const first = filled[0]!;
    const last = filled[filled.length - 1]!;
    const number = cells.find((c) => c.column === 'number')?.text ?? '';
    rows.push({ span: [first.span[0], last.span[1]], cells, number });
  }
  return { span: [lines[0]!.start, lines[lines.length - 1]!.end], headers: header.map((h) => h.text), columns, rows };
}

/** A group row only names a heading ("| I | Nhóm nhiệm vụ … | | | |"): a Roman or capital-letter
 * number, or a text in capitals, and nothing in the role columns. */
export function isGroupRow(row: TableRow): boolean {
  const filled = row.cells.filter((c) => c.text !== '' && c.column !== 'number');
  if (filled.length > 1 || !filled.every((c) => c.column === 'task' || c.column === 'other')) return false;
  const text = filled[0]?.text ?? '';
  return /^[IVXL]+\.?$|^[A-Z]\.?$/u.test(row.number) || (text !== '' && text === text.toUpperCase());
}
