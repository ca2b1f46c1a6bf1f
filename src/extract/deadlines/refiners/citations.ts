// Dates of cited documents are references, never deadlines ("Nghị quyết 22-NQ/TW ngày 10/4/2013",
// "Luật Tổ chức chính quyền địa phương ngày 16/6/2025", "Thông tư số 43/2018/TT-BCT … ngày
// 15/11/2018" across a page break). A date is a citation's when it lies inside a reference's span,
// follows one within the same clause, or follows "ngày" in a clause that names a document type
// with no time cue before the "ngày".
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { docTypes } from '../../../data/index.js';
import { escapeRegExp, WORD_START } from '../../../ingest/match.js';
import { lastStartingBefore } from '../../../ingest/spans.js';
import type { Span } from '../../../types.js';
import type { Scope } from '../scope.js';
import { anyOf, timeWords } from '../words.js';
import { endOf } from './span.js';

/** How far after a reference its date may be printed ("… của Bộ Chính trị ngày 10/4/2013"). */
const GAP = 90;
// A clause boundary: the cited document's date does not cross it.
const CLAUSE_END = /[;:.!?]/u;
const DAY_WORD_END = new RegExp(`${WORD_START}${anyOf(timeWords.dayWords)}[ \\n]*$`, 'u');
const DAY_WORD_START = new RegExp(`^${anyOf(timeWords.dayWords)}(?![\\p{L}\\p{N}])`, 'u');
const CUE_THEN_DAY_WORD = new RegExp(
  `${WORD_START}${anyOf(Object.values(timeWords.kindCues).flat())}[ \\n]+${anyOf(timeWords.dayWords)}[ \\n]*$`,
  'u',
);
// Type words as a title prints them ("Luật", "Nghị định"): case-sensitive on the original text, so
// "quyết định" as a verb is not one.
const TYPE_WORD = new RegExp(
  `${WORD_START}(?:${[...new Set(docTypes.flatMap((t) => t.words))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

// "Văn bản số 11/VT ngày 29/5/2026", "giấy phép số 08/KDTCTN/GP-HC ngày 13/10/2025", "Phụ lục Hợp
// đồng số 03 ngày 18/6/2025": any document cited by a number, whatever its symbol (the references
// stage knows only the standard ones), dates that document.
const NUMBERED_THEN_DAY_WORD = new RegExp(
  `${WORD_START}${anyOf(timeWords.citedNumber)}[ \\n]+[^ \\n,;\\d]*\\d[^ \\n,;]*[ \\n]*(?:,[ \\n]*)?(?:${anyOf(timeWords.citedSigning)}[ \\n]+)?${anyOf(timeWords.dayWords)}[ \\n]*$`,
  'u',
);

/** Longest span of one cited document with its date ("Nghị quyết số 22-NQ/TW ngày 10 tháng 4 năm 2013"). */
const REACH = 200;

function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 160), at);
  let start = 0;
  for (let i = window.length - 1; i >= 0; i--) if (CLAUSE_END.test(window[i]!)) { start = i + 1; break; }
  return window.slice(start);
}

/**
 * Whether a date reads as a citation's: "ngày" leads it (inside the result,
 * as chrono's "ngày 08 tháng 9 năm 2023", or just before it, as "ngày 8/9/2023"); false when no day
 * word leads it, or a time cue precedes that word ("trước ngày 30/6"): then it is no citation.
 */
function citedDayLead(context: ParsingContext, r: ParsingResult): boolean {
  return DAY_WORD_END.test(leadOf(context, r)) && !CUE_THEN_DAY_WORD.test(leadOf(context, r));
}

/** The words before a date, with the day word chrono took into it ("ngày 08 tháng 9 …"). */
function leadOf(context: ParsingContext, r: ParsingResult): string {
  const inside = DAY_WORD_START.exec(r.text);
  return context.text.slice(Math.max(0, r.index - 60), r.index) + (inside ? inside[0] : '');
}

export function citationRefiner(scope: Scope): Refiner {
  const refs = [...scope.references].sort((a, b) => a[0] - b[0]);
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => {
        const start = scope.offset + r.index;
        const end = scope.offset + endOf(r);
        const cited = citedDayLead(context, r);
        if (cited && NUMBERED_THEN_DAY_WORD.test(leadOf(context, r))) return false;
        // Only references starting before the date's end and ending near its start can hold it.
        for (let i = lastStartingBefore(refs, end); i >= 0; i--) {
          const [s, e] = refs[i]!;
          if (s < start - GAP - REACH) break;
          // Inside a reference's span (which takes in its "ngày …" when printed right after it).
          if (start < e && end > s) return false;
          // "… 22-NQ/TW của Bộ Chính trị ngày 10/4/2013": after it, in the same clause.
          if (cited && e <= start && start - e <= GAP && !CLAUSE_END.test(scope.text.slice(e, start))) return false;
        }
        // "Luật Tổ chức chính quyền địa phương ngày 16/6/2025": a type word earlier in the clause.
        return !(cited && TYPE_WORD.test(clauseBefore(scope.text, start)));
      });
    },
  };
}
