// A PDF → the text chidao reads: the text layer laid out as lines (pdf.ts), each font read the
// way that makes it Vietnamese (glyphs.ts), page furniture listed (page numbers and running heads
// taken out, signature stamps kept for their signing time); a PDF without a
// text layer, or with one that stays unreadable, goes to OCR when asked (ocr.ts).
import { headerWords } from '../data/index.js';
import type { Furniture, ReaderInfo, SourceFormat } from '../types.js';
import { DecodeError } from './decode.js';
import { chooseReadings, isReadable, readability, readAs, type FontReading } from './glyphs.js';
import { fold } from './match.js';
import { columnWidth, layoutLine, pageLines, pdfPages, type PdfLine, type PdfPage, type TextItem } from './pdf.js';

export interface PdfText {
  text: string;
  format: SourceFormat;
  reader: ReaderInfo;
}

/** The labels of a signature stamp's lines (the header reader's own list: src/data/header.json). */
const STAMP_LABELS = headerWords.stamp.labels.map((l) => fold(l));

/** Fewer printable characters per page than this: the text layer is a scan's stamp, not text. */
const SCANNED_CHARS_PER_PAGE = 60;

export const NO_TEXT_LAYER = 'no text layer: a scanned PDF; run with --ocr';

export async function readPdf(bytes: Uint8Array, options: { ocr: boolean }): Promise<PdfText> {
  const pages = await pdfPages(bytes);
  const laid = layout(pages);
  const printed = laid.text.replace(/\s+/gu, '').length;
  const scanned = printed < SCANNED_CHARS_PER_PAGE * Math.max(1, pages.length);
  const quality = readability(laid.text);
  const readable = !scanned && isReadable(quality);
  if (readable || (!scanned && !options.ocr)) {
    const reader: ReaderInfo = { pages: pages.length, furniture: laid.furniture };
    if (laid.repaired) reader.textLayer = 'glyphs-repaired';
    if (!readable) {
      reader.textLayer = 'unreadable';
      reader.warnings = [`the text layer is unreadable (${Math.round(quality.marked * 100)} % of words with Vietnamese letters, score ${quality.score.toFixed(2)}): run with --ocr`];
    }
    return { text: laid.text, format: 'pdf', reader };
  }
  if (!options.ocr) throw new DecodeError(NO_TEXT_LAYER);
  const { ocrPdf } = await import('./ocr.js');
  const ocr = ocrPdf(bytes, pages.length);
  return { text: ocr.text, format: 'pdf-ocr', reader: { pages: ocr.pages, ocrConfidence: ocr.confidence } };
}

interface Laid {
  text: string;
  furniture: Furniture[];
  repaired: boolean;
}

/** Every page's lines at their columns, with each font read its best way and furniture out. */
export function layout(pages: readonly PdfPage[]): Laid {
  const all = pages.flatMap((p) => p.items.filter((i) => i.str.trim() !== ''));
  if (all.length === 0) return { text: '', furniture: [], repaired: false };
  const left = Math.min(...all.map((i) => i.x));
  const column = columnWidth(pages);
  const lines = pages.map((p) => pageLines(p.items));
  const textOf = (readings: ReadonlyMap<string, FontReading>) => (item: TextItem): string => readAs(readings.get(item.font) ?? 'as-printed', item.str);
  const fonts = [...new Set(all.map((i) => i.font))];
  // Scoring needs only the words: the lines without their columns (every run at column 0) do.
  const readings = chooseReadings(fonts, (r) => lines.map((page) => page.map((line) => layoutLine(line, Infinity, 1, textOf(r))).join('\n')).join('\n'));
  const repaired = [...readings.values()].some((r) => r !== 'as-printed');
  const pageTexts = lines.map((page) => page.map((line) => layoutLine(line, left, column, textOf(readings))));
  const furniture = markFurniture(pageTexts);
  const out: string[] = [];
  pageTexts.forEach((page, p) => {
    // A blank line where the baselines of two kept lines are further apart than two lines of
    // text; none at a page break (a paragraph runs on over it).
    let prev: PdfLine | null = null;
    page.forEach((text, i) => {
      if (furniture.dropped.has(`${p}:${i}`)) return;
      const line = lines[p]![i]!;
      if (prev && prev.y - line.y > 2.2 * line.size && out.length && out[out.length - 1] !== '') out.push('');
      out.push(text);
      prev = line;
    });
  });
  while (out.length && out[out.length - 1] === '') out.pop();
  return { text: out.length ? out.join('\n') + '\n' : '', furniture: furniture.list, repaired };
}

const PAGE_NUMBER = /^(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–])?$/iu;
const DIGITS = /\d+/gu;

/**
 * Page numbers (alone on a page's first or last line) and running headers and footers (the same
 * first or last line, numbers aside, on at least half of the pages and at least two): listed and
 * left out of the text. The lines of a digital-signature stamp ("Ký bởi: …", "Cơ quan: …",
 * "Thời gian ký: …"): listed, and kept.
 */
function markFurniture(pages: readonly string[][]): { dropped: Set<string>; list: Furniture[] } {
  const dropped = new Set<string>();
  const list: Furniture[] = [];
  const listed = new Set<string>();
  const mark = (p: number, i: number, kind: Furniture['kind']): void => {
    const key = `${p}:${i}`;
    if (listed.has(key)) return;
    listed.add(key);
    // A stamp stays in the text: its signing time dates a letter whose dateline is left blank
    // (src/structure/stamp.ts reads it); page numbers and running heads carry nothing.
    if (kind !== 'signature-stamp') dropped.add(key);
    list.push({ page: p + 1, kind, text: pages[p]![i]!.trim() });
  };
  const edges = (page: readonly string[]): number[] => {
    const filled = page.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
    return filled.length ? [...new Set([filled[0]!, filled[filled.length - 1]!])] : [];
  };
  const seen = new Map<string, number>();
  pages.forEach((page) => {
    for (const i of edges(page)) {
      const key = page[i]!.trim().replace(DIGITS, '#');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  });
  pages.forEach((page, p) => {
    for (const i of edges(page)) {
      const line = page[i]!.trim();
      if (PAGE_NUMBER.test(line)) mark(p, i, 'page-number');
      else if (pages.length >= 2 && (seen.get(line.replace(DIGITS, '#')) ?? 0) >= Math.max(2, pages.length / 2)) mark(p, i, 'running-header');
    }
    page.forEach((line, i) => {
      const folded = fold(line.trim());
      if (!STAMP_LABELS.some((l) => folded.startsWith(l) && /^\s*:/u.test(folded.slice(l.length)))) return;
      // A label line counts only beside another one: "Cơ quan: …" alone may be the notice's own.
      const near = [i - 2, i - 1, i + 1, i + 2].some((j) => {
        const other = fold((page[j] ?? '').trim());
        return STAMP_LABELS.some((l) => other.startsWith(l) && /^\s*:/u.test(other.slice(l.length)));
      });
      if (near) mark(p, i, 'signature-stamp');
    });
  });
  list.sort((a, b) => a.page - b.page);
  return { dropped, list };
}
