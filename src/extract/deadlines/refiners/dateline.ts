// The document's own date is no deadline: its dateline ("Hà Nội, ngày 02 tháng 10 năm 2015", a
// news text's "Ngày 24/5/2017, UBND tỉnh ban hành …", where the header read it),
// anything in the header before the body, and the blank date of a caption to be filled in ("Kế
// hoạch số /KH-BTNMT ngày    tháng 8 năm 2024").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { Scope } from '../scope.js';
import { anyOf, timeWords } from '../words.js';
import { WORD_START } from '../../../ingest/match.js';

// A place name in capitals at the start of a line or cell, a comma, then the date: "Hà Nội, ",
// "| *Cam Đường, " (not "… tại Việt Nam, ngày …" inside a sentence). The name and comma by a
// pattern; what opens it (a line break, "|", "*" or two spaces, then spaces and "*") by a look at
// the characters before it: one pattern for both backtracks over every run of spaces and stars.
const NAME_COMMA = /\p{Lu}\p{Ll}*(?:[ \u00A0]+\p{Lu}\p{Ll}*){0,3}[ \u00A0]*,[ \u00A0]*$/u;
const PAD = new Set([' ', '\u00A0', '*']);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00A0';

/** Does a line, a cell or a gap of two spaces open the run of spaces and stars that ends at `at`? */
function opensName(s: string, at: number): boolean {
  let i = at;
  while (i > 0 && PAD.has(s[i - 1]!)) {
    if (s[i - 1] === '*' || (isSpace(s[i - 1]) && isSpace(s[i - 2]))) return true;
    i--;
  }
  return i > 0 && (s[i - 1] === '\n' || s[i - 1] === '|');
}

function placeComma(s: string): boolean {
  const m = NAME_COMMA.exec(s);
  if (!m) return false;
  // The name may start at any of its words ("Thành phố Hà Nội," → "Hà Nội,").
  for (let at = m.index; at < m.index + m[0].length; at++) {
    if ((at === m.index || isSpace(s[at - 1])) && /\p{Lu}/u.test(s[at]!) && opensName(s, at)) return true;
  }
  return false;
}
const DAY_WORD = new RegExp(`^${anyOf(timeWords.dayWords)}[ \\n]*`, 'u');
const BLANK_DAY = new RegExp(`${WORD_START}${anyOf(timeWords.dayWords)}(?:[ \\n]{2,}|[ \\n]*[.…_]{2,}[ \\n]*)$`, 'u');

export function datelineRefiner(scope: Scope): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => {
        const start = scope.offset + r.index;
        if (scope.mode === 'prose' && start < scope.bodyStart) return false;
        if (scope.dateline && start < scope.dateline[1] && start + r.text.length > scope.dateline[0]) return false;
        const lead = DAY_WORD.exec(r.text);
        const before = (start <= 40 ? '\n' : '') + scope.text.slice(Math.max(0, start - 40), start);
        // With "ngày" inside the result, the place name sits before it; else before "ngày".
        const beforeDay = lead ? before : before.replace(/(?:ngày|Ngày|mồng|mùng)[ \n]*$/u, '');
        if (placeComma(beforeDay)) return false;
        return !BLANK_DAY.test(context.text.slice(Math.max(0, r.index - 40), r.index));
      });
    },
  };
}
