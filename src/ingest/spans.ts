// Spans found by binary search: a stage that tests every match against a document's spans (news
// furniture, cited documents, task-table cells) stays linear in the document's size.
import type { Span } from '../types.js';

/**
 * The first index in [0, length) at which `before(i)` no longer holds, for a `before` that holds on
 * a prefix of the indices (a sorted array asked "is this still before what I look for?"); `length`
 * when it holds everywhere. The one binary search of the stages.
 */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span starting at or before `at` (spans sorted by start); -1 when none. */
export function lastStartingBefore(spans: readonly Span[], at: number): number {
  return firstNotBefore(spans.length, (i) => spans[i]![0] <= at) - 1;
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

/** A tree node's own stretches of text: its span less its children's spans (a directive's own words). */
export function ownRanges(node: { span: Span; children: ReadonlyArray<{ span: Span }> }): Span[] {
  const out: Span[] = [];
  let at = node.span[0];
  for (const c of [...node.children].sort((a, b) => a.span[0] - b.span[0])) {
    if (c.span[0] > at) out.push([at, c.span[0]]);
    at = Math.max(at, c.span[1]);
  }
  if (at < node.span[1]) out.push([at, node.span[1]]);
  return out;
}

/** `ranges` with the stretches `cut` taken out. */
export function without(ranges: readonly Span[], cut: readonly Span[]): Span[] {
  let out = [...ranges];
  for (const [cs, ce] of cut) {
    out = out.flatMap(([s, e]): Span[] => (ce <= s || cs >= e ? [[s, e]] : [...(cs > s ? [[s, cs] as Span] : []), ...(ce < e ? [[ce, e] as Span] : [])]));
  }
  return out;
}
