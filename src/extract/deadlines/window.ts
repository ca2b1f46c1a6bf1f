// Windows (issue 19, point 4): each parser's pattern scans only the stretches of the text that hold
// its need (gate.ts), not the whole text. The text is cut at separators — characters that no
// pattern of the reader takes into a match nor tests for (brackets, ";", "|", quotes, "!", "?",
// "*", and a "." before a space: the dot of "8.9.2023" has a digit after it) — into stretches of a
// clause or less; the stretches that hold the need, joined by ";", make a short copy, and the
// pattern runs on it.
//
// Why the matches are the same: no match and no lookaround crosses a separator, so every match
// lies in one stretch and holds the need there, and a stretch without it holds no match. At a
// stretch's edge a pattern sees a separator in the text and ";" or the copy's start or end in the
// copy, and every pattern reads these alike: a word boundary (WORD_START, WORD_END, `\b`) holds at
// all of them; chrono's edge groups `(\W|^)`, `([^\d]|^)` and `(\W|$)` take the separator or ";"
// (one character either way) or nothing, and its parsers read only the group's length; no
// lookahead of ours accepts a separator, and the only lookbehind that could ((?<![/.-]) of
// bare-year.ts, after a "." separator) stands before a digit, never before the space that follows
// that dot. chrono calls `exec` on the text after the place it has reached (Chrono.executeParser);
// WindowedPattern finds the first match after that place in the copy and returns it with its
// index and text in the whole text, so chrono, the parsers' `extract` and the refiners see the
// whole text as before.

import { firstNotBefore } from '../../ingest/spans.js';

/** Where no pattern of the reader matches across: see above. */
const SEPARATOR = /[()[\];|"“”!?*]|\.(?=\s)/gu;
/** What joins two stretches in the copy: a separator itself. */
const JOIN = ';';

/** The stretches of one text that hold one need, and their copy. */
export interface View {
  /** The stretches joined by JOIN. */
  copy: string;
  /** Each stretch's start and end in the text, and its start in the copy. */
  from: number[];
  to: number[];
  at: number[];
}

/** The index of the first of `sorted` that is ≥ `x` (its length when none is). */
function firstAtLeast(sorted: readonly number[], x: number): number {
  return firstNotBefore(sorted.length, (i) => sorted[i]! < x);
}

/** The stretches of one text, and the view of each need asked for (one reading: nothing outlives it). */
export class Windows {
  /**
   * Every stretch, with the text standing for its copy (a stretch's place in the copy is its place
   * in the text): a need holds no separator, so it matches alike in the text and in a copy.
   */
  private readonly all: View;
  /** The views asked for, by need and by what it was looked for within. */
  private readonly views = new Map<RegExp, Map<RegExp | undefined, View>>();

  constructor(readonly text: string) {
    const from = [0];
    const to: number[] = [];
    for (const m of text.matchAll(SEPARATOR)) {
      to.push(m.index);
      from.push(m.index + 1);
    }
    to.push(text.length);
    this.all = { copy: text, from, to, at: from };
  }

  /**
   * The stretches of the text that hold `need` (neither global nor sticky; no separator in any of
   * its matches). `within`: another need that every match of the parser holds as well ("quý", a
   * quarter's need, is a unit word): `need` is looked for only in the stretches that hold it, a
   * shorter copy to scan.
   */
  view(need: RegExp, within?: RegExp): View {
    let byWithin = this.views.get(need);
    if (!byWithin) this.views.set(need, (byWithin = new Map()));
    let view = byWithin.get(within);
    if (view) return view;
    const parent = within ? this.view(within) : this.all;
    const scan = new RegExp(need.source, `${need.flags}g`);
    const parts: string[] = [];
    view = { copy: '', from: [], to: [], at: [] };
    let at = 0;
    for (let m = scan.exec(parent.copy); m; m = scan.exec(parent.copy)) {
      // The parent's stretch holding the match.
      const j = firstAtLeast(parent.at, m.index + 1) - 1;
      const from = parent.from[j]!;
      const to = parent.to[j]!;
      view.from.push(from);
      view.to.push(to);
      view.at.push(at);
      parts.push(this.text.slice(from, to));
      at += to - from + JOIN.length;
      // One match is enough: go on from the next stretch.
      scan.lastIndex = parent.at[j]! + to - from;
    }
    view.copy = parts.join(JOIN);
    byWithin.set(within, view);
    return view;
  }
}

/**
 * `inner` run on a view's copy: `exec(rest)`, where `rest` is the text from some place on (as
 * chrono passes it), returns the match `inner.exec(rest)` would, with its index in `rest` and its
 * text from the text. It has only `exec`, all that chrono's executeParser calls on a pattern.
 */
export class WindowedPattern {
  constructor(private readonly inner: RegExp, private readonly text: string, private readonly view: View) {}

  exec(rest: string): RegExpExecArray | null {
    const { text, view } = this;
    const { from, to, at, copy } = view;
    const p = text.length - rest.length;
    // The first stretch that ends at or after p; before it, nothing can match.
    const k = firstAtLeast(to, p);
    if (k === to.length) return null;
    // Inside (or at the end of) stretch k; else from the join before it, which stands for the
    // separator before the stretch (the copy's start for the first).
    const q = p >= from[k]! ? at[k]! + p - from[k]! : Math.max(0, at[k]! - JOIN.length);
    const m = this.inner.exec(q === 0 ? copy : copy.slice(q));
    if (!m) return null;
    const i = q + m.index;
    // The stretch the match starts in, or the join before the next one (then it starts on the separator before that stretch).
    const j = firstAtLeast(at, i + 1) - 1;
    const start = i < at[j]! + to[j]! - from[j]! ? from[j]! + i - at[j]! : from[j + 1]! - 1;
    m.index = start - p;
    m[0] = text.slice(start, start + m[0].length);
    m.input = rest;
    return m;
  }
}
