// Word-level diff of two wordings (Myers' O(ND) algorithm over folded words), as runs of equal,
// deleted and inserted text. Small edits to long directives cost little: D is the edit count.
import { words, type Word } from './tokens.js';

export type WordOpKind = 'equal' | 'delete' | 'insert';

export interface WordOp {
  op: WordOpKind;
  /** The words with the spaces written before them (the first run has none). */
  text: string;
}

type Step = { op: WordOpKind; a: number; b: number };

/** Shortest edit script turning `a` into `b` (equal, delete a[i], insert b[j]), in order. */
export function editScript(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // rounds[d][k + d] = the furthest x on diagonal k after d edits (kept for the walk back).
  const rounds: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
    }
    rounds.push(v.slice(offset - d, offset + d + 1));
  }
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = rounds[d - 1]!;
    const at = (k: number): number => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = down ? prevY + 1 : prevY;
    while (x > startX && y > startY) steps.push({ op: 'equal', a: --x, b: --y });
    if (down) steps.push({ op: 'insert', a: x, b: --y });
    else steps.push({ op: 'delete', a: --x, b: y });
  }
  while (x > 0 && y > 0) steps.push({ op: 'equal', a: --x, b: --y });
  return steps.reverse();
}

/** Within each run of edits, deletions first, then insertions: "[-2016-]{+2017+}", not interleaved. */
function groupEdits(steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  let deletes: Step[] = [];
  let inserts: Step[] = [];
  const flush = (): void => {
    out.push(...deletes, ...inserts);
    deletes = [];
    inserts = [];
  };
  for (const s of steps) {
    if (s.op === 'equal') {
      flush();
      out.push(s);
    } else (s.op === 'delete' ? deletes : inserts).push(s);
  }
  flush();
  return out;
}

/** Word diff of two wordings; equal runs are printed as the new wording writes them. */
export function wordDiff(oldText: string, newText: string): WordOp[] {
  const a = words(oldText);
  const b = words(newText);
  const steps = groupEdits(editScript(a.map((w) => w.key), b.map((w) => w.key)));
  const out: WordOp[] = [];
  steps.forEach((s, i) => {
    const w: Word = s.op === 'delete' ? a[s.a]! : b[s.b]!;
    const text = (i === 0 ? '' : w.lead) + w.text;
    const last = out[out.length - 1];
    if (last && last.op === s.op) last.text += text;
    else out.push({ op: s.op, text });
  });
  return out;
}

/** True when two wordings have the same folded words (case, tone placement and spacing aside). */
export function sameWords(oldText: string, newText: string): boolean {
  const a = words(oldText);
  const b = words(newText);
  return a.length === b.length && a.every((w, i) => w.key === b[i]!.key);
}
