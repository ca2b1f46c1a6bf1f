// The directive tree (ANNOTATION.md, "What is a directive" and "Further rules: Structure").
//
// 1. Paragraphs of the body are read in order; labels open items at a paragraph's start, or inside
//    running text (flattened single-line documents) when they continue a sequence ("… sau: 1. …
//    2. …"). Each label style takes its level from where it first appears (an outline stack).
// 2. Unlabelled paragraphs continue the open item, unless they have their own subject or apply to
//    the whole document (trailing paragraphs) or are the closing formula: then the list closes.
// 3. Items are kept when they instruct, or belong to a list that does; descriptive parts (Mục
//    đích, Yêu cầu, Kết quả …) and articles that only approve or enact are dropped.
// 4. Unlabelled prose (news, prose notices, trailing paragraphs) is split into sentences; those
//    that instruct, or continue an instruction ("Đồng thời, …"), are directives s1, s2, …
// 5. A leaf whose ";"-segments start with a capitalised action gets them as children.
import { headerWords } from '../data/index.js';
import { fold, wordPattern, WORD_START } from '../ingest/match.js';
import type { Span } from '../types.js';
import { isAttributeLine } from './attributes.js';
import { foldedSlice } from './folded.js';
import {
  closingAt, evidence, instructs, isClosing, opensTaskList, isDescriptiveHeading, isNonDirectiveArticle, opensWithDescriptiveHeading, leadInCueEnd, startsTrailing,
  startsWithAction, startsWithContinuation,
} from './cues.js';
import { INLINE_LABEL_BEFORE, labelAt, type Label, type LabelStyle } from './labels.js';
import { onlyMarks, paragraphs, type Layout, type Line } from './paragraphs.js';
import { sentences, trimEnd, trimStart, type Sentence } from './sentences.js';

/** A directive as the structure stage sees it: ids, spans and the tree. */
export interface SkeletonDirective {
  id: string;
  numbered: boolean;
  span: Span;
  children: SkeletonDirective[];
}

interface Item {
  label: Label;
  parent: Item | null;
  children: Item[];
  /** End of the item's own words, before its first child. */
  ownEnd: number;
  end: number;
  directive: boolean;
  excluded: boolean;
  /** The item's own words tell of the past or assess: a list that instructs does not pull it in. */
  describes: boolean;
  /** 1-based position among its siblings of the same label style (the id of a dash item). */
  nth: number;
  /** Which part of the document (0 the act, 1 … attached texts) the item is in. */
  part: number;
  /** The list was opened by a lead-in that gives tasks ("… kết luận như sau:", "… đề nghị Công ty …:"). */
  relayed: boolean;
}

interface Prose {
  start: number;
  end: number;
  /** Before the first item: a preamble, never directives when the document has items. */
  preamble: boolean;
  /** A heading or caption line (no closing mark): never a directive. */
  heading: boolean;
}

export interface SegmentInput {
  text: string;
  folded: string;
  /**
   * The body (after the header, before "Nơi nhận" and the signature), then any text attached
   * after the signature: each part is read as a list of its own.
   */
  parts: Span[];
  /** Ranges to skip inside the body: tables, boilerplate. */
  skip: Span[];
  /** Page furniture lines (markers, running headers): no paragraph breaks or ends on them. */
  pages?: Span[];
  /** An official document (not a news report): its dated sentences are accounts. */
  official?: boolean;
  /** The text's lines (paragraphs.ts `lines`), when the caller has cut them already. */
  lines?: readonly Line[];
}

// "Ngày 19 tháng 12 năm 2025, …", "Ngày 19/12/2025, …" at a sentence's start (folded text).
const DATED_OPENING = /^ngày[ \u00A0]+\d{1,2}(?:[ \u00A0]+tháng[ \u00A0]+\d{1,2}[ \u00A0]+năm[ \u00A0]+\d{4}|\/\d{1,2}\/\d{4})[ \u00A0]*,/u;
const CLOSING_MARK = /\.?\/\.(?:[ \u00A0\n]|$)/u;
const UNNUMBERED: ReadonlySet<LabelStyle> = new Set(['dash', 'plus', 'bullet']);

/** A list level: a label style, and for "1.2.1" labels their depth too (each depth is a level). */
const level = (label: Label): string => (label.style === 'decimal' ? `decimal:${label.value.split('.').length}` : label.style);
/** Outer levels rank lower: "1.2" holds "1.2.1", which holds "a)". */
const rank = (label: Label): number => RANK[label.style] + (label.style === 'decimal' ? label.value.split('.').length / 100 : 0);

const RANK: Record<LabelStyle, number> = {
  article: 0, roman: 1, arabic: 2, decimal: 3, paren: 3, letter: 4, dash: 5, plus: 6, bullet: 7,
};

// A space before something shaped like a label; labelAt decides.
// One space only: a run of spaces is tried at its last space, never re-scanned from each one.
const CANDIDATE = /[ \u00A0\n](?=\d{1,2}[.)][ \u00A0]|[IVXL]{1,6}\.[ \u00A0]|[a-zđ]\)[ \u00A0]|Điều[ \u00A0]\d|[-+•][ \u00A0])/gu;
// Words after which a number is a citation, not a label ("khoản 2.", "Điều 5.", "số 3.").
const CITING_WORD = new RegExp(`${WORD_START}(?:khoản|điểm|mục|điều|số|chương|phần|tiết|năm|tháng|ngày|quý|giai đoạn)[ \\u00A0]*$`, 'u');
const TERMINAL = /[.!?…:;"”)»]$/u;

/** Does the text end with a closing mark? (Looks at the last character only: linear overall.) */
function endsTerminal(text: string, end: number): boolean {
  return end > 0 && TERMINAL.test(text[end - 1]!);
}

// A closing formula's subject starts at a capital after a lower-case word, at most this far before
// the formula's cue ("… thực hiện Văn phòng Ủy ban nhân dân tỉnh thông báo để").
const CLOSING_SUBJECT_MAX = 60;
const LOWER_THEN_CAPITAL = /\p{Ll}[ \u00A0]+(?=\p{Lu})/gu;
// Running words (two lower-case words in a row), not just a name ("Văn phòng Chính phủ xin …").
const RUNNING_WORDS = /(?<!\p{L})\p{Ll}\p{L}*[ \u00A0]+\p{Ll}/u;

/**
 * Where the closing clause of a sentence starts: the sentence start, or — when the formula begins
 * inside an unpunctuated sentence — its cue when printed with a capital ("Trên đây là"), else the
 * first capital after a lower-case word shortly before the cue (the office that notifies), when
 * running words of the item come before it.
 */
function closingClauseStart(text: string, sentenceStart: number, cue: number): number {
  if (cue <= sentenceStart) return sentenceStart;
  if (/\p{Lu}/u.test(text[cue] ?? '')) return cue;
  const from = Math.max(sentenceStart, cue - CLOSING_SUBJECT_MAX);
  const window = text.slice(from, cue);
  LOWER_THEN_CAPITAL.lastIndex = 0;
  for (let m = LOWER_THEN_CAPITAL.exec(window); m; m = LOWER_THEN_CAPITAL.exec(window)) {
    const at = from + m.index + m[0].length;
    if (RUNNING_WORDS.test(text.slice(sentenceStart, at))) return at;
  }
  return sentenceStart;
}

function isUpperRun(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && !/\p{Ll}/u.test(letters);
}


export function segment(input: SegmentInput): { layout: Layout; directives: SkeletonDirective[] } {
  const { text, folded, parts, skip } = input;
  const hidden = new Set((input.pages ?? []).map(([s]) => s));
  const { layout, paragraphs: paras } = paragraphs(text, (line) => labelAt(text, line.start) !== null || text[line.start] === '|', hidden, input.lines);

  const roots: Item[] = [];
  const prose: Prose[] = [];
  let stack: Item[] = [];
  let seenItem = false;
  let part = 0;
  const styleCounts = new Map<Item | null, Map<LabelStyle, number>>();
  // The last item opened at each level under each parent (a relayed list's items inherit it).
  const lastAtLevel = new Map<Item | null, Map<string, Item>>();

  const open = (label: Label): void => {
    if (label.style === 'article') stack = [];
    else {
      const same = stack.findIndex((it) => level(it.label) === level(label));
      if (same >= 0) stack = stack.slice(0, same);
      else while (stack.length && rank(stack[stack.length - 1]!.label) > rank(label)) stack.pop();
    }
    const parent = stack[stack.length - 1] ?? null;
    const counts = styleCounts.get(parent) ?? new Map<LabelStyle, number>();
    styleCounts.set(parent, counts);
    // Dashes, pluses and bullets under one parent are numbered in one run ("3.1", "3.2" …): a
    // "+" list then a "-" list must not both give "IV.1.1".
    const key: LabelStyle = UNNUMBERED.has(label.style) ? 'dash' : label.style;
    const nth = (counts.get(key) ?? 0) + 1;
    counts.set(key, nth);
    const levels = lastAtLevel.get(parent) ?? new Map<string, Item>();
    lastAtLevel.set(parent, levels);
    const previous = levels.get(level(label));
    const relayed = previous ? previous.relayed : opensTaskList(folded.slice(Math.max(0, label.start - 200), label.start));
    const item: Item = { label, parent, children: [], ownEnd: label.contentStart, end: label.contentStart, directive: false, excluded: false, describes: false, nth, part, relayed };
    (parent ? parent.children : roots).push(item);
    levels.set(level(label), item);
    stack.push(item);
    seenItem = true;
  };

  const extend = (item: Item, start: number, end: number): void => {
    const e = trimEnd(text, start, end);
    if (e <= start) return;
    if (item.children.length === 0) item.ownEnd = Math.max(item.ownEnd, e);
    for (let it: Item | null = item; it; it = it.parent) it.end = Math.max(it.end, e);
  };

  const addProse = (start: number, end: number, heading: boolean): void => {
    const s = trimStart(text, start, end);
    const e = trimEnd(text, s, end);
    if (e > s) prose.push({ start: s, end: e, preamble: !seenItem, heading });
  };

  /** Text [start, end) goes to the deepest open item, up to a closing sentence. */
  const append = (start: number, end: number, heading: boolean): void => {
    const item = stack[stack.length - 1];
    if (!item) return addProse(start, end, heading);
    for (const sentence of sentences(text, start, end)) {
      const cue = closingAt(folded.slice(sentence.start, sentence.end));
      if (cue >= 0) {
        // Flattened text: the item's last words and the formula may share one unpunctuated
        // sentence ("… bố trí kinh phí thực hiện Văn phòng UBND tỉnh thông báo để …").
        const at = closingClauseStart(text, sentence.start, sentence.start + cue);
        extend(item, start, at);
        stack = [];
        return addProse(at, end, heading);
      }
    }
    extend(item, start, end);
  };

  /**
   * Is a label inside running text an item? After a sentence mark: the next of an open list, or
   * the first after a lead-in colon. Without a mark (flattened items that end unpunctuated): only
   * the exact next of an open list, and not after a word that cites a number ("khoản 2.").
   */
  const acceptsInline = (label: Label, before: string): boolean => {
    const same = [...stack].reverse().find((it) => level(it.label) === level(label));
    const afterMark = INLINE_LABEL_BEFORE.test(before);
    if (same) {
      if (label.style === 'dash' || label.style === 'plus' || label.style === 'bullet') return /[;:][ \u00A0]*$/u.test(before);
      const step = label.ordinal - same.label.ordinal;
      if (!afterMark) return step === 1 && !CITING_WORD.test(fold(before));
      return step === 1 || (label.style === 'letter' && step === 2);
    }
    if (afterMark && /:[ \u00A0]*$/u.test(before)) return label.ordinal === 1 || label.style === 'dash' || label.style === 'plus';
    // Flattened "II. NHIỆM VỤ VÀ GIẢI PHÁP 1. Tiếp tục …": a first item after a heading in capitals.
    const top = stack[stack.length - 1];
    // (A heading is short: only the last 300 characters are looked at, so a run of labels stays linear.)
    return label.ordinal === 1 && top !== undefined && rank(label) > rank(top.label) &&
      label.start - top.label.contentStart < 300 && isUpperRun(text.slice(top.label.contentStart, label.start));
  };

  const skipped = [...skip].sort((a, b) => a[0] - b[0]);
  let k = 0; // paragraphs come in order: one pointer into the sorted skipped ranges
  // Each paragraph piece inside a part, in order; an attached text starts a list of its own.
  const pieces: Array<{ para: (typeof paras)[number]; part: number; body: Span }> = [];
  parts.forEach((body, index) => {
    for (const para of paras) if (para.end > body[0] && para.start < body[1]) pieces.push({ para, part: index, body });
  });
  // The next label that opens a paragraph after each piece, in the same part: a paragraph with its
  // own subject between items 4 and 5 belongs to item 4 (only after the last item is it trailing).
  const nextLabel: Array<Label | null> = new Array<Label | null>(pieces.length).fill(null);
  for (let i = pieces.length - 2; i >= 0; i--) {
    const after = pieces[i + 1]!;
    const label = after.part === pieces[i]!.part ? labelAt(text, after.para.start) : null;
    nextLabel[i] = label && !UNNUMBERED.has(label.style) ? label : after.part === pieces[i]!.part ? nextLabel[i + 1]! : null;
  }
  const listGoesOn = (label: Label | null): boolean =>
    label !== null && stack.some((it) => it.label.style === label.style && label.ordinal === it.label.ordinal + 1);
  // The text's last paragraph, closed with "./." (Decree 30's end mark), after a complete item: a
  // closing paragraph of the whole text ("Căn cứ ý kiến chỉ đạo, yêu cầu các Sở … thực hiện./.").
  const closesPart = (index: number, end: number): boolean =>
    (pieces[index + 1] === undefined || pieces[index + 1]!.part !== pieces[index]!.part) && CLOSING_MARK.test(text.slice(Math.max(0, end - 4), end + 3));
  for (const [index, { para, part: partOf, body }] of pieces.entries()) {
    if (partOf !== part) {
      part = partOf;
      stack = [];
      seenItem = false;
      lastAtLevel.delete(null);
    }
    const start = Math.max(para.start, body[0]);
    while (k < skipped.length && skipped[k]![1] <= start) k++;
    if (k < skipped.length && skipped[k]![0] <= start) continue;
    // A paragraph stops where a skipped range (a table) begins: PDF layers run text into tables.
    const end = Math.min(para.end, body[1], k < skipped.length ? skipped[k]![0] : Infinity);
    if (end <= start) continue;
    // A line of marks only ("* *" of a converted page, "---") is no text.
    if (onlyMarks(text, start, end)) continue;
    const heading = layout === 'lines' && !endsTerminal(text, end);

    let pos = start;
    const first = labelAt(text, start);
    // A note on a line of its own after a list of dashes ("(chi tiết Phụ lục 01 đính kèm)") is
    // about the whole item, not its last dash.
    // So is a line of the item's attributes ("Đơn vị chủ trì: …; Đơn vị phối hợp: …", ./attributes.ts).
    if (!first && ((text[start] === '(' && text[end - 1] === ')' && !text.slice(start, end).includes('\n')) || isAttributeLine(text, start, end))) {
      while (stack.length && UNNUMBERED.has(stack[stack.length - 1]!.label.style)) stack.pop();
    }
    if (first && first.start === para.start) {
      open(first);
      pos = first.contentStart;
    } else if (stack.length && (startsTrailing(folded.slice(start, Math.min(end, start + 80))) || closesPart(index, end)) && endsTerminal(text, stack[stack.length - 1]!.end) && !listGoesOn(nextLabel[index]!)) {
      // A paragraph with its own subject after a complete item closes the list (a heading-only
      // item, "2. Kết quả tiếp nhận hồ sơ", takes it as its content instead).
      stack = [];
    }

    // Inline labels: a space, then something shaped like a label; checked as a sequence.
    // Scanned within the paragraph only (a scan past its end would make the loop quadratic).
    const upToEnd = text.slice(0, end);
    CANDIDATE.lastIndex = pos;
    for (let m = CANDIDATE.exec(upToEnd); m; m = CANDIDATE.exec(upToEnd)) {
      const at = m.index + m[0].length;
      if (at >= end) break;
      const label = labelAt(text, at);
      if (!label || !acceptsInline(label, text.slice(Math.max(start, at - 12), at))) continue;
      append(pos, at, heading);
      open(label);
      pos = label.contentStart;
      CANDIDATE.lastIndex = pos;
    }
    append(pos, end, heading);
  }

  classify(roots, text, folded);
  const counters = { s: 0 };
  const out: SkeletonDirective[] = [];
  // An official text's prose before its first list is a preamble (lead-in, attendance, assessment).
  const hasItems = roots.length > 0;
  let previousDirective = false;
  const entries: Array<{ at: number; make: () => SkeletonDirective | null }> = [];
  const prefixes = attachedPrefixes(roots, folded);
  for (const root of roots) entries.push({ at: root.label.start, make: () => (root.directive ? toDirective(root, prefixes.get(root.part) ?? '', text, folded) : null) });
  for (const p of prose) {
    if (p.heading || (p.preamble && hasItems)) continue;
    for (const s of sentences(text, p.start, p.end)) {
      entries.push({
        at: s.start,
        make: () => {
          const f = folded.slice(s.start, s.end);
          // In an official text, a sentence that opens with a date tells what happened ("Ngày 19
          // tháng 12 năm 2025, Sở … có Văn bản số … đề nghị …"); a news report's does not.
          const account = input.official === true && DATED_OPENING.test(f);
          const isDirective = !account && (instructs(f) || (previousDirective && startsWithContinuation(f) && !isClosing(f)));
          previousDirective = isDirective;
          if (!isDirective) return null;
          const id = `s${++counters.s}`;
          return withInlineList({ id, numbered: false, span: [s.start, s.end], children: [] }, s.start, text, folded);
        },
      });
    }
  }
  entries.sort((a, b) => a.at - b.at);
  for (const e of entries) {
    const d = e.make();
    if (d) out.push(d);
  }
  return { layout, directives: out };
}

/** What an item [start, end) of its `sentences` says: it instructs when one of them does; else as a whole. */
function itemEvidence(folded: string, start: number, end: number, all: readonly Sentence[]): ReturnType<typeof evidence> {
  const each = all.map((s) => folded.slice(s.start, s.end));
  // Read up to the first sentence that instructs: `evidence` is pure, so the ones after it change nothing.
  let firstSaid: ReturnType<typeof evidence> | undefined;
  for (const f of each) {
    const said = evidence(f);
    if (said === 'instructs') return said;
    firstSaid ??= said;
  }
  // Sentences that open with a bare action verb are tasks (the impersonal items of a Party
  // resolution: "Quản lý chặt chẽ …. Tăng cường …, gắn với mục tiêu …"): a descriptive phrase in
  // one of them does not make the item an account.
  if (each.filter((f) => startsWithAction(f)).length >= 2) return 'neutral';
  // One sentence that is the whole item (a stretch of it as long as it) has been read already.
  if (each.length === 1 && each[0]!.length === end - start) return firstSaid!;
  return evidence(folded.slice(start, end));
}

// Flattened text has no heading lines: a heading is the run of capitals the item opens with.
const CAPITALS = /^(?:[\p{Lu}\d][\p{Lu}\d,;-]*[ \u00A0]+){1,12}(?=[\p{Lu}][\p{Ll}])/u;

/** The text before its first ":" or "." (all of it without one). */
function untilStop(s: string): string {
  const stop = s.search(/[:.]/u);
  return stop >= 0 ? s.slice(0, stop) : s;
}

function classify(roots: Item[], text: string, folded: string): void {
  const own = (it: Item): void => {
    const start = it.label.contentStart;
    const body = folded.slice(start, it.ownEnd);
    const nl = body.indexOf('\n');
    const firstLine = (nl >= 0 ? body.slice(0, nl) : body).trim();
    // A heading line has no closing mark ("1. Mục đích", "2. Kết quả tiếp nhận hồ sơ").
    const headingLine = !TERMINAL.test(firstLine);
    const all = sentences(text, start, it.ownEnd);
    const first = all[0];
    const firstSentence = first ? folded.slice(first.start, first.end) : body;
    const capitals = headingLine ? null : CAPITALS.exec(text.slice(start, it.ownEnd));
    const descriptive = headingLine
      ? opensWithDescriptiveHeading(firstLine)
      : capitals
        ? opensWithDescriptiveHeading(foldedSlice(text, folded, start, start + capitals[0].length).trim())
        : isDescriptiveHeading(untilStop(body) + ':');
    it.excluded = descriptive || (it.label.style === 'article' && isNonDirectiveArticle(firstSentence));
    // An article is read sentence by sentence: "Điều 2. Chánh Văn phòng …, Giám đốc các Sở … căn cứ
    // Quyết định thi hành. Quyết định này có hiệu lực kể từ ngày ký." binds its bodies in the first
    // sentence and only states the entry into force in the second.
    // Any item is read so: one sentence that instructs makes it instruct, whatever another
    // sentence says in passing ("… gắn với mục tiêu bảo vệ môi trường").
    const said = itemEvidence(folded, start, it.ownEnd, all);
    it.describes = said === 'describes';
    // Conclusions relayed as a list are tasks as stated ("1. Bộ Công Thương hoàn thiện …").
    it.directive = !it.excluded && (said === 'instructs' || (said === 'neutral' && (startsWithAction(body) || it.relayed)));
    it.children.forEach(own);
  };
  roots.forEach(own);
  // Up: a parent of a directive is one. Across: a list is homogeneous. Down: a directive's items are.
  const up = (it: Item): boolean => {
    const anyChild = it.children.map(up).some(Boolean);
    if (!it.excluded && anyChild) it.directive = true;
    return it.directive;
  };
  // Sections ("I. Mục đích", "II. Nội dung", "III. Tổ chức thực hiện") are not alike: one that
  // instructs does not make its neighbours instruct (articles are: corpus/005 Điều 3).
  const across = (list: Item[]): void => {
    const alike = list.filter((it) => it.label.style !== 'roman');
    if (alike.some((it) => it.directive)) for (const it of alike) if (!it.excluded && !it.describes) it.directive = true;
    for (const it of list) across(it.children);
  };
  const down = (it: Item): void => {
    for (const c of it.children) {
      if (it.directive && !c.excluded && !c.describes) c.directive = true;
      down(c);
    }
  };
  roots.forEach(up);
  across(roots);
  roots.forEach(down);
}


function ownId(item: Item): string {
  const { style, value } = item.label;
  if (style === 'decimal' && item.parent) {
    // "1.1." under "1.", "1.2.1" under "1.2": the printed path goes on from the parent's number.
    const parent = item.parent.label.style === 'decimal' ? item.parent.label.value : ownId(item.parent);
    if (value.startsWith(`${parent}.`)) return value.slice(parent.length + 1);
  }
  return style === 'dash' || style === 'plus' || style === 'bullet' ? String(item.nth) : value;
}

function toDirective(item: Item, parentId: string, text: string, folded: string): SkeletonDirective {
  const own = ownId(item);
  // Sections of a plan inside an article keep their own ids ("IV.2.1"); other items under an
  // article take its number ("3.1"), since "1", "2" … are the articles themselves.
  const id = !parentId || (item.parent?.label.style === 'article' && item.label.style === 'roman') ? own : `${parentId}.${own}`;
  const children = item.children.filter((c) => c.directive).map((c) => toDirective(c, id, text, folded));
  const directive: SkeletonDirective = { id, numbered: true, span: [item.label.start, item.end], children };
  return children.length ? directive : withInlineList(directive, item.label.contentStart, text, folded);
}

// "; Tổ chức …", also after a small Roman label: "…: (i) Rà soát …; (ii) Tổ chức …".
const SEMICOLON_TASK = /;[ \u00A0\n]+(?=\p{Lu}|\([ivxl]{1,5}\)[ \u00A0\n]+\p{Lu})/gu;
const ROMAN_ITEM = /^\([ivxl]{1,5}\)[ \u00A0\n]+/u;

/** ANNOTATION.md 4: "…: Xây dựng …; Tiếp tục hoàn thiện …; Kiện toàn …" → one child per task. */
export function withInlineList(d: SkeletonDirective, contentStart: number, text: string, folded: string): SkeletonDirective {
  const [start, end] = d.span;
  const cuts: number[] = [];
  SEMICOLON_TASK.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = SEMICOLON_TASK.exec(slice); m; m = SEMICOLON_TASK.exec(slice)) {
    const at = start + m.index + m[0].length;
    const words = folded.slice(at, Math.min(end, at + 50));
    if (startsWithAction(words.replace(ROMAN_ITEM, ''))) cuts.push(start + m.index);
  }
  if (cuts.length === 0) return d;
  // The first task starts after the lead-in ("Trong đó, ", "Chính phủ yêu cầu cần ", "…: ").
  const lead = folded.slice(contentStart, cuts[0]);
  const colon = Math.max(lead.lastIndexOf(': '), lead.lastIndexOf(':\n'));
  const opensWithAction = (at: number): boolean => startsWithAction(folded.slice(at, at + 50).replace(ROMAN_ITEM, ''));
  // An item that opens with an action has no lead-in before its first task but one ending in a
  // colon: "Thực hiện cấp phép … phải đảm bảo …; Tổ chức kiểm tra …" (its "phải" is no lead-in cue).
  const opens = opensWithAction(trimStart(text, contentStart, cuts[0]!));
  const cue = opens ? -1 : leadInCueEnd(lead);
  const offset = Math.max(colon >= 0 ? colon + 1 : -1, cue);
  const firstStart = trimStart(text, contentStart + Math.max(0, offset), cuts[0]!);
  // "Ủy ban nhân dân cấp xã: đầu tư …; Chủ trì …": after a colon the first task must open with a
  // capital too (ANNOTATION.md 4), else the ";" only separates clauses of one task.
  if (colon >= 0 && colon + 1 >= cue && /\p{Ll}/u.test(text[firstStart] ?? '')) return d;
  // The first task is an action too, or its lead-in opens with one ("Yêu cầu Công ty …: …; Phối
  // hợp …"): "Nhất trí chủ trương …; Giao Ủy ban nhân dân phường …" agrees, then assigns one task.
  if (!opens && !opensWithAction(firstStart)) return d;
  const children: SkeletonDirective[] = [];
  let from = firstStart;
  for (const [i, cut] of [...cuts, end].entries()) {
    const s = trimStart(text, from, cut);
    const e = i === cuts.length ? end : trimEnd(text, s, cut);
    if (e > s) children.push({ id: `${d.id}.${children.length + 1}`, numbered: false, span: [s, e], children: [] });
    from = cut + 1;
  }
  return children.length >= 2 ? { ...d, children } : d;
}

// "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …": the article that issues an attached text.
const ATTACHES = wordPattern(headerWords.attachment.captions, 'u');

/**
 * The id prefix of each attached part: none, unless its items would clash with the act's own
 * ("1", "2" of a plan beside "Điều 1", "Điều 2"); then the number of the article that issues it,
 * as for a plan inside an article (ANNOTATION.md "Articles": the article number only where ids
 * would clash), or "A2", "A3" … when no article says so.
 */
function attachedPrefixes(roots: Item[], folded: string): Map<number, string> {
  const out = new Map<number, string>();
  const act = roots.filter((r) => r.part === 0);
  const taken = new Set(act.map(ownId));
  const issuing = act.find((r) => r.label.style === 'article' && ATTACHES.test(folded.slice(r.label.contentStart, r.ownEnd)));
  const parts = new Set(roots.map((r) => r.part).filter((p) => p > 0));
  for (const part of parts) {
    const own = roots.filter((r) => r.part === part).map(ownId);
    if (own.some((id) => taken.has(id))) out.set(part, issuing ? issuing.label.value : `A${part + 1}`);
    for (const id of own) taken.add(id);
  }
  return out;
}
