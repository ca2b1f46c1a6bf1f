// Bytes → string, with the encoding detected (SPEC.md, "Encodings"). Only the BOM is removed here:
// newlines and NFC are normalise.ts's job, so that every offset is defined in one place.
//
// Detection: BOM → valid UTF-8 → otherwise the 8-bit candidates (Windows-1258, TCVN3, VNI-Windows)
// are decoded and scored by how much of their non-ASCII text is made of legal Vietnamese syllables.
// The three agree on ASCII, so only the words with high bytes tell them apart.

import type { EncodingName } from '../types.js';
import { CP1252, TCVN3_TO_UNICODE, UNICODE_TO_VNI } from './legacy-tables.js';
import { hasNonAscii } from './word-list.js';

export class DecodeError extends Error {
  override name = 'DecodeError';
  /** Set when the bytes are refused for stray bytes that a replacing decoder would read as U+FFFD. */
  stray?: StrayBytes;
}

/** A library's error message as the reason of a one-line error: its first line, kept short. */
export const briefly = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!.trim().slice(0, 160);

export const ENCODINGS: readonly EncodingName[] = [
  'utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni-windows',
];

const ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf-8',
  utf16: 'utf-16le', // "Unicode" in Windows dialogs is little-endian
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1258: 'windows-1258',
  cp1258: 'windows-1258',
  win1258: 'windows-1258',
  tcvn3: 'tcvn3',
  tcvn: 'tcvn3',
  abc: 'tcvn3',
  vn3: 'tcvn3',
  vni: 'vni-windows',
  vniwindows: 'vni-windows',
  vniwin: 'vni-windows',
};

/** The encoding named by a user (`--encoding`), case, spaces, "-" and "_" ignored; null if unknown. */
export function parseEncodingName(s: string): EncodingName | null {
  return ALIASES[s.trim().toLowerCase().replace(/[\s_-]/g, '')] ?? null;
}

const BOMS: readonly (readonly [EncodingName, readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function bomLength(bytes: Uint8Array, encoding: EncodingName): number {
  const bom = BOMS.find(([name]) => name === encoding)?.[1];
  return bom && bom.every((b, i) => bytes[i] === b) ? bom.length : 0;
}

// --- The 8-bit decoders -------------------------------------------------------------------------

const CP1258 = new TextDecoder('windows-1258');

// Every character of these tables is one UTF-16 code unit: decoding writes UTF-16LE bytes and
// converts them once (per-byte string concatenation is many times slower on large files).
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true }); // keep a U+FEFF: it is text here
const unit = (c: string) => c.charCodeAt(0);

/** TCVN3: the VN3 letters, every other byte as in Windows-1252. */
const TCVN3_UNITS = Uint16Array.from(CP1252, (c, b) => unit(TCVN3_TO_UNICODE.get(b) ?? c));

/** VNI single bytes: đ ơ ư, i with a tone, ỵ; every other byte as in Windows-1252. */
const VNI_UNITS = Uint16Array.from(CP1252, unit);
/** VNI base letter + mark (key: base × 256 + mark) → letter. */
const VNI_PAIRS = new Map<number, number>();
for (const [letter, [first, mark]] of UNICODE_TO_VNI) {
  if (mark === undefined) VNI_UNITS[first!] = unit(letter);
  else {
    VNI_PAIRS.set(first! * 256 + mark, unit(letter));
    // A mark in the other case ("Aù") still belongs to its letter, whose case the base decides.
    const other = first! * 256 + (mark ^ 0x20);
    if (!VNI_PAIRS.has(other)) VNI_PAIRS.set(other, unit(letter));
  }
}
/** Every VNI mark byte is ≥ 0xC0: below that, no pair to look up. */
const MIN_MARK = 0xc0;

function decodeTcvn3(bytes: Uint8Array): string {
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const u = TCVN3_UNITS[bytes[i]!]!;
    out[2 * i] = u & 0xff;
    out[2 * i + 1] = u >> 8;
  }
  return UTF16LE.decode(out);
}

function decodeVni(bytes: Uint8Array): string {
  const out = new Uint8Array(bytes.length * 2);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const next = bytes[i + 1];
    const pair = next !== undefined && next >= MIN_MARK ? VNI_PAIRS.get(b * 256 + next) : undefined;
    if (pair !== undefined) i++;
    const u = pair ?? VNI_UNITS[b]!;
    out[n++] = u & 0xff;
    out[n++] = u >> 8;
  }
  return UTF16LE.decode(out.subarray(0, n));
}

function decodeAs(bytes: Uint8Array, encoding: EncodingName): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni-windows':
      return decodeVni(bytes);
    case 'windows-1258':
      return CP1258.decode(bytes);
    default:
      try {
        return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        throw new DecodeError(`not valid ${encoding}`);
      }
  }
}

// --- Scoring ------------------------------------------------------------------------------------

const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

/** Legal rhymes (vowel nucleus + final), tone removed. Built from which finals each nucleus takes. */
const RHYMES: ReadonlySet<string> = (() => {
  const open = 'a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu '
    + 'oa oe oai oay oao oeo uây uôi ươi ươu uya uyu uơ uê uy';
  const byFinals: [string, string][] = [
    ['ch nh', 'a ê i uy oa uê'],
    // "k" for the highland names (Đắk Lắk, Krông Búk).
    ['c ng k', 'a ă â e o ô u ư iê yê uô ươ oa oă oo uâ oe'],
    ['m n p t', 'a ă â e ê i o ô ơ u ư iê yê uô ươ oa oă oe uâ uy uyê uê'],
  ];
  const set = new Set(open.split(' '));
  for (const [finals, nuclei] of byFinals) {
    for (const n of nuclei.split(' ')) for (const f of finals.split(' ')) set.add(n + f);
  }
  return set;
})();

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Stop finals take only sắc or nặng (or no mark, in names such as "Đăk"). */
const STOP_FINAL = /(?:c|ch|k|p|t)$/u;
const LEVEL_ONLY_TONES = /[\u0300\u0303\u0309]/u;
const VIET_LETTERS = /^[a-zăâđêôơư]+$/u;

/** Frequent syllables of official texts: a match counts double. */
const COMMON: ReadonlySet<string> = new Set(
  ('của và các được bộ trong thực hiện người năm theo với cho về những để có là này tại đã việc '
    + 'ngày tháng số điều quyết định chính phủ tỉnh ủy ban nhân dân cơ quan đơn vị trên công tác '
    + 'quản lý nhà nước phát triển kinh tế xã hội địa phương thủ tướng chỉ đạo triển khai báo cáo')
    .split(' '),
);

export type Verdict = 'common' | 'valid' | 'invalid';

/** A word's verdict as a Vietnamese syllable (also used to pick how to read a PDF font's text). */
export function judge(token: string): Verdict {
  const lower = token.toLowerCase();
  const nfd = lower.normalize('NFD');
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return 'invalid';
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  if (!VIET_LETTERS.test(bare)) return 'invalid';
  if (STOP_FINAL.test(bare) && tones.length === 1 && LEVEL_ONLY_TONES.test(tones[0]!)) return 'invalid';
  if (!ONSETS.some((o) => bare.startsWith(o) && RHYMES.has(bare.slice(o.length)))) return 'invalid';
  return COMMON.has(lower) ? 'common' : 'valid';
}

export const POINTS: Readonly<Record<Verdict, number>> = { common: 2, valid: 1, invalid: -1 };

/**
 * Words are split at spaces, ASCII punctuation and digits, and the typographic punctuation that
 * none of the three encodings uses for letters; whatever else is in a word (a C1 control, "¸",
 * a stray combining mark) makes it invalid.
 */
const WORD = /[^\s!-@[-`{-~\u2013\u2014\u2018-\u201f\u2022\u2026]+/gu;

/**
 * Mean points per word that has a non-ASCII character; null when there is no such word.
 * `points`: the words judged so far. A notice repeats its words, so each distinct word is judged
 * once (judging normalises and runs five patterns), and a word that another of the three
 * encodings decodes alike is not judged again.
 */
function vietnameseScore(text: string, points = new Map<string, number>()): number | null {
  let total = 0;
  let count = 0;
  // match() with the g flag: the words as strings, with no match object each.
  for (const word of text.normalize('NFC').match(WORD) ?? []) {
    if (!hasNonAscii(word)) continue;
    let p = points.get(word);
    if (p === undefined) points.set(word, (p = POINTS[judge(word)]));
    total += p;
    count++;
  }
  return count === 0 ? null : total / count;
}

const SAMPLE_BYTES = 64 * 1024;
/** Below this mean, the text is not taken for Vietnamese (real notices score well above 1). */
const MIN_SCORE = 0.5;
const LEGACY: readonly EncodingName[] = ['windows-1258', 'tcvn3', 'vni-windows'];

function detectLegacy(sample: Uint8Array): EncodingName {
  let best: EncodingName | null = null;
  let bestScore = -Infinity;
  let unscored = 0;
  const points = new Map<string, number>();
  for (const encoding of LEGACY) {
    const score = vietnameseScore(decodeAs(sample, encoding), points);
    if (score === null) unscored++;
    else if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  // High bytes only in punctuation (quotes, NBSP): the three decode alike, take the standard one.
  if (unscored === LEGACY.length) return 'windows-1258';
  if (best === null || bestScore < MIN_SCORE) {
    throw new DecodeError('not valid in any supported encoding (not UTF-8, and not Vietnamese in Windows-1258, TCVN3 or VNI-Windows)');
  }
  return best;
}

/** NUL bytes anywhere (text has none without a UTF-16 BOM), or many other control bytes. */
function looksBinary(bytes: Uint8Array, sample: Uint8Array): string | null {
  if (bytes.includes(0)) return 'binary file (NUL bytes)';
  let controls = 0;
  for (const b of sample) {
    // Tab, LF, VT, FF, CR, and SUB/ESC (DOS end-of-file, terminal colours) occur in text files.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1a && b !== 0x1b) controls++;
  }
  return controls > sample.length * 0.05 ? 'binary file (control bytes)' : null;
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_REPLACE = new TextDecoder('utf-8', { ignoreBOM: true });

/** Where bytes are not UTF-8: how many U+FFFD a replacing decoder writes, the first one's place. */
export interface StrayBytes {
  count: number;
  /** Byte offset of the first, from the start of the file. */
  offset: number;
  /** Its line, counted from 1 (LF). */
  line: number;
  /** The byte itself. */
  byte: number;
}

/**
 * Scans bytes as UTF-8 the way the WHATWG decoder does (an error takes the lead byte and the
 * continuation bytes accepted before the failing one, and writes one U+FFFD): the valid multi-byte
 * sequences, and the errors with the first one's place. Run only on bytes that failed the strict
 * decoder.
 */
function scanUtf8(bytes: Uint8Array, start: number): { valid: number; stray: StrayBytes | null } {
  let valid = 0;
  let count = 0;
  let first = -1;
  for (let i = start; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const needed = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    // The second byte's range is narrower after E0, ED, F0, F4 (no overlong forms, no surrogates).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    while (k <= needed && i + k < bytes.length && bytes[i + k]! >= (k === 1 ? low : 0x80) && bytes[i + k]! <= (k === 1 ? high : 0xbf)) k++;
    if (needed > 0 && k === needed + 1) valid++;
    else {
      count++;
      if (first < 0) first = i;
    }
    i += k;
  }
  if (first < 0) return { valid, stray: null };
  let line = 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 0x0a) line++;
  return { valid, stray: { count, offset: first, line, byte: bytes[first]! } };
}

/**
 * UTF-8 with a few stray bytes (a Windows-1252 quote pasted in, a truncated character), not an
 * 8-bit encoding: at least this many valid multi-byte sequences per error. Whole corpus texts in
 * Windows-1258, TCVN3 or VNI-Windows have at most 3 valid sequences in 1,015 errors; a UTF-8
 * notice has hundreds of sequences and no error.
 */
const MOSTLY_UTF8 = 4;

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** The first stray byte and its place: "byte 0x92 at byte offset 1234, line 5". */
export function describeStray(stray: StrayBytes): string {
  return `byte ${hex(stray.byte)} at byte offset ${stray.offset}, line ${stray.line}`;
}


/** The text, when the bytes are valid UTF-8 (decoded once: the test is the decoding). */
function asUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    return null;
  }
}

export interface DecodeOptions {
  encoding?: EncodingName;
  /**
   * `replace`: bytes that are not UTF-8 in a UTF-8 text (or in a text of no supported encoding)
   * become U+FFFD, reported in `stray`, instead of refusing the file. Default `strict`. The 8-bit
   * encodings give every byte a character; UTF-16 is refused as before.
   */
  errors?: 'strict' | 'replace';
}

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** With `errors: 'replace'`: the bytes that became U+FFFD. */
  stray?: StrayBytes;
}

/** UTF-8 with stray bytes: refused with their place, or decoded with U+FFFD for them. */
function decodeStrayUtf8(bytes: Uint8Array, start: number, stray: StrayBytes, options: DecodeOptions, refusal: string): Decoded {
  if (options.errors !== 'replace') {
    const more = stray.count > 1 ? ` (and ${stray.count - 1} more)` : '';
    const error = new DecodeError(`${refusal}: ${describeStray(stray)}${more}`);
    error.stray = stray;
    throw error;
  }
  return { text: UTF8_REPLACE.decode(bytes.subarray(start)), encoding: 'utf-8', stray };
}

/**
 * Decodes a file's bytes. Without `options.encoding` the encoding is detected: BOM, else valid
 * UTF-8 (pure ASCII included), else UTF-8 with a few stray bytes (refused with the place of the
 * first, unless `errors: 'replace'`), else the best-scoring of Windows-1258 / TCVN3 / VNI-Windows.
 * The BOM is removed; nothing else is changed (no NFC, no newline normalisation).
 * @throws DecodeError for an empty file, a binary file, or bytes that are no supported encoding.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  let encoding = options.encoding;
  if (encoding === undefined) {
    encoding = BOMS.find(([name]) => bomLength(bytes, name) > 0)?.[0];
    if (encoding === undefined) {
      const sample = bytes.subarray(0, SAMPLE_BYTES);
      const binary = looksBinary(bytes, sample);
      if (binary) throw new DecodeError(binary);
      const text = asUtf8(bytes);
      if (text !== null) {
        if (text.length === 0) throw new DecodeError('empty file');
        return { text, encoding: 'utf-8' };
      }
      const { valid, stray } = scanUtf8(bytes, 0);
      if (stray && valid >= MOSTLY_UTF8 * stray.count) return decodeStrayUtf8(bytes, 0, stray, options, 'not valid UTF-8');
      try {
        encoding = detectLegacy(sample);
      } catch (error) {
        if (!(error instanceof DecodeError) || !stray) throw error;
        return decodeStrayUtf8(bytes, 0, stray, options, error.message);
      }
    }
  }
  const start = bomLength(bytes, encoding);
  if (bytes.length === start) throw new DecodeError('empty file');
  try {
    return { text: decodeAs(bytes.subarray(start), encoding), encoding };
  } catch (error) {
    // UTF-8 given by --encoding or a BOM: the place of the stray bytes, or U+FFFD for them.
    const stray = encoding === 'utf-8' && error instanceof DecodeError ? scanUtf8(bytes, start).stray : null;
    if (!stray) throw error;
    return decodeStrayUtf8(bytes, start, stray, options, 'not valid UTF-8');
  }
}
