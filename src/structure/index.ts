// Source text → the structure model: the header (typed fields, the parts that hold directives),
// the task tables, the news page's furniture and the directive tree — articles, sections, items,
// sentences and table rows, with their spans — before any extraction stage reads it.
import { boilerplate } from '../ingest/boilerplate.js';
import { ownRanges } from '../ingest/spans.js';
import type { Span, TableCell } from '../types.js';
import { attributeCells } from './attributes.js';
import { parseHeader, type Header } from './header.js';
import { pageFurniture } from './pages.js';
import { lines } from './paragraphs.js';
import { segment, type SkeletonDirective } from './segment.js';
import { isGroupRow, taskTables, type TaskTable } from './tables.js';

export interface Structure {
  header: Header;
  tables: TaskTable[];
  /** News-page furniture (a news text's only): not part of the article. */
  boilerplate: Span[];
  /** The directive tree in text order: the body's items and sentences, then task-table rows. */
  directives: SkeletonDirective[];
  /** The cells of each table row, by its span ("start:end"). */
  cells: Map<string, TableCell[]>;
}

export function structure(text: string, folded: string): Structure {
  const newsLines = boilerplate(text, folded);
  // The text's lines, cut once for the header, the page furniture and the paragraphs (read only).
  const all = lines(text);
  const header = parseHeader(text, newsLines, folded, all);
  const tables = taskTables(text, folded);
  const furniture = header.kind === 'news' ? newsLines : [];
  const pages = pageFurniture(text, all);
  const skip: Span[] = [...tables.map((t) => t.span), ...furniture, ...pipeLines(text)];
  const { directives: items } = segment({ text, folded, parts: header.parts, skip, pages, official: header.kind === 'official', lines: all });
  const cells = new Map<string, TableCell[]>();
  for (const t of tables) for (const r of t.rows) cells.set(`${r.span[0]}:${r.span[1]}`, r.cells);
  attributesOf(text, items, cells);
  const directives = [...items, ...tableDirectives(tables)].sort((a, b) => a.span[0] - b.span[0]);
  return { header, tables, boilerplate: furniture, directives, cells };
}

/** The attribute lines of prose items ("Đơn vị chủ trì: …") as cells of those items (./attributes.ts). */
function attributesOf(text: string, items: readonly SkeletonDirective[], cells: Map<string, TableCell[]>): void {
  for (const d of items) {
    const found = attributeCells(text, ownRanges(d));
    if (found.length) cells.set(`${d.span[0]}:${d.span[1]}`, found);
    attributesOf(text, d.children, cells);
  }
}

/** Table rows → directives T1, T2 … (sub-rows "1.1" under their row). */
function tableDirectives(tables: TaskTable[]): SkeletonDirective[] {
  const out: SkeletonDirective[] = [];
  let n = 0;
  for (const table of tables) {
    let last: SkeletonDirective | null = null;
    let lastNumber = '';
    for (const row of table.rows) {
      if (isGroupRow(row)) continue;
      // A sub-row is numbered under the row before it ("2" then "2.1"), not under a group row.
      if (last && lastNumber !== '' && row.number.startsWith(`${lastNumber}.`) && /^\d+\.\d+/u.test(row.number)) {
        last.children.push({ id: `${last.id}.${last.children.length + 1}`, numbered: true, span: row.span, children: [] });
        last.span = [last.span[0], Math.max(last.span[1], row.span[1])];
        continue;
      }
      last = { id: `T${++n}`, numbered: row.number !== '', span: row.span, children: [] };
      lastNumber = row.number.replace(/[.)]$/u, '');
      out.push(last);
    }
  }
  return out;
}

/**
 * Lines of pipe tables that are not task tables (layout tables of the header and signature): from
 * a "|" that opens its line (after spaces and tabs) to the line break. These are the matches of
 * the multiline pattern `^[ \t]*\|[^\n]*` (flags gmu) without their leading spaces, found from each "|" by the string's own
 * search rather than by a pattern tried at every position; as for `^` in a multiline pattern, a
 * line also opens after a carriage return, U+2028 and U+2029, and a "|" inside a line already taken is passed over.
 */
export function pipeLines(text: string): Span[] {
  const out: Span[] = [];
  for (let bar = text.indexOf('|'); bar >= 0; ) {
    let start = bar;
    while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x09)) start--;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x0a;
    if (before !== 0x0a && before !== 0x0d && before !== 0x2028 && before !== 0x2029) {
      bar = text.indexOf('|', bar + 1);
      continue;
    }
    let end = text.indexOf('\n', bar);
    if (end < 0) end = text.length;
    out.push([bar, end]);
    bar = text.indexOf('|', end);
  }
  return out;
}
