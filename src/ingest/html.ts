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

export function htmlToText(html: string): string {
  const tree = parser()(html);
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
      if (DROPPED.has(tag)) return;
      if (tag === 'br') return flush(true);
      if (tag === 'table' || tag === 'pre') {
        flush(false);
        lines.push(...(tag === 'table' ? tableRows(node) : preLines(node)));
        return;
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

/** Text of a node on one line: a table row is one line, so breaks and blocks inside a cell become spaces. */
function flatText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && DROPPED.has(node.tagName)) return '';
  const inner = node.children.map(flatText).join('');
  return node.type === 'element' && (BLOCK.has(node.tagName) || node.tagName === 'br' || node.tagName === 'table')
    ? ` ${inner} `
    : inner;
}

/** The rows of this table, not of tables nested in its cells (those are flattened into the cell). */
function collectRows(el: Element, inHead: boolean, rows: { tr: Element; inHead: boolean }[]): void {
  for (const child of el.children) {
    if (child.type !== 'element' || child.tagName === 'table') continue;
    if (child.tagName === 'tr') rows.push({ tr: child, inHead });
    else collectRows(child, inHead || child.tagName === 'thead', rows);
  }
}

function tableRows(table: Element): string[] {
  const lines: string[] = [];
  const rows: { tr: Element; inHead: boolean }[] = [];
  for (const child of table.children) {
    if (child.type === 'element' && child.tagName === 'caption') {
      const caption = collapse(flatText(child));
      if (caption) lines.push(caption);
    }
  }
  collectRows(table, false, rows);
  let first = true;
  for (const { tr, inHead } of rows) {
    const cells = tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
    const texts: string[] = [];
    for (const cell of cells) {
      texts.push(collapse(flatText(cell)));
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
