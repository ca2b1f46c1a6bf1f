// News-page furniture (SPEC.md "Text forms seen in the wild"): phone-number lines, "Xem cỡ chữ …
// In trang", "Xem thêm »", and photo captions printed twice. Returned as spans to skip; the text
// itself is never changed.
import { boilerplateCues } from '../data/index.js';
import { alternation, fold } from './match.js';
import type { Span } from '../types.js';

const CUE = new RegExp(`(?:${alternation(boilerplateCues)})`, 'u');
// "028.38225933", "028 3822 1188", "0948747571": two or more phone numbers on a line.
const PHONE = /(?<!\d)0\d{1,3}[. ]?\d{3,4}[. ]?\d{3,4}(?!\d)/gu;

/** `folded`: the folded copy of `text`, when the caller has it (fold is same-length). */
export function boilerplate(text: string, folded?: string): Span[] {
  const out: Span[] = [];
  const seen = new Map<string, Span>();
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const line = text.slice(from, to).trim();
    const start = from + (text.slice(from, to).length - text.slice(from, to).trimStart().length);
    const span: Span = [start, start + line.length];
    if (line) {
      const f = folded !== undefined ? folded.slice(span[0], span[1]) : fold(line);
      const phones = line.match(PHONE)?.length ?? 0;
      const short = line.length < 160;
      // A line of related-article headlines ends with "|".
      if ((short && CUE.test(f)) || phones >= 2 || /^[\w-]+$/u.test(line) || /\s\|$/u.test(line)) out.push(span);
      else if (short && seen.has(f)) {
        // A caption repeated: both copies are furniture.
        out.push(seen.get(f)!, span);
      }
      if (short) seen.set(f, span);
    }
    from = to + 1;
  }
  return out.sort((a, b) => a[0] - b[0]);
}
