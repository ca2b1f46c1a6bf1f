// Issue 19 (actors, point 5): the role rules' end-anchored cue patterns are asked only when the
// stretch, spaces and line breaks left out, ends in the last piece of one of their words (EndCue,
// src/extract/actors/end-cue.ts). Exact values on real and made-up stretches, and the same match as
// the pattern alone at every place of every corpus text, for every word list the rules use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EndCue, lastSolid } from '../src/extract/actors/end-cue.js';
import { roleWords } from '../src/extract/actors/gazetteer.js';
import { fold } from '../src/ingest/match.js';

const same = (cue: EndCue, s: string): void => {
  const m = cue.pattern.exec(s);
  const n = cue.exec(s);
  expect(n === null ? null : [n.index, n[0]], JSON.stringify(s)).toEqual(m === null ? null : [m.index, m[0]]);
};

describe('lastSolid', () => {
  it.each([
    ['phối hợp với  \n', 11],
    ['giao', 3],
    ['', -1],
    [' \n \n', -1],
    ['các\t', 3], // a tab is not what `[ \n]*` takes
  ])('%j → %i', (s, i) => expect(lastSolid(s)).toBe(i));
});

describe('EndCue', () => {
  const coordinate = new EndCue(roleWords.coordinateBefore);
  it.each([
    // Real: "Sở Công Thương chủ trì, phối hợp với Ủy ban nhân dân các xã" (wild probe, Lào Cai).
    ['sở công thương chủ trì, phối hợp với ', [24, 'phối hợp với ']],
    // Made up in other words: "cùng với" at the end, a line break after it.
    ['ban quản lý dự án làm việc cùng với\n', [27, 'cùng với\n']],
    ['phối hợp với sở y tế', null], // the words are not at the end
    ['phối hợp vớii ', null], // nor a whole word
    ['tiếp tục phối\nhợp', [9, 'phối\nhợp']],
    ['kinh phí cấp mới ', null], // the last character of "với", not its last piece
    ['ới', null], // shorter than every piece that ends so
    ['ban chỉ đạo,cùng với', [12, 'cùng với']], // a comma is a word start
  ] as Array<[string, [number, string] | null]>)('coordinate: %j', (s, want) => {
    const m = coordinate.exec(s);
    expect(m === null ? null : [m.index, m[0]]).toEqual(want);
    expect(coordinate.test(s)).toBe(want !== null);
    same(coordinate, s);
  });

  it('reads the words as alternation spells them: folded, trimmed, any lead', () => {
    const titles = new EndCue(roleWords.titlePrefixes);
    expect(titles.exec('đề nghị giám đốc ')?.[0]).toBe('giám đốc ');
    const plural = new EndCue(roleWords.plural, '(?:^|[ \\n])');
    expect(plural.exec('các')?.index).toBe(0);
    expect(plural.exec('giao cho từng')?.[0]).toBe(' từng');
    const illustration = new EndCue(roleWords.illustration, '');
    expect(illustration.exec('các đơn vị (')?.[0]).toBe('(');
    expect(illustration.exec('các đơn vị (như ')?.[0]).toBe('(như ');
  });

  it('no word folds to nothing: fold turns no code unit but a space into one that trim() drops', () => {
    const becomeSpace: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (s.trim() !== '' && fold(s).trim() === '') becomeSpace.push(c);
    }
    expect(becomeSpace).toEqual([]);
  });

  it('gives the pattern\'s match at every place of every corpus text, for every list the rules use', () => {
    const lists = [
      roleWords.reportBefore, roleWords.reportGap.close, roleWords.reportVia, roleWords.coordinateBefore, roleWords.agentBefore,
      roleWords.assignBefore, roleWords.blockBefore, roleWords.genitiveActors, roleWords.plural, roleWords.titlePrefixes,
    ];
    const cues = [
      ...lists.map((l) => new EndCue(l)),
      new EndCue(roleWords.illustration, ''),
      new EndCue(roleWords.plural, '(?:^|[ \\n])'),
    ];
    const dir = join(__dirname, '..', 'corpus');
    let matched = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const folded = fold(readFileSync(join(dir, file), 'utf8').normalize('NFC'));
      // Every end of a word, and the places a space or line break after it.
      for (let i = 1; i <= folded.length; i++) {
        const c = folded.charCodeAt(i - 1);
        if (i < folded.length && c !== 0x20 && c !== 0x0a && folded.charCodeAt(i) !== 0x20 && folded.charCodeAt(i) !== 0x0a) continue;
        const s = folded.slice(Math.max(0, i - 120), i);
        for (const cue of cues) {
          const m = cue.pattern.exec(s);
          const n = cue.exec(s);
          if (m) matched++;
          if ((m === null) !== (n === null) || (m && (m.index !== n!.index || m[0] !== n![0]))) same(cue, s);
        }
      }
    }
    // The corpus ends stretches in these words many times over: the check is not vacuous.
    expect(matched).toBeGreaterThan(1000);
  });
});
