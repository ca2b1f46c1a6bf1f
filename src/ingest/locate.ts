// Offsets to 1-based line and column (for findings and warnings of every stage). Line starts are found once per file, then each position is
// a binary search, so a file with many findings is not rescanned for each one.

export interface Place {
  line: number;
  column: number;
}

export type Locate = (offset: number) => Place;

export function locator(text: string): Locate {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}

/**
 * A locator built on its first call: one per document, shared by every piece of it that may
 * report a place (the deadline stage reads each task-table cell apart; few of them ever warn).
 */
export function lazyLocator(text: string): Locate {
  let locate: Locate | null = null;
  return (offset) => (locate ??= locator(text))(offset);
}
