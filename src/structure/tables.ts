// Task tables ("Danh mục nhiệm vụ", "Phụ lục") written as Markdown pipe rows — which is also how
// ingest/html.ts renders HTML tables — become rows with typed cells. A table is a task table when
// its header names a task column and a lead, coordinating or completion column; header tables of
// the document layout ("| BỘ … | CỘNG HÒA … |") are not.
import { tableColumns } from '../data/index.js';
import { alternation, fold } from '../ingest/match.js';
import type { ColumnRole, Span, TableCell } from '../types.js';
import { foldedSlice } from './folded.js';
import { stackedRows } from './stacked-table.js';

/** The stretches of text of a cell: its pieces when it is wrapped over lines, else its span. */
export const cellSpans = (cell: TableCell): Span[] => cell.pieces ?? [cell.span];

export interface TableRow {
  span: Span;
  cells: TableCell[];
  /** The number cell as printed ("1.", "2.1"), or "" when the row has none. */
  number: string;
  /** The row only heads the rows numbered under it ("1" over "a)", "b)"; "2" over "2.1"). */
  group?: boolean;
}

export interface TaskTable {
  span: Span;
  headers: string[];
  columns: ColumnRole[];
  rows: TableRow[];
}

// Column headers are data (src/data/table-columns.json): one pattern per rule, first rule first.
const COLUMN_RULES: Array<{ role: ColumnRole; re: RegExp }> = tableColumns.map((rule) => ({
  role: rule.role,
  re: new RegExp([
    ...(rule.exact?.length ? [`^(?:${alternation(rule.exact)})$`] : []),
    ...(rule.contains?.length ? [`(?:${alternation(rule.contains)})`] : []),
  ].join('|'), 'u'),
}));

export function columnRole(header: string): ColumnRole {
  return foldedColumnRole(fold(header));
}

/** The role of a header cell from its folded copy. */
function foldedColumnRole(folded: string): ColumnRole {
  const h = folded.replace(/[*_]/g, '').trim();
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

/** Where each "|" of the text is, found by the string's own search in one pass over it. */
function barsOf(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1)) out.push(at);
  return out;
}

const SEPARATOR = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/u;

/** Task tables of the text: pipe rows (Markdown, HTML) and space-aligned columns (PDF layers). */
export function taskTables(text: string, folded: string = fold(text)): TaskTable[] {
  return [...pipeTables(text), ...alignedTables(text, folded)].sort((a, b) => a.span[0] - b.span[0]);
}

/** Pipe tables of the text whose header makes them task tables. */
function pipeTables(text: string): TaskTable[] {
  const tables: TaskTable[] = [];
  const rows: Array<{ start: number; end: number }> = [];
  const flush = () => {
    if (rows.length >= 2) {
      const table = toTaskTable(text, rows);
      if (table) tables.push(table);
    }
    rows.length = 0;
  };
  // Lines come in order: one pointer into the pipes, found once (a search per line would go on
  // past the line's end, and a count per line read every character again).
  const bars = barsOf(text);
  let b = 0;
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    let s = from;
    while (s < to && (text[s] === ' ' || text[s] === '\t')) s++;
    let e = to;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    while (b < bars.length && bars[b]! < s) b++;
    // A row with or without the outer pipes ("TT | Nhiệm vụ | Chủ trì"): two or more inside.
    if (text[s] === '|' || (b + 1 < bars.length && bars[b + 1]! < e)) rows.push({ start: s, end: e });
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
  const last = lines[lines.length - 1]!;
  if (lines.length === 2 && SEPARATOR.test(text.slice(last.start, last.end))) {
    // Only the header is a pipe row: the cells may follow one per line.
    const stacked = stackedRows(text, last.end + 1, { texts: header.map((h) => h.text), columns }, columnRole);
    if (!stacked) return null;
    return { span: [lines[0]!.start, stacked.end], headers: stacked.header.texts, columns: stacked.header.columns, rows: withGroups(stacked.rows) };
  }
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
  return { span: [lines[0]!.start, lines[lines.length - 1]!.end], headers: header.map((h) => h.text), columns, rows: withGroups(rows) };
}

const ROLE_COLUMNS: ReadonlySet<ColumnRole> = new Set(['lead', 'coordinate', 'deadline', 'product']);

/** Rows that only head the rows numbered under them: nothing in a role column, and the next row
 * numbered one level down ("1" then "a)", "2" then "2.1"). */
function withGroups(rows: TableRow[]): TableRow[] {
  return rows.map((row, i) => {
    const next = rows[i + 1];
    const bare = !row.cells.some((c) => ROLE_COLUMNS.has(c.column) && c.text !== '');
    const number = row.number.replace(/[.)]$/u, '');
    const under = next !== undefined && number !== '' && (/^[a-zđ]\)?$/u.test(next.number) || next.number.startsWith(`${number}.`) && next.number.length > number.length + 1);
    return bare && under && !/^[a-zđ]\)?$/u.test(row.number) ? { ...row, group: true } : row;
  });
}

/** A group row only names a heading ("| I | Nhóm nhiệm vụ … | | | |"): a Roman or capital-letter
 * number, or a text in capitals, and nothing in the role columns. */
export function isGroupRow(row: TableRow): boolean {
  if (row.group) return true;
  const filled = row.cells.filter((c) => c.text !== '' && c.column !== 'number');
  if (filled.length > 1 || !filled.every((c) => c.column === 'task' || c.column === 'other')) return false;
  const text = filled[0]?.text ?? '';
  return /^[IVXL]+\.?$|^[A-Z]\.?$/u.test(row.number) || (text !== '' && text === text.toUpperCase());
}

// --- Space-aligned columns (a PDF's text layer) -------------------------------------------------
// The header line names the columns ("TT   Nhiệm vụ   Cơ quan chủ trì   …"), each starting at a
// character column; a row starts where the number column holds a number, and the lines below it
// with an empty number column continue its cells (text wrapped inside a cell).

interface Piece {
  column: number; // character column in its line
  start: number; // offset in the text
  end: number;
  text: string;
}

const GAP = / {2,}|\t+/gu;

function pieces(text: string, lineStart: number, lineEnd: number): Piece[] {
  const out: Piece[] = [];
  const raw = text.slice(lineStart, lineEnd);
  let from = 0;
  const push = (to: number) => {
    const chunk = raw.slice(from, to);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (body) out.push({ column: from + lead, start: lineStart + from + lead, end: lineStart + from + lead + body.length, text: body });
  };
  GAP.lastIndex = 0;
  for (let m = GAP.exec(raw); m; m = GAP.exec(raw)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(raw.length);
  return out;
}

/** A cell being read: its stretch on each line, top to bottom (its text and span follow from them). */
type Accumulating = Span[];

/**
 * Where each gap (GAP: ` {2,}|\t+`) of the text starts, found in one pass over the whole text: a gap
 * never runs over a line break, so the gaps within a line are those `pieces` finds in it. A header
 * line has three pieces or more, so two gaps at least: most lines have none, and are passed over
 * without cutting them up. The gaps are found as GAP finds them, leftmost first, each run whole —
 * by the string's own search for "  " and for a tab, which is faster than the pattern tried at
 * every position.
 */
export function gapStarts(text: string): number[] {
  const out: number[] = [];
  let spaces = text.indexOf('  ');
  let tab = text.indexOf('\t');
  while (spaces >= 0 || tab >= 0) {
    const at = tab < 0 || (spaces >= 0 && spaces < tab) ? spaces : tab;
    out.push(at);
    const c = text.charCodeAt(at);
    let end = at + 1;
    while (end < text.length && text.charCodeAt(end) === c) end++;
    if (spaces >= 0 && spaces < end) spaces = text.indexOf('  ', end);
    if (tab >= 0 && tab < end) tab = text.indexOf('\t', end);
  }
  return out;
}

function alignedTables(text: string, folded: string): TaskTable[] {
  const tables: TaskTable[] = [];
  const rawLines: Array<{ start: number; end: number }> = [];
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    rawLines.push({ start: from, end: to });
    from = to + 1;
  }
  const gaps = gapStarts(text);
  let g = 0; // lines come in order: one pointer into the gaps
  for (let i = 0; i < rawLines.length; i++) {
    while (g < gaps.length && gaps[g]! < rawLines[i]!.start) g++;
    if (!(g + 1 < gaps.length && gaps[g + 1]! < rawLines[i]!.end)) continue;
    const head = pieces(text, rawLines[i]!.start, rawLines[i]!.end);
    if (head.length < 3) continue;
    // A piece lies between gaps or line ends: its folded copy is a slice of the document's (./folded.ts).
    const columns = head.map((p) => foldedColumnRole(foldedSlice(text, folded, p.start, p.end)));
    if (!columns.includes('task') || !columns.some((c) => c === 'lead' || c === 'coordinate' || c === 'deadline')) continue;
    const starts = head.map((p) => p.column);
    const headers: Accumulating[] = head.map((p) => [[p.start, p.end]]);
    const rows: Accumulating[][] = [];
    let end = rawLines[i]!.end;
    let j = i + 1;
    for (; j < rawLines.length; j++) {
      const line = pieces(text, rawLines[j]!.start, rawLines[j]!.end);
      if (line.length === 0) break;
      const at = (p: Piece): number => {
        let k = 0;
        for (let c = 0; c < starts.length; c++) if (starts[c]! <= p.column + 2) k = c;
        return k;
      };
      const numbered = line.some((p) => at(p) === 0 && columns[0] === 'number' && /^\d{1,3}\.?$/u.test(p.text));
      // Running text back at the margin, or a line that fits no column: the table is over.
      if (!numbered && rows.length && line.length === 1 && line[0]!.column === 0 && line[0]!.text.length > 40) break;
      const target: Accumulating[] = numbered ? [] : (rows[rows.length - 1] ?? headers);
      if (numbered) rows.push(target);
      for (const p of line) {
        const k = at(p);
        (target[k] ??= []).push([p.start, p.end]);
      }
      end = rawLines[j]!.end;
    }
    if (rows.length === 0) continue;
    const textOf = (c: Accumulating): string => c.map(([s, e]) => text.slice(s, e)).join(' ');
    const headerTexts = headers.map(textOf);
    const roles = headerTexts.map(columnRole);
    tables.push({
      span: [head[0]!.start, end],
      headers: headerTexts,
      columns: roles,
      rows: rows.map((row) => {
        const cells: TableCell[] = [];
        row.forEach((c, k) => {
          if (!c) return;
          // Lines go down the text: the first piece starts the cell, the last ends it.
          const span: Span = [c[0]![0], Math.max(...c.map(([, e]) => e))];
          const cell: TableCell = { column: roles[k] ?? 'other', header: headerTexts[k] ?? '', text: textOf(c), span };
          if (c.length > 1) cell.pieces = c;
          cells.push(cell);
        });
        const spanStart = Math.min(...cells.map((c) => c.span[0]));
        const spanEnd = Math.max(...cells.map((c) => c.span[1]));
        return { span: [spanStart, spanEnd] as Span, cells, number: cells.find((c) => c.column === 'number')?.text ?? '' };
      }),
    });
    i = j;
  }
  return tables;
}
