// Deadlines onto the directive tree: each on the lowest directive whose span contains it.
import { firstNotBefore } from '../../ingest/spans.js';
import { cellSpans } from '../../structure/tables.js';
import type { Deadline, Directive, Span } from '../../types.js';
import type { FoundDeadline } from './read.js';

export const inside = (inner: Span, outer: Span): boolean => inner[0] >= outer[0] && inner[1] <= outer[1];

/** Completion-column cells of the task-table rows (SPEC.md: "Thời gian hoàn thành"). */
export function deadlineCells(directives: readonly Directive[]): Span[] {
  return directives.flatMap((d) => [
    ...(d.cells ?? []).filter((c) => c.column === 'deadline').flatMap(cellSpans),
    ...deadlineCells(d.children),
  ]);
}

/** The index of the first deadline starting at or after `at` (deadlines sorted by start). */
function firstFrom(deadlines: readonly FoundDeadline[], at: number): number {
  return firstNotBefore(deadlines.length, (i) => deadlines[i]!.span[0] < at);
}

/** Each deadline on the lowest directive whose span contains it; the tree is rebuilt, not mutated. */
export function place(directives: readonly Directive[], deadlines: readonly FoundDeadline[]): Directive[] {
  return directives.map((d) => {
    const from = firstFrom(deadlines, d.span[0]);
    const to = firstFrom(deadlines, d.span[1]);
    const mine = deadlines.slice(from, to).filter((x) => inside(x.span, d.span));
    const children = place(d.children, mine);
    const taken = new Set(children.flatMap(collect));
    return { ...d, deadlines: [...d.deadlines, ...mine.filter((x) => !taken.has(x))], children };
  });
}

/** Every deadline of a directive and its descendants. */
export function collect(d: Directive): Deadline[] {
  return [...d.deadlines, ...d.children.flatMap(collect)];
}
