// Alignment of two directive sets: TF-IDF cosine over syllable unigrams and bigrams of the folded
// wording (label stripped), candidates from the rare-n-gram index, optimal one-to-one assignment.
// Exported for the benchmark (scripts/bench-diff.mjs) as well as for the diff itself.
import { components, solveComponents, type WeightedEdge } from './assign.js';
import { candidatePairs, type Edge } from './candidates.js';
import { cosine, vectorise, type TermVector } from './tfidf.js';
import { ngrams, stripLabel } from './tokens.js';

/**
 * The default --threshold: the cosine at or above which two directives are taken for the same one.
 * Chosen from the similarity distributions measured on corpus/ (README, "chidao diff").
 */
export const DEFAULT_THRESHOLD = 0.4;

export interface AlignOptions {
  /** Pairs below this cosine are never matched (0 < threshold ≤ 1). */
  threshold: number;
}

export interface AlignedPair {
  old: number;
  new: number;
  score: number;
}

export interface Nearest {
  /** Index on the other side. */
  index: number;
  score: number;
}

export interface Alignment {
  pairs: AlignedPair[];
  /** For each old directive, its most similar new one among the candidates (null: none). */
  nearestOfOld: (Nearest | null)[];
  nearestOfNew: (Nearest | null)[];
  stats: { candidates: number; edges: number; components: number; largestComponent: number; vocabulary: number };
}

// Ties (the same wording twice on a side) go to the pair whose relative positions are closest:
// small enough never to outweigh a real difference in similarity.
const POSITION_WEIGHT = 1e-6;

/** Aligns directives given by their wording (labels "1.", "a)" are ignored). */
export function alignDirectiveSets(oldTexts: readonly string[], newTexts: readonly string[], options: AlignOptions): Alignment {
  const t = options.threshold;
  const grams = [...oldTexts, ...newTexts].map((text) => ngrams(stripLabel(text)));
  const { vectors, vocabulary } = vectorise(grams);
  const oldVectors = vectors.slice(0, oldTexts.length);
  const newVectors = vectors.slice(oldTexts.length);
  const candidates = candidatePairs(oldVectors, newVectors, t, vocabulary);

  const relative = (i: number, n: number): number => (n <= 1 ? 0 : i / (n - 1));
  const edges: (WeightedEdge & { score: number })[] = candidates
    .filter((e) => e.score >= t)
    .map((e) => ({
      old: e.old,
      new: e.new,
      score: e.score,
      weight: e.score + POSITION_WEIGHT * (1 - Math.abs(relative(e.old, oldTexts.length) - relative(e.new, newTexts.length))),
    }));
  const parts = components(edges);
  const pairs = solveComponents(parts).map((e) => ({ old: e.old, new: e.new, score: e.score }));
  const nearestOfOld = nearest(candidates, oldTexts.length, 'old');
  const nearestOfNew = nearest(candidates, newTexts.length, 'new');
  refineNearest(nearestOfOld, new Set(pairs.map((p) => p.old)), oldVectors, newVectors);
  refineNearest(nearestOfNew, new Set(pairs.map((p) => p.new)), newVectors, oldVectors);
  return {
    pairs,
    nearestOfOld,
    nearestOfNew,
    stats: {
      candidates: candidates.length,
      edges: edges.length,
      components: parts.length,
      largestComponent: parts.reduce((max, p) => Math.max(max, new Set(p.map((e) => e.old)).size + new Set(p.map((e) => e.new)).size), 0),
      vocabulary,
    },
  };
}

/**
 * Unmatched directives against every directive of the other side, when that is cheap (a diff of
 * two documents): the nearest one is then exact, even when it shares no rare n-gram. Large diffs
 * keep the nearest among the index's candidates.
 */
const EXACT_NEAREST_BUDGET = 200_000;

function refineNearest(out: (Nearest | null)[], matched: ReadonlySet<number>, side: readonly TermVector[], other: readonly TermVector[]): void {
  const unmatched = side.map((_, i) => i).filter((i) => !matched.has(i));
  if (unmatched.length * other.length > EXACT_NEAREST_BUDGET) return;
  for (const i of unmatched) {
    let best: Nearest | null = null;
    other.forEach((v, j) => {
      const score = cosine(side[i]!, v);
      if (score > 0 && (!best || score > best.score)) best = { index: j, score };
    });
    out[i] = best;
  }
}

function nearest(candidates: readonly Edge[], n: number, side: 'old' | 'new'): (Nearest | null)[] {
  const other = side === 'old' ? 'new' : 'old';
  const out: (Nearest | null)[] = new Array(n).fill(null);
  for (const e of candidates) {
    const best = out[e[side]];
    if (!best || e.score > best.score || (e.score === best.score && e[other] < best.index)) out[e[side]] = { index: e[other], score: e.score };
  }
  return out;
}
