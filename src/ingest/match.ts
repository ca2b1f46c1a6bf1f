// Folding for *matching* only. `fold(text)` returns a string of exactly the same length as its NFC
// input, so an index found in the folded string is an index into the normalised text (SPEC.md:
// nothing but decode/BOM/newlines/NFC moves an offset).
//
// What is folded, one code unit for one code unit:
// - case (only where lower-casing keeps the length: all Vietnamese letters do);
// - tone placement in open syllables "oa", "oe", "uy": "hoà"/"hòa", "thuỷ"/"thủy", "Uỷ"/"Ủy"
//   fold to the tone on the first vowel (kiểu cũ), whichever way the text wrote it;
// - spaces: NBSP, tabs and other horizontal spaces → " " (line breaks stay, structure needs them);
// - dashes (‐ ‑ ‒ – — −) → "-", typographic quotes → ASCII quotes, "…" stays (one code unit).

const TONES: Record<string, true> = { '\u0300': true, '\u0301': true, '\u0303': true, '\u0309': true, '\u0323': true };

const DASHES = /[\u2010-\u2015\u2212]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/u;
const H_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Splits a precomposed letter into its base (with non-tone marks) and its tone mark, if any. */
function splitTone(ch: string): { base: string; tone: string } {
  const nfd = ch.normalize('NFD');
  let base = '';
  let tone = '';
  for (const c of nfd) {
    if (TONES[c]) tone = c;
    else base += c;
  }
  return { base: base.normalize('NFC'), tone };
}

function lowerChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

function foldChar(ch: string): string {
  if (DASHES.test(ch)) return '-';
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (H_SPACE.test(ch)) return ' ';
  return lowerChar(ch);
}

const PAIRS: Record<string, string> = { o: 'ae', u: 'y' };

/**
 * Same-length folded copy of NFC text, for matching. Apply it to both the text and the pattern's
 * source words (see `foldPattern`).
 */
export function fold(text: string): string {
  const out: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldChar(text[i]!);
  // Tone placement: move a tone on the second vowel of an open "oa/oe/uy" onto the first one.
  for (let i = 0; i + 1 < out.length; i++) {
    const first = splitTone(out[i]!);
    const seconds = PAIRS[first.base];
    if (!seconds) continue;
    const second = splitTone(out[i + 1]!);
    if (!seconds.includes(second.base)) continue;
    const next = out[i + 2];
    if (next !== undefined && LETTER.test(next)) continue; // closed syllable ("hoàn", "tuyên"): one placement only
    const tone = first.tone || second.tone;
    if (!tone) continue;
    const moved = (first.base + tone).normalize('NFC');
    if (moved.length !== 1) continue;
    out[i] = moved;
    out[i + 1] = second.base;
  }
  return out.join('');
}

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A RegExp source for a literal phrase, to run on folded text: the phrase is folded, its spaces
 * accept any run of horizontal space or one line break (PDF text layers and flattened pages
 * break lines anywhere).
 */
export function foldPattern(phrase: string): string {
  return fold(phrase.normalize('NFC'))
    .trim()
    .split(/ +/)
    .map(escapeRegExp)
    .join('[ \\n]+');
}

/** Alternation of phrases, longest first, so that the regex engine prefers the longest match. */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.normalize('NFC').trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.map(foldPattern).join('|');
}

/** Vietnamese-aware word boundaries (JavaScript's \b does not know "đ", "ư"). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A compiled whole-word pattern over folded text, longest alternative first. */
export function wordPattern(phrases: readonly string[], flags = 'gu'): RegExp {
  return new RegExp(`${WORD_START}(?:${alternation(phrases)})${WORD_END}`, flags);
}

/** Folded comparison key for names: case, spacing and tone placement folded (the scorer's rule). */
export function nameKey(name: string): string {
  return fold(name.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
