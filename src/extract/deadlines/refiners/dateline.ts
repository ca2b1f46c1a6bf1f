// The document's own date is no deadline: its dateline ("Hà Nội, ngày 02 tháng 10 năm 2015"),
// anything in the header before the body, and the blank date of a caption to be filled in ("Kế
// hoạch số /KH-BTNMT ngày    tháng 8 năm 2024").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { Scope } from '../scope.js';
import { anyOf, timeWords } from '../words.js';

// A place name in capitals at the start of a line or cell, a comma, then the date: "Hà Nội, ",
// "| *Cam Đường, " (not "… tại Việt Nam, ngày …" inside a sentence).
const PLACE_COMMA = /(?:\n|[|*]|[ \u00A0]{2})[ \u00A0*]*\p{Lu}\p{Ll}*(?:[ \u00A0]+\p{Lu}\p{Ll}*){0,3}[ \u00A0]*,[ \u00A0]*$/u;
const DAY_WORD = new RegExp(`^${anyOf(timeWords.dayWords)}[ \\n]*`, 'u');
const BLANK_DAY = new RegExp(`(?<![\\p{L}\\p{N}])${anyOf(timeWords.dayWords)}(?:[ \\n]{2,}|[ \\n]*[.…_]{2,}[ \\n]*)$`, 'u');

export function datelineRefiner(scope: Scope): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => {
        const start = scope.offset + r.index;
        if (scope.mode === 'prose' && start < scope.bodyStart) return false;
        const lead = DAY_WORD.exec(r.text);
        const before = (start <= 40 ? '\n' : '') + scope.text.slice(Math.max(0, start - 40), start);
        // With "ngày" inside the result, the place name sits before it; else before "ngày".
        const beforeDay = lead ? before : before.replace(/(?:ngày|Ngày|mồng|mùng)[ \n]*$/u, '');
        if (PLACE_COMMA.test(beforeDay)) return false;
        return !BLANK_DAY.test(context.text.slice(Math.max(0, r.index - 40), r.index));
      });
    },
  };
}
