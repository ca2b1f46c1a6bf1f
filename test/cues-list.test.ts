// cueList (structure/cues.ts): a cue list's alternation run without its word-start lookbehind,
// the word start tested where the alternation matched — the same matches as the whole-word
// pattern (`wordPattern`) it replaces, from every start, on the corpus and on made-up texts with
// cue words inside words, at a text's edges, after astral letters and digits.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cues } from '../src/data/index.js';
import { fold, wordPattern } from '../src/ingest/match.js';
import { cueList, type CueList } from '../src/structure/cues.js';

const LISTS: Readonly<Record<string, readonly string[]>> = {
  instruct: [...cues.instruct, ...cues.strong], past: ['đã'], notInstruct: cues.notInstruct, notDirective: cues.notDirective,
  urgent: cues.urgent, closing: cues.closing, leadInEnd: cues.leadInEnd, actionVerbs: cues.actionVerbs,
};

/** Every match [index, text] of `list` in `s` from `from`, by the global pattern's scan. */
function byPattern(re: RegExp, s: string, from = 0): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m[0]]);
  return out;
}
function byList(list: CueList, s: string, from = 0): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let m = list.exec(s, from); m; m = list.exec(s, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

const corpusDir = new URL('../corpus/', import.meta.url);
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => fold(readFileSync(new URL(f, corpusDir), 'utf8').normalize('NFC')));

describe('cueList', () => {
  it('finds exact matches (valid and invalid cases)', () => {
    const urgent = cueList(cues.urgent);
    const rows: ReadonlyArray<readonly [string, Array<[number, string]>]> = [
      ['triển khai ngay trong tháng', [[11, 'ngay']]],
      ['ngay', [[0, 'ngay']]],
      ['khẩn\ntrương thực hiện; gấp', [[0, 'khẩn\ntrương'], [23, 'gấp']]],
      ['ngayngay ngay', [[9, 'ngay']]],
      ['angay ngaya', []],
      ['3ngay', []],
      ['ưngay ngay', [[6, 'ngay']]], // a Vietnamese letter before the first
      ['-ngay.', [[1, 'ngay']]],
      ['\u{10400}ngay', []], // an astral letter before: no word start
      ['\u{1F600}ngay', [[2, 'ngay']]], // an emoji before: a word start
      ['\u{1D7CE}ngay \u{1D7CE} ngay', [[10, 'ngay']]], // a mathematical digit before the first
    ];
    for (const [s, want] of rows) expect([s, byList(urgent, s)]).toEqual([s, want]);
  });

  it('gives the matches of the whole-word pattern on every corpus text, from every 97th start', () => {
    let total = 0;
    for (const [name, phrases] of Object.entries(LISTS)) {
      const list = cueList(phrases);
      const re = wordPattern(phrases);
      for (const text of corpus) {
        const want = byPattern(re, text);
        total += want.length;
        expect([name, byList(list, text)]).toEqual([name, want]);
        for (let from = 0; from < text.length; from += 97) expect(byList(list, text, from)).toEqual(byPattern(re, text, from));
      }
    }
    expect(total).toBeGreaterThan(1000);
  });

  it('gives the same matches on slices cut inside words and on made-up texts', () => {
    const list = cueList(LISTS.instruct!);
    const re = wordPattern(LISTS.instruct!);
    const text = corpus[0]!;
    // Slices that start and end at every offset of a stretch with cue words: edges inside words.
    const at = text.indexOf('yêu cầu');
    expect(at).toBeGreaterThan(0);
    for (let s = at - 12; s < at + 12; s++) for (let e = at + 2; e < at + 40; e++) {
      const slice = text.slice(s, e);
      expect(byList(list, slice)).toEqual(byPattern(re, slice));
    }
    const made = ['cầncần cần', 'xcần', 'giaogiao giao', 'đề  nghị\nđề\n\nnghị', 'phảiđ phải', 'ủy quyền cho\u{10400}', 'lưu ý\u{1F600}lưu ý'];
    for (const s of made) expect([s, byList(list, s)]).toEqual([s, byPattern(re, s)]);
  });
});
