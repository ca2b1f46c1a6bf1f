// Lines → paragraphs. Two layouts occur: one paragraph per line (web pages, Markdown, Word exports)
// and a PDF text layer, where a paragraph is wrapped over several lines: its first line is indented
// and its continuation lines start at column 0; page numbers sit alone on a line, inside paragraphs.

export interface Line {
  start: number; // first non-space character
  end: number; // after the last non-space character
  indent: number;
  text: string; // trimmed
}

export interface Paragraph {
  start: number;
  end: number;
  /** Line starts inside the paragraph (for label detection at a wrapped line's start). */
  lineStarts: number[];
}

export type Layout = 'lines' | 'pdf';

const PAGE_NUMBER = /^\d{1,3}$/;

const CAPITAL = /\p{Lu}/u;
const SMALL = /\p{Ll}/u;
// The case of each code unit of the Basic Plane (0 not known yet, 1 capital, 2 small, 3 neither),
// filled on first use: isUpper reads every line of a header and of the text after the signature.
const CASE = new Uint8Array(0x10000);
const caseOf = (ch: string): number => (CAPITAL.test(ch) ? 1 : SMALL.test(ch) ? 2 : 3);

/**
 * Letters only in capitals ("KẾ HOẠCH", "Số: 12" is not): a capital letter and no small one,
 * which is `/\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s)` read by code point in one pass, without the
 * two scans and the letters-only copy of the text it was written with (exact: a small letter is a
 * letter, so dropping the other characters first never changed the answer).
 */
export function isUpper(s: string): boolean {
  let capital = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    if (c < 0x80) k = c >= 0x41 && c <= 0x5a ? 1 : c >= 0x61 && c <= 0x7a ? 2 : 3;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is one code point, as a `u` pattern reads it; a lone surrogate is neither.
      const cp = s.codePointAt(i)!;
      k = caseOf(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    } else {
      k = CASE[c]!;
      if (k === 0) CASE[c] = k = caseOf(String.fromCharCode(c));
    }
    if (k === 2) return false;
    if (k === 1) capital = true;
  }
  return capital;
}

const MARK = /[|*_\s]/u;
/** Trims "|", "*", "_" and spaces from both ends (by hand: `[…]+$` would rescan long runs). */
export function stripMarks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && MARK.test(s[a]!)) a++;
  while (b > a && MARK.test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/**
 * Is text[start, end) marks only ("* *" of a converted page, "---", "…")? It is what
 * `stripMarks(s).replace(/[-–.]/gu, '') === ''` says — nothing but "-", "–" and "." once "|", "*",
 * "_" and spaces are stripped from both ends — read in place, without copying the paragraph twice:
 * a paragraph of words is known at its first letter.
 */
export function onlyMarks(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && MARK.test(text[a]!)) a++;
  while (b > a && MARK.test(text[b - 1]!)) b--;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2d && c !== 0x2013 && c !== 0x2e) return false;
  }
  return true;
}

/** The line that starts at `from`, and where the next one starts. */
export function lineFrom(text: string, from: number): { line: Line; next: number } {
  let to = text.indexOf('\n', from);
  if (to === -1) to = text.length;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { line: { start: from + lead, end: from + lead + trimmed.length, indent: lead, text: trimmed }, next: to + 1 };
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  for (let from = 0; from <= text.length; ) {
    const { line, next } = lineFrom(text, from);
    out.push(line);
    from = next;
  }
  return out;
}

export function isPageNumber(line: Line): boolean {
  return line.indent >= 10 && PAGE_NUMBER.test(line.text);
}

/** A PDF layer: many lines at column 0 continue an indented line above them. */
export function detectLayout(all: readonly Line[]): Layout {
  const filled = all.filter((l) => l.text !== '');
  if (filled.length < 8) return 'lines';
  const indented = filled.filter((l) => l.indent >= 2).length;
  let continuations = 0;
  for (let i = 1; i < all.length; i++) {
    const line = all[i]!;
    const prev = all[i - 1]!;
    if (line.text && line.indent === 0 && prev.text && !/[.:;!?]$/.test(prev.text) && /^\p{Ll}/u.test(line.text)) continuations++;
  }
  return indented / filled.length >= 0.3 && continuations >= 3 ? 'pdf' : 'lines';
}

/**
 * One paragraph per line, but hard-wrapped at a width (a PDF's lines pasted into a web page, one
 * <p> per line): the width most lines reach, or null when the lines are paragraphs of any length.
 * A line that reaches it and stops mid-sentence (a lower-case word, a comma) goes on in the next
 * line, whatever that line's first letter ("… chịu trách nhiệm thi hành" / "Quyết định này./.").
 */
function wrapWidth(all: readonly Line[]): number | null {
  const lengths = all.filter((l) => l.text !== '').map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths.length < 8) return null;
  const p90 = lengths[Math.floor(lengths.length * 0.9)]!;
  // Hard wraps are narrow, and most lines of a wrapped text are close to the width.
  const near = lengths.filter((n) => n >= 0.75 * p90).length;
  return p90 <= 120 && near >= lengths.length * 0.5 ? p90 : null;
}

const MID_SENTENCE = /[\p{Ll},;]$/u;

/** Paragraphs of the text; `startsParagraph` lets the caller force a break (labels, dashes);
 * lines starting at a `hidden` offset are left out (page furniture). */
export function paragraphs(
  text: string, startsParagraph: (line: Line) => boolean, hidden: ReadonlySet<number> = new Set(), all: readonly Line[] = lines(text),
): { layout: Layout; paragraphs: Paragraph[] } {
  const layout = detectLayout(all);
  const width = layout === 'lines' ? wrapWidth(all) : null;
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previous: Line | null = null;
  for (const line of all) {
    if (line.text === '') {
      if (layout === 'lines') current = null;
      continue;
    }
    if (layout === 'pdf' && isPageNumber(line)) continue;
    // Page furniture (markers, running headers) is not there: a paragraph runs on over it.
    if (hidden.has(line.start)) continue;
    // PDF layers: a line at the margin continues. One paragraph per line: a line that starts in
    // lower case after one without a closing mark is a wrapped line too (converted PDF text).
    const wrapped = layout === 'pdf'
      ? line.indent === 0
      : previous !== null && !/[.!?]$/u.test(previous.text) &&
        (/^\p{Ll}/u.test(line.text) || (width !== null && previous.text.length >= 0.85 * width && MID_SENTENCE.test(previous.text)));
    const continues = current !== null && wrapped && !startsParagraph(line);
    if (continues && current) {
      current.end = line.end;
      current.lineStarts.push(line.start);
    } else {
      current = { start: line.start, end: line.end, lineStarts: [line.start] };
      out.push(current);
    }
    previous = line;
  }
  return { layout, paragraphs: out };
}
