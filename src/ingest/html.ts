// HTML → the plain-text form of the corpus files: one paragraph per line, tables as Markdown pipe
// rows (the form the structure stage already reads for task tables). Pure: string in, string out.

import { createRequire } from 'node:module';
import type { Element, Nodes, Root } from 'hast';

// The HTML parser (unified + rehype-parse, parse5 underneath) costs ~70 ms to load: it is loaded
// on the first HTML input, synchronously (Node ≥ 20.19 requires ES modules), so that a run over
// plain-text notices never pays for it and ingest() stays a pure synchronous function.
const require = createRequire(import.meta.url);
let parseHtml: ((html: string) => Root) | null = null;
function parser(): (html: string) => Root {
  if (!parseHtml) {
    const { unified } = require('unified') as typeof import('unified');
    const rehypeParse = (require('rehype-parse') as { default: typeof import('rehype-parse').default }).default;
    const processor = unified().use(rehypeParse);
    parseHtml = (html) => processor.parse(html);
  }
  return parseHtml;
}

/** Never visible text: their content must not reach the directives. */
const DROPPED = new Set(['script', 'style', 'head', 'nav', 'noscript', 'template']);

/** Elements that end a line. Everything else is inline and runs on within its block. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'ol', 'p', 'section', 'summary', 'td',
  'th', 'tr', 'ul',
]);

// HTML's own whitespace only: U+00A0 is content, and the normaliser reports it as such.
const collapse = (s: string): string => s.replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '');

/** How a writer's HTML (mammoth's rendering of a DOCX) differs from a web page's. */
export interface HtmlOptions {
  /** Elements that are not text of the notice (footnotes, their references). */
  drop?: (el: Element) => boolean;
  /** Print the numbers of <ol> items and a dash before <ul> items: Word's numbering is no text. */
  listMarkers?: boolean;
  /** Tables of one or two columns are layout (issuer | motto, Nơi nhận | signature): side by side. */
  layoutTables?: boolean;
}

export function htmlToText(html: string, options: HtmlOptions = {}): string {
  const tree = parser()(html);
  const dropped = (el: Element): boolean => DROPPED.has(el.tagName) || (options.drop?.(el) ?? false);
  const lists: { ordered: boolean; n: number }[] = [];
  const lines: string[] = [];
  let inline = '';
  // A block pushes its line only when it has text (empty blocks render nothing); <br> always does.
  const flush = (force: boolean): void => {
    const line = collapse(inline);
    inline = '';
    if (line || force) lines.push(line);
  };
  const walk = (node: Nodes): void => {
    if (node.type === 'text') inline += node.value;
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const tag = node.tagName;
      if (dropped(node)) return;
      if (tag === 'br') return flush(true);
      if (tag === 'table' || tag === 'pre') {
        flush(false);
        const side = tag === 'table' && options.layoutTables ? sideBySide(node, dropped) : null;
        lines.push(...(side ?? (tag === 'table' ? tableRows(node, dropped, options.listMarkers ?? false) : preLines(node))));
        return;
      }
      if (options.listMarkers && (tag === 'ol' || tag === 'ul')) {
        flush(false);
        lists.push({ ordered: tag === 'ol', n: 0 });
        node.children.forEach(walk);
        lists.pop();
        return flush(false);
      }
      if (options.listMarkers && tag === 'li' && lists.length) {
        flush(false);
        inline += listMarker(lists);
        node.children.forEach(walk);
        return flush(false);
      }
      if (BLOCK.has(tag)) {
        flush(false);
        node.children.forEach(walk);
        return flush(false);
      }
    }
    node.children.forEach(walk);
  };
  walk(tree);
  flush(false);

  // At most one blank line in a row, none at either end.
  const out: string[] = [];
  for (const line of lines) if (line || (out.length && out[out.length - 1])) out.push(line);
  while (out.length && !out[out.length - 1]) out.pop();
  return out.length ? out.join('\n') + '\n' : '';
}

/** "1. ", "2. " at the first level of a numbered list, "a) " at the second (the Decree 30 order), "- " for bullets. */
function listMarker(lists: { ordered: boolean; n: number }[]): string {
  const list = lists[lists.length - 1]!;
  list.n++;
  if (!list.ordered) return '- ';
  const depth = lists.filter((l) => l.ordered).length;
  return depth === 1 ? `${list.n}. ` : depth === 2 && list.n <= 26 ? `${String.fromCharCode(96 + list.n)}) ` : `${list.n}. `;
}

type Drop = (el: Element) => boolean;
const dropNothing: Drop = (el) => DROPPED.has(el.tagName);

/**
 * Text of a node on one line: a table row is one line, so breaks and blocks inside a cell become
 * spaces. With `number`, the items of a numbered list print their number (a task table's "TT"
 * column is often a Word list: one list per cell, numbered on down the column).
 */
function flatText(node: Nodes, dropped: Drop = dropNothing, number?: () => number, inOl = false): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && dropped(node)) return '';
  const tag = node.type === 'element' ? node.tagName : '';
  const ol = tag === 'ol' ? true : tag === 'ul' ? false : inOl;
  const marker = number && inOl && tag === 'li' ? `${number()}. ` : '';
  const inner = marker + node.children.map((c) => flatText(c, dropped, number, ol)).join('');
  return node.type === 'element' && (BLOCK.has(tag) || tag === 'br' || tag === 'table') ? ` ${inner} ` : inner;
}

/** The rows of this table, not of tables nested in its cells (those are flattened into the cell). */
function collectRows(el: Element, inHead: boolean, rows: { tr: Element; inHead: boolean }[]): void {
  for (const child of el.children) {
    if (child.type !== 'element' || child.tagName === 'table') continue;
    if (child.tagName === 'tr') rows.push({ tr: child, inHead });
    else collectRows(child, inHead || child.tagName === 'thead', rows);
  }
}

const cellsOf = (tr: Element): Element[] =>
  tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

/** A cell's own lines (its paragraphs and <br>s), each collapsed. */
function cellLines(cell: Element, dropped: Drop): string[] {
  const out: string[] = [];
  let line = '';
  const walk = (node: Nodes): void => {
    if (node.type === 'text') line += node.value;
    if (node.type !== 'element') return;
    if (dropped(node)) return;
    if (node.tagName === 'br') {
      out.push(collapse(line));
      line = '';
      return;
    }
    const block = BLOCK.has(node.tagName) || node.tagName === 'table';
    if (block && collapse(line)) out.push(collapse(line));
    if (block) line = '';
    node.children.forEach(walk);
    if (block && collapse(line)) out.push(collapse(line));
    if (block) line = '';
  };
  cell.children.forEach(walk);
  if (collapse(line)) out.push(collapse(line));
  return out.filter(Boolean);
}

/** The gap between two columns side by side: the header reader splits columns at three spaces. */
const COLUMN_GAP = '      ';

/**
 * A layout table of one or two columns as a PDF prints it: the left cell's lines and the right
 * cell's lines side by side, row by row (the header's issuer | motto, the Nơi nhận | signature
 * block). Null when the table has more than two columns: then it is a table of data.
 */
function sideBySide(table: Element, dropped: Drop): string[] | null {
  const rows: { tr: Element; inHead: boolean }[] = [];
  collectRows(table, false, rows);
  // Cells as a grid (spanned columns padded); columns empty in every row are spacers of the layout.
  const grid = rows.map(({ tr }) => cellsOf(tr).flatMap((c) => {
    const lines = cellLines(c, dropped);
    return [lines, ...Array.from({ length: Math.min(Number(c.properties.colSpan ?? 1), 50) - 1 }, (): string[] => [])];
  }));
  const width = Math.max(0, ...grid.map((r) => r.length));
  const used = Array.from({ length: width }, (_, k) => grid.some((r) => (r[k]?.length ?? 0) > 0));
  if (used.filter(Boolean).length > 2) return null;
  const lines: string[] = [];
  for (const row of grid) {
    const [left = [], right = []] = row.filter((_, k) => used[k]);
    const leftWidth = Math.max(0, ...left.map((l) => l.length));
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const l = left[i] ?? '';
      const r = right[i] ?? '';
      lines.push(r ? `${l.padEnd(leftWidth)}${COLUMN_GAP}${r}` : l);
    }
  }
  return lines;
}

function tableRows(table: Element, dropped: Drop = dropNothing, numbered = false): string[] {
  const lines: string[] = [];
  const rows: { tr: Element; inHead: boolean }[] = [];
  for (const child of table.children) {
    if (child.type === 'element' && child.tagName === 'caption') {
      const caption = collapse(flatText(child, dropped));
      if (caption) lines.push(caption);
    }
  }
  collectRows(table, false, rows);
  let first = true;
  const counters: number[] = [];
  for (const { tr, inHead } of rows) {
    const cells = cellsOf(tr);
    const texts: string[] = [];
    for (const cell of cells) {
      const column = texts.length;
      const number = numbered ? () => (counters[column] = (counters[column] ?? 0) + 1) : undefined;
      texts.push(collapse(flatText(cell, dropped, number)));
      // Pad spanned columns so every cell stays under its header (the column gives the role).
      const span = Number(cell.properties.colSpan ?? 1);
      for (let i = 1; i < span && i < 1000; i++) texts.push('');
    }
    if (!texts.some(Boolean)) continue; // spacer rows
    lines.push(pipeRow(texts));
    if (first && (inHead || cells.every((c) => c.tagName === 'th'))) lines.push(pipeRow(texts.map(() => '---')));
    first = false;
  }
  return lines;
}

const pipeRow = (cells: string[]): string => `|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`;

/** <pre> keeps its own line breaks; only trailing spaces go. */
function preLines(pre: Element): string[] {
  const raw = (node: Nodes): string =>
    node.type === 'text' ? node.value
      : node.type === 'element' ? (node.tagName === 'br' ? '\n' : node.children.map(raw).join(''))
        : '';
  // Trailing spaces trimmed by hand: an end-anchored `[ \t]+$` is retried at every inner space.
  return raw(pre).split('\n').map((l) => {
    let end = l.length;
    while (end > 0 && ' \t\f\r'.includes(l[end - 1]!)) end--;
    return l.slice(0, end);
  });
}

/** Sniff HTML in a file without a telling extension. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).toLowerCase();
  const start = head.replace(/^[\ufeff\s]+/, '');
  // `<p` with attributes counts too: `<p class="...">` is how most CMS pages write paragraphs.
  return start.startsWith('<!doctype html') || start.startsWith('<html') || /<body|<p[\s>]|<div/.test(head);
}
