// Structure reads the document's folded copy instead of folding lines again (issue 19, point 5),
// and tests letter case in one pass: both must give exactly what they replace.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cues } from '../src/data/index.js';
import { alternation, bareKey, fold, WORD_END, WORD_START } from '../src/ingest/match.js';
import { normalise } from '../src/ingest/normalise.js';
import { foldedSlice } from '../src/structure/folded.js';
import { isAttributeLine } from '../src/structure/attributes.js';
import { isDescriptiveHeading, opensWithDescriptiveHeading } from '../src/structure/cues.js';
import { isUpper, lines, onlyMarks, stripMarks } from '../src/structure/paragraphs.js';
import { pipeLines } from '../src/structure/index.js';
import { gapStarts } from '../src/structure/tables.js';

const corpus = readdirSync('corpus').filter((f) => f.endsWith('.txt')).map((f) => normalise(readFileSync(join('corpus', f), 'utf8')));

describe('foldedSlice', () => {
  it.each([
    // A line between line breaks: the slice of the folded document.
    ['Kính gửi:\nỦY BAN NHÂN DÂN TỈNH HOÀ BÌNH\n', 10, 39, 'ủy ban nhân dân tỉnh hòa bình'],
    ['a Thuỷ lợi b', 2, 10, 'thủy lợi'],
    // "Tuỳ" closed by "x" in the text is no open syllable there; cut before the "x", it is one: folded afresh.
    ['Tuỳx', 0, 3, 'tùy'],
    // "o" before the stretch makes "oà" a pair in the document (tone kept on "à" there: closed by "n").
    ['Hoàn', 2, 4, 'àn'],
    ['HOÀ', 0, 3, 'hòa'],
    ['', 0, 0, ''],
  ])('%j [%i, %i) → %j', (text, start, end, expected) => {
    const nfc = text.normalize('NFC');
    expect(foldedSlice(nfc, fold(nfc), start, end)).toBe(expected);
    expect(foldedSlice(nfc, fold(nfc), start, end)).toBe(fold(nfc.slice(start, end)));
  });

  it('is the folded copy of every line of every corpus file, its marks stripped or not, read from the document', () => {
    let compared = 0;
    for (const text of corpus) {
      const folded = fold(text);
      for (const line of lines(text)) {
        expect(foldedSlice(text, folded, line.start, line.end)).toBe(fold(line.text));
        expect(folded.slice(line.start, line.end)).toBe(fold(line.text));
        expect(stripMarks(foldedSlice(text, folded, line.start, line.end))).toBe(fold(stripMarks(line.text)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('equals fold of the slice for every stretch of a text full of open syllables', () => {
    const text = 'Hoà, THUỶ-hoạ khoẻ uỷ;Tuỳx hoà\nhoè oa  ủy quỳ'.normalize('NFC');
    const folded = fold(text);
    for (let s = 0; s <= text.length; s++) for (let e = s; e <= text.length; e++) expect(foldedSlice(text, folded, s, e), `${s}, ${e}`).toBe(fold(text.slice(s, e)));
  });
});

describe('the bare key of a slice of the folded document (shape.ts)', () => {
  it('is the bare key of the slice folded alone, wherever it is cut', () => {
    const text = 'Hoà, THUỶ-hoạ khoẻ uỷ;Tuỳx hoà\nhoè oa  ủy quỳ CỘNG HOÀ XÃ HỘI'.normalize('NFC');
    const folded = fold(text);
    for (let s = 0; s <= text.length; s++) for (let e = s; e <= text.length; e++) expect(bareKey(folded.slice(s, e))).toBe(bareKey(fold(text.slice(s, e))));
  });

  it('is so for the first 3,000 characters of every corpus file (the head parseHeader reads)', () => {
    for (const text of corpus) {
      for (const n of [3000, 2999, 1234, 77]) expect(bareKey(fold(text).slice(0, n))).toBe(bareKey(fold(text.slice(0, n))));
    }
  });
});

describe('isUpper', () => {
  const reference = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s.replace(/[^\p{L}]/gu, ''));

  it.each([
    ['KẾ HOẠCH', true],
    ['Số: 12', false],
    ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', true],
    ['BỘ CÔNG THƯƠNG / Cục Hóa chất', false],
    ['12/2026', false],
    ['', false],
    ['Đ', true],
    ['đ', false],
    ['𝐀 1', true], // U+1D400, a capital of another plane
    ['𝐀𝐚', false], // … and its small letter
    ['\uD835 A', true], // a lone surrogate is no letter
  ])('%j → %s', (s, expected) => {
    expect(isUpper(s)).toBe(expected);
    expect(reference(s)).toBe(expected);
  });

  it('agrees with the two patterns for every code unit of the Basic Plane, alone and beside capitals and small letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A${ch}`, `${ch}a`, `${ch}Ê`]) if (isUpper(s) !== reference(s)) expect(isUpper(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(reference(s));
    }
  });

  it('agrees with them on every line of every corpus file', () => {
    for (const text of corpus) for (const line of lines(text)) expect(isUpper(line.text), line.text).toBe(reference(line.text));
  });
});

describe('gapStarts', () => {
  it.each([
    ['TT   Nhiệm vụ   Cơ quan chủ trì', [2, 13]],
    ['TT\tNhiệm vụ\t\tChủ trì', [2, 11]],
    ['TT  \tNhiệm vụ', [2, 4]], // a run of spaces, then a tab: two gaps
    ['a b  c\n  d\t\n', [3, 7, 10]],
    ['a b c d e', []],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(gapStarts(text)).toEqual(expected);
  });

  it('are the matches of ` {2,}|\\t+` on random runs of spaces, tabs, letters and line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\t', 'a', 'ô', '\n', '|'), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(gapStarts(text)).toEqual([...text.matchAll(/ {2,}|\t+/gu)].map((m) => m.index));
      }),
      { numRuns: 1000 },
    );
  });

  it('are the gaps found line by line, for every line of every corpus file', () => {
    for (const text of corpus) {
      const byLine: number[] = [];
      let from = 0;
      for (const line of text.split('\n')) {
        for (const m of line.matchAll(/ {2,}|\t+/gu)) byLine.push(from + m.index);
        from += line.length + 1;
      }
      expect(gapStarts(text)).toEqual(byLine);
    }
  });
});

describe('isDescriptiveHeading', () => {
  // The heading test as it was written: the whole, or every piece of the list cut by split().
  const heading = new RegExp(`^(?:${alternation(cues.descriptiveHeadings.map((h) => bareKey(fold(h))))})(?:[ \\n]*[:.]|[ \\n]*$)`, 'u');
  const list = new RegExp(`,|${WORD_START}va${WORD_END}`, 'u');
  const reference = (folded: string): boolean => {
    const bare = bareKey(folded);
    if (heading.test(bare)) return true;
    let end = bare.length;
    while (end > 0 && (bare[end - 1] === ' ' || bare[end - 1] === '\n')) end--;
    if (bare[end - 1] === ':' || bare[end - 1] === '.') end--;
    const pieces = bare.slice(0, end).split(list);
    return pieces.length > 1 && pieces.every((p) => heading.test(p.trim()));
  };

  it.each([
    ['quan điểm, mục tiêu:', true],
    ['mục đích và yêu cầu', true],
    ['mục đích, yêu cầu, nội dung triển khai thực hiện kế hoạch:', false],
    ['thời gian, địa điểm:', true],
    ['tăng cường công tác quản lý, mục tiêu:', false],
  ])('%j → %s', (line, expected) => {
    expect(isDescriptiveHeading(fold(line.normalize('NFC')))).toBe(expected);
    expect(reference(fold(line.normalize('NFC')))).toBe(expected);
  });

  it('reads a list of headings as the split did, on the first sentence of every corpus line', () => {
    for (const text of corpus) {
      for (const line of lines(text)) {
        const folded = fold(line.text);
        const stop = folded.search(/[:.]/u);
        const sentence = (stop >= 0 ? folded.slice(0, stop) : folded) + ':';
        expect(isDescriptiveHeading(sentence), sentence).toBe(reference(sentence));
      }
    }
  });
});

describe('opensWithDescriptiveHeading', () => {
  /** What segment.ts asked before: the first words that are a heading, else the line, as a heading. */
  const reference = (heading: string): boolean => {
    const words = heading.split(/\s+/u);
    for (let n = Math.min(words.length, 6); n >= 1; n--) {
      const candidate = words.slice(0, n).join(' ') + ':';
      if (isDescriptiveHeading(candidate)) return isDescriptiveHeading(candidate);
    }
    return isDescriptiveHeading(heading);
  };

  it.each([
    ['kết quả tiếp nhận hồ sơ', true],
    ['mục đích, yêu cầu', true],
    ['quan điễm, mục tiểu', true], // OCR noise in the marks
    ['thời gian, hình thức họp', true],
    ['nhiệm vụ và giải pháp chủ yếu', false],
    ['tổ chức thực hiện', false],
    ['', false],
  ])('%j → %s', (heading, expected) => {
    const folded = fold(heading.normalize('NFC'));
    expect(opensWithDescriptiveHeading(folded)).toBe(expected);
    expect(reference(folded)).toBe(expected);
  });

  it('agrees with the heading read word by word on every line of every corpus file', () => {
    for (const text of corpus) for (const line of lines(text)) expect(opensWithDescriptiveHeading(fold(line.text)), line.text).toBe(reference(fold(line.text)));
  });

  it('rests on bareKey keeping every white space where it is (every code unit of the Basic Plane)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\s/u.test(bareKey(ch)) !== /\s/u.test(ch)) expect(`U+${c.toString(16)}`).toBe('kept as white space or not');
    }
  });
});

describe('onlyMarks', () => {
  const reference = (s: string): boolean => stripMarks(s).replace(/[-–.]/gu, '') === '';

  it.each([
    ['* * *', true], // a converted page's separator: marks and spaces only
    ['- -', false], // the space between the dashes stays once the ends are stripped
    ['***', true],
    ['---', true],
    ['| – |', true],
    ['...', true],
    ['1.', false],
    ['Điều 1.', false],
    ['', true],
    ['  \u00A0', true],
  ])('%j → %s', (s, expected) => {
    expect(onlyMarks(s, 0, s.length)).toBe(expected);
    expect(reference(s)).toBe(expected);
  });

  it('agrees with stripping and deleting on random runs of marks, dashes, stops and letters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('|', '*', '_', ' ', '\n', '\u00A0', '-', '–', '—', '.', 'a', 'Đ'), { maxLength: 12 }), (pieces) => {
        const s = pieces.join('');
        expect(onlyMarks(`x${s}y`, 1, s.length + 1)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pipeLines', () => {
  const reference = (text: string): Array<[number, number]> =>
    [...text.matchAll(/^[ \t]*\|[^\n]*/gmu)].map((m) => [m.index + m[0].length - m[0].trimStart().length, m.index + m[0].length]);

  it.each([
    ['| BỘ CÔNG THƯƠNG | CỘNG HÒA |\nKính gửi', [[0, 29]]],
    ['  | a | b |\n\t|c\nx | y', [[2, 11], [13, 15]]],
    ['Số: 12 | a\n', []],
    ['a\u2028| b |\n', [[2, 7]]],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(pipeLines(text)).toEqual(expected);
    expect(reference(text)).toEqual(expected);
  });

  it('are the matches of the multiline pattern on random runs of bars, spaces, tabs, letters and line ends', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('|', ' ', '\t', 'a', '\n', '\r', '\u2028', '\u2029'), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(pipeLines(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('are those of every corpus file', () => {
    for (const text of corpus) expect(pipeLines(text)).toEqual(reference(text));
  });
});

describe('isAttributeLine (a line without a colon near its start is passed over)', () => {
  it.each([
    ['Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng.', true],
    ['Cơ quan phối hợp: các Sở, ngành liên quan.', true],
    ['Thời gian hoàn thành: Quý IV năm 2026.', true],
    ['Phòng Quản lý Công nghiệp chủ trì, phối hợp với các phòng liên quan.', false],
    ['Ghi chú: số liệu tính đến hết tháng 6.', false],
    ['1. Đơn vị chủ trì: Sở Công Thương', false],
    [`${'Đơn vị '.repeat(12)}chủ trì: Sở Công Thương`, false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(isAttributeLine(`x\n${line}\ny`, 2, 2 + line.length)).toBe(expected);
  });
});
