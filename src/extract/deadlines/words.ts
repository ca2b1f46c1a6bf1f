// The time words of src/data/time-words.json, loaded once and compiled into patterns over folded
// text (src/ingest/match.ts: case, tone placement and dashes folded, same length as the text).
// Every parser and refiner of the deadline stage reads its vocabulary from here, never from code.
import { loadData } from '../../data/load.js';
import { alternation, fold, WORD_END, WORD_START } from '../../ingest/match.js';

export type CueKind = 'by' | 'from' | 'horizon' | 'until' | 'none';
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Modifier = 'start' | 'mid' | 'end';

interface TimeWords {
  kindCues: Record<CueKind, string[]>;
  completionVerbs: string[];
  dayWords: string[];
  vision: string[];
  planNames: string[];
  targets: string[];
  targetCues: string[];
  appositives: string[];
  relativeTrail: string[];
  pastTrail: string[];
  upToNow: string[];
  plural: string[];
  futureEvent: string[];
  /** Words after which a date bounds a permit's or a law's validity, not a task. */
  validity: string[];
  /** Words between a validity word and its date ("thi hành", "kể từ", "ngày"). */
  validityLinks: string[];
  /** The word before a cited document's number ("số"), and its signing ("ký ngày"). */
  citedNumber: string[];
  citedSigning: string[];
  signing: string[];
  countFrom: string[];
  units: Record<string, { unit: Unit; iso: 'D' | 'W' | 'M' | 'Y'; months?: number }>;
  numberWords: Record<string, number>;
  quarterNumerals: Record<string, number>;
  halves: Array<{ words: string[]; half: 1 | 2 }>;
  modifiers: Record<string, Modifier>;
  recurringEvery: string[];
  recurringWords: Record<string, string | null>;
  recurringTimes: string[];
  relativeWords: Array<{ words: string[]; unit: Unit; offset: number }>;
  events: string[];
  timeOfDay: string[];
  periodLeads: string[];
  within: string[];
  periodic: string[];
  partOfUnits: string[];
  partOfNotAfter: string[];
}

export const timeWords: TimeWords = loadData('time-words.json');

/** `(?:a|b|…)` of folded phrases, longest first; spaces accept any run of spaces or a line break. */
export const anyOf = (phrases: readonly string[]): string => `(?:${alternation(phrases)})`;

/** A whole-word alternation, for use inside a larger pattern. */
export const word = (phrases: readonly string[]): string => `${WORD_START}${anyOf(phrases)}${WORD_END}`;

/** Folded key of a phrase, for looking a matched phrase up in the data. */
export const key = (phrase: string): string => fold(phrase.normalize('NFC')).replace(/\s+/gu, ' ').trim();

// Each table of time-words.json by the folded keys of its entries, the first entry of a key kept,
// as a walk over the entries finds it: built once per table (the tables are never changed), not
// folded again for every match (issue 19, point 5).
const KEYED = new WeakMap<object, Map<string, unknown>>();

/** Looks a matched (folded) phrase up in a table keyed by its printed form. */
export function lookup<T>(table: Record<string, T>, matched: string): T | undefined {
  let keyed = KEYED.get(table) as Map<string, T> | undefined;
  if (!keyed) {
    keyed = new Map();
    for (const [k, v] of Object.entries(table)) if (!keyed.has(key(k))) keyed.set(key(k), v);
    KEYED.set(table, keyed);
  }
  return keyed.get(key(matched));
}

const UNIT_WORDS = Object.keys(timeWords.units);
/** A count: digits or a number word ("02", "hai", "mười lăm"). */
export const NUMBER = `(?:\\d{1,3}|${anyOf(Object.keys(timeWords.numberWords))})`;
export const UNIT = anyOf(UNIT_WORDS);
/** The gate's need of a unit word (gate.ts; duration.ts's). */
export const UNIT_NEED = new RegExp(UNIT, 'u');
/** UNIT_NEED when every phrase holds a unit word (then so does every match of them): a need's `within`. */
export const withinUnits = (phrases: readonly string[]): RegExp | undefined =>
  phrases.every((p) => UNIT_NEED.test(key(p))) ? UNIT_NEED : undefined;

export function numberValue(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  return lookup(timeWords.numberWords, text) ?? null;
}

export function unitOf(text: string): { unit: Unit; iso: 'D' | 'W' | 'M' | 'Y'; months?: number } | undefined {
  return lookup(timeWords.units, text);
}

/** ISO 8601 duration of a count of a unit: 2 năm → P2Y, 1 quý → P3M, 10 ngày → P10D. */
export function isoDuration(count: number, unitWord: string): string | null {
  const u = unitOf(unitWord);
  if (!u) return null;
  return `P${count * (u.months ?? 1)}${u.iso}`;
}

/** Right after an expression: counted from a future event ("kể từ khi …", "sau khi …"): no value. */
export const FUTURE_EVENT_AFTER = new RegExp(`^[ \\n]*(?:,[ \\n]*)?${anyOf(timeWords.futureEvent)}${WORD_END}`, 'u');
/** Right after an expression: counted from the signing date ("kể từ ngày ký"). */
export const SIGNING_AFTER = new RegExp(`^[ \\n]*(?:,[ \\n]*)?${anyOf(timeWords.signing)}${WORD_END}`, 'u');
