// OCR of a scanned PDF: each page rendered by poppler's pdftoppm (300 dpi, grey) and read by
// Tesseract with its Vietnamese model, both as child processes, the bytes passed through their
// standard input and output (no temporary files). Tesseract's TSV output gives the
// words with their confidence; lines are rebuilt from its block/paragraph/line numbers, with the
// left margin kept as indentation so that the structure stage sees a PDF layout.
import { spawnSync } from 'node:child_process';
import { DecodeError } from './decode.js';

export interface OcrResult {
  text: string;
  pages: number;
  /** Mean word confidence, 0–100 (Tesseract's), over all words read. */
  confidence: number;
}

const INSTALL = 'install poppler-utils, tesseract-ocr and tesseract-ocr-vie (Debian/Ubuntu: apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie; macOS: brew install poppler tesseract tesseract-lang)';

/** Rendering resolution: Tesseract reads body text best with capitals 20–30 px high. */
const DPI = 300;

function run(command: string, args: string[], what: string, input?: Uint8Array): Buffer {
  const result = spawnSync(command, args, { input, maxBuffer: 512 * 1024 * 1024, env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') throw new DecodeError(`--ocr needs ${command}: ${INSTALL}`);
  if (result.status !== 0) {
    const message = result.stderr.toString('utf8').split('\n').find((l) => l.trim()) ?? `exit ${result.status}`;
    throw new DecodeError(`${what} failed (${command}: ${message})`);
  }
  return result.stdout;
}

/** Whether pdftoppm and tesseract with the Vietnamese model are installed (for tests and the probe). */
export function ocrAvailable(): boolean {
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  const poppler = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
  return !langs.error && /^vie$/mu.test(langs.stdout ?? '') && !poppler.error;
}

export function ocrPdf(bytes: Uint8Array, pageCount: number): OcrResult {
  const langs = run('tesseract', ['--list-langs'], 'listing Tesseract languages').toString('utf8');
  if (!/^vie$/mu.test(langs)) throw new DecodeError(`--ocr needs Tesseract's Vietnamese model: ${INSTALL}`);
  const pages: string[] = [];
  let sum = 0;
  let words = 0;
  for (let n = 1; n <= pageCount; n++) {
    // No output root: pdftoppm writes the one page to standard output; "-" reads the PDF from standard input.
    const png = run('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-f', String(n), '-l', String(n), '-singlefile', '-'], 'rendering the pages', bytes);
    const tsv = run('tesseract', ['stdin', 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], 'OCR', png).toString('utf8');
    const page = tsvToText(tsv);
    pages.push(page.text);
    sum += page.confidenceSum;
    words += page.words;
  }
  return { text: pages.filter(Boolean).join('\n'), pages: pageCount, confidence: words ? Math.round((sum / words) * 10) / 10 : 0 };
}

/**
 * Tesseract TSV → lines. Columns: level page block par line word left top width height conf text.
 * A line's indentation is its left edge over the width of a character (the median word's per
 * letter), so an indented first line of a paragraph stays indented.
 */
export function tsvToText(tsv: string): { text: string; confidenceSum: number; words: number } {
  const rows = tsv.split('\n').slice(1).map((l) => l.split('\t')).filter((c) => c.length >= 12 && c[0] === '5' && c[11]!.trim());
  if (rows.length === 0) return { text: '', confidenceSum: 0, words: 0 };
  const perChar = rows.map((c) => Number(c[8]) / Math.max(1, [...c[11]!].length)).sort((a, b) => a - b);
  const charWidth = Math.max(1, perChar[Math.floor(perChar.length / 2)]!);
  const margin = Math.min(...rows.map((c) => Number(c[6])));
  // Tesseract puts the two columns of a header on one line: a gap wider than three letters
  // becomes a column gap (the word at its column, at least three spaces on), as in a text layer.
  const lines = new Map<string, { left: number; right: number; text: string }>();
  let confidenceSum = 0;
  for (const c of rows) {
    const key = `${c[2]}.${c[3]}.${c[4]}`;
    const [left, width, word] = [Number(c[6]), Number(c[8]), c[11]!.trim()];
    const line = lines.get(key);
    if (!line) lines.set(key, { left, right: left + width, text: ' '.repeat(Math.round((left - margin) / charWidth)) + word });
    else {
      const column = Math.round((left - margin) / charWidth);
      line.text += left - line.right > 3 * charWidth ? ' '.repeat(Math.max(3, column - line.text.length)) + word : ` ${word}`;
      line.right = left + width;
    }
    confidenceSum += Math.max(0, Number(c[10]));
  }
  const text = [...lines.values()].map((l) => l.text).join('\n');
  return { text: text.normalize('NFC') + '\n', confidenceSum, words: rows.length };
}
