// The document header of Decree 30/2020/NĐ-CP (Appendix I): issuer, số/ký hiệu, place and date,
// type word and trích yếu, then "Căn cứ …", "Kính gửi: …"; at the end "Nơi nhận" and the signature.
// Works on the line-broken layout, on PDF text layers (two columns side by side) and on the
// flattened single-line form, where the fields run on in one line.
import { cues, docTypes, headerWords, offices, surnames } from '../data/index.js';
import { alternation, bareKey, fold, foldPattern, nameKey, WORD_END, WORD_START } from '../ingest/match.js';
import type { DocumentFields, Signer, Span } from '../types.js';
import { attachmentStarts } from './attachments.js';
import { issuerFromCell, PLACE_UNIT } from './issuer-cell.js';
import { labelAt } from './labels.js';
import { AUTHORITY, blankDatelineEnd, hasOfficialHead, mottoAt, officialMarks } from './shape.js';
import { isStampLine, isStampTime, signingTime } from './stamp.js';
import { foldedSlice } from './folded.js';
import { isUpper, lines, stripMarks, type Line } from './paragraphs.js';

/** The document fields but the references (a stage of their own), plus where the body lies. */
export interface Header extends Omit<DocumentFields, 'signer' | 'references'> {
  signer: Signer | null;
  /** Where the body (lead-in, items, closing) lies. */
  body: Span;
  /**
   * The stretches of text that hold directives: the body, then any text attached after the
   * signature (a plan, a regulation, appendices), each read as a list of its own.
   */
  parts: Span[];
  /**
   * Where a news text's date was read, when it lies in the body ("Ngày 24/5/2017, UBND tỉnh ban
   * hành …"): the date of the report, no deadline. An official dateline lies before the body.
   */
  dateline: Span | null;
}

// "Số: 330/TB-VPCP", "Số: 15/2018/NĐ-CP", "Số:   4390     /UBND-NLN"; Party: "Số 75-KL/TW".
const NUMBER = /(?:(?<=Luật[ \u00A0])số|Số)[ \u00A0]*(?:[:：][ \u00A0]*)?(\d{1,6})[ \u00A0]*(\/[ \u00A0]*\d{4}[ \u00A0]*)?\/{1,2}[ \u00A0]*([\p{Lu}Đ][\p{L}\d&.]*(?:-[\p{L}\d&.]+)*)/u;
// A number left blank to be filled in at signing: "Số:      /TTr-SCT" still gives the type's code.
const BLANK_NUMBER = /Số[ \u00A0]*(?:[:：][ \u00A0]*)?\/[ \u00A0]*([\p{Lu}Đ][\p{L}\d&.]*(?:-[\p{L}\d&.]+)*)/u;
// Party symbols: "Số 75-KL/TW", "Số 12-CTr/TU", "Số 300 -CV/ĐU" (spaces inside, as typed).
const PARTY_NUMBER = /Số[ \u00A0]*(?:[:：][ \u00A0]*)?(\d{1,6})[ \u00A0]?[-–][ \u00A0]?(\p{Lu}\p{L}{0,4})[ \u00A0]?\/[ \u00A0]?(\p{Lu}[\p{Lu}\p{N}]{0,5})(?![\p{L}\p{N}])/u;
// The dateline may wrap in a web copy of a table cell ("Sơn\nLa, ngày 16 tháng 11\nnăm 2018"):
// the place over a line break only from a word that opens its line ("… Bộ Y Tế\nHà Nội" is "Hà Nội").
const PLACE_DATE = new RegExp(
  `${WORD_START}((?:(?<![^\\n])[\\p{Lu}][\\p{Ll}]+\\n)?[\\p{Lu}][\\p{Ll}]+(?:[ \\u00A0][\\p{Lu}][\\p{Ll}]+){0,3})[ \\u00A0]*,[ \\u00A0\\n]*` +
    `ngày[ \\u00A0\\n]+(\\d{1,2})[ \\u00A0\\n]+tháng[ \\u00A0\\n]+(\\d{1,2})[ \\u00A0\\n]+năm[ \\u00A0\\n]+(\\d{4})`,
  'u',
);
// "Lào Cai, ngày      tháng 3 năm 2026": a dateline left blank to be filled in at signing still names its place.
const BLANK_DATELINE_PLACE = new RegExp(`${WORD_START}([\\p{Lu}][\\p{Ll}]+(?:[ \\u00A0][\\p{Lu}][\\p{Ll}]+){0,3}),[ \\u00A0]*ngày[ \\u00A0]+tháng[ \\u00A0]`, 'u');
const NEWS_DATE = /^(?:\(?[\p{L}.]+\)?[ \t]?[-–][ \t]?)?(?:(?:Ngày|Sáng|Chiều|Tối|Trưa)[ \t]+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/u;
const RECIPIENTS = /N[ơo]i[ \u00A0]+nh[ậa]n[ \u00A0]*:?/u;
const TYPE_CODES = new Set(docTypes.map((t) => t.code));
const TYPE_WORD = new RegExp(`^(?:${alternation(docTypes.flatMap((t) => t.words))})(?![\\p{L}\\p{N}])`, 'u');
const SURNAMES = new Set(surnames);
const NAME = /([\p{Lu}][\p{Ll}]+(?:[ \u00A0]+[\p{Lu}][\p{Ll}]*){1,4})[ \u00A0]*$/u;

function iso(y: string, m: string, d: string): string | null {
  const yy = Number(y), mm = Number(m), dd = Number(d);
  const days = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  if (mm < 1 || mm > 12 || dd < 1 || dd > days) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** The left column of a two-column line ("ỦY BAN NHÂN DÂN        CỘNG HÒA …"). */
function leftColumn(text: string): string {
  return text.split(/ {3,}|\|/u).map((s) => stripMarks(s)).filter(Boolean)[0] ?? '';
}

const KNOWN_NAMES = [...offices.bodies, ...offices.titles, ...offices.units]
  .sort((a, b) => b.length - a.length)
  .map((name) => ({ name, folded: fold(name) }));

/** "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" → "Ủy ban nhân dân tỉnh Lào Cai": known words in their casing,
 * other words capitalised (a place name). The gazetteer stage refines this. */
export function caseName(upper: string, knownInText: string, foldedText: string): string {
  const clean = upper.replace(/\s+/gu, ' ').trim();
  // A mixed-case spelling of the same name in the body is the best guide.
  const re = new RegExp(`${WORD_START}${foldPattern(clean)}(?![\\p{L}\\p{N}])`, 'gu');
  for (let found = re.exec(foldedText); found; found = re.exec(foldedText)) {
    const printed = knownInText.slice(found.index, found.index + found[0].length).replace(/\s+/gu, ' ');
    if (!isUpper(printed)) return printed;
  }
  const words = clean.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const rest = fold(words.slice(i).join(' '));
    const hit = KNOWN_NAMES.find((k) => rest === k.folded || rest.startsWith(k.folded + ' '));
    if (hit) {
      out.push(hit.name);
      i += hit.name.split(' ').length;
    } else {
      // A symbol ("1050/QĐ-SCT", "VLNCN") keeps its capitals; a word is cased as a name.
      const printed = words[i]!;
      const w = printed.toLowerCase();
      out.push(/[\d/]/u.test(printed) ? printed : w === 'và' ? w : w.charAt(0).toUpperCase() + w.slice(1));
      i++;
    }
  }
  return out.join(' ');
}

/** "BỘ TRƯỞNG, CHỦ NHIỆM" → "Bộ trưởng, Chủ nhiệm". */
function caseTitle(upper: string): string {
  return upper
    .split(/,\s*/u)
    .map((part) => {
      const key = fold(part.trim());
      const hit = offices.titles.find((t) => fold(t) === key);
      if (hit) return hit;
      const lower = part.trim().toLowerCase();
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(', ');
}

/**
 * `furniture`: news-page lines (ingest/boilerplate.ts) that cannot be a headline; `all`: the text's
 * lines, when the caller has cut them already (paragraphs.ts `lines`).
 */
export function parseHeader(text: string, furniture: Span[] = [], folded: string = fold(text), all: readonly Line[] = lines(text)): Header {
  const head = text.slice(0, 3000);
  // The header's own number line comes first: when it is blank ("Số:    /QĐ-SCT"), a number found
  // further down belongs to a citation ("Căn cứ Quyết định số 12/…"), never to this document.
  const blank = BLANK_NUMBER.exec(head);
  const before = (m: RegExpExecArray | null): RegExpExecArray | null => (m && blank && blank.index < m.index ? null : m);
  const numberMatch = before(NUMBER.exec(head));
  const partyMatch = before(PARTY_NUMBER.exec(head));
  const dateMatch = PLACE_DATE.exec(head);
  const stamped = signingTime(head);
  const foldedHead = folded.slice(0, head.length); // its bare key is bareKey(fold(head)): see shape.ts
  // Official: a number and a date; or the header's shape, when OCR or a blank dateline left a
  // field unreadable (the field is then null, never a guess).
  const official = ((numberMatch !== null || partyMatch !== null) && (dateMatch !== null || stamped !== null)) ||
    hasOfficialHead(head, foldedHead) || officialMarks(head, text, foldedHead) >= 4;

  // The body ends at "Nơi nhận" (or a signature table row holding it).
  const recipientsAt = findLast(RECIPIENTS, text);
  let bodyEnd = text.length;
  if (recipientsAt >= 0) {
    const lineStart = text.lastIndexOf('\n', recipientsAt) + 1;
    bodyEnd = /^[\s|*_]*$/u.test(text.slice(lineStart, recipientsAt)) ? lineStart : recipientsAt;
  }

  if (!official) {
    const newsDate = newsDateOf(all);
    return {
      kind: 'news', type: null, number: null, issuer: null, place: null, date: newsDate?.iso ?? null, title: newsTitle(all, new Set(furniture.map(([s]) => s))),
      signer: null, recipients: [], body: [0, bodyEnd], parts: [[0, bodyEnd]], dateline: newsDate?.span ?? null,
    };
  }

  const party = partyMatch !== null && (numberMatch === null || partyMatch.index <= numberMatch.index);
  const number = party
    ? `${partyMatch![1]}-${partyMatch![2]}/${partyMatch![3]}`
    : numberMatch ? `${numberMatch[1]}${numberMatch[2] ? '/' + numberMatch[2].replace(/[\s/]/gu, '') : ''}/${numberMatch[3]}` : null;
  const code = party ? partyMatch![2]! : numberMatch ? numberMatch[3]!.split('-')[0]! : blank ? blank[1]!.split('-')[0]! : null;
  const numberAt = party ? partyMatch!.index : numberMatch ? numberMatch.index : blank ? blank.index : firstLineAfterMotto(head);
  const issuerName = issuer(text, folded, all, numberAt);
  const attached = attachmentStarts(text, recipientsAt, folded);
  const attachedAt = attached[0] ?? -1;
  const afterDate = dateMatch ? dateMatch.index + dateMatch[0].length : Math.max(blankDatelineEnd(head), numberMatch ? numberMatch.index + numberMatch[0].length : 0);
  const { bodyStart, title, typeWord, addressees } = headerEnd(text, folded, all, afterDate, issuerName);
  // The code before the hyphen is the type ("TB-VPCP"); a unit code there ("UBND-NLN") makes a
  // công văn. A code that is no type ("69/2025/QH15" of a law), or no readable number, leaves the
  // type to the title's word; a Party symbol's code is read with its title ("66-QĐ/TW" under a
  // "QUY ĐỊNH" is a Quy định).
  const titled = typeOfWord(typeWord);
  const type = code !== null
    ? (party && titled ? titled : TYPE_CODES.has(code) ? code : titled ?? 'CV')
    : titled ?? (title && /^(?:V\/v|Về việc)/u.test(title) ? 'CV' : null);

  return {
    kind: 'official',
    type,
    number,
    issuer: issuerName,
    place: dateMatch ? dateMatch[1]!.replace(/\s+/gu, ' ').trim() : BLANK_DATELINE_PLACE.exec(head)?.[1] ?? null,
    date: dateMatch ? iso(dateMatch[4]!, dateMatch[3]!, dateMatch[2]!) : stamped?.iso ?? null,
    title,
    signer: signer(text.slice(0, attachedAt >= 0 ? attachedAt : text.length), recipientsAt >= 0 ? recipientsAt : Math.max(0, text.length - 800)),
    recipients: recipientsAt >= 0 ? recipients(text, recipientsAt) : [],
    ...(addressees.length ? { addressees } : {}),
    body: [bodyStart, bodyEnd],
    parts: [[bodyStart, bodyEnd], ...attached.map((at, i): Span => [at, attached[i + 1] ?? text.length])],
    dateline: null,
  };
}

/** The type code of a title's type word ("KẾT LUẬN", OCR "KÉT LUẬN" → "KL"), or null. */
function typeOfWord(word: string | null): string | null {
  if (!word) return null;
  const key = bareKey(fold(word)).replace(/\s+/gu, ' ').trim();
  const hit = docTypes.find((t) => t.words.some((w) => key.startsWith(bareKey(fold(w)))));
  return hit?.code ?? null;
}

/** With no readable number: the issuer's cell ends where the first line after the motto's starts. */
function firstLineAfterMotto(head: string): number {
  const nl = head.split('\n');
  let at = 0;
  for (const [i, line] of nl.entries()) {
    if (mottoAt(line) >= 0) return at + line.length + 1 + (nl[i + 1]?.length ?? 0) + 1;
    at += line.length + 1;
  }
  return Math.min(head.length, 400);
}

function findLast(re: RegExp, text: string): number {
  const g = new RegExp(re.source, 'gu');
  let at = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) at = m.index;
  return at;
}

const MOTTO_LINE = /^(?:CỘNG|H(?:ÒA|OÀ)[ \u00A0]+XÃ[ \u00A0]+HỘI)(?![\p{L}\p{N}])/u;

/** Issuer: the left column above "Số:", one name over one or two lines (ANNOTATION-NOTES 007). */
function issuer(text: string, folded: string, all: readonly Line[], numberAt: number): string | null {
  const parts: string[] = [];
  for (const line of all) {
    if (line.start >= numberAt) break;
    // A signature stamp's lines: its body's name above a bare signing time is the stamp's too.
    if (isStampTime(line.text)) parts.length = 0;
    if (isStampLine(line.text, foldedSlice(text, folded, line.start, line.end))) continue;
    let left = leftColumn(line.text);
    left = left.split(/-{3,}|\s\*\s|CỘNG H(?:ÒA|OÀ)|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập/u)[0]!.trim();
    // Two columns run into one line by OCR ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐÁNG CỘNG SẢN VIỆT NAM").
    const motto = mottoAt(left);
    if (motto >= 0) left = left.slice(0, motto).trim();
    // A web copy puts the cells one under the other, the motto wrapped ("CỘNG" / "HÒA XÃ HỘI …"):
    // the issuer's cell has ended.
    if (MOTTO_LINE.test(left)) break;
    // With no number line, the title ("TỜ TRÌNH", "QUYẾT ĐỊNH") ends the cell.
    if (parts.length && isUpper(left) && TYPE_WORD.test(fold(left))) break;
    if (!left || /^[-\s]+$/u.test(left) || !isUpper(left)) continue;
    parts.push(left);
  }
  if (parts.length === 0) return null;
  return caseName(issuerFromCell(parts), text, folded);
}

/** Where the header ends: after the type word and trích yếu, "Kính gửi" list, "Căn cứ" and
 * "QUYẾT ĐỊNH:" lines. */
interface HeaderEnd {
  bodyStart: number;
  title: string | null;
  typeWord: string | null;
  /** The "Kính gửi" list: an entry on its line, then one per "- …" line. */
  addressees: string[];
}

const KINH_GUI = /^kính gửi[ \u00A0]*:?/u;

// Office titles, folded: what may stand before the issuer's name on its authority line.
const OFFICE_KEYS: ReadonlySet<string> = new Set(offices.titles.map(nameKey));
// "Căn cứ …", "Theo đề nghị …" (cues.json "preambleOpeners"), on folded text.
const PREAMBLE = new RegExp(`^(?:${alternation(cues.preambleOpeners)})${WORD_END}`, 'u');

/**
 * The line of the issuing authority between a decision's title and its "Căn cứ": the issuer
 * itself ("THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI") or its head's office and the
 * issuer ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"); right before the "Căn cứ" also without the
 * place ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), which a title's wrapped last line ("… CỦA" / "ỦY BAN
 * NHÂN DÂN TỈNH") can be only there.
 */
const withoutUnits = (key: string): string => key.replace(PLACE_UNIT, '');

function isAuthorityLine(line: string, issuerKey: string | null, beforePreamble: boolean): boolean {
  if (!issuerKey) return false;
  const key = nameKey(line);
  for (const office of [...OFFICE_KEYS, '']) {
    if (office && !key.startsWith(`${office} `)) continue;
    const rest = key.slice(office.length).trim();
    // "GIÁM ĐỐC SỞ CÔNG THƯƠNG LÀO CAI" for "Sở Công Thương tỉnh Lào Cai": the place's unit word may be left out.
    if (rest === issuerKey || rest === withoutUnits(issuerKey)) return true;
    if (beforePreamble && rest.split(' ').length >= 3 && issuerKey.startsWith(`${rest} `)) return true;
  }
  return false;
}

function headerEnd(text: string, folded: string, all: readonly Line[], afterDate: number, issuerName: string | null): HeaderEnd {
  const issuerKey = issuerName ? nameKey(issuerName) : null;
  const addressees: string[] = [];
  let typeWord: string | null = null;
  const title: string[] = [];
  let bodyStart = afterDate;
  // Flattened single line: after the date comes an upper-case run (type word + title).
  const dateLineEnd = text.indexOf('\n', afterDate);
  const restOfLine = text.slice(afterDate, dateLineEnd === -1 ? text.length : dateLineEnd);
  if (restOfLine.trim().length > 200) {
    const run = /^(?:[\s\u00A0]*[\p{Lu}\d][\p{Lu}\d/.,:;“”"()&-]*(?![\p{Ll}\p{Lu}\d]))+/u.exec(restOfLine);
    if (run) {
      const words = run[0].trim();
      const tw = TYPE_WORD.exec(fold(words).replace(/^\s+/u, ''));
      typeWord = tw ? words.slice(0, tw[0].length) : null;
      const t = words.slice(typeWord?.length ?? 0).trim();
      if (t) title.push(t);
      // The last captured word may be the first of the body ("… QUỐC TẾ Ngày"): the run stops before it.
      return { bodyStart: afterDate + run[0].length, title: title.join(' ') || null, typeWord, addressees };
    }
  }
  let inTitle = false;
  // A trích yếu in mixed case ("V/v …", "Về việc …") may wrap; a title in capitals ends at the first mixed-case line.
  let mixedTitle = false;
  let inKinhGui = false;
  // The last addressee ended with a comma: a line that is no new entry carries it on ("- Các Sở:
  // Công Thương, Tài chính, Xây dựng,\nNông nghiệp và Môi trường;"). Only a comma: "- Sở Tài chính"
  // with no stop at all may be followed by the body's first paragraph.
  let addresseeOpen = false;
  let inCanCu = false;
  let previousWasType = false;
  for (const [index, line] of all.entries()) {
    if (line.end <= afterDate) continue;
    const t = stripMarks(line.text);
    if (t === '') {
      inTitle = false;
      continue;
    }
    if (line.start < afterDate) continue;
    // The line's folded copy with its marks stripped: the marks and spaces fold to themselves.
    const ft = stripMarks(foldedSlice(text, folded, line.start, line.end));
    // A numbered line ("I. NHIỆM VỤ", "1. …", "Điều 1.") opens the body, after a title; dashes
    // may be the "Kính gửi" list.
    if (title.length && NUMBERED_LABEL.has(labelAt(text, line.start)?.style ?? 'dash')) return { bodyStart: line.start, title: title.join(' ').replace(/\s+/gu, ' '), typeWord, addressees };
    const justTyped = previousWasType;
    previousWasType = false;
    if (!typeWord && TYPE_WORD.test(ft) && isUpper(t)) {
      typeWord = t;
      inTitle = true;
      previousWasType = true;
    } else if (typeWord !== null && title.length === 0 && justTyped && isTrichYeu(t, ft)) {
      // "THÔNG BÁO" / "Kết luận của Phó Thủ tướng … tại cuộc họp …": a trích yếu in mixed case
      // right under the type word (web and Word copies drop the capitals).
      title.push(t);
      inTitle = true;
      mixedTitle = true;
    } else if (/^(?:v\/v|về việc)(?![\p{L}])/u.test(ft)) {
      title.push(t);
      inTitle = true;
      mixedTitle = true;
    } else if (isUpper(t) && !/:$/u.test(t)) {
      // A title line in capitals; after the title, the issuer repeated above "Căn cứ" (with no
      // blank line between them in a PDF or web copy).
      let k = index + 1;
      while (k < all.length && stripMarks(all[k]!.text) === '') k++;
      const next = all[k];
      if (title.length > 0 && isAuthorityLine(t, issuerKey, next !== undefined && PREAMBLE.test(stripMarks(foldedSlice(text, folded, next.start, next.end))))) inTitle = false;
      else if (inTitle || title.length === 0) title.push(t);
      else inTitle = false;
    } else if (KINH_GUI.test(ft)) {
      inKinhGui = true;
      inTitle = false;
      // "Kính gửi: Sở Tài chính" (folded and printed text have the same length).
      const inline = trimRecipient(t.slice(KINH_GUI.exec(ft)![0].length));
      if (inline) addressees.push(inline);
      addresseeOpen = inline !== '' && t.endsWith(',');
    } else if (inKinhGui && /^[-–+]/u.test(t)) {
      const addressee = trimRecipient(t);
      if (addressee) addressees.push(addressee);
      addresseeOpen = addressee !== '' && t.endsWith(',');
    } else if (inKinhGui && addresseeOpen && !PREAMBLE.test(ft)) {
      addressees[addressees.length - 1] += `, ${trimRecipient(t)}`;
      addresseeOpen = t.endsWith(',');
    } else if (PREAMBLE.test(ft)) {
      inCanCu = true;
      inTitle = false;
    } else if (/^[\p{Lu} ]+:$/u.test(t)) {
      // "QUYẾT ĐỊNH:", "CHỈ THỊ:"
      inCanCu = false;
    } else if (inTitle && mixedTitle && !/[.;:]$/u.test(title[title.length - 1] ?? '') && (/^\p{Ll}/u.test(t) || (t.length < 60 && !/[.:]$/u.test(t)))) {
      title.push(t);
    } else if (inCanCu && line.indent === 0) {
      // a wrapped "Căn cứ" line of a PDF text layer
    } else {
      return { bodyStart: line.start, title: title.join(' ').replace(/\s+/gu, ' ') || null, typeWord, addressees };
    }
    bodyStart = line.end;
  }
  return { bodyStart, title: title.join(' ') || null, typeWord, addressees };
}

const NUMBERED_LABEL: ReadonlySet<string> = new Set(['article', 'roman', 'arabic', 'decimal']);

const STOP_ALLOWED_AFTER = new RegExp(`^(?:${alternation(headerWords.title.stopAllowedAfter)})${WORD_END}`, 'u');

/** A trích yếu: no sentence (no closing stop, not a date or a label), not a preamble or "Kính gửi". */
function isTrichYeu(line: string, folded: string): boolean {
  // "Về tình hình triển khai …." — the standard opening of a trích yếu may still end with a stop.
  const closed = /[:;]$/u.test(line) || (line.endsWith('.') && !STOP_ALLOWED_AFTER.test(folded));
  return line.length <= 300 && !closed && !/^(?:ngày|hôm nay|\d)/u.test(folded) && !PREAMBLE.test(folded) && !KINH_GUI.test(folded);
}

/** The signer: the last personal name of the signature block, with the office above it. */
function signer(text: string, from: number): Signer | null {
  const tail = text.slice(from);
  const cells = tail.split(/\n|\||\s{3,}/u).map((s) => stripMarks(s)).filter(Boolean);
  for (let i = cells.length - 1; i >= 0; i--) {
    const m = NAME.exec(cells[i]!);
    if (!m || !SURNAMES.has(m[1]!.split(/\s+/u)[0]!)) continue;
    const name = m[1]!.replace(/\s+/gu, ' ');
    const sameCell = cells[i]!.slice(0, m.index).trim();
    const inline = sameCell ? officeAtEnd(sameCell) : null;
    if (inline) return { name, title: caseTitle(inline), authority: null };
    const before = cells.slice(0, i).filter((c) => isUpper(c) && !/[;:]$/u.test(c) && c.length < 60);
    const authority = before.find((c) => AUTHORITY.test(c)) ?? null;
    const office = [...before].reverse().find((c) => !AUTHORITY.test(c) && !/\d/u.test(c));
    // "KT. BỘ TRƯỞNG THỨ TRƯỞNG" on one line (flattened): the office is what follows the authority.
    let title = office ? caseTitle(office) : null;
    if (authority && (!office || before.indexOf(office) < before.indexOf(authority))) {
      const words = authority.replace(AUTHORITY, '');
      const inner = offices.titles.map((t) => t.toUpperCase()).sort((a, b) => b.length - a.length).find((t) => words.endsWith(' ' + t));
      title = inner ? caseTitle(inner) : title;
    }
    return { name, title, authority: authority ? authorityOf(authority) : null };
  }
  return null;
}

/** The longest known office title at the end of an upper-case run ("… TB (220) BỘ TRƯỞNG, CHỦ NHIỆM"). */
function officeAtEnd(run: string): string | null {
  const titles = offices.titles.map((t) => t.toUpperCase()).sort((a, b) => b.length - a.length);
  return titles.find((t) => run.endsWith(t) && (run.length === t.length || /[\s.)]/u.test(run[run.length - t.length - 1]!))) ?? null;
}

/** "KT. BỘ TRƯỞNG THỨ TRƯỞNG" (one cell) → "KT. BỘ TRƯỞNG": the office after it is the title. */
function authorityOf(line: string): string {
  const clean = line.replace(/\s+/gu, ' ').trim();
  const office = officeAtEnd(clean);
  const rest = office ? clean.slice(0, clean.length - office.length).trim() : clean;
  return AUTHORITY.test(rest) ? rest : clean;
}

/** "Nơi nhận:" entries, without the archive line ("Lưu: VT …"). */
function recipients(text: string, at: number): string[] {
  const block = text.slice(at).replace(RECIPIENTS, '');
  const out: string[] = [];
  const rows = block.split('\n');
  for (const row of rows) {
    const cell = row.split('|')[0]!;
    const left = row.includes('|') ? cell : row.split(/ {4,}/u)[0]!;
    // An entry opens with a dash at the start of its row or, on a flattened line, after ";" or
    // ".": "Đ/c Phan Trung Bá - PCT UBND tỉnh" is one entry.
    for (const piece of left.split(/(?:^[ \t]*|(?<=[;.])[ \t]*)[-–](?=\s)/u)) {
      const p = trimRecipient(piece);
      if (!p) continue;
      if (/^Lưu\b/u.test(p)) return out;
      if (/^[-–]/u.test(row.trim()) || out.length === 0 || piece !== left) out.push(p);
      else out[out.length - 1] += ' ' + p;
    }
    if (row.includes('|') && out.length) return out;
  }
  return out;
}

const RECIPIENT_LEAD = /[\s*_-]/u;
const RECIPIENT_TAIL = /[\s;.,*_]/u;
function trimRecipient(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && RECIPIENT_LEAD.test(s[a]!)) a++;
  while (b > a && RECIPIENT_TAIL.test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function newsDateOf(all: readonly Line[]): { iso: string; span: Span } | null {
  for (const line of all.slice(0, 15)) {
    const m = NEWS_DATE.exec(line.text);
    if (!m) continue;
    const value = iso(m[3]!, m[2]!, m[1]!);
    if (!value) return null;
    // The span of "24/5/2017" itself, after any agency and day-part words.
    const end = m.index + m[0].length;
    return { iso: value, span: [line.start + end - `${m[1]}/${m[2]}/${m[3]}`.length, line.start + end] };
  }
  return null;
}

function newsTitle(all: readonly Line[], furniture: Set<number>): string | null {
  const first = all.find((l) => !furniture.has(l.start) && l.text.split(/\s+/u, 4).length >= 4);
  return first ? first.text : null;
}
