// The domain lexicon (src/data/domains.json) compiled once: every cue, neutral phrase and body-name
// head of every domain goes into ONE word trie, matched longest first, so that a longer phrase always
// wins over the words inside it. That is how context rules are data: "an ninh lương thực"
// (agriculture) is consumed before "an ninh" (security) can match.
import { loadData } from '../../data/load.js';
import { escapeRegExp, fold, wordPattern, WORD_END, WORD_START } from '../../ingest/match.js';
import { PhraseTrie } from '../../ingest/phrase-trie.js';


/** [phrase, weight, English gloss] */
type CueRow = [string, number, string];

interface DomainsFile {
  scoring: Scoring;
  titleSubjectAfter: string[];
  citationEnds: string[];
  lawNames: string[];
  lawDrafting: string[];
  headingOpeners: string[];
  bodyHeads: string[];
  topicHeads: string[];
  topicConnectors: string[];
  connectors: string[];
  neutral: Array<[string, string]>;
  domains: Record<string, { label: string; cues: CueRow[] }>;
}

/** The knobs of score.ts, as data so that they are tuned without touching code. */
export interface Scoring {
  /** Factor for cues in a directive's own opening heading ("Về hội nhập kinh tế, …"). */
  heading: number;
  /** Factor for cues in an ancestor's lead-in (its text before its first child). */
  leadIn: number;
  /** Factor for cues in an ancestor's opening heading. */
  ancestorHeading: number;
  /** Factor for cues in the document's title (trích yếu, headline): the document's subject. */
  title: number;
  /** The same for a news article, whose "title" is a headline or its lead sentence: it names the
   * meeting or the event more often than the subject. */
  newsTitle: number;
  /** What each repetition of one phrase adds, as a share of its weight … */
  repeat: number;
  /** … up to this multiple of its weight. */
  repeatCap: number;
  /** A label is kept when its score is at least this share of the best label's … */
  relative: number;
  /** … and at least this much in absolute terms (the best label is always kept). */
  minimum: number;
  /** Below this, even the best label is not kept: one weak cue ("kinh tế - xã hội") tells nothing. */
  floor: number;
  maxLabels: number;
  /** A long item names many things in passing (a paragraph on pollution mentions "cụm công nghiệp",
   * "đô thị", "công nghệ"): past `chars` characters of its own text, a label other than the best
   * must also carry `share` of the best label's evidence (raw scores, not strengths). */
  longItem: { chars: number; share: number };
}

export type HitKind = 'cue' | 'neutral' | 'head';

export interface Entry {
  kind: HitKind;
  /** Domain id → weight (empty for neutral phrases and heads). */
  weights: ReadonlyMap<string, number>;
  /** A head of a committee's name, which goes on with "về …" (topicConnectors). */
  topic?: boolean;
}

export interface Lexicon {
  /** All phrases on folded text, found longest first (a word trie: no pattern to compile). */
  phrases: PhraseTrie;
  /** Folded phrase with single spaces → what it means. */
  entries: ReadonlyMap<string, Entry>;
  /** Section-heading openers, anchored at the start of a folded string. */
  headingOpener: RegExp;
  connectors: ReadonlySet<string>;
  /** Connector words only in the name of a committee ("Ban Chỉ đạo quốc gia về …"). */
  topicConnectors: ReadonlySet<string>;
  /** The words after which a title states its subject ("… về hội nhập quốc tế"); global flag. */
  titleSubjectAfter: RegExp;
  /** Where a cited document's title ends ("trong đó", "nhằm" …); global flag. */
  citationEnd: RegExp;
  /** A drafting word right before a law's name ("dự án Luật …"): the law is the subject. */
  lawDraftingBefore: RegExp;
  /** The type word of a law cited by name, as printed ("Luật", "Bộ luật"; case-sensitive); global flag. */
  namedLaw: RegExp;
  scoring: Scoring;
  /** Domain ids in the order of SPEC.md's taxonomy (ties are broken by it). */
  ids: readonly string[];
  labels: ReadonlyMap<string, string>;
}

/** The key of a phrase or of a matched stretch: folded, spaces and line breaks collapsed. */
export function phraseKey(s: string): string {
  return fold(s.normalize('NFC')).trim().replace(/\s+/gu, ' ');
}

// A loanword's syllables joined by a hyphen ("các-bon", "mê-tan", "ô-dôn"): as printed, they may
// also stand apart, be run together, or keep the hyphen on one side of a space ("các- bon" at a line
// end). Each spelling is the same cue (issue 15, point 7: "các bon" / "các-bon" fold alike).
const HYPHENED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

/** Every printed spelling of a phrase: hyphen-joined syllables apart, together, or half-joined. */
export function spellings(phrase: string): string[] {
  let out = [''];
  for (const [i, word] of phrase.trim().split(/\s+/u).entries()) {
    const forms = HYPHENED.test(word)
      ? [word, word.replaceAll('-', ' '), word.replaceAll('-', ''), word.replaceAll('-', '- '), word.replaceAll('-', ' -')]
      : [word];
    out = out.flatMap((head) => forms.map((f) => (i === 0 ? f : `${head} ${f}`)));
  }
  return [...new Set(out)];
}

type MutableEntry = { kind: HitKind; weights: Map<string, number>; topic?: boolean };

function addEntry(entries: Map<string, MutableEntry>, phrase: string, kind: HitKind, id?: string, weight?: number): MutableEntry {
  let entry: MutableEntry | undefined;
  for (const spelling of spellings(phrase)) entry = addSpelling(entries, spelling, kind, id, weight);
  return entry!;
}

function addSpelling(entries: Map<string, MutableEntry>, phrase: string, kind: HitKind, id?: string, weight?: number): MutableEntry {
  const key = phraseKey(phrase);
  const entry = entries.get(key) ?? { kind, weights: new Map<string, number>() };
  // A phrase that is a cue anywhere is a cue; neutral only when nothing gives it a weight.
  if (kind === 'cue') entry.kind = 'cue';
  else if (entry.kind !== 'cue') entry.kind = kind;
  if (id !== undefined && weight !== undefined) entry.weights.set(id, Math.max(weight, entry.weights.get(id) ?? 0));
  entries.set(key, entry);
  return entry;
}

function allPhrases(file: DomainsFile): string[] {
  const cuePhrases = Object.values(file.domains).flatMap((d) => d.cues.map(([p]) => p));
  return [...file.neutral.map(([p]) => p), ...file.bodyHeads, ...file.topicHeads, ...cuePhrases].flatMap(spellings);
}

/** The trie finds phrases at word starts only: a phrase must open with a letter or digit. */
function openingWithLetter(phrase: string): string {
  if (!/^[\p{L}\p{N}]/u.test(phrase.trim())) throw new Error(`domains.json: "${phrase}" does not open with a letter or digit`);
  return phrase;
}

export function compileLexicon(file: DomainsFile): Lexicon {
  const entries = new Map<string, MutableEntry>();
  for (const [phrase] of file.neutral) addEntry(entries, phrase, 'neutral');
  for (const head of file.bodyHeads) addEntry(entries, head, 'head');
  for (const head of file.topicHeads) addEntry(entries, head, 'head').topic = true;
  for (const [id, domain] of Object.entries(file.domains)) {
    for (const [phrase, weight] of domain.cues) addEntry(entries, phrase, 'cue', id, weight);
  }
  const phrases = allPhrases(file);
  return {
    phrases: new PhraseTrie(phrases.map(openingWithLetter)),
    entries,
    headingOpener: new RegExp(`^${wordPattern(file.headingOpeners, 'u').source}`, 'u'),
    connectors: new Set(file.connectors.map(phraseKey)),
    topicConnectors: new Set(file.topicConnectors.map(phraseKey)),
    titleSubjectAfter: wordPattern(file.titleSubjectAfter, 'gu'),
    citationEnd: new RegExp(`[.;:]|${wordPattern(file.citationEnds, 'u').source}`, 'gu'),
    lawDraftingBefore: new RegExp(`${wordPattern(file.lawDrafting, 'u').source}[ \\n]*$`, 'u'),
    namedLaw: new RegExp(`${WORD_START}(?:${file.lawNames.map(escapeRegExp).join('|')})${WORD_END}`, 'gu'),
    scoring: file.scoring,
    ids: Object.keys(file.domains),
    labels: new Map(Object.entries(file.domains).map(([id, d]) => [id, d.label])),
  };
}

const DOMAINS_FILE = loadData('domains.json') as DomainsFile;
export const lexicon: Lexicon = compileLexicon(DOMAINS_FILE);
/** Every phrase of the lexicon as written in domains.json (for tests of the matcher). */
export const DOMAIN_PHRASES: readonly string[] = allPhrases(DOMAINS_FILE);
