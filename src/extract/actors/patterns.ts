// The gazetteer compiled for matching over folded text, once: every printed form of every body,
// collective, local body, office title and no-body phrase in one longest-first word trie, and
// the smaller patterns of coordinated ministry lists, unit names and personal names. Patterns are
// built from data (src/data/gazetteer); none lists a name in code.
import { WORD_END, WORD_START, alternation, escapeRegExp, fold, foldPattern, nameKey } from '../../ingest/match.js';
import { PhraseTrie } from '../../ingest/phrase-trie.js';
import type { ActorType } from '../../types.js';
import { cues } from '../../data/index.js';
import { wordList } from '../../ingest/word-list.js';
import { bodies, collectives, formIndex, type RawCollective, standsAfterUnitWord, personWords, provinces, roleWords, unitWords, type Body, type Province } from './gazetteer.js';

export interface Collective {
  t: 'collective';
  name: string;
  type: ActorType;
  validFrom?: string;
  validTo?: string;
  provincial: boolean;
  /** What the form names in a provincial text instead ("địa phương" → the province's communes), by date. */
  inProvince?: Collective[];
  /** Folded head words whose span alone is printed as the actor ("chủ đầu tư" of a longer form). */
  heads?: string[];
}

/** What a printed form stands for. */
export type Target =
  | { t: 'bodies'; list: Body[]; office?: string }
  | Collective
  | { t: 'local'; name: string; type: ActorType }
  | { t: 'office'; title: string }
  | { t: 'nobody' };

const FORMS = formIndex();

// Office titles by key, in canonical casing (the first spelling of a key wins): looked up for every
// form of the gazetteer and every printed title.
const TITLE_BY_KEY = new Map<string, string>();
for (const t of personWords.titles) if (!TITLE_BY_KEY.has(nameKey(t))) TITLE_BY_KEY.set(nameKey(t), t);
// "Đồng chí" goes before a name but is no office (persons.json "notOffices").
const NOT_OFFICES: ReadonlySet<string> = new Set(personWords.notOffices.map(nameKey));

function buildTargets(): Map<string, Target> {
  const targets = new Map<string, Target>();
  // `keyed`: the form is a key already (the gazetteer's forms are indexed by key).
  const put = (form: string, target: Target, override = false, keyed = false): void => {
    const key = keyed ? form : nameKey(form);
    if (!key || (targets.has(key) && !override)) return;
    targets.set(key, target);
  };
  // Offices first: a body of the same form ("Thủ tướng Chính phủ") takes the office along.
  for (const [key, list] of FORMS) {
    const office = NOT_OFFICES.has(key) ? undefined : TITLE_BY_KEY.get(key);
    put(key, office ? { t: 'bodies', list, office } : { t: 'bodies', list }, false, true);
  }
  for (const [key, title] of TITLE_BY_KEY) if (!NOT_OFFICES.has(key)) put(key, { t: 'office', title }, false, true);
  for (const local of unitWords.localBodies) {
    for (const m of local.mentions) put(m, { t: 'local', name: local.name, type: local.type }, true);
  }
  for (const c of collectives.national) {
    const heads = c.heads?.map(nameKey);
    for (const m of c.mentions) put(m, { t: 'collective', name: c.name, type: c.type, provincial: false, ...(heads ? { heads } : {}) }, true);
  }
  const provincial = (c: RawCollective): Collective => ({
    t: 'collective', name: c.name, type: c.type, provincial: true, ...(c.validFrom ? { validFrom: c.validFrom } : {}), ...(c.validTo ? { validTo: c.validTo } : {}),
  });
  for (const c of collectives.provincial) for (const m of c.mentions) put(m, provincial(c), true);
  // "địa phương": the national collective, or in a provincial text the province's own (each era's).
  for (const c of collectives.provincial) {
    const forms = c.inProvince ?? [];
    for (const m of forms) {
      const national = targets.get(nameKey(m)) ?? targets.get(nameKey(forms[0]!));
      if (national?.t !== 'collective' || national.provincial) continue;
      targets.set(nameKey(m), { ...national, inProvince: [...(national.inProvince ?? []), provincial(c)] });
    }
  }
  for (const n of collectives.noBody) put(n, { t: 'nobody' }, true);
  return targets;
}

export const TARGETS = buildTargets();

/** Every printed form, as a word trie over folded text, tried at a word start (longest first). */
export const MENTIONS = new PhraseTrie(TARGETS.keys(), { folded: true });

/** The letters that open a phrase's first word ("bộ" of "bộ, ngành"), to skip other words fast. */
export function firstWords(phrases: Iterable<string>, folded = false): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) out.add(/^[\p{L}\p{N}]*/u.exec(folded ? p : fold(p.normalize('NFC')).trim())![0]);
  return out;
}
export const MENTION_FIRST = firstWords(TARGETS.keys(), true);

/** Word starts of folded text with the word there: [position, letters] pairs (`wordList` without a pair per word is what recognise reads). */
export function words(folded: string): Array<[number, string]> {
  const list = wordList(folded);
  return list.at.map((at, i) => [at, folded.slice(at, list.end[i]!)]);
}

/** Ministries' short forms after "các Bộ:" → their bodies ("Kế hoạch và Đầu tư", "KH&ĐT", "TC"). */
export const SHORTS = (() => {
  const index = new Map<string, Body[]>();
  for (const b of bodies) {
    for (const s of b.short) {
      const key = nameKey(s);
      const list = index.get(key) ?? [];
      list.push(b);
      index.set(key, list);
    }
  }
  return index;
})();
/** "các Bộ:" before a list of ministries (sticky: tried at the words `opens` marks OPENS_LIST). */
const LIST_HEAD_WORDS = 'các bộ';
export const LIST_HEAD = new RegExp(`${WORD_START}${foldPattern(LIST_HEAD_WORDS)}[ \\n]*:[ \\n]*`, 'uy');
export const SHORT_AT = new RegExp(`(?:${alternation([...SHORTS.keys()])})${WORD_END}`, 'uy');
export const LIST_SEPARATOR_AT = /[ \n]*(?:,[ \n]*(?:và[ \n]+)?|và[ \n]+)/uy;

/** A unit word at a position of the folded text ("cục", "vụ", "sở", "ban chỉ đạo"). */
const unitAlternation = (words: string[]): string => alternation(words);
export const CENTRAL_UNIT_AT = new RegExp(`(?:${unitAlternation([...unitWords.central, ...Object.keys(unitWords.typos)])})${WORD_END}`, 'uy');
export const LOCAL_UNIT_AT = new RegExp(`(?:${unitAlternation(unitWords.local)})${WORD_END}`, 'uy');
const STEERING_PLURALS = ['các', 'từng'];
/** A steering committee's unit word, maybe after "các" / "từng" (sticky: tried at the words `opens` marks OPENS_STEERING). */
export const STEERING = new RegExp(`${WORD_START}(?:${STEERING_PLURALS.map((w) => `${w}[ \\n]+`).join('|')})?(?:${unitAlternation(unitWords.steering)})${WORD_END}`, 'uy');
const UNIT_WORDS = [...unitWords.central, ...unitWords.local, ...Object.keys(unitWords.typos)];
export const UNIT_AT = new RegExp(`(?:${unitAlternation(UNIT_WORDS)})${WORD_END}`, 'uy');
export const UNIT_FIRST = firstWords(UNIT_WORDS);

// A unit's name ends before a verb: the stop words and the action verbs that open a task (cues.json).
const withoutWord = (name: string, word: string): string => (name.startsWith(`${word} `) ? name.slice(word.length + 1) : name);
/** The names a provincial department takes after "Sở" (units.json "departments"): a listed name ends there. */
export const DEPARTMENT_UNITS: ReadonlySet<string> = new Set(unitWords.departments.units.map(nameKey));
export const DEPARTMENTS = new PhraseTrie([
  ...(unitWords.departments.fromMinistries
    ? bodies.filter((b) => b.type === 'ministry').flatMap((b) => [withoutWord(b.name, unitWords.departments.ministryWord), ...b.short.filter(standsAfterUnitWord)])
    : []),
  ...unitWords.departments.extra,
]);
export const STOP_AT = new RegExp(`(?:${alternation([...unitWords.stop, ...cues.actionVerbs])})${WORD_END}`, 'uy');
export const STEERING_STOP_AT = new RegExp(`(?:${alternation(unitWords.steeringStop)})${WORD_END}`, 'uy');
const COMMUNE_COMMITTEE = ['ủy ban nhân dân', 'ubnd'];
/** "Ủy ban nhân dân phường …" (sticky: tried at the words `opens` marks OPENS_COMMUNE). */
export const COMMUNE_BODY = new RegExp(`${WORD_START}(?:${COMMUNE_COMMITTEE.join('|')})[ \\n]+(?:${alternation(unitWords.communeUnits)})[ \\n]+(?=\\S)`, 'uy');
/**
 * Personal names on the printed text: a family name (persons.json "surnames", each one word) as a
 * whole word, then one to three capitalised syllables — or, as a title in capitals prints it, the
 * same in capitals ("PHÓ THỦ TƯỚNG TRẦN HỒNG HÀ TẠI …"). The family name is looked up among the
 * text's words (OPENS_SURNAME), the given names matched after it.
 */
export const SURNAMES: ReadonlySet<string> = new Set(personWords.surnames);
export const SURNAMES_CAPS: ReadonlySet<string> = new Set(personWords.surnames.map((s) => s.toLocaleUpperCase('vi')));
export const GIVEN_NAMES_AT = /(?:[ ]+\p{Lu}\p{Ll}*){1,3}(?![\p{L}\p{N}])/uy;
export const GIVEN_NAMES_CAPS_AT = /(?:[ ]+\p{Lu}+){1,3}(?![\p{L}\p{N}])/uy;
/** What a word may open: a gazetteer form, a unit name, a personal name, a steering committee, a list of ministries, a commune's committee (bits of `opens`). */
export const OPENS_FORM = 1;
export const OPENS_UNIT = 2;
export const OPENS_SURNAME = 4;
export const OPENS_STEERING = 8;
export const OPENS_LIST = 16;
export const OPENS_COMMUNE = 32;
const OPENERS = new Map<string, number>();
const mayOpen = (word: string, what: number): void => {
  OPENERS.set(word, (OPENERS.get(word) ?? 0) | what);
};
for (const w of MENTION_FIRST) mayOpen(w, OPENS_FORM);
for (const w of UNIT_FIRST) mayOpen(w, OPENS_UNIT);
// A family name printed as it is listed or in capitals folds to one of these.
for (const s of [...SURNAMES, ...SURNAMES_CAPS]) mayOpen(fold(s), OPENS_SURNAME);
for (const w of firstWords([...STEERING_PLURALS, ...unitWords.steering])) mayOpen(w, OPENS_STEERING);
for (const w of firstWords([LIST_HEAD_WORDS])) mayOpen(w, OPENS_LIST);
for (const w of firstWords(COMMUNE_COMMITTEE)) mayOpen(w, OPENS_COMMUNE);
// Most words open nothing, and their first two letters and length say so before the word is cut
// out of the text and looked up (the slice and the lookup of every word were a tenth of the
// stage): a table of one flag per bucket of (letters, length), set for every opening word. A
// word of another bucket opens nothing; one that shares a bucket is looked up as before.
const shape = (first: number, second: number, length: number): number => (first * 31 + second * 7 + length) & 0xffff;
const OPENER_SHAPES = new Uint8Array(0x10000);
for (const w of OPENERS.keys()) if (w.length > 0) OPENER_SHAPES[shape(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length)] = 1;
/** What the word [at, end) of folded text may open: OPENS_* bits, 0 for nothing. */
export function opens(folded: string, at: number, end: number): number {
  const length = end - at;
  if (OPENER_SHAPES[shape(folded.charCodeAt(at), length > 1 ? folded.charCodeAt(at + 1) : 0, length)] === 0) return 0;
  return OPENERS.get(folded.slice(at, end)) ?? 0;
}

/**
 * The matches, left to right, of a sticky pattern that opens at a word start with one of a few
 * words (`WORD_START`, then alternatives that open with a letter): tried only at the words that
 * may open it (`starts`, marked by `opens`) and not inside the last match. The same pattern run
 * over every position of the text (global) finds exactly these: it can match nowhere else.
 */
export function matchesAt(folded: string, starts: readonly number[], sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let reach = 0;
  for (const at of starts) {
    if (at < reach) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(folded);
    if (!m) continue;
    out.push(m);
    reach = at + m[0].length;
  }
  return out;
}
// "Ủy ban nhân dân (UBND) tỉnh": the abbreviation defined inside a name (units.json
// "infixAbbreviations"). The bracket is found first and the words before it checked on a short
// slice: a pattern opening with a lookbehind is tried at every position of the text, which V8
// does in quadratic time over long runs of other characters.
const INFIX = Object.entries(unitWords.infixAbbreviations).map(([full, short]) => ({
  short: fold(short),
  before: new RegExp(`${WORD_START}${foldPattern(full)}[ \\n]*$`, 'u'),
}));
const INFIX_BRACKET = new RegExp(`\\((${INFIX.map((x) => escapeRegExp(x.short)).join('|')})\\)`, 'gu');
/** Folded text with each such bracket as spaces (same length: offsets hold). */
export function maskInfixAbbreviations(folded: string): string {
  return folded.replace(INFIX_BRACKET, (m, short: string, at: number) => {
    const rule = INFIX.find((x) => x.short === short)!;
    return rule.before.test(folded.slice(Math.max(0, at - 40), at)) ? ' '.repeat(m.length) : m;
  });
}
/** Unit words by key: the SPEC type of a unit that is no ministry's; local in a provincial text; taking "các" inside the name. */
export const UNIT_TYPES: ReadonlyMap<string, ActorType> = new Map(Object.entries(unitWords.unitTypes).map(([k, v]) => [nameKey(k), v]));
export const LOCAL_IN_PROVINCE: ReadonlySet<string> = new Set(unitWords.localInProvince.map(nameKey));
export const LISTED_UNITS: ReadonlySet<string> = new Set(unitWords.listedUnits.map(nameKey));
export const EXPAND: Map<string, string> = new Map(Object.entries(unitWords.expand).map(([k, v]) => [fold(k), v]));
export const TYPOS: Map<string, string> = new Map(Object.entries(unitWords.typos).map(([k, v]) => [fold(k), v]));

/** A province name (with or without its unit word) at a position: "tỉnh Lào Cai", "thành phố Hà Nội". */
const provinceNames = new Map<string, Province[]>();
for (const p of provinces) {
  for (const n of p.names) {
    const key = nameKey(n);
    provinceNames.set(key, [...(provinceNames.get(key) ?? []), p]);
  }
}
export const PROVINCE_NAMES = provinceNames;
export const PLACE_AT = new RegExp(`[ \\n]*(?:(?:${alternation(unitWords.placeUnits)})[ \\n]*)?(${alternation([...provinceNames.keys()])})${WORD_END}`, 'uy');

const NOT_NAME = new Set(personWords.notNameWords.map((w) => w.normalize('NFC').toLocaleUpperCase('vi')));

/** "TRẦN HỒNG HÀ TẠI" → "Trần Hồng Hà": the syllables before the first word that goes on a title, in the usual case. */
export function capsName(printed: string): { name: string; length: number } | null {
  const words = [...printed.matchAll(/\S+/gu)];
  const stop = words.findIndex((w, i) => i > 0 && NOT_NAME.has(w[0]));
  const kept = stop < 0 ? words : words.slice(0, stop);
  if (kept.length < 2) return null;
  const last = kept[kept.length - 1]!;
  return { name: kept.map(([w]) => w[0] + w.slice(1).toLocaleLowerCase('vi')).join(' '), length: last.index! + last[0].length };
}
/** A leader's title opening a body's form (persons.json "leaderTitles"): "Chủ tịch UBND tỉnh". */
export const LEADER_TITLE = new RegExp(`^(?:${alternation(personWords.leaderTitles)})[ \\n]`, 'u');
export const TITLE_BEFORE = new RegExp(`${WORD_START}(${alternation(personWords.titles)})[ \\n]*(?:,[ \\n]*)?$`, 'u');
export const BODY_TITLE_BEFORE = new RegExp(`${WORD_START}(${alternation(personWords.bodyTitles)})[ \\n]+$`, 'u');
export const TITLE_PREFIX_BEFORE = new RegExp(`${WORD_START}(?:${alternation(roleWords.titlePrefixes)})[ \\n]+(?:các[ \\n]+)?$`, 'u');
/** A leader's title at a position ("Thủ trưởng", "Giám đốc"): it opens a mention, it ends a name. */
export const TITLE_AT = new RegExp(`(?:${alternation(roleWords.titlePrefixes)})${WORD_END}`, 'uy');
export const UNIT_OF_BEFORE = new RegExp(`${WORD_START}(?:${alternation(roleWords.unitOf)})[ \\n]+$`, 'u');

/** Canonical casing of an office title ("PHÓ THỦ TƯỚNG" → "Phó Thủ tướng"). */
export function canonicalTitle(printed: string): string {
  return TITLE_BY_KEY.get(nameKey(printed)) ?? printed;
}

const SAME_OFFICE = personWords.sameOffice.map((group) => new Set(group.map(nameKey)));
/** Titles that name one office ("Phó Thủ tướng" = "Phó Thủ tướng Chính phủ"). */
export function sameOffice(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  return SAME_OFFICE.some((keys) => keys.has(ka) && keys.has(kb));
}
