// A PDF's text layer → lines as `pdftotext -layout` prints them, the form the structure stage
// reads (fixtures/layouts/kh-pdf-table.txt): each text item at the column its x position gives,
// so that a two-column header, a table's cells and a paragraph's indented first line keep their
// places. pdf.js (its legacy build, for Node) gives the items; it loads on the first PDF.
import { createRequire } from 'node:module';
import { briefly, DecodeError } from './decode.js';

const require = createRequire(import.meta.url);

/** One run of text as pdf.js reports it, in PDF units (origin bottom left). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size: the height of the text matrix. */
  size: number;
  font: string;
}

export interface PdfPage {
  items: TextItem[];
  /** Height of the page box, in PDF units. */
  height: number;
}

interface PdfJs {
  getDocument(options: object): { promise: Promise<PdfDocument> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ view: number[]; getTextContent(): Promise<{ items: RawItem[] }>; cleanup(): void }>;
  destroy(): Promise<void>;
}
interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

/** The text items of every page. @throws DecodeError for a broken or password-protected file. */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;
  // pdf.js detaches the buffer it is given: a copy, so that the caller's bytes stay usable.
  const data = new Uint8Array(bytes);
  let doc: PdfDocument;
  try {
    // verbosity 0: pdf.js prints its warnings with console.log, which is standard output.
    doc = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new DecodeError('a password-protected PDF: chidao cannot open it');
    throw new DecodeError(`not a readable PDF (${briefly(error)})`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ items: content.items.flatMap(toItem), height: (page.view[3] ?? 842) - (page.view[1] ?? 0) });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw new DecodeError(`a damaged PDF (${briefly(error)})`);
  } finally {
    await doc.destroy();
  }
}

function toItem(raw: RawItem): TextItem[] {
  const t = raw.transform;
  // Spaces are kept: some writers place every word by itself and print the space between them.
  if (!t || typeof raw.str !== 'string' || raw.str === '') return [];
  // Upright text only: rotated runs (a stamp, a margin note) have no place in a line.
  if (Math.abs(t[1]!) > 0.01 || Math.abs(t[2]!) > 0.01 || t[0]! <= 0) return [];
  const size = Math.abs(t[3]!) || raw.height || 10;
  // A font without widths (the glyph-id fonts of glyphs.ts) gives runs of width 0: half an em a
  // letter, so that the next run of the same word does not look like a word of its own.
  const width = raw.width || 0.5 * size * [...raw.str].length;
  return [{ str: raw.str, x: t[4]!, y: t[5]!, width, size, font: raw.fontName ?? '' }];
}

/** A line of one page: its items left to right, and its baseline. */
export interface PdfLine {
  y: number;
  size: number;
  items: TextItem[];
}

/** Items with (nearly) the same baseline form a line; lines top to bottom. */
export function pageLines(items: readonly TextItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) < 0.4 * Math.min(last.size, item.size)) {
      last.items.push(item);
      last.size = Math.max(last.size, item.size);
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  // A line of printed spaces only is no line.
  return lines.filter((line) => line.items.some((i) => i.str.trim() !== ''));
}

/** The width of one column of text: the median width per character of the runs of a document. */
export function columnWidth(pages: readonly PdfPage[]): number {
  const widths: number[] = [];
  for (const page of pages) for (const item of page.items) if (item.str.trim().length >= 3 && item.width > 0) widths.push(item.width / item.str.length);
  if (widths.length === 0) return 5;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)]!;
}

/** A gap wider than this many font sizes between two runs of a line separates columns. */
const COLUMN_GAP = 1.5;

/**
 * One line as text. The first run at its column (the indentation); after a wide gap (a column of
 * a table or of the header) the next run at its column, at least three spaces on; after a
 * word's gap one space. Proportional type makes the columns of wide capitals drift, so a word's
 * gap is never widened to its column.
 */
export function layoutLine(line: PdfLine, left: number, column: number, text: (item: TextItem) => string = (i) => i.str): string {
  let out = '';
  let prevEnd = -Infinity;
  for (const item of line.items) {
    if (item.str.trim() === '') {
      // A printed space: one space, and the gap to the next word still measured from the last word.
      if (out && !out.endsWith(' ')) out += ' ';
      continue;
    }
    const str = text(item);
    const col = Math.max(0, Math.round((item.x - left) / column));
    const gap = item.x - prevEnd;
    if (!out.trim()) out = ' '.repeat(col);
    else if (gap > COLUMN_GAP * item.size) out = out.trimEnd().padEnd(Math.max(col, out.trimEnd().length + 3));
    else if (gap > 0.15 * item.size && !out.endsWith(' ') && !str.startsWith(' ')) out += ' ';
    out += str;
    prevEnd = item.x + item.width;
  }
  return out.trimEnd();
}
