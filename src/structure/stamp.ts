// A digital-signature stamp printed into the text by a PDF text layer or OCR: "Ký bởi: Ủy ban nhân
// dân tỉnh …", "Cơ quan: …", "Thời gian ký: 02/11/2026 09:41:12 +07:00", or the signing body's
// name over a bare time line ("28-07-2026 09:58:36 +07:00"). Its lines are not the header's
// issuer; its time dates a document whose dateline was left blank.
import { headerWords } from '../data/index.js';
import { alternation, fold, WORD_END } from '../ingest/match.js';
import type { Span } from '../types.js';

const LABEL = new RegExp(`^(?:${alternation(headerWords.stamp.labels)})${WORD_END}[ \\u00A0]*:`, 'u');
// A date and a clock time with seconds, with or without a zone: a machine's stamp, not a dateline.
const TIME = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[ \u00A0T]+\d{1,2}:\d{2}:\d{2}(?:[ \u00A0]*[+-]\d{2}:?\d{2})?(?!\d)/u;
const BARE_TIME = new RegExp(`^${TIME.source}$`, 'u');

/**
 * A line of a signature stamp: a labelled line, or a bare signing time. `folded`: the line's folded
 * copy, when the caller has it (a slice of the document's: paragraphs.ts `foldedLine`).
 */
export function isStampLine(line: string, folded: string = fold(line)): boolean {
  return LABEL.test(folded) || BARE_TIME.test(line);
}

/** A bare signing-time line (which ends the stamp's block of lines). */
export const isStampTime = (line: string): boolean => BARE_TIME.test(line);

/** The first signing time of the text, as an ISO date with its span, or null. */
export function signingTime(text: string): { iso: string; span: Span } | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days) return null;
  return { iso: `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, span: [m.index, m.index + m[0].length] };
}
