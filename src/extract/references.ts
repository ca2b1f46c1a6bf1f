// Cited documents (ANNOTATION.md: "references lists cited documents that carry a symbol, as
// printed"). State symbols join number and type with a slash ("15/CT-TTg", "38/2013/NĐ-CP"),
// Party symbols with a hyphen ("22-NQ/TW"); a bare "Nghị quyết 28" has none and is left out of
// them: `bareReferences` lists those apart (issue 4, item 5), with their number only.
import { docTypes } from '../data/index.js';
import { alternation, escapeRegExp, fold, WORD_START } from '../ingest/match.js';
import { lazyLocator } from '../ingest/locate.js';
import { coverage } from '../ingest/spans.js';
import type { Reference, Span } from '../types.js';

const TYPE_CODES = new Set(docTypes.map((t) => t.code));
// A symbol opens a word and follows no slash ("/" then WORD_START: not a letter, digit or slash before).
const STATE = new RegExp(`(?<!/)${WORD_START}(\\d{1,6})[ \\u00A0]?(/\\d{4})?/([\\p{Lu}][\\p{L}&]*(?:-[\\p{Lu}][\\p{L}&]*)+)(?![\\p{L}\\p{N}])`, 'gu');
// "12-CTr/TU", "562-TTr/ĐU", a typed "104-CTr/Tu": the type code keeps its lower-case letters.
const PARTY = new RegExp(`(?<!/)${WORD_START}(\\d{1,4})-(\\p{Lu}\\p{L}{0,4})/(\\p{Lu}[\\p{Lu}\\p{N}]{0,5}|\\p{Lu}\\p{Ll})(?![\\p{L}\\p{N}])`, 'gu');
// Acts of the National Assembly and its Standing Committee: "146/2025/QH15", "202/2025/UBTVQH15"
// (a year, and a code with no hyphen). Their type is the word before them (Luật, Nghị quyết).
const ASSEMBLY = new RegExp(`(?<!/)${WORD_START}(\\d{1,4})/(\\d{4})/((?:UBTV)?QH\\d{1,2})(?![\\p{L}\\p{N}])`, 'gu');
// A type word as the folded text prints it ('luật' → L), for the word before a symbol.
const TYPE_OF_FOLDED = new Map(docTypes.flatMap((t) => t.words.map((w) => [fold(w), t.code] as const)));
const TYPE_WORDS_FOLDED = [...TYPE_OF_FOLDED.keys()].sort((a, b) => b.length - a.length);
const TYPE_BEFORE = new RegExp(`(?:${alternation(docTypes.flatMap((t) => t.words))})(?:[ \\n]+(?:số|so))?[ \\n]*$`, 'u');
// "ngày 10/4/2013", "ngày 07-7-2015", "ngày 7.7.15", "ngày 10 tháng 4 năm 2013"; matched on folded
// text, so "NGÀY 02 THÁNG 5 NĂM 2024" of a title in capitals is read too.
const DATE_AFTER = /^[ \n]*ngày[ \n]+(\d{1,2})(?:([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)|[ \n]+tháng[ \n]+(\d{1,2})[ \n]+năm[ \n]+(\d{4}))/u;

interface Candidate extends Reference {
  key: string;
  inSentence: boolean;
}

function isoDay(y: string, m: string, d: string): string | null {
  // Two-digit years as chrono-node reads them: 51–99 → 19xx, 00–50 → 20xx.
  if (y.length === 2) y = String(Number(y) > 50 ? 1900 + Number(y) : 2000 + Number(y));
  const mm = Number(m), dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > new Date(Date.UTC(Number(y), mm, 0)).getUTCDate()) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** The issuing date of a DATE_AFTER match; null for an invalid calendar date (30/2). */
function dateOf(m: RegExpExecArray): string | null {
  return m[4] ? isoDay(m[4], m[3]!, m[1]!) : isoDay(m[6]!, m[5]!, m[1]!);
}

/** Same document under case and "TƯ"/"TW" variants ("13/CT-TTG" in a title, "22-NQ/TƯ" in a body). */
function keyOf(number: string): string {
  return fold(number).replace(/\s+/gu, '').replace(/tư$/u, 'tw');
}

const SPACE = /\s/u;

/**
 * `inRunningLine(start)`: the line holding `start`, trimmed, is long (a paragraph) or ends as a
 * clause does. Each line is read once, whatever the number of symbols on it: a text flattened onto
 * one line would otherwise be scanned (and copied) whole for every match.
 */
function runningLines(text: string): (start: number) => boolean {
  const locate = lazyLocator(text);
  const known = new Map<number, boolean>();
  return (start) => {
    const { line, column } = locate(start);
    let running = known.get(line);
    if (running === undefined) {
      const lineEnd = text.indexOf('\n', start);
      let a = start - column + 1;
      let b = lineEnd === -1 ? text.length : lineEnd;
      while (a < b && SPACE.test(text[a]!)) a++;
      while (b > a && SPACE.test(text[b - 1]!)) b--;
      running = b - a > 300 || (b > a && '.;:,)'.includes(text[b - 1]!));
      known.set(line, running);
    }
    return running;
  };
}

export function references(text: string, own: { number: string | null; skip: Span[] }, folded: string = fold(text)): Reference[] {
  const found: Candidate[] = [];
  const ownKey = own.number ? keyOf(own.number) : null;
  const skipped = coverage(own.skip);
  // A symbol holds no line break: its line is the line of its start.
  const inRunningLine = runningLines(text);
  const add = (m: RegExpExecArray, number: string, code: string): void => {
    const start = m.index;
    const end = start + m[0].length;
    if (skipped(start)) return;
    const key = keyOf(number);
    if (key === ownKey) return;
    const before = TYPE_BEFORE.exec(folded.slice(Math.max(0, start - 30), start));
    const after = DATE_AFTER.exec(folded.slice(end, end + 40));
    const date = after ? dateOf(after) : null;
    const spanStart = before ? start - before[0].length : start;
    const spanEnd = after ? end + after[0].length : end;
    found.push({
      number, type: TYPE_CODES.has(code) ? code : 'CV', date, text: text.slice(spanStart, spanEnd), span: [spanStart, spanEnd],
      // Printed in running text (not a headline, not a title in capitals): lower-case letters around.
      key, inSentence: /\p{Ll}/u.test(text.slice(Math.max(0, start - 25), start)) && inRunningLine(start),
    });
  };
  STATE.lastIndex = 0;
  for (let m = STATE.exec(text); m; m = STATE.exec(text)) add(m, `${m[1]}${m[2] ?? ''}/${m[3]}`, m[3]!.split('-')[0]!);
  PARTY.lastIndex = 0;
  for (let m = PARTY.exec(text); m; m = PARTY.exec(text)) add(m, `${m[1]}-${m[2]}/${m[3]}`, m[2]!);
  ASSEMBLY.lastIndex = 0;
  for (let m = ASSEMBLY.exec(text); m; m = ASSEMBLY.exec(text)) {
    const before = TYPE_BEFORE.exec(folded.slice(Math.max(0, m.index - 30), m.index));
    const word = before ? TYPE_WORDS_FOLDED.find((w) => before[0].startsWith(w)) : undefined;
    add(m, `${m[1]}/${m[2]}/${m[3]}`, (word && TYPE_OF_FOLDED.get(word)) ?? 'CV');
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  // One entry per document, in order of first mention; its printed form from a sentence of the
  // body when there is one (not from a headline or a title in capitals).
  const byKey = new Map<string, Candidate>();
  for (const c of found) {
    const seen = byKey.get(c.key);
    if (!seen) byKey.set(c.key, c);
    else if (!seen.inSentence && c.inSentence) byKey.set(c.key, { ...c, span: c.span, key: c.key });
  }
  const order = [...new Set(found.map((c) => c.key))];
  return order.map((k) => {
    const { key: _k, inSentence: _s, ...ref } = byKey.get(k)!;
    return ref;
  });
}

// A type word as a title prints it, then its number with no symbol: "Nghị quyết 28", "Thông báo số
// 360", "Chỉ thị 15 ngày 07/7/2015". Case-sensitive: "quyết định 5" as a verb is no document.
const TYPE_OF_WORD = new Map(docTypes.flatMap((t) => t.words.map((w) => [w, t.code] as const)));
const BARE = new RegExp(
  `${WORD_START}(${[...TYPE_OF_WORD.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})` +
    `(?:[ \\u00A0]+số)?[ \\u00A0]+(\\d{1,6})(?![\\p{L}\\p{N}]|[ \\u00A0]?[/-][ \\u00A0]?[\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Cited documents printed without a symbol ("Nghị quyết 22", "Chỉ thị số 46"): number as printed,
 * type from the type word, date when "ngày …" follows. Not part of `document.references`, which
 * ANNOTATION.md limits to documents with a symbol; the deadline stage uses them to tell a cited
 * document's date from a deadline.
 */
export function bareReferences(text: string, foldedText?: string): Reference[] {
  const folded = foldedText ?? fold(text);
  const out: Reference[] = [];
  BARE.lastIndex = 0;
  for (let m = BARE.exec(text); m; m = BARE.exec(text)) {
    const end = m.index + m[0].length;
    const after = DATE_AFTER.exec(folded.slice(end, end + 40));
    const date = after ? dateOf(after) : null;
    const spanEnd = after ? end + after[0].length : end;
    out.push({ number: m[2]!, type: TYPE_OF_WORD.get(m[1]!) ?? null, date, text: text.slice(m.index, spanEnd), span: [m.index, spanEnd] });
  }
  return out;
}
