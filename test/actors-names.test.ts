// Issue 19 (actors): personal names are found from the text's words (a family name of persons.json
// as a whole word, then the given names) instead of a pattern of every family name run over the
// whole text. They must be exactly that pattern's matches, on every corpus text and on made-up
// lines with the awkward cases (punctuation, capitals, line breaks, an abbreviation in brackets).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personWords } from '../src/extract/actors/gazetteer.js';
import { TITLE_BEFORE, canonicalTitle, capsName } from '../src/extract/actors/patterns.js';
import { namesOf, reading } from '../src/extract/actors/recognise.js';
import { WORD_START, escapeRegExp } from '../src/ingest/match.js';
import { normalise } from '../src/ingest/normalise.js';

// The patterns the scan replaced (patterns.ts before issue 19).
const PERSON_NAME = new RegExp(`${WORD_START}(?:${personWords.surnames.map(escapeRegExp).join('|')})(?:[ ]+\\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}\\p{N}])`, 'gu');
const PERSON_NAME_CAPS = new RegExp(
  `${WORD_START}(?:${personWords.surnames.map((s) => escapeRegExp(s.toLocaleUpperCase('vi'))).join('|')})(?:[ ]+\\p{Lu}+){1,3}(?![\\p{L}\\p{N}])`,
  'gu',
);

/** What the old scan gave: every name [start, end), and the names in capitals after a title. */
function reference(text: string, folded: string): { names: Array<[number, number]>; capitals: Array<[number, number, string, string]> } {
  const names = [...text.matchAll(PERSON_NAME)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const capitals: Array<[number, number, string, string]> = [];
  for (const m of text.matchAll(PERSON_NAME_CAPS)) {
    const caps = capsName(m[0]);
    const before = folded.slice(Math.max(0, m.index - 80), m.index);
    const t = caps ? TITLE_BEFORE.exec(before) : null;
    if (caps && t) capitals.push([m.index, m.index + caps.length, caps.name, canonicalTitle(t[1]!)]);
  }
  return { names, capitals };
}

function scanned(text: string): { names: Array<[number, number]>; capitals: Array<[number, number, string, string]> } {
  const found = namesOf(reading(text));
  return {
    names: found.names.map((n): [number, number] => [n.start, n.end]),
    capitals: found.capitals.map((c): [number, number, string, string] => [c.start, c.end, c.name, c.title!]),
  };
}

describe('personal names from the words', () => {
  it('the family names are single words (the scan looks each up as one word)', () => {
    expect(personWords.surnames.filter((s) => !/^\p{L}+$/u.test(s))).toEqual([]);
  });

  it('gives exactly the pattern\'s matches on every corpus text', () => {
    let count = 0;
    for (const name of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
      const text = normalise(readFileSync(join('corpus', name), 'utf8'));
      const r = reading(text);
      expect(scanned(text), name).toEqual(reference(text, r.folded));
      count += scanned(text).names.length;
    }
    expect(count).toBeGreaterThan(20);
  });

  it('exact names of a real sentence and of made-up lines with the awkward cases', () => {
    const text = 'Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì; Thứ trưởng Bộ LĐTBXH Lê Quân, đồng chí Nguyễn  Văn A.';
    expect(scanned(text).names.map(([s, e]) => text.slice(s, e))).toEqual(['Trần Hồng Hà', 'Lê Quân', 'Nguyễn  Văn A']);
    const lines = [
      'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN HỒNG HÀ TẠI CUỘC HỌP',
      'Ủy ban nhân dân (UBND) Nguyễn Văn Bình; (Trần Văn C) và -Lê Thị D- cùng Nguyễn\nVăn E',
      'Nguyễn Văn An Bình Minh Châu, Trần Trần Văn, Lêx Văn A, Phạm Văn Đồng2, Hoàng Anh Tuấn Anh',
      'Chủ tịch UBND tỉnh NGUYỄN VĂN A, Giám đốc Sở TRẦN THỊ B; HÀ NỘI, LÊ LỢI',
    ];
    for (const line of lines) expect(scanned(line), line).toEqual(reference(line, reading(line).folded));
    expect(scanned(lines[0]!).capitals).toEqual([[27, 39, 'Trần Hồng Hà', 'Phó Thủ tướng']]);
    expect(scanned(lines[1]!).names.map(([s, e]) => lines[1]!.slice(s, e))).toEqual(['Nguyễn Văn Bình', 'Trần Văn C', 'Lê Thị D', 'Văn E']);
  });
});
