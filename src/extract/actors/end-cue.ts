// Cue words at the end of a stretch ("… phối hợp với", "… giao"): the role rules (roles.ts) ask, for
// each chain, whether the ≤120 characters before it end in one of a list of words. As a pattern,
// `(?:words)[ \n]*$` has no anchor at its start, so V8 tries it at every position of the stretch —
// ~120 tries per chain, for each of a dozen lists (issue 19, point 5). An EndCue first looks at the
// stretch's last character other than a space or line break: every match ends in a word's last
// character followed only by `[ \n]*`, so when that character ends none of the words there is no
// match, and only then is the pattern asked, for the same match.
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

/** `${lead}(?:words)[ \n]*$` over folded text, asked only where the last character allows a match. */
export class EndCue {
  readonly pattern: RegExp;
  /** The last code unit of each word as the pattern spells it. */
  private readonly last: Set<number>;

  constructor(words: readonly string[], lead: string = WORD_START) {
    this.pattern = new RegExp(`${lead}(?:${alternation(words)})[ \\n]*$`, 'u');
    // As alternation() spells each word: the words left after trimming, folded and trimmed again
    // (foldPattern). None folds to nothing (fold turns no other character into a space: tested for
    // every code unit), so every alternative ends in a character.
    const spelt = words.map((w) => w.normalize('NFC').trim()).filter(Boolean).map((w) => fold(w).trim());
    this.last = new Set(spelt.map((w) => w.charCodeAt(w.length - 1)));
  }

  exec(s: string): RegExpExecArray | null {
    const i = lastSolid(s);
    if (i < 0 || !this.last.has(s.charCodeAt(i))) return null;
    return this.pattern.exec(s);
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}
