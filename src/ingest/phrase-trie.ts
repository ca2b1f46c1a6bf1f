// Longest-first phrase lookup at a position of folded text, by a trie of words: what a regular
// expression alternation of thousands of phrases does, without compiling one. The gazetteer's
// alternation was 25,000 characters of pattern; V8 spent ~25 ms compiling it (twice, through its
// interpreter, on a short first subject) before it matched anything, which is most of a one-file
// run. A walk over a word trie costs nothing to build beyond the map and is linear: each step
// looks up a word of the text in the current node's children.
//
// The match is the one the equivalent pattern would find: at each node the longest word first,
// words joined by any run of spaces or line breaks, the whole ending at a word boundary
// (`WORD_END`), backtracking to a shorter word or an earlier phrase end when a longer path fails.
import { fold, wordCharAt, WORD_RUN } from './match.js';

interface Node {
  /** The phrase that ends here, as its words joined by one space (the nameKey of the phrase). */
  key?: string;
  next: Map<string, Node>;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const isGap = (c: number): boolean => c === SPACE || c === NEWLINE;

export interface PhraseMatch {
  end: number;
  key: string;
}

export class PhraseTrie {
  private readonly root: Node = { next: new Map() };
  /** The longest word: no run of the text is read further (a 10 MB line has one run). */
  private longest = 0;

  /** Phrases in any case and tone placement; they are folded here, unless `folded` says they are keys already (nameKey). */
  constructor(phrases: Iterable<string>, options: { folded?: boolean } = {}) {
    for (const phrase of phrases) {
      const words = (options.folded ? phrase : fold(phrase.normalize('NFC')).trim()).split(/\s+/u).filter(Boolean);
      if (words.length === 0) continue;
      let node = this.root;
      for (const word of words) {
        if (word.length > this.longest) this.longest = word.length;
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map() }));
        node = child;
      }
      node.key = words.join(' ');
    }
  }

  /** The phrase that starts at `at` of folded `text`, or null. */
  matchAt(text: string, at: number): PhraseMatch | null {
    return this.walk(this.root, text, at);
  }

  /**
   * Every phrase of `text`, leftmost-longest and without overlap, each at a word start: the
   * matches of the equivalent global pattern `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`, for
   * phrases that open with a letter or digit (the constructor's callers check theirs).
   */
  findAll(text: string): Array<PhraseMatch & { start: number }> {
    const out: Array<PhraseMatch & { start: number }> = [];
    const word = new RegExp(WORD_RUN);
    for (let w = word.exec(text); w; w = word.exec(text)) {
      const m = this.walk(this.root, text, w.index);
      if (!m) continue;
      out.push({ start: w.index, ...m });
      // Go on from the end of the match (a word end), as a global pattern does.
      word.lastIndex = m.end;
    }
    return out;
  }

  private walk(node: Node, text: string, at: number): PhraseMatch | null {
    // The run of non-gap characters at `at`: a word of the trie is a prefix of it. A run longer
    // than the longest word is read only that far (it can hold a phrase end, not a continuation).
    const limit = Math.min(text.length, at + this.longest + 1);
    let run = at;
    while (run < limit && !isGap(text.charCodeAt(run))) run++;
    if (run === limit && limit < text.length && !isGap(text.charCodeAt(limit))) run = -1;
    for (let end = Math.min(run < 0 ? limit : run, at + this.longest); end > at; end--) {
      // Below the whole run only a phrase end can match, and only before a non-letter.
      if (end !== run && wordCharAt(text, end)) continue;
      const child = node.next.get(text.slice(at, end));
      if (!child) continue;
      if (end === run && child.next.size > 0) {
        let next = end;
        while (next < text.length && isGap(text.charCodeAt(next))) next++;
        if (next > end && next < text.length) {
          const longer = this.walk(child, text, next);
          if (longer) return longer;
        }
      }
      if (child.key !== undefined && (end >= text.length || !wordCharAt(text, end))) return { end, key: child.key };
    }
    return null;
  }
}
