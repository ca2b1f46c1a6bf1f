// The noun phrase a time expression ends: what a reader takes "đến năm 2030" to qualify. It runs
// back from the expression to punctuation, a table cell's bar or the start of a list item — not to
// a line break of wrapped text (a PDF text layer breaks lines mid-phrase) — and on past a comma that
// opens an appositive ("Kế hoạch giảm phát thải khí nhà kính, bao gồm khí mê-tan … đến năm 2030":
// the plan's name goes on; time-words.json "appositives"), or one that lists capitalised names inside
// it ("Quy hoạch phát triển KKT, KCN Việt Nam đến năm 2020": every word after the comma capitalised).
import { fold } from '../../../ingest/match.js';
import { anyOf, timeWords } from '../words.js';

const PUNCTUATION = /[,;:.!?()"“”|]/u;
// A line break that starts a list item ("- ", "+ ", "2. ", "b) ") or leaves a blank line.
const ITEM_START = /^[ \t]*(?:[-+•*]|\d{1,2}[.)]|\p{L}\)|\n)/u;
const APPOSITIVE = new RegExp(`^[ \\n]*${anyOf(timeWords.appositives)}(?![\\p{L}\\p{N}])`, 'u');
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITAL = /^[\p{Lu}\p{N}]/u;

/** Whether every word of a stretch is capitalised (a name's list: "KCN Việt Nam"). */
function allCapitalised(stretch: string): boolean {
  const words = stretch.match(WORD) ?? [];
  return words.length > 0 && words.every((w) => CAPITAL.test(w));
}
/** How far back a phrase may reach. */
const REACH = 160;

/** Where the phrase ending at `at` starts, and the character that bounds it ('' at the window's edge). */
function phraseStart(text: string, at: number, floor: number): { start: number; bound: string } {
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i]!;
    if (PUNCTUATION.test(c)) return { start: i + 1, bound: c };
    if (c === '\n' && ITEM_START.test(text.slice(i + 1, i + 8))) return { start: i + 1, bound: c };
  }
  return { start: floor, bound: '' };
}

/** The phrase of `text` ending at `at`, in its own case; never before `from` (a cell read alone). */
export function phraseBefore(text: string, at: number, from = 0): string {
  const floor = Math.max(from, at - REACH);
  let { start, bound } = phraseStart(text, at, floor);
  while (bound === ',' && start > floor && (APPOSITIVE.test(fold(text.slice(start, at))) || allCapitalised(text.slice(start, at)))) {
    ({ start, bound } = phraseStart(text, start - 1, floor));
  }
  return text.slice(start, at);
}
