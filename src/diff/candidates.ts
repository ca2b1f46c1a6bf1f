// Candidate pairs without comparing every old directive with every new one: an inverted index over
// each directive's rarest n-grams (prefix filtering, as in the All-Pairs similarity join).
//
// Why it loses nothing at the threshold t: a vector's terms are sorted rarest first (tfidf.ts), and
// its prefix is the shortest run of first terms after which the rest can no longer reach t — the
// rest's L2 norm, or the sum of its weights times the largest weight each term has on the other
// side, whichever is smaller, is below t. If cos(x, y) ≥ t, their first common term c (in that
// order) is in both prefixes: were it in x's rest, every common term would be, and cos(x, y) would
// stay under that bound. So indexing the old prefixes and probing with the new prefixes finds every
// pair at or above t. Common words ("các", "và", "thực hiện") fall in the rests and never produce a
// candidate on their own.
//
// While probing, the products over x's prefix terms are summed; what x's rest can add is at most
// ‖rest(x)‖ · ‖the part of y after x's prefix‖ (Cauchy–Schwarz), and at most the rest's weights
// times the new side's largest weights. A pair whose sum plus that is
// still below t cannot reach it and is dropped before its exact cosine is computed.
import { firstNotBefore } from '../ingest/spans.js';
import { cosine, type TermVector } from './tfidf.js';

export interface Edge {
  old: number;
  new: number;
  score: number;
}

/** Largest weight of each term over a set of vectors (the most it can add to a dot product). */
export function maxWeights(vectors: readonly TermVector[], vocabulary: number): Float64Array {
  const max = new Float64Array(vocabulary);
  for (const v of vectors) for (let k = 0; k < v.terms.length; k++) if (v.weights[k]! > max[v.terms[k]!]!) max[v.terms[k]!] = v.weights[k]!;
  return max;
}

export interface Prefix {
  /** How many leading terms form the prefix. */
  length: number;
  /** L2 norm of the weights after the prefix. */
  restNorm: number;
  /** Σ weight × the other side's largest weight of that term, after the prefix. */
  restMax: number;
}

/** The prefix of `v` for threshold t against a side whose largest weights are `otherMax`. */
export function prefixOf(v: TermVector, t: number, otherMax?: Float64Array): Prefix {
  // A hair under t, so that pairs at exactly t survive rounding.
  const bound = Math.max(0, t - 1e-9);
  let squares = 0;
  let products = 0;
  let p = v.terms.length;
  // Grow the rest from the end while it cannot reach t; what is left is the prefix.
  while (p > 0) {
    const w = v.weights[p - 1]!;
    const s = squares + w * w;
    const q = products + w * (otherMax ? otherMax[v.terms[p - 1]!]! : 1);
    if (Math.min(Math.sqrt(s), q) >= bound) break;
    squares = s;
    products = q;
    p--;
  }
  return { length: p, restNorm: Math.sqrt(squares), restMax: products };
}

/**
 * Every (old, new) pair that may reach t, with its exact cosine: all pairs at or above t, and
 * some below it (kept: they tell an added directive its nearest old one).
 */
export function candidatePairs(oldVectors: readonly TermVector[], newVectors: readonly TermVector[], t: number, vocabulary?: number): Edge[] {
  const size = vocabulary ?? 1 + oldVectors.concat(newVectors).reduce((max, v) => Math.max(max, v.terms[v.terms.length - 1] ?? -1), -1);
  const maxOld = maxWeights(oldVectors, size);
  const maxNew = maxWeights(newVectors, size);
  const restNorm = new Float64Array(oldVectors.length);
  const restMax = new Float64Array(oldVectors.length);
  // The rank of the last prefix term of each old vector: y's terms after it meet x's rest.
  const lastRank = new Int32Array(oldVectors.length);
  const prefixes = oldVectors.map((v, i) => {
    const prefix = prefixOf(v, t, maxNew);
    restNorm[i] = prefix.restNorm;
    restMax[i] = prefix.restMax;
    lastRank[i] = prefix.length ? v.terms[prefix.length - 1]! : -1;
    return prefix.length;
  });
  const index = postings(oldVectors, prefixes, size);
  const edges: Edge[] = [];
  // seen[i] === j + 1 when old i is already a candidate of new j: no clearing between probes.
  const seen = new Int32Array(oldVectors.length);
  const sum = new Float64Array(oldVectors.length);
  const touched: number[] = [];
  newVectors.forEach((v, j) => {
    const opens = prefixOf(v, t, maxOld).length;
    const tail = suffixNorms(v);
    touched.length = 0;
    for (let q = 0; q < v.terms.length; q++) {
      const term = v.terms[q]!;
      const w = v.weights[q]!;
      for (let n = index.start[term]!, end = index.start[term + 1]!; n < end; n++) {
        const i = index.doc[n]!;
        if (seen[i] !== j + 1) {
          // A pair opens at its first common term: past y's prefix, or where what is left of
          // both vectors (Cauchy–Schwarz) cannot reach t, it never will.
          if (q >= opens || index.from[n]! * tail[q]! < t - 1e-9) continue;
          seen[i] = j + 1;
          sum[i] = 0;
          touched.push(i);
        }
        sum[i]! += index.weight[n]! * w;
      }
    }
    for (const i of touched) {
      const after = tail[firstAbove(v.terms, lastRank[i]!)]!;
      if (sum[i]! + Math.min(restNorm[i]! * after, restMax[i]!) >= t - 1e-9) edges.push({ old: i, new: j, score: cosine(oldVectors[i]!, v) });
    }
  });
  return edges;
}

interface Postings {
  /** Entries of term r: start[r] … start[r + 1] − 1. */
  start: Int32Array;
  doc: Int32Array;
  weight: Float64Array;
  /** ‖the old vector from this term on‖. */
  from: Float64Array;
}

/** The inverted index of the old prefixes, as flat arrays (10⁷ entries are no rare sight). */
function postings(vectors: readonly TermVector[], prefixes: readonly number[], size: number): Postings {
  const start = new Int32Array(size + 1);
  vectors.forEach((v, i) => {
    for (let k = 0; k < prefixes[i]!; k++) start[v.terms[k]! + 1]!++;
  });
  for (let r = 0; r < size; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, size);
  const total = start[size]!;
  const doc = new Int32Array(total);
  const weight = new Float64Array(total);
  const from = new Float64Array(total);
  vectors.forEach((v, i) => {
    const tail = suffixNorms(v);
    for (let k = 0; k < prefixes[i]!; k++) {
      const at = fill[v.terms[k]!]!++;
      doc[at] = i;
      weight[at] = v.weights[k]!;
      from[at] = tail[k]!;
    }
  });
  return { start, doc, weight, from };
}

/** tail[k] = the L2 norm of v's weights from position k on (tail[length] = 0). */
function suffixNorms(v: TermVector): Float64Array {
  const tail = new Float64Array(v.terms.length + 1);
  let squares = 0;
  for (let k = v.terms.length - 1; k >= 0; k--) {
    squares += v.weights[k]! * v.weights[k]!;
    tail[k] = Math.sqrt(squares);
  }
  return tail;
}

/** The first position in the sorted `terms` whose rank is above `rank`. */
function firstAbove(terms: Int32Array, rank: number): number {
  return firstNotBefore(terms.length, (i) => terms[i]! <= rank);
}
