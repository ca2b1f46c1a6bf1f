// TF-IDF vectors over the syllable n-grams of every directive of both sides, L2-normalised, so that
// a dot product is the cosine.
//
// Our own, not natural's TfIdf: natural counts a term's document frequency by scanning every
// document (O(documents) per distinct term: minutes for 2 × 5,000 directives), keeps documents as
// plain objects keyed by term (issue #119: terms such as "constructor"), offers no vectors to take
// a cosine from, and its module requires `fs`. What we need is twenty lines.
//
// Term ids are ranks in one global order, rarest first (document frequency ascending, then first
// appearance): each vector's terms are sorted by id, so its first entries are its rarest n-grams,
// which is what candidate pruning (candidates.ts) indexes.

export interface TermVector {
  /** Term ids, ascending (= rarest first). */
  terms: Int32Array;
  /** L2-normalised weights, parallel to `terms`. */
  weights: Float64Array;
}

export interface Vectorised {
  vectors: TermVector[];
  /** Number of distinct terms. */
  vocabulary: number;
}

/**
 * One vector per document (a document is its list of n-grams, with repetitions).
 * tf = 1 + ln(count) (a term repeated in a long directive should not dominate it);
 * idf = 1 + ln((1 + N) / (1 + df)) (smoothed: a term in every directive still counts a little).
 */
export function vectorise(documents: readonly (readonly string[])[]): Vectorised {
  const ids = new Map<string, number>();
  const df: number[] = [];
  // Each document as its distinct term ids (ascending) and their counts.
  const counted = documents.map((terms) => {
    const seq = new Int32Array(terms.length);
    terms.forEach((term, k) => {
      let id = ids.get(term);
      if (id === undefined) {
        id = df.length;
        ids.set(term, id);
        df.push(0);
      }
      seq[k] = id;
    });
    seq.sort();
    const unique: number[] = [];
    const counts: number[] = [];
    for (let k = 0; k < seq.length; k++) {
      if (k > 0 && seq[k] === seq[k - 1]) counts[counts.length - 1]!++;
      else {
        unique.push(seq[k]!);
        counts.push(1);
        df[seq[k]!]!++;
      }
    }
    return { unique, counts };
  });
  const rank = rarestFirst(df);
  const n = documents.length;
  const idf = Float64Array.from(df, (f) => 1 + Math.log((1 + n) / (1 + f)));
  const vectors = counted.map(({ unique, counts }) => {
    // Sorted by rank through one numeric typed-array sort of rank·2²⁰ + position (a directive has
    // far fewer than 2²⁰ distinct terms, and the key stays exact in a double up to 2³³ terms): no
    // comparator closure in the hot path.
    const keyed = Float64Array.from(unique, (id, k) => rank[id]! * 1048576 + k).sort();
    const terms = new Int32Array(keyed.length);
    const weights = new Float64Array(keyed.length);
    keyed.forEach((key, i) => {
      const k = key % 1048576;
      terms[i] = (key - k) / 1048576;
      weights[i] = (1 + Math.log(counts[k]!)) * idf[unique[k]!]!;
    });
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { terms, weights };
  });
  return { vectors, vocabulary: df.length };
}

/** rank[id]: the position of term `id` when terms are ordered by document frequency, rarest first. */
function rarestFirst(df: readonly number[]): Int32Array {
  const order = Array.from(df.keys()).sort((a, b) => df[a]! - df[b]! || a - b);
  const rank = new Int32Array(df.length);
  order.forEach((id, r) => {
    rank[id] = r;
  });
  return rank;
}

/** Cosine of two normalised vectors: a merge of their sorted term lists. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  // Rounding puts identical texts at 0.9999999999999993 or 1.0000000000000002: they are 1.
  return sum > 1 - 1e-9 ? 1 : sum;
}
