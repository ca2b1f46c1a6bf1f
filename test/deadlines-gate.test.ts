// The gate and the windows of the deadline reader (issue 19, point 4): a parser runs only where its
// need is (gate.ts), over the stretches that hold it (window.ts), and reads exactly what it read over
// the whole text. Tags are read in place (tags.ts). Real sentences of corpus/ and made-up variants,
// with exact values; the reading with the gate is compared with the reading without it.
import { readdirSync, readFileSync } from 'node:fs';
import type { Parser, ParsingResult } from 'chrono-node';
import { Chrono, createCasualConfiguration, ParsingComponents, ParsingResult as Result, ReferenceWithTimezone } from 'chrono-node/vi';
import { describe, expect, it } from 'vitest';
import { configuration } from '../src/extract/deadlines/configuration.js';
import { liveParsers } from '../src/extract/deadlines/gate.js';
import * as bareYear from '../src/extract/deadlines/parsers/bare-year.js';
import * as duration from '../src/extract/deadlines/parsers/duration.js';
import * as event from '../src/extract/deadlines/parsers/event.js';
import * as halfYear from '../src/extract/deadlines/parsers/half-year.js';
import * as month from '../src/extract/deadlines/parsers/month.js';
import * as partOf from '../src/extract/deadlines/parsers/part-of.js';
import * as period from '../src/extract/deadlines/parsers/period.js';
import * as quarter from '../src/extract/deadlines/parsers/quarter.js';
import * as recurring from '../src/extract/deadlines/parsers/recurring.js';
import * as relativeWords from '../src/extract/deadlines/parsers/relative-words.js';
import * as workingDays from '../src/extract/deadlines/parsers/working-days.js';
import { readDeadlines } from '../src/extract/deadlines/read.js';
import { referenceDate, type Scope } from '../src/extract/deadlines/scope.js';
import { hasOurTag, hasTag, tagValue, TAG } from '../src/extract/deadlines/tags.js';
import { Windows, WindowedPattern } from '../src/extract/deadlines/window.js';
import { anyOf, lookup, numberValue, timeWords, UNIT_NEED, unitOf, withinUnits } from '../src/extract/deadlines/words.js';
import { fold } from '../src/ingest/match.js';

const REFERENCE = referenceDate('2026-05-10')!;
const scopeOf = (text: string, mode: Scope['mode']): Scope => ({
  text, offset: 0, mode, references: [], bodyStart: 0, dateline: null, reference: REFERENCE, documentDate: REFERENCE,
});

/** Every result of a reading, with all that the stage reads of it. */
const shown = (r: ParsingResult) => [
  r.index, r.text, [...r.tags()], r.start.date().toISOString(), r.start.isCertain('day'), r.start.isCertain('month'), r.start.isCertain('year'),
  r.end?.date().toISOString() ?? null,
];

function reading(text: string, mode: Scope['mode'], gated: boolean) {
  const folded = fold(text);
  const config = configuration(scopeOf(text, mode), gated ? folded : undefined);
  return new Chrono(config).parse(folded, REFERENCE.date, { forwardDate: true }).map((r) => shown(r as unknown as ParsingResult));
}

// Real sentences of corpus/ (000–014) and made-up variants in other words, separators put right
// against the expressions: brackets, ";", "|", quotes, "!", "?", "*", a dot before a space.
const SENTENCES = [
  'Bộ Tài chính hoàn thành trước ngày 8/9/2023.',
  'Ủy ban nhân dân tỉnh báo cáo (trước ngày 8/9/2023); Sở Y tế "trước 30/6".',
  'trong 06 tháng kể từ ngày Nghị định có hiệu lực (01/7/2026)',
  'trong 6 tháng kể từ ngày 01/7/2026; trong 10 ngày làm việc kể từ ngày nhận được hồ sơ',
  'Định kỳ hằng năm, trước ngày 15 tháng 12, báo cáo Thủ tướng Chính phủ.',
  'Định kỳ 06 tháng (trước ngày 20 tháng 6) báo cáo; hằng quý!',
  '| Quý III, IV/2026, 2027 | Bộ Công Thương |',
  '|Quý III/2026|(Quý IV-2026)|"2025"|',
  'Từ ngày 22/7/2026 đến ngày 05/8/2026, tổ chức lấy ý kiến; trước 17 giờ 00 phút ngày 05/8/2026.',
  'thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (Quy hoạch tỉnh).',
  'Chiến lược phát triển đến năm 2030? Kế hoạch 5 năm và hằng năm*',
  '6 tháng đầu năm 2024; nửa cuối năm (2024); cuối năm 2023. Đầu quý II.',
  'trước Tết Nguyên đán (năm nay); tháng tới! quý tới? tuần sau.',
  'Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị; Luật ngày 16/6/2025.',
  'ngày 30/2/2024; 31/4; 8.9.2023. 2024-05-10T10:30+07: họp; năm 43 TCN',
  'trong 2 năm tới; 10 năm qua; 3 tháng tới (kể từ ngày ký); trong vòng 1 năm 6 tháng.',
  'tháng 01/2025; tháng 9-10/2024; tháng giêng năm 2025; tháng năm 2026; Tháng 8/2024.',
  '2 năm/lần; định kỳ 5 năm một lần; thường niên; báo cáo định kỳ (hằng tháng)',
  'Hà Nội, ngày 02 tháng 10 năm 2015\nKế hoạch số /KH-BTNMT ngày    tháng 8 năm 2024',
  '(2024)(2025-2030)[quý 1/2026]"tháng 6/2026"!năm 2027?ngày 5/5/2027*',
];

describe('Windows: the stretches that hold a need', () => {
  const text = fold('Bộ Tài chính (Cục Thuế) báo cáo trước ngày 30/6/2024; định kỳ hằng năm. Xong.');

  it('a digit: the stretch between the bracket and the ";", with its place in the text and the copy', () => {
    expect(new Windows(text).view(/\d/u)).toEqual({ copy: ' báo cáo trước ngày 30/6/2024', from: [23], to: [52], at: [0] });
  });

  it('"hằng năm": the stretch up to the dot before a space; none for a need the text lacks', () => {
    const windows = new Windows(text);
    expect(windows.view(/hằng[ \n]+năm/u)).toEqual({ copy: ' định kỳ hằng năm', from: [53], to: [70], at: [0] });
    expect(windows.view(/tết/u)).toEqual({ copy: '', from: [], to: [], at: [] });
  });

  it('a need looked for within a coarser one finds the same stretches', () => {
    const made = fold('Báo cáo 6 tháng đầu năm (trước ngày 15/7); quý tới! Hằng năm: tháng 12.');
    const half = new RegExp(anyOf(['6 tháng đầu năm']), 'u');
    const expected = { copy: 'báo cáo 6 tháng đầu năm ', from: [0], to: [24], at: [0] };
    expect(new Windows(made).view(half)).toEqual(expected);
    expect(new Windows(made).view(half, UNIT_NEED)).toEqual(expected);
    expect(new Windows(made).view(UNIT_NEED).from).toEqual([0, 25, 42, 51]);
    expect(new Windows(made).view(/quý|qúy/u, UNIT_NEED)).toEqual({ copy: ' qúy tới', from: [42], to: [50], at: [0] });
  });

  it('withinUnits: the unit need when every phrase holds a unit word, else none', () => {
    expect(withinUnits(['năm nay', 'tháng tới', 'Quý này'])).toBe(UNIT_NEED);
    expect(withinUnits(['ngày làm việc'])).toBe(UNIT_NEED);
    expect(withinUnits(['năm nay', 'thường niên'])).toBeUndefined();
    expect(withinUnits(['Tết Nguyên đán'])).toBeUndefined();
  });

  it('two stretches are joined by ";"; the dot of a date is no separator', () => {
    const made = fold('Hạn 8.9.2023 (gửi Bộ) và 15.10.2023!');
    expect(new Windows(made).view(/\d/u)).toEqual({ copy: 'hạn 8.9.2023 ; và 15.10.2023', from: [0, 21], to: [13, 35], at: [0, 14] });
  });
});

// Every parser's pattern and need, ours and chrono's.
const OURS: Array<[string, RegExp, RegExp]> = [
  ['period', period.PATTERN, period.NEED], ['recurring', recurring.PATTERN, recurring.NEED], ['quarter', quarter.PATTERN, quarter.NEED],
  ['half-year', halfYear.PATTERN, halfYear.NEED], ['month', month.PATTERN, month.NEED], ['part-of', partOf.PATTERN, partOf.NEED],
  ['relative-words', relativeWords.PATTERN, relativeWords.NEED], ['working-days', workingDays.PATTERN, workingDays.NEED],
  ['duration', duration.PATTERN, duration.NEED], ['event', event.PATTERN, event.NEED], ['bare-year', bareYear.PATTERN, bareYear.NEED],
];
const CHRONO_NEEDS: Record<string, RegExp> = {
  ISOFormatParser: /\d/u, SlashDateFormatParser: /\d/u, VIStandardParser: /tháng/iu, VIMonthYearParser: /tháng/iu, VIYearParser: /\d/u,
};
// The configuration lists ISOFormatParser twice (chrono's common parsers and the locale's); once here.
const CHRONO: Array<[string, RegExp, RegExp]> = [
  ...new Map(createCasualConfiguration(true).parsers.filter((p) => p.constructor.name in CHRONO_NEEDS).map((p) => [p.constructor.name, p])),
].map(([name, p]) => [name, p.pattern(undefined as never), CHRONO_NEEDS[name]!]);

/**
 * What a parser reads of a match. chrono's edge groups — `(\W|^)` or `([^\d]|^)` first, the slash
 * date's `(\W|$)` last — may take the separator in the text where the copy gives ";" or its start or
 * end; chrono's parsers drop them by their length and read the rest.
 */
function read(name: string, m: RegExpExecArray): unknown[] {
  if (!(name in CHRONO_NEEDS)) return [m.index, ...m];
  const head = m[1]!.length;
  const tail = name === 'SlashDateFormatParser' ? m[5]!.length : 0;
  return [m.index + head, m[0].slice(head, m[0].length - tail), ...m.slice(2, name === 'SlashDateFormatParser' ? 5 : undefined)];
}

describe('WindowedPattern: the same match as the pattern on the whole text, from every place', () => {
  it('covers the five chrono parsers kept', () => {
    expect(CHRONO.map(([name]) => name).sort()).toEqual(Object.keys(CHRONO_NEEDS).sort());
  });

  it.each([...OURS, ...CHRONO])('%s', (name, pattern, need) => {
    for (const sentence of SENTENCES) {
      const text = fold(sentence);
      const windowed = new WindowedPattern(pattern, text, new Windows(text).view(need));
      for (let p = 0; p <= text.length; p++) {
        const rest = text.slice(p);
        const want = pattern.exec(rest);
        const got = windowed.exec(rest);
        expect(got === null, `${sentence} from ${p}`).toBe(want === null);
        if (!want || !got) continue;
        expect(read(name, got), `${sentence} from ${p}`).toEqual(read(name, want));
      }
    }
  });
});

describe('needs: every match of a pattern holds its need', () => {
  const texts = readdirSync('corpus').filter((f) => f.endsWith('.txt')).map((f) => fold(readFileSync(`corpus/${f}`, 'utf8')));
  it.each(OURS)('%s', (name, pattern, need) => {
    const all = new RegExp(pattern.source, `${pattern.flags}g`);
    let matches = 0;
    for (const text of [...texts, ...SENTENCES.map(fold)]) {
      for (const m of text.matchAll(all)) {
        matches++;
        // recurring.ts's seventh alternative holds it in its lookahead, just after the match.
        const read = name === 'recurring' ? text.slice(m.index, m.index + m[0].length + 40) : m[0];
        expect(need.test(read), `${name}: ${m[0]}`).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(0);
  });
});

describe('the gate never hides an expression', () => {
  it.each(SENTENCES)('%s', (sentence) => {
    for (const mode of ['prose', 'cell'] as const) expect(reading(sentence, mode, true)).toEqual(reading(sentence, mode, false));
  });

  it('on every corpus text, read whole and as a cell', () => {
    for (const f of readdirSync('corpus').filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(`corpus/${f}`, 'utf8');
      for (const mode of ['prose', 'cell'] as const) expect(reading(text, mode, true), f).toEqual(reading(text, mode, false));
    }
  });

  it('on 3,000 made-up texts of time words, digits and separators run together', () => {
    const pieces = [
      'ngày', 'tháng', 'năm', 'quý', 'III', 'IV', 'hằng', 'định kỳ', 'trong', 'tới', 'qua', 'nay', 'sau', 'trước', 'đến', 'từ',
      'giai đoạn', 'Tết', 'làm việc', 'đầu', 'cuối', '6', '06', '15', '30', '2024', '2030', '12', '1', '/', '-', '.', ',', ';',
      '(', ')', '|', '"', '“', '”', '!', '?', '*', '[', ']', ':', ' ', '\n', '\t', 'TCN', 'lần', 'một', 'mười', 'tuần',
      'tiếp theo', 'kể từ ngày ký', 'Bộ', 'hoàn thành', '+07', '10:30', 'T', '\u00a0', 'ă', '8.9.2023', '31/4',
    ];
    let seed = 19;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let t = 0; t < 3000; t++) {
      let text = '';
      for (let i = 3 + next(20); i > 0; i--) text += pieces[next(pieces.length)]! + (next(10) < 6 ? ' ' : '');
      for (const mode of ['prose', 'cell'] as const) expect(reading(text, mode, true), JSON.stringify(text)).toEqual(reading(text, mode, false));
    }
  });

  it('a completion cell runs only the parsers its needs allow, in their order', () => {
    const cell = fold('Quý III/2026');
    const all = configuration(scopeOf(cell, 'cell')).parsers;
    const live = configuration(scopeOf(cell, 'cell'), cell).parsers;
    // Period, quarter and duration ("quý" is a unit), chrono's ISO, slash and year (a digit), the bare year.
    expect([all.length, live.length]).toEqual([16, 7]);
    expect(readDeadlines('Quý III/2026', cell, { mode: 'cell', reference: '2026-01-01' }).deadlines.map((d) => [d.text, d.kind, d.value]))
      .toEqual([['Quý III/2026', 'by', '2026-Q3']]);
  });

  it('liveParsers keeps a parser whose need is in the text and leaves out the rest', () => {
    const parser = (name: string): Parser => ({ pattern: () => new RegExp(name, 'u'), extract: () => null });
    const gated = [{ parser: parser('a'), need: /\d/u }, { parser: parser('b'), need: /tết/u }, { parser: parser('c'), need: /quý/u }];
    expect(liveParsers(gated, 'quý 3').length).toBe(2);
    expect(liveParsers(gated, 'không có gì').length).toBe(0);
  });
});

describe('tags read in place', () => {
  const reference = ReferenceWithTimezone.fromDate(new Date(2026, 0, 1, 12));
  /** chrono's own reading: the result's tags() in order, the last `name:…` winning. */
  const naive = (r: ParsingResult, name: string): string | undefined => {
    let value: string | undefined;
    for (const t of r.tags()) {
      if (t === name) value = '';
      else if (t.startsWith(`${name}:`)) value = t.slice(name.length + 1);
    }
    return value;
  };
  const result = (start: string[], end?: string[]): ParsingResult => {
    const r = new Result(reference, 0, 'x', new ParsingComponents(reference, { year: 2026 }), end ? new ParsingComponents(reference, { year: 2027 }) : undefined);
    r.start.addTags(start);
    if (end) r.end!.addTags(end);
    return r as unknown as ParsingResult;
  };

  it.each([
    [['chidao/kind:by', 'chidao/kind:period'], ['chidao/kind:by'], 'period'],
    [['chidao/kind:by'], ['chidao/kind:period'], 'period'],
    [['chidao/kind:period', 'chidao/kind:horizon'], undefined, 'horizon'],
    [['chidao/kindness:x'], undefined, undefined],
    [['chidao/kind'], undefined, ''],
    [[], ['chidao/kind:recurring'], 'recurring'],
  ])('%j / %j → %j, as chrono\'s tags() reads them', (start, end, value) => {
    const r = result(start, end);
    expect(tagValue(r, TAG.kind)).toBe(value);
    expect(tagValue(r, TAG.kind)).toBe(naive(r, TAG.kind));
    expect(hasTag(r, TAG.kind)).toBe(value !== undefined);
  });

  it('hasOurTag: a chidao/… tag on either end', () => {
    expect([result([]), result(['parser/SlashDateFormatParser']), result([], ['chidao/quarter']), result(['chidao/half'])].map(hasOurTag))
      .toEqual([false, false, true, true]);
  });
});

describe('lookup: a table read by folded keys, built once', () => {
  const table = { 'Quý': 1, 'quý': 2, 'thường kỳ': null, 'mười lăm': 15 };
  it.each([
    ['qúy', 1], ['QUÝ', 1], ['thường\nkỳ', null], ['mười  lăm', 15], ['tháng', undefined],
  ] as const)('%j → %j (the first entry of a key, as a walk over the entries finds it)', (matched, value) => {
    expect(lookup(table, matched)).toBe(value);
    expect(lookup(table, matched)).toBe(value);
  });

  it('the real tables: numbers, units, quarter numerals', () => {
    expect([numberValue('mười lăm'), numberValue('05'), numberValue('hai\nmươi'), numberValue('trăm')]).toEqual([15, 5, 20, null]);
    expect([unitOf('qúy')?.months, unitOf('Năm')?.iso, unitOf('giờ')]).toEqual([3, 'Y', undefined]);
    expect(['iii', 'IV', 'tư', '5'].map((n) => lookup(timeWords.quarterNumerals, n))).toEqual([3, 4, 4, undefined]);
  });
});

describe('Windows at the edges', () => {
  it('a text with no separator is one stretch; an empty text has none that holds anything', () => {
    const text = fold('trong 2 năm tới hoàn thành đề án '.repeat(50));
    expect(new Windows(text).view(UNIT_NEED)).toEqual({ copy: text, from: [0], to: [text.length], at: [0] });
    expect(new Windows('').view(/\d/u).from).toEqual([]);
  });

  it('a text of separators only holds no need; a need asked for within two parents keeps both views apart', () => {
    expect(new Windows('(;|"!?*)').view(/\d/u).copy).toBe('');
    const made = fold('Năm 2026 (tháng 6); tháng sáu');
    const windows = new Windows(made);
    const month = /tháng/u;
    expect(windows.view(month, /\d/u).from).toEqual([10]);
    expect(windows.view(month, UNIT_NEED).from).toEqual([10, 19]);
    expect(windows.view(month).from).toEqual([10, 19]);
  });
});
