// A text attached to the act and printed after its signature (ANNOTATION.md "Articles"; issue 14,
// multi-part acts): "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" and then, after "Nơi
// nhận" and the signer, "KẾ HOẠCH / … / (Kèm theo Quyết định số … ngày …)", and appendices
// ("PHỤ LỤC"). The attached text is part of the document: its tasks are directives.
import { headerWords, surnames } from '../data/index.js';
import { alternation, fold, WORD_END } from '../ingest/match.js';
import { foldedSlice } from './folded.js';
import { isUpper, lines, stripMarks, type Line } from './paragraphs.js';
import { AUTHORITY } from './shape.js';

const { attachment } = headerWords;
const APPENDIX = new RegExp(`^(?:${alternation(attachment.appendix)})${WORD_END}`, 'u');
const CAPTION = new RegExp(`^\\(?[ \\u00A0]*(?:${alternation(attachment.captions)})${WORD_END}`, 'u');
const SURNAMES: ReadonlySet<string> = new Set(surnames);
// A title line is a line, not a paragraph in capitals.
const TITLE_MAX = 200;

/** "Trần Văn Lâm": two to five capitalised words opening with a family name. */
function isPersonalName(line: string): boolean {
  const words = line.split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && SURNAMES.has(words[0]!) && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

/** A line of an attached text's title block: its title, in capitals or not, but no signature. */
function isTitleLine(t: string): boolean {
  return t.length > 0 && t.length <= TITLE_MAX && !AUTHORITY.test(t) && !isPersonalName(t) && !/^[-–+]/u.test(t);
}

/**
 * Where each attached text begins after `from` (the end of the act: its "Nơi nhận"): the title
 * block above a "(Kèm theo …)" caption, from its first line in capitals, or an appendix heading.
 * A plan's own appendix ("PHỤ LỤC") is a part of its own.
 */
export function attachmentStarts(text: string, from: number, folded: string = fold(text)): number[] {
  if (from < 0) return [];
  const all = lines(text.slice(from));
  const out: number[] = [];
  const titleOf = (l: Line): string => stripMarks(l.text);
  // The folded title of a line: marks and spaces fold to themselves (./folded.ts).
  const foldedTitleOf = (l: Line): string => stripMarks(foldedSlice(text, folded, from + l.start, from + l.end));
  for (let i = 0; i < all.length; i++) {
    const t = titleOf(all[i]!);
    if (isUpper(t) && t.length <= TITLE_MAX && APPENDIX.test(foldedTitleOf(all[i]!))) {
      out.push(from + all[i]!.start);
      continue;
    }
    if (!CAPTION.test(foldedTitleOf(all[i]!))) continue;
    // Up from the caption over the title block; it starts at its topmost line in capitals.
    let top = -1;
    for (let k = i - 1; k >= 0 && k >= i - attachment.captionWithin && isTitleLine(titleOf(all[k]!)); k--) {
      if (isUpper(titleOf(all[k]!))) top = k;
    }
    if (top >= 0 && !out.includes(from + all[top]!.start)) out.push(from + all[top]!.start);
  }
  return out.sort((a, b) => a - b);
}
