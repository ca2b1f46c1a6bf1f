// Spans found by binary search: a stage that tests every match against a document's spans (news
// furniture, cited documents, task-table cells) stays linear in the document's size.
import type { Span } from '../types.js';

/** Index of the last span starting at or before `at` (spans sorted by start); -1 when none. */
export function lastStartingBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * `covers(at)`: some span [s, e) has s ≤ at < e. The spans may be unsorted and overlap: sorted by
 * start once, with the furthest end among each prefix, so that one search answers.
 */
export function coverage(spans: readonly Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  let far = -Infinity;
  for (const [, e] of sorted) reach.push((far = Math.max(far, e)));
  return (at) => {
    const i = lastStartingBefore(sorted, at);
    return i >= 0 && reach[i]! > at;
  };
}
