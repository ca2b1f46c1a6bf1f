// A text attached to the act and printed after its signature (ANNOTATION.md "Articles"; issue 14,
// multi-part acts): "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" and then, after "Nơi
// nhận" and the signer, "KẾ HOẠCH / … / (Kèm theo Quyết định số … ngày …)", and appendices
// ("PHỤ LỤC"). The attached text is part of the document: its tasks are directives.
import { headerWords } from '../data/index.js';
import { alternation, fold, WORD_END } from '../ingest/match.js';
import { isUpper, lines, stripMarks } from './paragraphs.js';

const { attachment } = headerWords;
const TITLE = new RegExp(`^(?:${alternation(attachment.titles)})${WORD_END}`, 'u');
const APPENDIX = new RegExp(`^(?:${alternation(attachment.appendix)})${WORD_END}`, 'u');
const CAPTION = new RegExp(`^\\(?[ \\u00A0]*(?:${alternation(attachment.captions)})${WORD_END}`, 'u');
// A title line is a line, not a paragraph in capitals.
const TITLE_MAX = 200;

/**
 * Where each attached text begins after `from` (the end of the act: its "Nơi nhận"): a title line
 * in capitals opening with a type of attached text and followed closely by its "(Kèm theo …)"
 * caption, or an appendix heading. A plan's own appendix ("PHỤ LỤC") is a part of its own.
 */
export function attachmentStarts(text: string, from: number): number[] {
  if (from < 0) return [];
  const all = lines(text.slice(from));
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const t = stripMarks(all[i]!.text);
    if (t.length === 0 || t.length > TITLE_MAX || !isUpper(t)) continue;
    const key = fold(t);
    if (!TITLE.test(key)) continue;
    let captioned = APPENDIX.test(key);
    for (let k = i + 1; !captioned && k < all.length && k <= i + attachment.captionWithin; k++) {
      captioned = CAPTION.test(fold(stripMarks(all[k]!.text)));
    }
    if (!captioned) continue;
    out.push(from + all[i]!.start);
    // The title's own lines and caption are not a second attachment.
    while (i + 1 < all.length && isUpper(stripMarks(all[i + 1]!.text)) && stripMarks(all[i + 1]!.text) !== '') i++;
  }
  return out;
}
