// Directive text → what the diff compares: the wording without the directive's own label, as words
// (for the word-level diff) and as syllable n-grams (for similarity). Folding is the matching
// normalisation of src/ingest/match.ts, so "hoà"/"hòa", "Uỷ"/"Ủy" and case never count as edits.
import { fold } from '../ingest/match.js';
import { labelAt } from '../structure/labels.js';
import type { Directive } from '../types.js';

// The number cell of a task-table row printed as a pipe row: "1. | Hoàn thiện …", "| 2 | …".
const ROW_NUMBER = /^\|?[ \t]*\d{1,3}(?:\.\d{1,3}){0,3}\.?[ \t]*\|[ \t]*/u;
// A label before a lower-case word ("1. giao Bộ …", "a) xây dựng …"): the label grammar of the
// segmenter wants a capital after it (in running text "năm 2016. các" is no label), but at the
// start of a directive's own text it can only be its label.
const LOOSE_LABEL = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\(\d{1,2}\)|[a-zđ]\)|[IVXL]{1,6}[.)]|[-+•–—])[ \t\u00A0]+/u;

/**
 * The wording without its leading label ("1. ", "II. ", "a) ", "- ", "Điều 3. ", a table row's
 * number cell): renumbering a list must change nothing, so the label is never compared. Leading
 * spaces go with it.
 */
export function stripLabel(text: string): string {
  const start = text.length - text.trimStart().length;
  const row = ROW_NUMBER.exec(text.slice(start));
  if (row) return text.slice(start + row[0].length);
  const label = labelAt(text, start);
  if (label) return text.slice(label.contentStart);
  const loose = LOOSE_LABEL.exec(text.slice(start));
  return text.slice(start + (loose ? loose[0].length : 0));
}

/**
 * What is compared of a directive: a task-table row by its cells other than the number (task,
 * lead, coordinate, deadline, product, in the table's order, " | " between), so that a renumbered
 * or re-laid-out table changes nothing; any other directive by its text without its label.
 */
export function wording(directive: Pick<Directive, 'text' | 'cells'>): string {
  const cells = directive.cells?.filter((c) => c.column !== 'number');
  if (cells?.length) return cells.map((c) => c.text.replace(/\s+/gu, ' ').trim()).join(' | ');
  return stripLabel(directive.text);
}

export interface Word {
  /** The word or punctuation mark as written. */
  text: string;
  /** Folded form: what equality means. */
  key: string;
  /** The spaces written before it (kept so that a diff can be printed back as text). */
  lead: string;
}

// A run of letters/digits, or one punctuation mark: "tế,chuẩn" and "tế, chuẩn" give the same words.
const WORD = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

// fold() of a word alone equals its slice of fold() of the whole text (folding looks at most one
// letter ahead, inside the word), so each distinct word is folded once: 10,000 directives repeat
// a few thousand words.
const folded = new Map<string, string>();
function foldWord(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    if (folded.size > 200_000) folded.clear();
    key = fold(word);
    folded.set(word, key);
  }
  return key;
}

/** Words and punctuation marks of a wording, in order. */
export function words(text: string): Word[] {
  const source = text.normalize('NFC');
  const out: Word[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m; m = WORD.exec(source)) {
    const end = m.index + m[0].length;
    out.push({ text: m[0], key: foldWord(m[0]), lead: source.slice(last, m.index) });
    last = end;
  }
  return out;
}

const SYLLABLE = /[\p{L}\p{N}\p{M}]/u;

/**
 * Syllable unigrams and bigrams of a wording, folded, with repetitions (term frequency). A bigram
 * joins two syllables separated by spaces only: punctuation ends a phrase, and "kinh tế, xã hội"
 * has no bigram "tế xã".
 */
export function ngrams(text: string): string[] {
  const out: string[] = [];
  let previous: string | null = null;
  // match() rather than words(): no positions needed, and it is the hot loop of a large diff.
  for (const token of text.normalize('NFC').match(WORD) ?? []) {
    if (!SYLLABLE.test(token)) {
      previous = null;
      continue;
    }
    const key = foldWord(token);
    out.push(key);
    if (previous !== null) out.push(`${previous} ${key}`);
    previous = key;
  }
  return out;
}
