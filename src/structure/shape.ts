// The official shape of a header (Decree 30/2020/NĐ-CP, Appendix I; the Party's forms of 2018):
// the issuing body and a motto side by side, a "Số" line, a dateline (even left blank to be filled
// in at signing: "ngày    tháng 11 năm 2026"), a "V/v" or a title, "Kính gửi", "Nơi nhận". A text
// with most of these marks is an official document even when its number or date is unreadable
// (OCR noise, a number written in at signing).
import { headerWords } from '../data/index.js';
import { bareKey, escapeRegExp, fold, WORD_START } from '../ingest/match.js';

// Motto lines by their first three words, without diacritics: "cong hoa xa", "dang cong san".
const MOTTO = new RegExp(
  `${WORD_START}(?:${headerWords.motto.lines.map((l) => bareKey(fold(l)).split(' ').slice(0, 3).join('[ \\u00A0]+')).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
const NUMBER_LINE = /(?:^|\n)[ \t|*_]*Số[ \u00A0]*[:：]?/u;
const DATELINE = /,[ \u00A0]*ngày[ \u00A0\d]*tháng[ \u00A0\d]*năm[ \u00A0]*\d{4}/u;
const SUBJECT = /(?:^|\n)[ \t|*_]*(?:V\/v|Về việc)(?![\p{L}])/u;
const KINH_GUI = /(?:^|\n)[ \t|*_]*Kính[ \u00A0]+gửi/u;
const RECIPIENTS = /N[ơo]i[ \u00A0]+nh[ậa]n[ \u00A0]*:/u;

/** Where the motto starts in a line's bare key, or -1 ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐÁNG CỘNG SẢN …"). */
export function mottoAt(line: string): number {
  const m = MOTTO.exec(bareKey(fold(line)));
  return m ? m.index : -1;
}

// `folded`: the head's folded copy, or the same stretch of the document's folded copy: only its
// bare key is read, and a bare key drops every mark, so where folding put a tone ("hoà"/"hòa") does
// not show in it — the bare key of a slice of the document's folded copy is the bare key of the
// slice folded alone, wherever it is cut.
/** The motto in the header's first lines, with a "Số" line or a dateline: an official header. */
export function hasOfficialHead(head: string, folded: string = fold(head)): boolean {
  const top = head.split('\n', 15).join('\n');
  return MOTTO.test(bareKey(folded.slice(0, top.length))) && (NUMBER_LINE.test(top) || DATELINE.test(top));
}

/** How many of the six marks of an official header the text has (`head`: its first lines). */
export function officialMarks(head: string, text: string, folded: string = fold(head)): number {
  const bare = bareKey(folded);
  return [MOTTO.test(bare), NUMBER_LINE.test(head), DATELINE.test(head), SUBJECT.test(head), KINH_GUI.test(head), RECIPIENTS.test(text)]
    .filter(Boolean).length;
}

/** A dateline whose day or month is blank: its end, for where the header goes on. */
export function blankDatelineEnd(head: string): number {
  const m = DATELINE.exec(head);
  return m ? m.index + m[0].length : -1;
}

/** A signing authority at the start of a cell: "KT. BỘ TRƯỞNG", "T/M BAN THƯỜNG VỤ", "TM ỦY BAN …". */
export const AUTHORITY = new RegExp(`^(?:${headerWords.signature.authorities.map(escapeRegExp).join('|')})(?:\\.[ \\u00A0]*|[ \\u00A0]+)(?=\\p{L})`, 'u');
