// What the refiners of one reading know about the document beyond the text chrono sees.
import type { Span } from '../../types.js';

export interface ReferenceDate {
  /** YYYY-MM-DD: `--date`, else the document's own date. */
  iso: string;
  /** Local noon of that day, as chrono's reference instant. */
  date: Date;
}

export interface Scope {
  /** The whole normalised text, in its own case (plan names are capitalised). */
  text: string;
  /** Where chrono's text (a folded slice) starts in `text`. */
  offset: number;
  /** 'cell': a completion column ("Thời gian hoàn thành"), where a bare year is a deadline. */
  mode: 'prose' | 'cell';
  /** Spans of cited documents, with a symbol or bare ("Nghị quyết 22"). */
  references: readonly Span[];
  /** Where the body starts: what comes before is header (dateline, title, "Căn cứ"). */
  bodyStart: number;
  /** Where a news text's own date was read ("Ngày 24/5/2017, UBND tỉnh ban hành …"): no deadline. */
  dateline: Span | null;
  /** Null when neither `--date` nor the document gives a date. */
  reference: ReferenceDate | null;
  /**
   * The document's own date: what ended before it is past. Null for a news text without a year;
   * then the reference date stands in.
   */
  documentDate: ReferenceDate | null;
}

export function referenceDate(iso: string | null | undefined): ReferenceDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso) : null;
  if (!m) return null;
  return { iso: iso!, date: new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) };
}
