import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecodeError, ENCODINGS, decode, parseEncodingName } from '../src/ingest/decode.js';
import { TCVN3_TO_UNICODE, UNICODE_TO_VNI } from '../src/ingest/legacy-tables.js';
import type { EncodingName } from '../src/types.js';
import { encodeAs, substitute, utf8WithBom } from './helpers/legacy-encode.js';

const CORPUS = new URL('../corpus/', import.meta.url);
const FIXTURES = new URL('../fixtures/encodings/', import.meta.url);
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const corpusText = corpusFiles.map((f) => readFileSync(new URL(f, CORPUS), 'utf8')).join('\n');

const decodedNfc = (bytes: Uint8Array) => {
  const { text, encoding } = decode(bytes);
  return { text: text.normalize('NFC'), encoding };
};

/** Every encoding, and how a file in it is written. TCVN3 goes through `substitute` (see below). */
const WRITERS: readonly (readonly [string, EncodingName, (text: string) => Uint8Array])[] = [
  ['utf-8', 'utf-8', (t) => encodeAs(t, 'utf-8')],
  ['utf-8 with BOM', 'utf-8', utf8WithBom],
  ['utf-16le', 'utf-16le', (t) => encodeAs(t, 'utf-16le')],
  ['utf-16be', 'utf-16be', (t) => encodeAs(t, 'utf-16be')],
  ['windows-1258', 'windows-1258', (t) => encodeAs(t, 'windows-1258')],
  // TCVN3 (VN3) has no capitals with a tone: "Ủy" can only be stored as "ủy" (.VnTimeH shows it
  // in capitals), and "»" collides with "ằ". Those characters are substituted before encoding,
  // and the expected text is the substituted one.
  ['tcvn3', 'tcvn3', (t) => encodeAs(t, 'tcvn3', { substitute: true })],
  ['vni-windows', 'vni-windows', (t) => encodeAs(t, 'vni-windows')],
];

const expectedFor = (text: string, encoding: EncodingName) =>
  encoding === 'tcvn3' ? substitute(text, 'tcvn3') : text.normalize('NFC');

describe('legacy tables', () => {
  it('TCVN3 has 134 − 60 capitals-with-tone = 74 letters, at distinct bytes ≥ 0xA1', () => {
    const bytes = [...TCVN3_TO_UNICODE.keys()];
    expect(bytes).toHaveLength(74);
    expect(new Set(TCVN3_TO_UNICODE.values()).size).toBe(74);
    expect(bytes.every((b) => b >= 0xa1 && b <= 0xfe)).toBe(true);
  });

  it('VNI-Windows spells all 134 Vietnamese letters, each differently', () => {
    expect(UNICODE_TO_VNI.size).toBe(134);
    const spellings = [...UNICODE_TO_VNI.values()].map((b) => b.join(','));
    expect(new Set(spellings).size).toBe(134);
  });

  it.each([
    ['ố', 'tcvn3', [0xe8]],
    ['ư', 'tcvn3', [0xad]],
    ['Đ', 'tcvn3', [0xa7]],
    ['ố', 'vni-windows', [0x6f, 0xe1]],
    ['ướ', 'vni-windows', [0xf6, 0xf4, 0xf9]],
    ['Ủ', 'vni-windows', [0x55, 0xdb]],
    ['ị', 'vni-windows', [0xf2]],
    ['ấ', 'windows-1258', [0xe2, 0xec]],
    ['á', 'windows-1258', [0xe1]],
    ['ự', 'windows-1258', [0xfd, 0xf2]],
  ] as const)('%s in %s is %j', (text, encoding, bytes) => {
    expect([...encodeAs(text, encoding)]).toEqual(bytes);
  });

  it('the Windows-1258 writer round-trips through ICU for every Vietnamese letter', () => {
    const letters = [...UNICODE_TO_VNI.keys()].join('');
    const bytes = encodeAs(letters, 'windows-1258');
    expect(new TextDecoder('windows-1258').decode(bytes).normalize('NFC')).toBe(letters);
  });

  it('the writers refuse what an encoding cannot hold', () => {
    expect(() => encodeAs('Ủy ban', 'tcvn3')).toThrow(/cannot represent "Ủ"/);
    expect(() => encodeAs('漢', 'windows-1258')).toThrow(/cannot represent/);
    expect(() => encodeAs('ä', 'vni-windows')).toThrow(/cannot represent/);
    expect(substitute('Ủy ban «x»', 'tcvn3')).toBe('ủy ban "x"');
  });
});

describe('decode: fixtures written from the fonts’ tables', () => {
  it.each([
    ['tcvn3-quoc-hieu.txt', 'tcvn3', 'Cộng hoà xã hội chủ nghĩa Việt Nam\r\nĐộc lập - Tự do - Hạnh phúc\r\n'],
    ['vni-quoc-hieu.txt', 'vni-windows', 'Cộng hòa xã hội chủ nghĩa Việt Nam\r\nĐộc lập - Tự do - Hạnh phúc\r\n'],
    ['cp1258-quoc-hieu.txt', 'windows-1258', 'Cộng hòa xã hội chủ nghĩa Việt Nam\r\nĐộc lập - Tự do - Hạnh phúc\r\n'],
  ] as const)('%s is %s', (file, encoding, text) => {
    const got = decodedNfc(readFileSync(new URL(file, FIXTURES)));
    expect(got).toEqual({ text, encoding });
  });
});

describe('decode: corpus sentences in every encoding', () => {
  const sentences = [
    'Chính phủ yêu cầu các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố trực thuộc Trung ương cần cụ thể hóa và tổ chức triển khai thực hiện',
    'tham mưu cho Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh lãnh đạo',
    'UBND tỉnh Lào Cai',
    'Độc lập - Tự do - Hạnh phúc',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;',
  ];

  it('the sentences are from the corpus', () => {
    for (const s of sentences) expect(corpusText).toContain(s);
  });

  const cases = sentences.flatMap((s) => WRITERS.map(([label, enc, write]) => [s, label, enc, write] as const));
  it.each(cases)('%s (%s)', (sentence, _label, encoding, write) => {
    expect(decodedNfc(write(sentence))).toEqual({ text: expectedFor(sentence, encoding), encoding });
  });
});

describe('decode: every corpus file in every encoding', () => {
  const cases = corpusFiles.flatMap((f) => WRITERS.map(([label, enc, write]) => [f, label, enc, write] as const));
  it.each(cases)('%s (%s)', (file, _label, encoding, write) => {
    const text = readFileSync(new URL(file, CORPUS), 'utf8');
    const got = decodedNfc(write(text));
    expect(got.encoding).toBe(encoding);
    expect(got.text === expectedFor(text, encoding)).toBe(true); // not toBe: a 17 KB diff helps no one
  });
});

describe('decode: details', () => {
  it('removes the BOM and nothing else (no NFC, no newline change)', () => {
    const nfd = 'Ho\u0300a\r\nx'; // "Hòa" decomposed, CRLF
    const utf8 = new TextEncoder().encode(`\ufeff${nfd}`);
    expect(decode(utf8)).toEqual({ text: nfd, encoding: 'utf-8' });
    expect(decode(new TextEncoder().encode(nfd))).toEqual({ text: nfd, encoding: 'utf-8' });
  });

  it('pure ASCII is UTF-8', () => {
    expect(decode(new TextEncoder().encode('Dieu 1. Giao Bo Tai chinh\n'))).toEqual({
      text: 'Dieu 1. Giao Bo Tai chinh\n',
      encoding: 'utf-8',
    });
  });

  it('obeys an explicit encoding, even against detection', () => {
    const tcvn3 = readFileSync(new URL('tcvn3-quoc-hieu.txt', FIXTURES));
    expect(decode(tcvn3, { encoding: 'windows-1258' }).encoding).toBe('windows-1258');
    expect(decode(tcvn3, { encoding: 'windows-1258' }).text).toBe(new TextDecoder('windows-1258').decode(tcvn3));
    expect(decode(encodeAs('Bộ Tài chính', 'vni-windows'), { encoding: 'vni-windows' }).text).toBe('Bộ Tài chính');
    expect(decode(utf8WithBom('Bộ'), { encoding: 'utf-8' }).text).toBe('Bộ');
    expect(decode(encodeAs('Bộ', 'utf-16le'), { encoding: 'utf-16le' }).text).toBe('Bộ');
    expect(() => decode(Uint8Array.of(0xc3, 0x28), { encoding: 'utf-8' })).toThrow(DecodeError);
  });

  it('takes high bytes used only for punctuation as Windows-1258', () => {
    const bytes = Uint8Array.from([0x93, ...new TextEncoder().encode('Xem them'), 0x94, 0xa0, 0x85]);
    expect(decode(bytes)).toEqual({ text: '“Xem them”\u00a0…', encoding: 'windows-1258' });
  });

  it('decodes a VNI mark whose case differs from its letter', () => {
    expect(decode(Uint8Array.from(Buffer.from('Boä TOÅ', 'latin1')), { encoding: 'vni-windows' }).text).toBe('Bộ TỔ');
  });

  it('is fast: 8 MB of VNI text in well under the test timeout', () => {
    const text = readFileSync(new URL(corpusFiles[6]!, CORPUS), 'utf8');
    const bytes = encodeAs(text.repeat(Math.ceil(8e6 / text.length / 1.2)), 'vni-windows');
    const start = performance.now();
    expect(decode(bytes).encoding).toBe('vni-windows');
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('decode: errors', () => {
  const random = (n: number, seed = 42) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    return out;
  };

  it.each([
    ['empty bytes', new Uint8Array(0), /empty file/],
    ['a UTF-8 BOM only', Uint8Array.of(0xef, 0xbb, 0xbf), /empty file/],
    ['a UTF-16 BOM only', Uint8Array.of(0xff, 0xfe), /empty file/],
    ['random binary with NUL bytes', random(4096), /binary file/],
    ['NUL bytes in ASCII', new TextEncoder().encode('PK\u0003\u0004\u0000\u0000 ban'), /binary file/],
    ['a NUL byte after 64 KB of text', new TextEncoder().encode(`${'Bộ '.repeat(30000)}\u0000`), /binary file/],
    ['control bytes', Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), /binary file/],
    ['bytes undefined in the cp1252 family', Uint8Array.from({ length: 200 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d][i % 5]!), /not valid in any supported encoding/],
    ['high bytes that spell no Vietnamese', Uint8Array.from(Buffer.from('Æ¿¼ ÞÐ× ¢£¥ ßþ æøå ÿÿ', 'latin1')), /not valid in any supported encoding/],
    ['a lone surrogate after a UTF-16 BOM', Uint8Array.of(0xff, 0xfe, 0x00, 0xd8), /not valid utf-16le/],
  ] as const)('%s', (_label, bytes, reason) => {
    expect(() => decode(bytes)).toThrow(DecodeError);
    expect(() => decode(bytes)).toThrow(reason);
  });
});

describe('encoding names', () => {
  it('lists the six', () => {
    expect([...ENCODINGS].sort()).toEqual(['tcvn3', 'utf-16be', 'utf-16le', 'utf-8', 'vni-windows', 'windows-1258']);
  });

  it.each([
    ['utf8', 'utf-8'], ['UTF-8', 'utf-8'], ['utf-16', 'utf-16le'], ['utf16le', 'utf-16le'],
    ['UTF-16BE', 'utf-16be'], ['cp1258', 'windows-1258'], ['Windows-1258', 'windows-1258'],
    ['tcvn3', 'tcvn3'], ['ABC', 'tcvn3'], ['vni', 'vni-windows'], ['VNI-Windows', 'vni-windows'],
    [' vni_windows ', 'vni-windows'], ['latin1', null], ['', null],
  ] as const)('%j → %j', (name, expected) => {
    expect(parseEncodingName(name)).toBe(expected);
  });
});

describe('stray bytes in UTF-8 (--encoding-errors)', () => {
  // A real line of a notice, twice (so that its valid sequences outnumber the errors), with bytes
  // spliced in at the start of the second line.
  const line = 'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành triển khai thực hiện.\n';
  const head = Buffer.from(line, 'utf8');
  const withStray = (stray: number[], bom = false): Uint8Array =>
    Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...head, ...stray, ...head]);
  const offset = head.length;

  it.each([
    // [label, bytes spliced in, U+FFFD written (the WHATWG decoder's count), first byte]
    ['a Windows-1252 quote', [0x92], 1, 0x92],
    ['a lone continuation byte', [0x80], 1, 0x80],
    ['a lead byte without its continuation', [0xe1, 0xbb], 1, 0xe1],
    ['an overlong form (E0 80 80)', [0xe0, 0x80, 0x80], 3, 0xe0],
    ['a surrogate (ED A0 80)', [0xed, 0xa0, 0x80], 3, 0xed],
    ['above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 4, 0xf4],
    ['two stray bytes apart', [0xff, 0x41, 0xfe], 2, 0xff],
  ] as const)('%s: refused with its place; replaced as the WHATWG decoder does', (_label, stray, count, byte) => {
    const bytes = withStray([...stray]);
    let refused: DecodeError | undefined;
    try {
      decode(bytes);
    } catch (error) {
      refused = error as DecodeError;
    }
    expect(refused).toBeInstanceOf(DecodeError);
    expect(refused!.message).toBe(`not valid UTF-8: byte 0x${byte.toString(16).toUpperCase()} at byte offset ${offset}, line 2${count > 1 ? ` (and ${count - 1} more)` : ''}`);
    const replaced = decode(bytes, { errors: 'replace' });
    expect(replaced.encoding).toBe('utf-8');
    expect(replaced.stray).toEqual({ count, offset, line: 2, byte });
    expect([...replaced.text].filter((c) => c === '\uFFFD')).toHaveLength(count);
    expect(replaced.text.startsWith(line) && replaced.text.endsWith(line)).toBe(true);
  });

  it('the offset counts from the start of the file, BOM included; --encoding utf-8 says the same', () => {
    const bytes = withStray([0x92], true);
    expect(() => decode(bytes)).toThrow(`not valid UTF-8: byte 0x92 at byte offset ${offset + 3}, line 2`);
    expect(() => decode(withStray([0x92]), { encoding: 'utf-8' })).toThrow(`not valid UTF-8: byte 0x92 at byte offset ${offset}, line 2`);
    expect(decode(bytes, { errors: 'replace' }).stray).toEqual({ count: 1, offset: offset + 3, line: 2, byte: 0x92 });
  });

  it('valid UTF-8 and the 8-bit encodings are untouched by replace', () => {
    expect(decode(withStray([]), { errors: 'replace' })).toEqual({ text: line + line, encoding: 'utf-8' });
    for (const encoding of ['windows-1258', 'vni-windows'] as const) {
      const decoded = decode(encodeAs(line, encoding), { errors: 'replace' });
      expect([decoded.encoding, decoded.text.normalize('NFC'), decoded.stray]).toEqual([encoding, line, undefined]);
    }
  });

  it('no Vietnamese in any encoding: the legacy refusal with the place of the first byte; replace reads it as UTF-8', () => {
    const bytes = Uint8Array.from(Buffer.from('Æ¿¼ ÞÐ× ¢£¥ ßþ æøå ÿÿ', 'latin1'));
    expect(() => decode(bytes)).toThrow('not valid in any supported encoding (not UTF-8, and not Vietnamese in Windows-1258, TCVN3 or VNI-Windows): byte 0xBC at byte offset 2, line 1 (and 13 more)');
    // "Æ¿" (C6 BF) happens to be a UTF-8 sequence: the first stray byte is "¼".
    expect(decode(bytes, { errors: 'replace' }).stray).toEqual({ count: 14, offset: 2, line: 1, byte: 0xbc });
  });
});
