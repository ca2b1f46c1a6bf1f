// Cue-word tests over folded text (see ingest/match.ts). The words are data (data/cues.json);
// this module only compiles them, longest first, with Vietnamese word boundaries.
import { cues } from '../data/index.js';
import { WORD_END, WORD_START, alternation, wordPattern } from '../ingest/match.js';

const instruct = wordPattern([...cues.instruct, ...cues.strong]);
const strong = wordPattern(cues.strong, 'u');
const past = wordPattern(['đã'], 'gu');
const notInstruct = wordPattern(cues.notInstruct);
const notDirective = wordPattern(cues.notDirective);
const urgent = wordPattern(cues.urgent);
const pastBefore = new RegExp(`${WORD_START}(?:${alternation(cues.past)})[ \\n]+$`, 'u');
const continuation = new RegExp(`^(?:${alternation(cues.continuation)})${WORD_END}`, 'u');
const actionStart = new RegExp(`^(?:${alternation(cues.actionVerbs)})${WORD_END}`, 'u');
const descriptiveHeading = new RegExp(`^(?:${alternation(cues.descriptiveHeadings)})(?:[ \\n]*[:.]|[ \\n]*$)`, 'u');
const nonDirectiveArticle = new RegExp(`^(?:${alternation(cues.nonDirectiveArticles)})${WORD_END}|${WORD_START}(?:${alternation(cues.inForceAnywhere)})${WORD_END}`, 'u');
const trailingOpener = new RegExp(`^(?:${alternation(cues.trailingOpeners)})${WORD_END}`, 'u');
const closing = wordPattern(cues.closing, 'u');
const leadInEnd = wordPattern(cues.leadInEnd);
// A time limit with a date ("trước ngày 15/12"), and any action verb before it.
const dueBy = new RegExp(`${WORD_START}(?:${alternation(cues.dueBy)})[ \\n]+\\d`, 'gu');
const actionAnywhere = wordPattern(cues.actionVerbs, 'u');

function masked(folded: string): boolean[] {
  const mask = new Array<boolean>(folded.length).fill(false);
  notInstruct.lastIndex = 0;
  for (let m = notInstruct.exec(folded); m; m = notInstruct.exec(folded)) {
    for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  }
  return mask;
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
  past.lastIndex = 0;
  return liveCue(folded) ? 'instructs' : past.test(folded) ? 'describes' : 'neutral';
}

function liveCue(folded: string): boolean {
  const mask = masked(folded);
  // After a "đã" (the sentence tells of the past: "Tỉnh ủy … đã lãnh đạo, chỉ đạo … chủ động …")
  // only a strong verb instructs; a "đã" after the cue is a relative clause ("phải thực hiện đúng
  // nội dung đã được ủy quyền").
  past.lastIndex = 0;
  const firstPast = past.exec(folded)?.index ?? Infinity;
  instruct.lastIndex = 0;
  for (let m = instruct.exec(folded); m; m = instruct.exec(folded)) {
    if (mask[m.index]) continue;
    if (pastBefore.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (firstPast < m.index && !strong.test(m[0])) continue;
    return true;
  }
  // No cue word, but a task with its deadline: "Các sở, ngành báo cáo … trước ngày 15/12".
  dueBy.lastIndex = 0;
  for (let m = dueBy.exec(folded); m; m = dueBy.exec(folded)) {
    if (mask[m.index] || firstPast < m.index) continue;
    if (actionAnywhere.test(folded.slice(0, m.index))) return true;
  }
  return false;
}

/** Position in the folded text after the first cue of a lead-in ("Chính phủ yêu cầu cần "). */
export function leadInCueEnd(folded: string): number {
  const mask = masked(folded);
  leadInEnd.lastIndex = 0;
  for (let m = leadInEnd.exec(folded); m; m = leadInEnd.exec(folded)) {
    if (!mask[m.index]) return m.index + m[0].length;
  }
  return -1;
}

export const startsWithContinuation = (folded: string): boolean => continuation.test(folded);
export const startsWithAction = (folded: string): boolean => actionStart.test(folded);
export const isDescriptiveHeading = (folded: string): boolean => descriptiveHeading.test(folded);
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
