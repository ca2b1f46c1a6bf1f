// Stretches of a text whose cue words do not speak for the action, as spans of that string:
// - the title of a cited document: in "… theo Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của
//   Chính phủ quy định về phân quyền, phân cấp trong lĩnh vực công nghiệp và thương mại", the
//   decree's subject is not the subject of the directive that cites it;
// - the name of a law cited without a number: in "… đáp ứng quy định tại Điều 52 Luật Bảo vệ môi
//   trường", the law's name is not what the action is about (issue 15, point 7: "not … cited laws"),
//   unless the action drafts it ("xây dựng dự án Luật …");
// - the part of a document title before its subject ("Thông báo ý kiến … về kết quả Hội nghị …
//   quán triệt Chỉ thị 15 … về hội nhập quốc tế": the subject is what follows the last "về").
// Pure functions over folded strings.
import { fold } from '../../ingest/match.js';
import type { Span } from '../../types.js';
import { lexicon, type Lexicon } from './lexicon.js';

const MAX_CITATION_TITLE = 200;

/** The folded form of a document number, for finding it again in folded text. */
export function numberKey(number: string): string {
  return fold(number.normalize('NFC')).replace(/\s+/gu, '');
}

/**
 * The keys of the cited numbers, once per document (folding them for every directive made the
 * stage grow with directives × citations). Numbers as the references stage normalised them; a
 * mention printed with inner spaces ("920 /TTr-SCT") is not found again, and its title then
 * counts like any other words.
 */
export function citedKeys(numbers: readonly string[]): string[] {
  return [...new Set(numbers.map(numberKey).filter((k) => k.length > 0))];
}

/** From each printed mention of a cited number (`keys`: citedKeys) to the end of the cited document's title. */
export function citationMasks(folded: string, keys: readonly string[], lex: Lexicon = lexicon): Span[] {
  const out: Span[] = [];
  for (const key of keys) {
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
      const from = at + key.length;
      const window = folded.slice(from, from + MAX_CITATION_TITLE);
      const re = lex.citationEnd;
      re.lastIndex = 0;
      const stop = re.exec(window);
      out.push([from, from + (stop ? stop.index : window.length)]);
    }
  }
  return out;
}

// Laws are cited by name, the type word capitalised as printed ("Luật Đất đai", "Luật sửa đổi, bổ
// sung một số điều của 15 luật …", "Bộ luật Lao động"; domains.json lawNames): case-sensitive on the
// printed text, so the "luật" of "pháp luật" is none. A law being drafted ("xây dựng dự án Luật …")
// is the action's subject: a drafting word before the name (domains.json "lawDrafting") leaves it unmasked.
/** Longest name of a law ("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"). */
const MAX_LAW_NAME = 120;

/** Each law cited by name, from its type word to the end of its name. */
export function namedLawMasks(text: string, folded: string, lex: Lexicon = lexicon): Span[] {
  const out: Span[] = [];
  const laws = lex.namedLaw;
  laws.lastIndex = 0;
  for (let m = laws.exec(text); m; m = laws.exec(text)) {
    if (lex.lawDraftingBefore.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    const from = m.index + m[0].length;
    const window = folded.slice(from, from + MAX_LAW_NAME);
    const re = lex.citationEnd;
    re.lastIndex = 0;
    const stop = re.exec(window);
    out.push([m.index, from + (stop ? stop.index : window.length)]);
  }
  return out;
}

/** Where a title's subject begins: after its last "về" with words after it, else 0. */
export function titleSubjectStart(folded: string, lex: Lexicon = lexicon): number {
  const re = lex.titleSubjectAfter;
  re.lastIndex = 0;
  let from = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const end = m.index + m[0].length;
    if (/\p{L}/u.test(folded.slice(end))) from = end;
  }
  return from;
}
