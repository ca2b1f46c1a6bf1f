// Text layers that lie. A PDF font may map its glyphs to the wrong code points; the text layer
// then reads "6Ӣ CÔNG 7+ѬѪ1*" for "SỞ CÔNG THƯƠNG". Each font of a document is read the way
// that makes its text most Vietnamese (the legal-syllable score of src/ingest/decode.ts):
// - as printed;
// - glyph ids: codes that are Times New Roman glyph ids (ASCII 29 below, Vietnamese letters by a
//   table derived from real files, src/data/pdf-layer.json);
// - Mac Roman: a WinAnsi TrueType font that pdf.js decodes with the Mac Roman table ("L¿O CAI"
//   for "LÀO CAI": poppler reads these right);
// - look-alikes: a ToUnicode map that gives "Ƣ" (LATIN LETTER OI) for "Ư".
import { loadData } from '../data/load.js';
import { judge, POINTS } from './decode.js';
import { hasNonAscii } from './word-list.js';

export type FontReading = 'as-printed' | 'glyph-ids' | 'mac-roman' | 'look-alikes';
export const READINGS: readonly FontReading[] = ['as-printed', 'glyph-ids', 'mac-roman', 'look-alikes'];

interface GlyphShift {
  asciiOffset: number;
  asciiFrom: number;
  asciiTo: number;
  /** Derived by scripts/derive-glyph-map.mjs: glyph id (as a character) → letter, with the votes. */
  glyphs: Record<string, { to: string }>;
  /** Decided by the glyph's place in its run where the votes are split or few. */
  corrections: Record<string, { to: string } | string>;
}
const layer = loadData<{ glyphShift: GlyphShift; lookAlikes: { map: Record<string, string> } }>('pdf-layer.json');
const shift = layer.glyphShift;
const LOOK_ALIKES = new Map(Object.entries(layer.lookAlikes.map));
const GLYPHS = new Map<string, string>([
  ...Object.entries(shift.glyphs).map(([from, { to }]): [string, string] => [from, to]),
  ...Object.entries(shift.corrections).flatMap(([from, c]): [string, string][] => (typeof c === 'string' ? [] : [[from, c.to]])),
]);

function fromGlyphIds(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    // A space is pdf.js's own (it adds one at a gap between glyphs), not glyph id 32.
    if (code >= shift.asciiFrom && code <= shift.asciiTo && code !== 0x20) out += String.fromCodePoint(code + shift.asciiOffset);
    else out += GLYPHS.get(ch) ?? ch;
  }
  return out;
}

const MAC_ROMAN = new TextDecoder('macintosh');
const WINDOWS_1252 = new TextDecoder('windows-1252');
/** Mac Roman character → its byte (0x80–0xFF). */
const MAC_BYTE = new Map([...MAC_ROMAN.decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i))].map((c, i) => [c, 128 + i]));

function fromMacRoman(s: string): string {
  let out = '';
  for (const ch of s) {
    const byte = MAC_BYTE.get(ch);
    out += byte === undefined ? ch : WINDOWS_1252.decode(Uint8Array.of(byte));
  }
  return out;
}

const fromLookAlikes = (s: string): string => [...s].map((c) => LOOK_ALIKES.get(c) ?? c).join('');

export function readAs(reading: FontReading, s: string): string {
  if (reading === 'glyph-ids') return fromGlyphIds(s);
  if (reading === 'mac-roman') return fromMacRoman(s);
  return reading === 'look-alikes' ? fromLookAlikes(s) : s;
}

const LETTERS = /\p{L}/u;

/** The word without the non-letters at its ends (by hand: `[^\p{L}]+$` would rescan long runs). */
function trimToLetters(word: string): string {
  const chars = [...word];
  let a = 0;
  let b = chars.length;
  while (a < b && !LETTERS.test(chars[a]!)) a++;
  while (b > a && !LETTERS.test(chars[b - 1]!)) b--;
  return chars.slice(a, b).join('');
}

export interface Readability {
  /** Words with a letter. */
  words: number;
  /** Mean points per word (common syllable 2, legal 1, anything else −1). */
  score: number;
  /** Share of the words that carry a Vietnamese letter (a diacritic or đ). */
  marked: number;
}

/** How much of a text is Vietnamese: words split at spaces, punctuation trimmed from their ends. */
export function readability(text: string): Readability {
  let words = 0;
  let points = 0;
  let marked = 0;
  for (const raw of text.normalize('NFC').split(/\s+/u)) {
    const word = trimToLetters(raw);
    if (!LETTERS.test(word)) continue;
    words++;
    points += POINTS[judge(word)];
    if (hasNonAscii(word)) marked++;
  }
  return { words, score: words ? points / words : 0, marked: words ? marked / words : 0 };
}

/**
 * A text layer a reader can use: most words legal syllables, and enough of them with diacritics
 * (a layer with the marks stripped, "BO CONG THIJoNG", fails the second test). Real notices score
 * 0.9–1.4 with 55–75 % marked words; the broken layers of ../shared/wild/ score below 0.3 or mark
 * fewer than 25 % of their words (measured by scripts/wild-probe.mjs).
 */
export function isReadable(r: Readability): boolean {
  return r.words < 20 || (r.score >= 0.5 && r.marked >= 0.35);
}

/**
 * The reading of each font that makes the whole text most Vietnamese, one font at a time (a word
 * may run over two fonts, so a font's fragments are scored in their lines, not alone).
 * `render` gives the document's text under a choice of readings.
 */
export function chooseReadings(fonts: readonly string[], render: (readings: ReadonlyMap<string, FontReading>) => string): Map<string, FontReading> {
  const choice = new Map<string, FontReading>(fonts.map((f) => [f, 'as-printed']));
  let best = readability(render(choice)).score;
  for (const font of fonts) {
    for (const reading of READINGS) {
      if (reading === 'as-printed') continue;
      const trial = new Map(choice).set(font, reading);
      const score = readability(render(trial)).score;
      // A margin: a font with a few ASCII words must not flip on noise.
      if (score > best + 0.01) {
        best = score;
        choice.set(font, reading);
      }
    }
  }
  return choice;
}
