// Page furniture of a text that came out of a PDF (its text layer or OCR): page markers ("=====
// Trang 2 =====", "- 2 -", "Trang 2/5", "2/3" alone on a line) and the running header printed right
// after them on every page ("18.KLTW7S.DOC 2"). They are not text of the notice: no item ends on
// them, though an item that runs over a page break keeps them inside its span.
import type { Span } from '../types.js';
import { lines, type Line } from './paragraphs.js';

const PAGE_MARKER = /^(?:=+[ \t]*Trang[ \t]+\d{1,4}[ \t]*=+|[-–][ \t]*\d{1,4}[ \t]*[-–]|Trang[ \t]+\d{1,4}(?:[ \t]*\/[ \t]*\d{1,4})?|\d{1,4}[ \t]*\/[ \t]*\d{1,4})$/u;
// A running header is a short line with a page number in it, the same on every page but for digits.
const RUNNING_MAX = 60;
const SENTENCE = /[,;:!?]|\p{Ll}[ \t]+\p{Ll}/u;

const shape = (s: string): string => s.replace(/[\d\s]+/gu, '');

export function isPageMarker(line: string): boolean {
  return PAGE_MARKER.test(line);
}

/** Page markers and running headers of the text, as line spans. */
export function pageFurniture(text: string, textLines: readonly Line[] = lines(text)): Span[] {
  const all = textLines.filter((l) => l.text !== '');
  const out: Span[] = [];
  const afterMarker: Line[] = [];
  all.forEach((line, i) => {
    if (!isPageMarker(line.text)) return;
    out.push([line.start, line.end]);
    const next = all[i + 1];
    if (next && next.text.length <= RUNNING_MAX && /\d/u.test(next.text) && !SENTENCE.test(next.text) && !isPageMarker(next.text)) afterMarker.push(next);
  });
  // A candidate is a running header when its shape recurs after another page marker.
  const seen = new Map<string, number>();
  for (const l of afterMarker) seen.set(shape(l.text), (seen.get(shape(l.text)) ?? 0) + 1);
  for (const l of afterMarker) if ((seen.get(shape(l.text)) ?? 0) >= 2 && shape(l.text).length >= 3) out.push([l.start, l.end]);
  return out.sort((a, b) => a[0] - b[0]);
}
