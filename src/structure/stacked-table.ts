// A task table whose conversion kept only the header as a pipe row: the header "| TT | Nội dung |
// Cơ quan chủ trì | Cơ quan phối hợp |" (and a header cell that spilled onto a line of its own,
// "Thời gian thực hiện"), then every body cell on a line of its own — the row's number ("1", "a)",
// "2.1"), its task, its lead, … A row starts at a number line; a row with more lines than columns
// was broken by a page, and its extra lines continue its cells from the task column on.
import { isUpper, stripMarks, type Line } from './paragraphs.js';
import type { ColumnRole, Span, TableCell } from '../types.js';

export interface StackedHeader {
  texts: string[];
  columns: ColumnRole[];
}

export interface StackedRow {
  span: Span;
  cells: TableCell[];
  number: string;
}

// A number cell alone on its line: "1", "1.", "2.1", "a)", "đ)", "II", "IV.".
const NUMBER_LINE = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\)|[IVXL]{1,5}\.?)$/u;
// A spilled header cell is short and names a column.
const SPILLED_HEADER_MAX = 40;
// The table is over at a heading in capitals (a next appendix) or the signature's "Nơi nhận".
const END = /^(?:N[ơo]i[ \u00A0]+nh[ậa]n)/u;

/**
 * Rows printed one cell per line after a pipe header, from `from` (the line after the header's
 * separator); null when the lines there are not such rows. `role` names a header's column.
 */
export function stackedRows(
  text: string, from: number, header: StackedHeader, role: (header: string) => ColumnRole,
): { header: StackedHeader; rows: StackedRow[]; end: number } | null {
  const lineAt = lineReader(text, from);
  const texts = [...header.texts];
  const columns = [...header.columns];
  let i = 0;
  // Header cells that spilled below the pipe row.
  for (let line = lineAt(i); line; line = lineAt(++i)) {
    const t = stripMarks(line.text);
    if (!t || NUMBER_LINE.test(t) || t.length > SPILLED_HEADER_MAX || role(t) === 'other' || columns.includes(role(t))) break;
    texts.push(t);
    columns.push(role(t));
  }
  if (columns[0] !== 'number') return null;
  const groups: Line[][] = [];
  let end = from;
  for (let line = lineAt(i); line; line = lineAt(++i)) {
    const t = stripMarks(line.text);
    if (!t || line.text.startsWith('|') || END.test(t) || (isUpper(t) && t.split(/\s+/u).length >= 2)) break;
    if (NUMBER_LINE.test(t)) groups.push([line]);
    else if (groups.length === 0) return null;
    else groups[groups.length - 1]!.push(line);
    end = line.end;
  }
  if (groups.length === 0) return null;
  const rows = groups.map((group): StackedRow => {
    const pieces: Span[][] = columns.map(() => []);
    pieces[0]!.push([group[0]!.start, group[0]!.end]);
    group.slice(1).forEach((line, k) => {
      // After the last column, a page break: the row's cells go on from the task column.
      const column = 1 + (k % (columns.length - 1));
      pieces[column]!.push([line.start, line.end]);
    });
    const cells: TableCell[] = [];
    pieces.forEach((spans, k) => {
      if (spans.length === 0) return;
      const cell: TableCell = {
        column: columns[k]!, header: texts[k]!, text: spans.map(([s, e]) => text.slice(s, e)).join(' '),
        span: [spans[0]![0], spans[spans.length - 1]![1]],
      };
      if (spans.length > 1) cell.pieces = spans;
      cells.push(cell);
    });
    const last = group[group.length - 1]!;
    return { span: [group[0]!.start, last.end], cells, number: stripMarks(group[0]!.text) };
  });
  return { header: { texts, columns }, rows, end };
}

/** The lines from `from` on, read only as far as they are asked for (the table may stop at once). */
function lineReader(text: string, from: number): (i: number) => Line | undefined {
  const read: Line[] = [];
  let next = from;
  return (i) => {
    while (read.length <= i && next <= text.length) {
      let to = text.indexOf('\n', next);
      if (to === -1) to = text.length;
      const raw = text.slice(next, to);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      read.push({ start: next + lead, end: next + lead + trimmed.length, indent: lead, text: trimmed });
      next = to + 1;
    }
    return read[i];
  };
}
