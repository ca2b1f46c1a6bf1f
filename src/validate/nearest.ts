// "Did you mean …?": the known word closest to a wrong one, by Jaro-Winkler similarity on folded
// text (case, spacing and tone placement do not count as differences). natural is imported by
// module path: its root loads database clients and prints banners (SPEC.md).
import { createRequire } from 'node:module';
import { nameKey } from '../ingest/match.js';

type Similarity = (a: string, b: string) => number;
const jaroWinkler = createRequire(import.meta.url)('natural/lib/natural/distance/jaro-winkler_distance.js') as Similarity;

export interface Nearest {
  name: string;
  similarity: number;
}

/**
 * The candidate most similar to `word` (the first one on a tie, so the answer is stable), or
 * null when there are none or the best is below `min`.
 */
export function nearest(word: string, candidates: Iterable<string>, min = 0): Nearest | null {
  const key = nameKey(word);
  let best: Nearest | null = null;
  for (const name of candidates) {
    const similarity = jaroWinkler(key, nameKey(name));
    if (!best || similarity > best.similarity) best = { name, similarity };
  }
  return best && best.similarity >= min ? best : null;
}
