// Issue 19 (actors): the word list the actors stage reads once per document (src/extract/actors/
// word-list.ts) must be exactly the matches of `/[\p{L}\p{N}]+/gu`, and its upper-case test exactly
// `/^\p{Lu}/u`, for every code unit; a real sentence gives its words at their offsets. What a word
// may open (`opens`) and the word-led patterns tried only there (`matchesAt`) must find what the
// word lists and the patterns run over every position find.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasNonAscii, upperInitial, upperUnit, wordList, wordUnit } from '../src/ingest/word-list.js';
import {
  COMMUNE_BODY, LIST_HEAD, MENTION_FIRST, OPENS_COMMUNE, OPENS_FORM, OPENS_LIST, OPENS_STEERING, OPENS_SURNAME, OPENS_UNIT, STEERING, SURNAMES, SURNAMES_CAPS, UNIT_FIRST, firstWords, matchesAt, opens,
} from '../src/extract/actors/patterns.js';
import { unitWords } from '../src/extract/actors/gazetteer.js';
import { reading } from '../src/extract/actors/recognise.js';
import { normalise } from '../src/ingest/normalise.js';
import { fold } from '../src/ingest/match.js';

const byPattern = (text: string): Array<[number, number, string]> => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length, m[0]]);
const byList = (text: string): Array<[number, number, string]> => {
  const w = wordList(text);
  return w.at.map((at, i) => [at, w.end[i]!, text.slice(at, w.end[i])]);
};

describe('wordList', () => {
  it('gives the words of a real sentence, folded, at their offsets', () => {
    const text = fold('Giao Bộ Tài chính, UBND tỉnh Lào Cai (Sở TN&MT) báo cáo trước 31/12/2025.');
    expect(byList(text)).toEqual([
      [0, 4, 'giao'], [5, 7, 'bộ'], [8, 11, 'tài'], [12, 17, 'chính'], [19, 23, 'ubnd'], [24, 28, 'tỉnh'], [29, 32, 'lào'],
      [33, 36, 'cai'], [38, 40, 'sở'], [41, 43, 'tn'], [44, 46, 'mt'], [48, 51, 'báo'], [52, 55, 'cáo'], [56, 61, 'trước'],
      [62, 64, '31'], [65, 67, '12'], [68, 72, '2025'],
    ]);
  });

  it('a made-up line with other separators: dashes, line breaks, digits inside words', () => {
    expect(byList('Phòng Kế hoạch - Tổng hợp\nNĐ-CP số 15a')).toEqual([
      [0, 5, 'Phòng'], [6, 8, 'Kế'], [9, 14, 'hoạch'], [17, 21, 'Tổng'], [22, 25, 'hợp'], [26, 28, 'NĐ'], [29, 31, 'CP'], [32, 34, 'số'], [35, 38, '15a'],
    ]);
  });

  it('empty text and text without a word', () => {
    expect(byList('')).toEqual([]);
    expect(byList(' ,.;\n- ')).toEqual([]);
  });

  it('agrees with the pattern for every BMP code unit, alone and between letters', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}${ch} x`]) {
        if (JSON.stringify(byList(text)) !== JSON.stringify(byPattern(text))) differ.push(c.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });

  it('reads a surrogate pair as one character: a letter (𝐀) joins the word, an emoji (😀) ends it, a lone half is no letter', () => {
    for (const text of ['a𝐀b c', 'a😀b', 'x\uDC00y', 'x\uD835y', '\uD835', '𝐀', 'đ\uD835\uDC00']) expect(byList(text)).toEqual(byPattern(text));
    expect(byList('a𝐀b c')).toEqual([[0, 4, 'a𝐀b'], [5, 6, 'c']]);
    expect(byList('a😀b')).toEqual([[0, 1, 'a'], [3, 4, 'b']]);
  });
});

describe('wordUnit, upperUnit, upperInitial', () => {
  it('agree with the Unicode classes for every BMP code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (wordUnit(c) !== /[\p{L}\p{N}]/u.test(ch) || upperUnit(c) !== /^\p{Lu}/u.test(ch) || upperInitial(`${ch}a`) !== /^\p{Lu}/u.test(`${ch}a`)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('exact values on Vietnamese letters, digits, marks and pairs', () => {
    expect(['Đ', 'đ', 'Ủ', 'ủ', '7', '-', ' '].map((ch) => [wordUnit(ch.charCodeAt(0)), upperUnit(ch.charCodeAt(0))])).toEqual([
      [true, true], [true, false], [true, true], [true, false], [true, false], [false, false], [false, false],
    ]);
    expect(['Ủy ban', 'ủy ban', '𝐀b', '😀', ''].map(upperInitial)).toEqual([true, false, true, false, false]);
  });
});

describe('opens (patterns.ts): what a word may open', () => {
  it('exact bits for words that open a form, a unit name, both, or nothing, at their place in a folded sentence', () => {
    const text = fold('Giao các Bộ, Sở Tài chính, Cục Thuế và Ban Chỉ đạo; giám sát hằng năm');
    const w = wordList(text);
    const got = w.at.map((at, i) => [text.slice(at, w.end[i]), opens(text, at, w.end[i]!)]);
    expect(got).toEqual([
      ['giao', 0], ['các', OPENS_FORM | OPENS_STEERING | OPENS_LIST], ['bộ', OPENS_FORM | OPENS_UNIT], ['sở', OPENS_FORM | OPENS_UNIT], ['tài', 0], ['chính', OPENS_FORM],
      ['cục', OPENS_UNIT], ['thuế', 0], ['và', 0], ['ban', OPENS_FORM | OPENS_UNIT | OPENS_STEERING], ['chỉ', 0], ['đạo', 0], ['giám', OPENS_FORM], ['sát', 0], ['hằng', 0], ['năm', 0],
    ]);
  });

  it('agrees with the word lists it stands for, on every word of a made-up text', () => {
    const text = fold('Văn phòng UBND tỉnh, Tổng cục Thống kê, Viện Chiến lược, công ty TNHH, Ủy ban nhân dân xã Tả Phìn, Thủ tướng, Phó Chủ tịch Nguyễn Văn Hùng, ĐỖ THỊ LAN');
    const w = wordList(text);
    for (let i = 0; i < w.at.length; i++) {
      const word = text.slice(w.at[i], w.end[i]);
      const surname = [...SURNAMES, ...SURNAMES_CAPS].some((s) => fold(s) === word);
      const steering = firstWords(['các', 'từng', ...unitWords.steering]).has(word);
      const commune = word === 'ủy' || word === 'ubnd';
      expect(opens(text, w.at[i]!, w.end[i]!)).toBe(
        (MENTION_FIRST.has(word) ? OPENS_FORM : 0) | (UNIT_FIRST.has(word) ? OPENS_UNIT : 0) | (surname ? OPENS_SURNAME : 0) |
          (steering ? OPENS_STEERING : 0) | (word === 'các' ? OPENS_LIST : 0) | (commune ? OPENS_COMMUNE : 0),
      );
    }
  });
});

describe('matchesAt (patterns.ts): a word-led pattern tried only at the words that may open it', () => {
  const cases: Array<[string, RegExp, number]> = [['STEERING', STEERING, OPENS_STEERING], ['LIST_HEAD', LIST_HEAD, OPENS_LIST], ['COMMUNE_BODY', COMMUNE_BODY, OPENS_COMMUNE]];
  const starts = (folded: string, bit: number): number[] => {
    const w = wordList(folded);
    return w.at.filter((at, i) => (opens(folded, at, w.end[i]!) & bit) !== 0);
  };
  const byBoth = (folded: string, sticky: RegExp, bit: number): [string[], string[]] => [
    matchesAt(folded, starts(folded, bit), sticky).map((m) => `${m.index}:${m[0]}`),
    [...folded.matchAll(new RegExp(sticky.source, 'gu'))].map((m) => `${m.index}:${m[0]}`),
  ];

  it('finds what the same pattern run over every position finds, on every corpus text', () => {
    const found = new Map<string, number>();
    for (const name of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
      const folded = reading(normalise(readFileSync(join('corpus', name), 'utf8'))).folded;
      for (const [label, sticky, bit] of cases) {
        const [words, everywhere] = byBoth(folded, sticky, bit);
        expect(words, `${label} ${name}`).toEqual(everywhere);
        found.set(label, (found.get(label) ?? 0) + words.length);
      }
    }
    // The corpus does hold each kind (a check that the comparison compared something).
    expect([...found.values()].every((n) => n > 0)).toBe(true);
  });

  it('exact matches on a made-up text: plurals, line breaks, a match right after another', () => {
    const folded = fold('Các Ban chỉ đạo, từng Ủy ban quốc gia và BAN CHỈ ĐẠO;các bộ:Tài chính, UBND phường Cam Đường, Ủy ban nhân dân\nxã Tả Phìn, ủy ban nhân dân thị trấn  Sa Pa');
    expect(matchesAt(folded, starts(folded, OPENS_STEERING), STEERING).map((m) => [m.index, m[0]])).toEqual([[0, 'các ban chỉ đạo'], [17, 'từng ủy ban quốc gia'], [41, 'ban chỉ đạo']]);
    expect(matchesAt(folded, starts(folded, OPENS_LIST), LIST_HEAD).map((m) => [m.index, m[0]])).toEqual([[53, 'các bộ:']]);
    expect(matchesAt(folded, starts(folded, OPENS_COMMUNE), COMMUNE_BODY).map((m) => [m.index, m[0]])).toEqual([[71, 'ubnd phường '], [94, 'ủy ban nhân dân\nxã '], [122, 'ủy ban nhân dân thị trấn  ']]);
    for (const [, sticky, bit] of cases) {
      const [words, everywhere] = byBoth(folded, sticky, bit);
      expect(words).toEqual(everywhere);
    }
  });
});

describe('hasNonAscii', () => {
  it.each([
    ['', false],
    ['Quyet dinh so 15/QD-TTg', false],
    ['Quyết', true],
    ['\u00a0', true],
    ['abc\u{1F600}', true],
  ])('%j → %s', (text, expected) => {
    expect(hasNonAscii(text)).toBe(expected);
    expect(hasNonAscii(text)).toBe(/[^\x00-\x7f]/u.test(text));
  });
});
