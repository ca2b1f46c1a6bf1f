// Scoring one directive: the cues of its own text, of its opening heading, of its ancestors'
// lead-ins and headings, and of the document's title are added up per domain, each with the
// factor of where it was found (data: domains.json "scoring"); then a threshold keeps one to four
// labels. Pure functions over strings.
import type { DomainLabel, Span } from '../../types.js';
import { openingHeading } from './heading.js';
import { findHits } from './hits.js';
import { lexicon, type Lexicon } from './lexicon.js';

/** One stretch of text that speaks for a directive, and how much it counts. */
export interface Part {
  /** The text as printed (evidence is quoted from it). */
  text: string;
  /** Its folded copy, same length (ingest/match.ts `fold`). */
  folded: string;
  /** Factor for the cues of this stretch … */
  factor: number;
  /** … and for those of its opening heading ("Về …, "); 0: do not look for one. */
  heading: number;
  /** Spans of this string that count for nothing (actor mentions). */
  mask?: readonly Span[];
}

export interface Tally {
  score: number;
  /** Phrases as printed, first appearance first, each once. */
  evidence: string[];
}

interface Occurrence {
  count: number;
  factor: number;
  printed: string;
  /** Domain id → weight of the phrase (its lexicon entry's), kept here for `tally`. */
  weights: ReadonlyMap<string, number>;
}

// A parent's lead-in speaks for each of its children: read it once, not once per child.
const seen = new WeakMap<Part, Map<string, Occurrence>>();

/** Occurrences per folded phrase in one part, with the highest factor any of them had. */
function occurrences(part: Part, lex: Lexicon): ReadonlyMap<string, Occurrence> {
  const cached = lex === lexicon ? seen.get(part) : undefined;
  if (cached) return cached;
  const out = count(part, lex);
  if (lex === lexicon) seen.set(part, out);
  return out;
}

function count(part: Part, lex: Lexicon): Map<string, Occurrence> {
  const hits = findHits(part.text, part.folded, part.mask ?? [], lex);
  const heading = part.heading > 0 ? openingHeading(part.text, part.folded, hits, lex) : null;
  const out = new Map<string, Occurrence>();
  for (const hit of hits) {
    if (hit.naming || hit.entry.kind !== 'cue') continue;
    const inHeading = heading !== null && hit.start >= heading[0] && hit.end <= heading[1];
    const factor = inHeading ? part.heading : part.factor;
    if (factor <= 0) continue;
    const known = out.get(hit.key);
    if (known) {
      known.count++;
      known.factor = Math.max(known.factor, factor);
    } else out.set(hit.key, { count: 1, factor, printed: part.text.slice(hit.start, hit.end).replace(/\s+/gu, ' '), weights: hit.entry.weights });
  }
  return out;
}

/** Score and evidence per domain id over all parts, added to `base` (a subject known beforehand). */
export function tally(parts: readonly Part[], lex: Lexicon = lexicon, base?: ReadonlyMap<string, Tally>): Map<string, Tally> {
  const { repeat, repeatCap } = lex.scoring;
  const out = new Map<string, Tally>([...(base ?? [])].map(([id, t]) => [id, { score: t.score, evidence: [...t.evidence] }]));
  for (const part of parts) {
    if (part.factor <= 0 && part.heading <= 0) continue;
    for (const occ of occurrences(part, lex).values()) {
      // Repeating a phrase adds less each time: "thị trường các-bon" five times is one subject.
      const times = Math.min(repeatCap, 1 + repeat * (occ.count - 1));
      // forEach, not for…of: the same order without an [id, weight] array per entry (issue 19, point 5).
      occ.weights.forEach((weight, id) => {
        let t = out.get(id);
        if (!t) out.set(id, (t = { score: 0, evidence: [] }));
        t.score += weight * occ.factor * times;
        if (!t.evidence.includes(occ.printed)) t.evidence.push(occ.printed);
      });
    }
  }
  return out;
}

/** An evidence total as a number in (0, 1): 1 unit of evidence is 0.5, 3 units 0.75. */
function strength(score: number): number {
  return score / (score + 1);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The labels kept: the best one when it reaches the `floor`, the others when they reach `relative`
 * of the best (as strengths) and the `minimum`; at most `maxLabels`. Ties go in taxonomy order.
 */
export function selectLabels(tallies: ReadonlyMap<string, Tally>, lex: Lexicon = lexicon, length = 0): DomainLabel[] {
  const { relative, minimum, floor, maxLabels, longItem } = lex.scoring;
  const order = (id: string): number => lex.ids.indexOf(id);
  const ranked = [...tallies].filter(([, t]) => t.score >= floor).sort(([a, x], [b, y]) => y.score - x.score || order(a) - order(b));
  // Compared as strengths, not raw sums: a domain with many synonyms ("phát thải", "khí nhà kính",
  // "NDC" …) must not crowd out a second subject named once or twice ("thị trường các-bon").
  const bestScore = ranked[0]?.[1].score ?? 0;
  const best = strength(bestScore);
  const share = length > longItem.chars ? longItem.share : 0;
  return ranked
    .filter(([, t], i) => i === 0 || (strength(t.score) >= relative * best && t.score >= minimum && t.score >= share * bestScore))
    .slice(0, maxLabels)
    .map(([id, t]) => ({ id, score: round2(strength(t.score)), evidence: t.evidence }));
}

/**
 * The labels of one directive from the stretches of text that speak for it (and the document's
 * subject, if known apart); `length`: characters of the directive's own text (scoring.longItem).
 */
export function classifyParts(parts: readonly Part[], lex: Lexicon = lexicon, subject?: ReadonlyMap<string, Tally>, length = 0): DomainLabel[] {
  return selectLabels(tally(parts, lex, subject), lex, length);
}

/**
 * The subject of a document whose title is not known, read from its directives: the leading domain
 * of all their words, counted as one phrase of a title would be ("a leaf that says only 'chịu trách
 * nhiệm thi hành' takes its domains from the title" holds without a title too).
 */
export function subjectOf(parts: readonly Part[], news: boolean, lex: Lexicon = lexicon): Map<string, Tally> {
  const [best] = selectLabels(tally(parts, lex), lex);
  if (!best) return new Map();
  const weight = news ? lex.scoring.newsTitle : lex.scoring.title;
  return new Map([[best.id, { score: weight, evidence: best.evidence.slice(0, 1) }]]);
}
