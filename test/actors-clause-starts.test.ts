// clauseStarts (src/extract/actors/roles.ts): the clause starts of one stretch asked in text order,
// each boundary read once — the same answers as clauseStart searching from the floor every time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseStart, clauseStarts } from '../src/extract/actors/roles.js';
import { fold } from '../src/ingest/match.js';

describe('clauseStarts', () => {
  const text = fold('Giao Bộ Tài chính chủ trì; Bộ Xây dựng phối hợp. Đồng thời: các tỉnh\n\nbáo cáo trước ngày 30/6.');
  const semicolon = text.indexOf(';');
  const stop = text.indexOf('. ');
  const colon = text.indexOf(':');
  const blank = text.indexOf('\n\n');
  const date = text.indexOf('30/6.');
  it.each([
    // [floor, at, start]
    [0, 0, 0],
    [0, 10, 0],
    [0, semicolon, 0], // at the ";" itself: the clause it ends
    [0, semicolon + 1, semicolon + 1],
    [0, stop + 5, stop + 1], // after ". "
    [0, colon + 3, colon + 1], // after "Đồng thời:"
    [0, blank + 4, blank + 1], // after the blank line
    [0, date + 3, blank + 1], // "30/6" has no boundary: "/" is none
    [0, text.length, blank + 1], // a "." at the very end is no boundary: no space follows it
    [semicolon + 5, semicolon + 10, semicolon + 5], // never before the floor
  ])('floor %i, at %i → %i', (floor, at, start) => {
    expect(clauseStart(text, floor, at)).toBe(start);
    expect(clauseStarts(text, floor)(at)).toBe(start);
  });

  it('asked in text order, out of order and again: the same as clauseStart, on every corpus text', () => {
    for (const name of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
      const folded = fold(readFileSync(join('corpus', name), 'utf8').normalize('NFC'));
      const floor = Math.floor(folded.length / 7);
      const positions = Array.from({ length: 200 }, (_, k) => floor + Math.floor(((folded.length - floor) * k) / 200));
      const asked = [...positions, ...positions.slice(50, 80).reverse(), positions[3]!, positions[3]!, folded.length];
      const starts = clauseStarts(folded, floor);
      for (const at of asked) expect(starts(at), `${name} @${at}`).toBe(clauseStart(folded, floor, at));
    }
  });
});
