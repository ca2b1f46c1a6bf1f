// Which spans cover a position, by binary search: a stage that tests every match against a
// document's spans (news furniture, masks) stays linear in the document's size.
import type { Span } from '../types.js';

/**
 * `covers(at)`: some span [s, e) has s ≤ at < e. The spans may be unsorted and overlap: sorted by
 * start once, with the furthest end among each prefix, so that one search answers.
 */
export function coverage(spans: readonly Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const starts = sorted.map((s) => s[0]);
  const reach: number[] = [];
  let far = -Infinity;
  for (const [, e] of sorted) reach.push((far = Math.max(far, e)));
  return (at) => {
    // The last span starting at or before `at`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > at;
  };
}
