// The kernel's span searches (src/ingest/spans.ts): one binary search, exact indices.
import { describe, expect, it } from 'vitest';
import { firstNotBefore, lastStartingBefore } from '../src/ingest/spans.js';
import type { Span } from '../src/types.js';

describe('firstNotBefore', () => {
  const sorted = [2, 5, 5, 9];
  it.each([
    // [x, first index whose value is ≥ x]
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 3],
    [9, 3],
    [10, 4],
  ])('first of [2, 5, 5, 9] at or after %i is %i', (x, index) => {
    expect(firstNotBefore(sorted.length, (i) => sorted[i]! < x)).toBe(index);
  });
  it('an empty array: 0', () => expect(firstNotBefore(0, () => true)).toBe(0));
  it('agrees with a scan on every value of a long sorted array', () => {
    const values = Array.from({ length: 200 }, (_, i) => Math.floor(i / 3) * 2);
    for (let x = -1; x <= 140; x++) {
      const scan = values.findIndex((v) => v >= x);
      expect(firstNotBefore(values.length, (i) => values[i]! < x)).toBe(scan < 0 ? values.length : scan);
    }
  });
});

describe('lastStartingBefore', () => {
  const spans: Span[] = [[0, 4], [10, 12], [10, 20], [30, 31]];
  it.each([
    [-1, -1],
    [0, 0],
    [9, 0],
    [10, 2],
    [29, 2],
    [30, 3],
    [99, 3],
  ])('at %i → span %i', (at, index) => expect(lastStartingBefore(spans, at)).toBe(index));
});
