// Cue words at the end of a stretch ("… phối hợp với", "… giao"): the role rules (roles.ts) ask, for
// each chain, whether the ≤120 characters before it end in one of a list of words. As a pattern,
// `(?:words)[ \n]*$` has no anchor at its start, so V8 tries it at every position of the stretch —
// ~120 tries per chain, for each of a dozen lists (issue 19, point 5). An EndCue first looks at how
// the stretch ends, spaces and line breaks left out: every match ends in a word's last piece (what
// follows its last space, as the pattern spells it) followed only by `[ \n]*`, so when the
// stretch ends in none of these pieces there is no match; only otherwise is the pattern asked,
// for the same match.
import { WORD_START, alternation, fold } from '../../ingest/match.js';

/** The index of the last character of `s` that is neither a space nor a line break (-1 if none). */
export function lastSolid(s: string): number {
  let i = s.length - 1;
  while (i >= 0) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a) break;
    i--;
  }
  return i;
}

/** `${lead}(?:words)[ \n]*$` over folded text, asked only where the stretch's end allows a match. */
export class EndCue {
  readonly pattern: RegExp;
  /** The last piece of each word as the pattern spells it, by its last code unit. */
  private readonly ends = new Map<number, string[]>();

  constructor(words: readonly string[], lead: string = WORD_START) {
    this.pattern = new RegExp(`${lead}(?:${alternation(words)})[ \\n]*$`, 'u');
    // As alternation() spells each word: the words left after trimming, folded and trimmed again
    // (foldPattern). None folds to nothing (fold turns no other character into a space: tested for
    // every code unit), so every alternative ends in a piece of at least one character.
    for (const w of words.map((w) => w.normalize('NFC').trim()).filter(Boolean)) {
      const piece = fold(w).trim().split(/ +/u).pop()!;
      const last = piece.charCodeAt(piece.length - 1);
      const known = this.ends.get(last);
      if (!known) this.ends.set(last, [piece]);
      else if (!known.includes(piece)) known.push(piece);
    }
  }

  exec(s: string): RegExpExecArray | null {
    const end = lastSolid(s) + 1;
    const pieces = end > 0 ? this.ends.get(s.charCodeAt(end - 1)) : undefined;
    if (!pieces || !pieces.some((p) => p.length <= end && s.startsWith(p, end - p.length))) return null;
    return this.pattern.exec(s);
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}
