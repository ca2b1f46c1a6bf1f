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

function foldChar(ch: string): string {
  if (DASHES.test(ch)) return '-';
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (H_SPACE.test(ch)) return ' ';
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

// Per code unit, computed once: the folded unit, and for vowels their base and tone. fold() is
// on every document's hot path, so it works on code units with these caches, not on strings.
// Tables over the BMP, filled lazily (0 = not computed yet): 128 KB each, and no Map lookups.
const FOLDED = new Uint16Array(0x10000);
const BASE = new Uint16Array(0x10000); // folded vowel → its base letter's code
const TONE = new Map<number, string>(); // folded vowel → its tone mark ('' if none)
const WITH_TONE = new Map<string, number>(); // base code + tone → composed code (or -1)

function foldUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x09 || c === 0x0b || c === 0x0c ? 0x20 : c;
  let f = FOLDED[c]!;
  if (f === 0) {
    // Lone surrogates and astral halves fold to themselves (case of astral letters is not needed).
    const folded = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : foldChar(String.fromCharCode(c));
    f = folded.length === 1 ? folded.charCodeAt(0) : c;
    FOLDED[c] = f;
  }
  return f;
}

function baseOf(c: number): number {
  if (c < 0x80) return c;
  let b = BASE[c]!;
  if (b === 0) {
    const { base, tone } = splitTone(String.fromCharCode(c));
    b = base.length === 1 ? base.charCodeAt(0) : c;
    BASE[c] = b;
    TONE.set(c, base.length === 1 ? tone : '');
  }
  return b;
}

function toneOf(c: number): string {
  if (c < 0x80) return '';
  baseOf(c);
  return TONE.get(c) ?? '';
}

function withTone(base: number, tone: string): number {
  const key = `${base}:${tone}`;
  let c = WITH_TONE.get(key);
  if (c === undefined) {
    const composed = (String.fromCharCode(base) + tone).normalize('NFC');
    c = composed.length === 1 ? composed.charCodeAt(0) : -1;
    WITH_TONE.set(key, c);
  }
  return c;
}

// Decoding the code units back is native and fast; unpaired surrogates cannot occur in NFC input
// that came from a decoder, and would be replaced here (a same-length replacement).
const UTF16 = new TextDecoder('utf-16le');
const O = 0x6f, U = 0x75, A = 0x61, E = 0x65, Y = 0x79;
const isLetterOrDigit = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/**
 * Same-length folded copy of NFC text, for matching. Apply it to both the text and the pattern's
 * source words (see `foldPattern`).
 */
export function fold(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = foldUnit(text.charCodeAt(i));
  // Tone placement: move a tone on the second vowel of an open "oa/oe/uy" onto the first one.
  for (let i = 0; i + 1 < n; i++) {
    const first = out[i]!;
    if (first !== O && first !== U && first < 0xc0) continue; // fast path: not o/u or a composed vowel
    const b1 = baseOf(first);
    if (b1 !== O && b1 !== U) continue;
    const second = out[i + 1]!;
    const b2 = baseOf(second);
    if (!(b1 === O ? b2 === A || b2 === E : b2 === Y)) continue;
    if (i + 2 < n && isLetterOrDigit(out[i + 2]!)) continue; // closed syllable ("hoàn", "tuyên"): one placement only
    const tone = toneOf(first) || toneOf(second);
    if (!tone) continue;
    const moved = withTone(b1, tone);
    if (moved < 0) continue;
    out[i] = moved;
    out[i + 1] = b2;
  }
  // Short strings (names, phrases of the data files): one native call beats a decoder's set-up.
  return n <= 128 ? String.fromCharCode.apply(null, out as unknown as number[]) : UTF16.decode(out);
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

/**
 * Vietnamese-aware word boundaries (JavaScript's \b does not know "đ", "ư"). WORD_START is exactly
 * `(?<![\p{L}\p{N}])` (test/word-boundary.test.ts checks every code point), written so that the
 * character before — nearly always ASCII or a Latin letter in a notice — is tested against a few
 * ranges first, and the full Unicode classes only for another non-ASCII character: the lookbehind
 * runs at every position a pattern is tried, and through the full classes it cost a fifth of all
 * regex time (issue 19). Every ASCII letter and digit is in the first class, and the first class
 * holds letters only.
 */
export const WORD_START = '(?<![A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF]|[\\p{L}\\p{N}](?<=[^\\x00-\\x7F]))';
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** A run of letters and digits: a word (global: use with matchAll, or reset lastIndex). */
export const WORD_RUN = /[\p{L}\p{N}]+/gu;

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter or digit at `i` (a whole code point, as a `u` pattern reads it): WORD_END fails there. */
export function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** A compiled whole-word pattern over folded text, longest alternative first. */
export function wordPattern(phrases: readonly string[], flags = 'gu'): RegExp {
  return new RegExp(`${WORD_START}(?:${alternation(phrases)})${WORD_END}`, flags);
}

const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_MAX = 20_000;

/** Folded comparison key for names: case, spacing and tone placement folded (the scorer's rule). */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    // The stages key the same few hundred names again and again (gazetteer forms, each mention
    // against each other): a pure function, remembered. Bounded: emptied when full.
    if (NAME_KEYS.size >= NAME_KEYS_MAX) NAME_KEYS.clear();
    key = fold(name.normalize('NFC')).replace(/\s+/g, ' ').trim();
    NAME_KEYS.set(name, key);
  }
  return key;
}

const BARE = new Uint16Array(0x10000);
/**
 * Same-length copy of folded text with every diacritic dropped ("kết luận" → "ket luan", "đ" →
 * "d"): a key that OCR noise in the marks ("KÉT LUẬN", "ĐÁNG", "QUAN ĐIỄM") does not change. For
 * fixed vocabulary only (headings, mottos, type words), where ignoring the marks is safe.
 */
export function bareKey(folded: string): string {
  const n = folded.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (c < 0x80) {
      out[i] = c;
      continue;
    }
    let b = BARE[c]!;
    if (b === 0) {
      b = c === 0x111 || c === 0x110 ? 0x64 : c >= 0xd800 && c <= 0xdfff ? c : String.fromCharCode(c).normalize('NFD').charCodeAt(0);
      BARE[c] = b;
    }
    out[i] = b;
  }
  return n <= 128 ? String.fromCharCode.apply(null, out as unknown as number[]) : UTF16.decode(out);
}
