// Cue-word tests over folded text (see ingest/match.ts). The words are data (data/cues.json);
// this module only compiles them, longest first, with Vietnamese word boundaries.
import { cues } from '../data/index.js';
import { WORD_END, WORD_START, alternation, bareKey, fold, wordPattern } from '../ingest/match.js';

const instruct = wordPattern([...cues.instruct, ...cues.strong]);
const strong = wordPattern(cues.strong, 'u');
const past = wordPattern(['đã'], 'gu');
const notInstruct = wordPattern(cues.notInstruct);
const notDirective = wordPattern(cues.notDirective);
const urgent = wordPattern(cues.urgent);
// "được tăng cường", "được sắp xếp, kiện toàn", "tiếp tục được hoàn thiện", "tiếp tục là": a
// passive or a copula tells what is being done or what is, no instruction.
const passiveBefore = new RegExp(`${WORD_START}(?:${alternation(cues.passive)})(?:(?:[ \\n]+\\p{L}+){1,2},)?[ \\n]+$`, 'u');
const stateAfter = new RegExp(`^[ \\n]+(?:${alternation(cues.stateAfter)})${WORD_END}`, 'u');
const passiveVerbs: ReadonlySet<string> = new Set(cues.passiveVerbs.map(fold));
// "đáp ứng yêu cầu", "trước yêu cầu phát triển": a cue word that is a noun there.
const nominalCues: ReadonlySet<string> = new Set(cues.nominalCues.map(fold));
const nounBefore = new RegExp(`${WORD_START}(?:${alternation(cues.nounBefore)})[ \\n]+$`, 'u');
/** A cue word used as a noun: "theo đề nghị của …", "đáp ứng yêu cầu" (cues.json nominalCues). */
const isNominal = (folded: string, m: RegExpExecArray): boolean =>
  nominalCues.has(m[0]) && nounBefore.test(folded.slice(Math.max(0, m.index - 30), m.index));
const pastBefore = new RegExp(`${WORD_START}(?:${alternation(cues.past)})[ \\n]+$`, 'u');
const continuation = new RegExp(`^(?:${alternation(cues.continuation)})${WORD_END}`, 'u');
const actionStart = new RegExp(`^(?:${alternation(cues.actionVerbs)})${WORD_END}`, 'u');
// A descriptive heading, read without diacritics so that OCR noise in the marks ("QUAN ĐIỄM") does
// not hide it; a list of them ("Quan điểm, mục tiêu", "Mục đích và yêu cầu") is one too.
const descriptiveHeading = new RegExp(`^(?:${alternation(cues.descriptiveHeadings.map((h) => bareKey(fold(h))))})(?:[ \\n]*[:.]|[ \\n]*$)`, 'u');
const HEADING_LIST = new RegExp(`,|${WORD_START}va${WORD_END}`, 'gu');
const nonDirectiveArticle = new RegExp(`^(?:${alternation(cues.nonDirectiveArticles)})${WORD_END}|${WORD_START}(?:${alternation(cues.inForceAnywhere)})${WORD_END}`, 'u');
const trailingOpener = new RegExp(`^(?:${alternation(cues.trailingOpeners)})${WORD_END}`, 'u');
const closing = wordPattern(cues.closing, 'u');
const leadInEnd = wordPattern(cues.leadInEnd);
// A time limit with a date ("trước ngày 15/12"), and any action verb before it.
const dueBy = new RegExp(`${WORD_START}(?:${alternation(cues.dueBy)})[ \\n]+\\d`, 'gu');
const actionAnywhere = wordPattern(cues.actionVerbs, 'u');

/**
 * Is a position inside a phrase that asks nothing (cues.json notInstruct: "đề nghị được giao làm chủ
 * đầu tư" …)? The phrases are kept as their spans, and sought only as far as a question needs
 * (issue 19): a span that holds a position starts at or before it, and the scan finds them in
 * order, so it stops at the first phrase past the position asked (most questions come at a
 * stretch's first cue, and most stretches have none to ask about) and goes on from there, as the
 * pattern's global scan would, if a later position is asked.
 */
export function masked(folded: string): (at: number) => boolean {
  const spans: number[] = [];
  let lastStart = -1;
  let done = false;
  return (at) => {
    while (!done && lastStart <= at) {
      notInstruct.lastIndex = spans.length > 0 ? spans[spans.length - 1]! : 0;
      const m = notInstruct.exec(folded);
      if (m === null) done = true;
      else {
        spans.push(m.index, m.index + m[0].length);
        lastStart = m.index;
      }
    }
    for (let i = 0; i < spans.length && spans[i]! <= at; i += 2) if (at < spans[i + 1]!) return true;
    return false;
  };
}

/** Does this stretch of folded text give an instruction (a live cue, not a past or a name)? */
export function instructs(folded: string): boolean {
  return evidence(folded) === 'instructs';
}

/**
 * What a text says of itself: it instructs (a live cue), it does not (an account of the past, an
 * assessment, a closing formula), or it gives no sign either way (a bare "Ngân hàng Nhà nước ký
 * với WB …" in a list of articles that instruct).
 */
export function evidence(folded: string): 'instructs' | 'neutral' | 'describes' {
  notDirective.lastIndex = 0;
  if (notDirective.test(folded)) return 'describes';
  // The marks of the past, found once for both questions below (and only when one asks).
  let found: number[] | null = null;
  const pasts = (): number[] => (found ??= pastMarks(folded));
  if (liveCue(folded, pasts)) return 'instructs';
  // A "đã" tells the past when it comes before the action ("Tỉnh đã hoàn thành …"); after it, it
  // is a relative clause of an object ("… hoàn thiện hạ tầng tại các KCN đã thành lập").
  const pastAt = pasts()[0];
  if (pastAt === undefined) return 'neutral';
  return firstAction(folded) < pastAt ? 'neutral' : 'describes';
}

// "… khi đã hoàn thành thủ tục", "nếu đã được cấp phép": a "đã" inside a condition or time clause.
const subordinateBefore = new RegExp(`${WORD_START}(?:${alternation(cues.subordinatePast)})[ \\n]+$`, 'u');

/** Where the text tells of the past ("đã", "vừa"), but for a "đã" of a condition or time clause. */
function pastMarks(folded: string): number[] {
  const out: number[] = [];
  past.lastIndex = 0;
  for (let p = past.exec(folded); p; p = past.exec(folded)) {
    if (!subordinateBefore.test(folded.slice(Math.max(0, p.index - 16), p.index))) out.push(p.index);
  }
  return out;
}

function liveCue(folded: string, pastMarksOf: () => number[]): boolean {
  const isMasked = masked(folded);
  // After a "đã" (the sentence tells of the past: "Tỉnh ủy … đã lãnh đạo, chỉ đạo … chủ động …")
  // only a strong verb instructs; a "đã" after the cue is a relative clause ("phải thực hiện đúng
  // nội dung đã được ủy quyền").
  // The "đã" counts within its clause: "… các CCN đã được đầu tư một phần …; Chủ trì, phối hợp
  // …" tells the past of an object, then instructs after the ";".
  const pastInClause = (at: number): boolean => {
    const clause = folded.lastIndexOf(';', at) + 1;
    return pastMarksOf().some((p) => p >= clause && p < at);
  };
  instruct.lastIndex = 0;
  // Each question below only rules a cue out, so their order changes nothing but the cost: the
  // phrases that ask nothing (a search of the whole stretch) are looked for last.
  for (let m = instruct.exec(folded); m; m = instruct.exec(folded)) {
    if (pastBefore.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    const before = folded.slice(Math.max(0, m.index - 30), m.index);
    if (passiveBefore.test(before)) continue;
    if (passiveVerbs.has(m[0]) && stateAfter.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (isNominal(folded, m)) continue;
    if (pastInClause(m.index) && !strong.test(m[0])) continue;
    if (isMasked(m.index)) continue;
    return true;
  }
  // No cue word, but a task with its deadline: "Các sở, ngành báo cáo … trước ngày 15/12".
  dueBy.lastIndex = 0;
  for (let m = dueBy.exec(folded); m; m = dueBy.exec(folded)) {
    if (pastInClause(m.index) || isMasked(m.index)) continue;
    if (actionAnywhere.test(folded.slice(0, m.index))) return true;
  }
  return false;
}

const actionsAnywhere = wordPattern(cues.actionVerbs);
/** Where the first action verb used as a verb is ("theo đề nghị của …" is a noun), or Infinity. */
function firstAction(folded: string): number {
  actionsAnywhere.lastIndex = 0;
  for (let m = actionsAnywhere.exec(folded); m; m = actionsAnywhere.exec(folded)) {
    if (!isNominal(folded, m)) return m.index;
  }
  return Infinity;
}

/** Position in the folded text after the first cue of a lead-in ("Chính phủ yêu cầu cần "). */
export function leadInCueEnd(folded: string): number {
  const isMasked = masked(folded);
  leadInEnd.lastIndex = 0;
  for (let m = leadInEnd.exec(folded); m; m = leadInEnd.exec(folded)) {
    if (!isMasked(m.index) && !isNominal(folded, m)) return m.index + m[0].length;
  }
  return -1;
}

export const startsWithContinuation = (folded: string): boolean => continuation.test(folded);
export const startsWithAction = (folded: string): boolean => actionStart.test(folded);
export function isDescriptiveHeading(folded: string): boolean {
  return isDescriptiveBare(bareKey(folded));
}

/**
 * A heading line whose first words (up to six) are a descriptive heading ("Kết quả tiếp nhận hồ
 * sơ" → "Kết quả"), or which is one as a whole. The bare key is made once for all the first words:
 * it maps each code unit alone and keeps spaces and line breaks where they are (a test checks every
 * code unit), so the bare key of the first words is the first words of the bare key.
 */
export function opensWithDescriptiveHeading(folded: string): boolean {
  const bare = bareKey(folded);
  const words = bare.split(/\s+/u, 6);
  for (let n = Math.min(words.length, 6); n >= 1; n--) if (isDescriptiveBare(words.slice(0, n).join(' ') + ':')) return true;
  return isDescriptiveBare(bare);
}

function isDescriptiveBare(bare: string): boolean {
  if (descriptiveHeading.test(bare)) return true;
  // "quan diem, muc tieu:": every piece of the list is a descriptive heading.
  let end = bare.length;
  while (end > 0 && (bare[end - 1] === ' ' || bare[end - 1] === '\n')) end--;
  if (bare[end - 1] === ':' || bare[end - 1] === '.') end--;
  // The pieces one by one (what splitting at HEADING_LIST gives), up to the first that is none:
  // the first words of a sentence are read, not the whole sentence cut up.
  const list = bare.slice(0, end);
  let from = 0;
  let separators = 0;
  HEADING_LIST.lastIndex = 0;
  for (let m = HEADING_LIST.exec(list); m; m = HEADING_LIST.exec(list)) {
    if (!descriptiveHeading.test(list.slice(from, m.index).trim())) return false;
    from = m.index + m[0].length;
    separators++;
  }
  return separators > 0 && descriptiveHeading.test(list.slice(from).trim());
}
export const isNonDirectiveArticle = (folded: string): boolean => nonDirectiveArticle.test(folded);
export const startsTrailing = (folded: string): boolean => trailingOpener.test(folded);
/** Where the first closing cue of a folded text starts, or -1. */
export function closingAt(folded: string): number {
  return closing.exec(folded)?.index ?? -1;
}
export const isClosing = (folded: string): boolean => closingAt(folded) >= 0;
export function isUrgent(folded: string): boolean {
  urgent.lastIndex = 0;
  return urgent.test(folded);
}

// "… Phó Thủ tướng Trần Hồng Hà kết luận như sau:" at the end of a lead-in (folded text).
const relayLeadIn = new RegExp(`${WORD_START}(?:${alternation(cues.relayLeadIn)})${WORD_END}[^.;:\\n]{0,40}?(?:như sau|sau đây)[ \\n]*:[ \\n]*$`, 'u');
/** Does this lead-in (folded, ending where a list starts) relay conclusions? */
export const relaysConclusions = (folded: string): boolean => relayLeadIn.test(folded);

/**
 * Does this lead-in (folded, ending where a list starts) open a list of tasks? It relays
 * conclusions, or its last sentence instructs and ends with a colon ("Sở … đề nghị Công ty …:",
 * "… yêu cầu đơn vị thực hiện một số nội dung sau:"; ANNOTATION.md 1).
 */
export function opensTaskList(folded: string): boolean {
  if (relaysConclusions(folded)) return true;
  const trimmed = folded.trimEnd();
  if (!trimmed.endsWith(':')) return false;
  const sentenceStart = Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('; ')) + 1;
  return instructs(trimmed.slice(sentenceStart, -1));
}
