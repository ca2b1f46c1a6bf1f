// The inverse of src/ingest/decode.ts, for tests: NFC text → the bytes a file in that encoding
// would hold. Strict: a character the encoding cannot hold throws, unless the caller asks for the
// documented substitutions (`substitute`).

import type { EncodingName } from '../../src/types.js';
import { CP1252, TCVN3_TO_UNICODE, UNICODE_TO_VNI } from '../../src/ingest/legacy-tables.js';

const CP1258 = new TextDecoder('windows-1258');

/** Character → byte for the 256 bytes of a single-byte table. */
function inverse(charOf: (b: number) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 255; b >= 0; b--) map.set(charOf(b), b);
  return map;
}

const TO_CP1252 = inverse((b) => CP1252[b]!);
const TO_CP1258 = inverse((b) => CP1258.decode(Uint8Array.of(b)));
const TCVN3_BYTES = new Set(TCVN3_TO_UNICODE.keys());
const TCVN3_FROM_UNICODE = new Map([...TCVN3_TO_UNICODE].map(([b, c]) => [c, b]));
/** Bytes VNI gives a meaning of its own (letters, marks). */
const VNI_BYTES = new Set([...UNICODE_TO_VNI.values()].flat().filter((b) => b >= 0x80));
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
const LETTER = /\p{L}/u;

/**
 * TCVN3 and VNI keep Windows-1252 for what they do not use, but a document in those fonts has no
 * letters but ASCII and the table's: a Latin-1 "Á" at a free byte is not how such files wrote "Á".
 */
function legacyOther(c: string, used: ReadonlySet<number>): number[] | null {
  const b = TO_CP1252.get(c);
  if (b === undefined || used.has(b) || (b >= 0x80 && LETTER.test(c))) return null;
  return [b];
}

function encodeChar(c: string, encoding: EncodingName): number[] | null {
  switch (encoding) {
    case 'tcvn3': {
      const b = TCVN3_FROM_UNICODE.get(c);
      return b !== undefined ? [b] : legacyOther(c, TCVN3_BYTES);
    }
    case 'vni-windows': {
      const seq = UNICODE_TO_VNI.get(c);
      return seq ? [...seq] : legacyOther(c, VNI_BYTES);
    }
    case 'windows-1258': {
      const b = TO_CP1258.get(c);
      if (b !== undefined) return [b];
      // cp1258 writes a tone as a combining mark after the (possibly hatted) letter: "ấ" = â + U+0301.
      const nfd = c.normalize('NFD');
      const tone = [...nfd].filter((m) => TONES.test(m));
      const base = TO_CP1258.get([...nfd].filter((m) => !TONES.test(m)).join('').normalize('NFC'));
      const mark = tone.length === 1 ? TO_CP1258.get(tone[0]!) : undefined;
      return base === undefined || mark === undefined ? null : [base, mark];
    }
    default:
      throw new Error(`encodeChar: ${encoding} is not single-byte`);
  }
}

const FALLBACKS: Readonly<Record<string, string>> = {
  '«': '"', '»': '"', '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '…': '...',
};

/**
 * The text with every character the encoding cannot hold replaced: first by its lowercase (TCVN3
 * has no capitals with a tone; .VnTimeH documents store the lowercase code), then by an ASCII
 * look-alike for punctuation, else "?". What `encodeAs(…, { substitute: true })` encodes.
 */
export function substitute(text: string, encoding: EncodingName): string {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') return text.normalize('NFC');
  let out = '';
  for (const c of text.normalize('NFC')) {
    const candidates = [c, c.toLowerCase(), FALLBACKS[c] ?? '?'];
    out += candidates.find((s) => [...s].every((x) => encodeChar(x, encoding) !== null))!;
  }
  return out;
}

export function encodeAs(
  text: string,
  encoding: EncodingName,
  options: { substitute?: boolean } = {},
): Uint8Array {
  const nfc = options.substitute ? substitute(text, encoding) : text.normalize('NFC');
  if (encoding === 'utf-8') return new TextEncoder().encode(nfc);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const le = encoding === 'utf-16le';
    const out = new Uint8Array(2 + nfc.length * 2);
    const view = new DataView(out.buffer);
    view.setUint16(0, 0xfeff, le);
    for (let i = 0; i < nfc.length; i++) view.setUint16(2 + 2 * i, nfc.charCodeAt(i), le);
    return out;
  }
  const bytes: number[] = [];
  for (const c of nfc) {
    const encoded = encodeChar(c, encoding);
    if (encoded === null) {
      throw new Error(`${encoding} cannot represent ${JSON.stringify(c)} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`);
    }
    bytes.push(...encoded);
  }
  return Uint8Array.from(bytes);
}

/** UTF-8 with a BOM, as Notepad writes it. */
export function utf8WithBom(text: string): Uint8Array {
  const body = encodeAs(text, 'utf-8');
  const out = new Uint8Array(3 + body.length);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
