// The staff named in a task table's role column ("| Người thực hiện |" → "Đỗ Mạnh Cường Vũ Việt
// Linh"): personal names with no title, often run together when a cell's lines were joined. A name
// is a family name (gazetteer/persons.json) and its given syllables; the next name starts at a
// capitalised family name with a given syllable after it once the current one has three syllables
// ("Tôn Nữ Minh Châu" keeps its "Châu"), at four syllables, or after punctuation. Only read in a
// lead or coordinating cell, where a bare name can only be a person who must act.
import type { Span } from '../../types.js';
import { personWords } from './gazetteer.js';
import type { Mention } from './recognise.js';

const SURNAMES: ReadonlySet<string> = new Set(personWords.surnames.map((s) => s.normalize('NFC')));
const SYLLABLE = /\p{L}+/gu;
const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);

interface Syllable {
  word: string;
  start: number;
  end: number;
  /** Punctuation (not a space or line break) before it. */
  broken: boolean;
}

/** Personal names in `text` within `span`, as person mentions (no title). */
export function personsInCell(text: string, [from, to]: Span): Mention[] {
  const cell = text.slice(from, to);
  const syllables: Syllable[] = [];
  let lastEnd = 0;
  SYLLABLE.lastIndex = 0;
  for (let m = SYLLABLE.exec(cell); m; m = SYLLABLE.exec(cell)) {
    syllables.push({ word: m[0], start: from + m.index, end: from + m.index + m[0].length, broken: /[^\s]/u.test(cell.slice(lastEnd, m.index)) });
    lastEnd = m.index + m[0].length;
  }
  const isSurname = (i: number): boolean => i < syllables.length && isCapital(syllables[i]!.word) && SURNAMES.has(syllables[i]!.word);
  // A family name opens a new name only if a given syllable follows it in the same stretch.
  const opensName = (i: number): boolean => isSurname(i) && i + 1 < syllables.length && !syllables[i + 1]!.broken;
  const out: Mention[] = [];
  let current: Syllable[] = [];
  const close = (): void => {
    if (current.length >= 2) {
      const start = current[0]!.start;
      const end = current[current.length - 1]!.end;
      out.push({ from: start, start, end, kind: 'person', name: current.map((x) => x.word).join(' '), type: 'person' });
    }
    current = [];
  };
  for (const [i, syllable] of syllables.entries()) {
    if (current.length && (syllable.broken || current.length >= 4 || (current.length >= 3 && opensName(i)))) close();
    if (current.length === 0 && !isSurname(i)) continue;
    current.push(syllable);
  }
  close();
  return out;
}
