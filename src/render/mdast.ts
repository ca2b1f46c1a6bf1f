// Small builders of mdast nodes, so that the Markdown summary is a tree from top to bottom and
// remark-stringify does every escape ("|" in a table cell, "*" or "_" in Vietnamese text, a "1."
// at the start of a line). Text is put on one line first: a line break inside a table cell would
// end the row.
import type {
  Code, Heading, InlineCode, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Emphasis,
  Table, TableCell, TableRow, Text, ThematicBreak,
} from 'mdast';

/** Whitespace (line breaks of a PDF text layer, NBSP, tabs) collapsed to single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Text on one line; spaces at its ends are kept (they separate it from its neighbours). */
export const text = (value: string): Text => ({ type: 'text', value: value.replace(/\s+/gu, ' ') });
export const strong = (...children: PhrasingContent[]): Strong => ({ type: 'strong', children });
export const emphasis = (...children: PhrasingContent[]): Emphasis => ({ type: 'emphasis', children });
export const inlineCode = (value: string): InlineCode => ({ type: 'inlineCode', value: oneLine(value) });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
export const code = (lang: string, value: string): Code => ({ type: 'code', lang, value });
export const rule = (): ThematicBreak => ({ type: 'thematicBreak' });
export const root = (children: RootContent[]): Root => ({ type: 'root', children });

export function listItem(...children: ListItem['children']): ListItem {
  return { type: 'listItem', spread: false, children };
}

export function list(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items };
}

/** A cell is phrasing content; a string becomes one line of text. */
export type Cell = string | PhrasingContent | PhrasingContent[];

function cell(content: Cell): TableCell {
  const children = typeof content === 'string' ? [text(oneLine(content))] : Array.isArray(content) ? content : [content];
  return { type: 'tableCell', children };
}

/** A GFM table: a header row and body rows of exactly as many cells (shorter rows are padded). */
export function table(header: readonly string[], rows: readonly (readonly Cell[])[], align: Table['align'] = null): Table {
  const width = header.length;
  const row = (cells: readonly Cell[]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')),
  });
  return { type: 'table', align: align ?? header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** Groups of phrasing nodes joined by a separator text ("lead: A; coordinate: B"). */
export function joined(groups: readonly PhrasingContent[][], separator: string): PhrasingContent[] {
  return groups.flatMap((g, i) => (i === 0 ? g : [text(separator), ...g]));
}
