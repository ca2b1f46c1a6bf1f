// A task's attributes written as lines of prose after its sub-items — the columns of a task table
// without the table: "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý
// Năng lượng, Phòng Quản lý Thương mại." (a Sở's plan). The header before each colon is read with
// the task-table column vocabulary (src/data/table-columns.json), so that the lead and coordinating
// bodies get the roles a table's columns would give them. Pure functions over the text.
import type { Span, TableCell } from '../types.js';
import { columnRole } from './tables.js';

// "Header: value" — a header of one to six words opening the line or following a ";".
const FIELD = /(?:^|;[ \u00A0]*)(\p{L}+(?: \p{L}+){0,5})[ \u00A0]*:[ \u00A0]*([^;\n]+)/gu;
const FIELD_AT_START = /^(\p{L}+(?: \p{L}+){0,5})[ \u00A0]*:/u;
const ROLES: ReadonlySet<string> = new Set(['lead', 'coordinate']);
/** Enough of a line to hold its first header. */
const HEAD_REACH = 80;

/** `s` without its closing stops and spaces. */
function trimTail(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === '.' || /\s/u.test(s[e - 1]!))) e--;
  return s.slice(0, e);
}

/** The attribute fields of one line (lead and coordinating bodies only), as cells. */
function fieldsOf(text: string, start: number, end: number): TableCell[] {
  const line = text.slice(start, end);
  const out: TableCell[] = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(line); m; m = FIELD.exec(line)) {
    const header = m[1]!;
    const column = columnRole(header);
    if (!ROLES.has(column)) continue;
    const value = trimTail(m[2]!);
    const at = start + m.index + m[0].length - m[2]!.length;
    out.push({ column, header, text: value, span: [at, at + value.length] });
  }
  return out;
}

/** Does the line at `start` open with an attribute field of a task ("Đơn vị chủ trì: …")? */
export function isAttributeLine(text: string, start: number, end: number): boolean {
  const head = text.slice(start, Math.min(end, start + HEAD_REACH));
  // The header ends at a colon: most lines have none in their first characters, and are passed
  // over without running the pattern.
  if (!head.includes(':')) return false;
  const m = FIELD_AT_START.exec(head);
  if (!m) return false;
  const column = columnRole(m[1]!);
  return column !== 'other' && column !== 'number';
}

/** The attribute cells of the lines of `ranges` (a directive's own text, its children left out). */
export function attributeCells(text: string, ranges: readonly Span[]): TableCell[] {
  const out: TableCell[] = [];
  for (const [from, to] of ranges) {
    let lineStart = from;
    while (lineStart < to) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 || nl > to ? to : nl;
      if (isAttributeLine(text, lineStart, lineEnd)) out.push(...fieldsOf(text, lineStart, lineEnd));
      lineStart = lineEnd + 1;
    }
  }
  return out;
}
