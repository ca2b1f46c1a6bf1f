// Longest-first phrase lookup at a position of folded text, by a trie of words: what a regular
// expression alternation of thousands of phrases does, without compiling one. The gazetteer's
// alternation was 25,000 characters of pattern; V8 spent ~25 ms compiling it (twice, through its
// interpreter, on a short first subject) before it matched anything, which is most of a one-file
// run. A walk over a word trie costs nothing to build beyond the tables and is linear.
//
// The match is the one the equivalent pattern would find: at each node the longest word first,
// words joined by any run of spaces or line breaks, the whole ending at a word boundary
// (`WORD_END`), backtracking to a shorter word or an earlier phrase end when a longer path fails.
//
// Why it is fast (issue 19): the words of each level are a trie of characters, stored in typed
// arrays, so a step reads one code unit of the text and looks up one (node, code unit) pair in a
// hash table of integers — no substring of the text is made and no Map of strings is asked, where
// the first version sliced every prefix of the text's word and looked each up. It is exact because
// a word of a level exists in the character trie exactly when the word map held it: the prefixes
// of the text's word found there, longest first, are the candidate words the old walk tried.
import { fold, wordCharAt } from './match.js';
import { wordUnit } from './word-list.js';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const isGap = (c: number): boolean => c === SPACE || c === NEWLINE;

// A letter or digit at a position: by the kernel's table over the Basic Plane (the trie asks it at
// every word end and findAll at every character); surrogates go to `wordCharAt`, which reads the
// whole code point.
function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdfff ? wordCharAt(text, i) : wordUnit(c);
}

/** Code units of the code point at `i` (2 for a surrogate pair), as a `u` pattern steps. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

export interface PhraseMatch {
  end: number;
  key: string;
}

/**
 * The tables. A *word node* is a path of whole words from the root (the root is word node 0); the
 * words that may follow it are a trie of characters rooted at `follow[w]` (-1: none follow). A
 * *character node* is a path of characters within one word; `ends[c]` is the word node reached
 * when a word ends there (-1: no word of the level is spelt so). Edges (character node, code unit)
 * → character node live in one open-addressing hash table.
 */
class Tables {
  follow: number[] = [];
  keys: Array<string | undefined> = [];
  ends: number[] = [];
  private edges = new Map<number, Map<number, number>>();

  wordNode(): number {
    this.follow.push(-1);
    this.keys.push(undefined);
    return this.follow.length - 1;
  }

  charNode(): number {
    this.ends.push(-1);
    return this.ends.length - 1;
  }

  /** The word node after word `w` and then `word`, made if new. */
  add(w: number, word: string): number {
    let c = this.follow[w]!;
    if (c < 0) this.follow[w] = c = this.charNode();
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let out = this.edges.get(c);
      if (!out) this.edges.set(c, (out = new Map()));
      let next = out.get(code);
      if (next === undefined) out.set(code, (next = this.charNode()));
      c = next;
    }
    let end = this.ends[c]!;
    if (end < 0) this.ends[c] = end = this.wordNode();
    return end;
  }

  /** The edges as a hash table: slot → from, code, to (from = -1: empty). */
  compile(): { from: Int32Array; code: Uint16Array; to: Int32Array; mask: number } {
    let count = 0;
    for (const out of this.edges.values()) count += out.size;
    let size = 16;
    while (size < count * 2) size *= 2;
    const from = new Int32Array(size).fill(-1);
    const code = new Uint16Array(size);
    const to = new Int32Array(size);
    const mask = size - 1;
    for (const [c, out] of this.edges) {
      for (const [k, n] of out) {
        let slot = slotOf(c, k, mask);
        while (from[slot] !== -1) slot = (slot + 1) & mask;
        from[slot] = c;
        code[slot] = k;
        to[slot] = n;
      }
    }
    return { from, code, to, mask };
  }
}

const slotOf = (node: number, code: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;

export class PhraseTrie {
  // The tables (see `Tables`), frozen into typed arrays.
  private readonly follow: Int32Array;
  private readonly keys: Array<string | undefined>;
  private readonly ends: Int32Array;
  private readonly from: Int32Array;
  private readonly code: Uint16Array;
  private readonly to: Int32Array;
  private readonly mask: number;
  /** The candidate word ends of the walks in progress, a stack shared by the nested walks: [end, word node] pairs. */
  private stack = new Int32Array(64);
  private top = 0;
  /** The key of the last phrase `walk` found. */
  private found = '';

  /** Phrases in any case and tone placement; they are folded here, unless `folded` says they are keys already (nameKey). */
  constructor(phrases: Iterable<string>, options: { folded?: boolean } = {}) {
    const t = new Tables();
    t.wordNode();
    for (const phrase of phrases) {
      const words = (options.folded ? phrase : fold(phrase.normalize('NFC')).trim()).split(/\s+/u).filter(Boolean);
      if (words.length === 0) continue;
      let w = 0;
      for (const word of words) w = t.add(w, word);
      t.keys[w] = words.join(' ');
    }
    this.follow = Int32Array.from(t.follow);
    this.keys = t.keys;
    this.ends = Int32Array.from(t.ends);
    ({ from: this.from, code: this.code, to: this.to, mask: this.mask } = t.compile());
  }

  /** The phrase that starts at `at` of folded `text`, or null. */
  matchAt(text: string, at: number): PhraseMatch | null {
    const end = this.walk(0, text, at);
    return end < 0 ? null : { end, key: this.found };
  }

  /**
   * Every phrase of `text`, leftmost-longest and without overlap, each at a word start: the
   * matches of the equivalent global pattern `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`, for
   * phrases that open with a letter or digit (the constructor's callers check theirs). The word
   * starts are those of `[\p{L}\p{N}]+` run globally, stepped over by code point as it steps.
   */
  findAll(text: string): Array<PhraseMatch & { start: number }> {
    const out: Array<PhraseMatch & { start: number }> = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!wordChar(text, i)) {
        i += width(text, i);
        continue;
      }
      const end = this.walk(0, text, i);
      if (end >= 0) {
        out.push({ start: i, end, key: this.found });
        // Go on from the end of the match (a word end), as a global pattern does.
        i = end;
        continue;
      }
      while (i < n && wordChar(text, i)) i += width(text, i);
    }
    return out;
  }

  /** The child of character node `c` by code unit `k`, or -1. */
  private child(c: number, k: number): number {
    const { from, code, mask } = this;
    for (let slot = slotOf(c, k, mask); from[slot] !== -1; slot = (slot + 1) & mask) {
      if (from[slot] === c && code[slot] === k) return this.to[slot]!;
    }
    return -1;
  }

  /** The end of the longest phrase that goes on from word node `w` at `at`, or -1 (its key in `found`). */
  private walk(w: number, text: string, at: number): number {
    // The words of this level that the text's run at `at` begins with, shortest first.
    const base = this.top;
    for (let c = this.follow[w]!, pos = at; c >= 0 && pos < text.length; ) {
      c = this.child(c, text.charCodeAt(pos++));
      if (c >= 0 && this.ends[c]! >= 0) this.push(pos, this.ends[c]!);
    }
    // Longest first, as the alternation tries them.
    for (let k = this.top - 2; k >= base; k -= 2) {
      const end = this.stack[k]!;
      const word = this.stack[k + 1]!;
      // A word ends at a gap, the text's end, or inside the run before a non-letter ("bộ," of "bộ,ngành").
      const runEnd = end >= text.length || isGap(text.charCodeAt(end));
      if (!runEnd && wordChar(text, end)) continue;
      if (runEnd && this.follow[word]! >= 0) {
        let next = end;
        while (next < text.length && isGap(text.charCodeAt(next))) next++;
        if (next > end && next < text.length) {
          this.top = k; // the nested walk may reuse the stack above the ends still to try
          const longer = this.walk(word, text, next);
          if (longer >= 0) {
            this.top = base;
            return longer;
          }
        }
      }
      if (this.keys[word] !== undefined) {
        this.top = base;
        this.found = this.keys[word]!;
        return end;
      }
    }
    this.top = base;
    return -1;
  }

  private push(end: number, word: number): void {
    if (this.top + 2 > this.stack.length) {
      const grown = new Int32Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[this.top++] = end;
    this.stack[this.top++] = word;
  }
}
