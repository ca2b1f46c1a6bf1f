// Cue phrases found in a stretch of folded text, and the ones that only belong to a body's name.
//
// "Bộ Tài nguyên và Môi trường", "Cục Biến đổi khí hậu", "Ban Chỉ đạo liên ngành hội nhập quốc
// tế về văn hóa, xã hội, khoa học, công nghệ và giáo dục, đào tạo": a body's name is full of cue
// words, yet it says who acts, not what the action is about (ANNOTATION.md, "Domains"). A cue that
// follows a body-name head ("bộ", "cục", "ban chỉ đạo" …), joined to it only by punctuation and
// connector words ("và", "liên ngành" …; "về" in a committee's name only), or follows another cue
// so joined, is part of the name and counts for nothing. Two cues side by side with only a space
// between them are one name when the second is capitalised as printed ("Viện Khoa học Khí tượng
// thủy văn"), not when it is the next words of the sentence ("Sở Công Thương thành lập Đoàn …").
// This is a walk over the hits in order: linear, no regex nesting.
import type { Span } from '../../types.js';
import { lexicon, type Entry, type Lexicon } from './lexicon.js';

export interface Hit {
  /** Offsets in the string searched. */
  start: number;
  end: number;
  key: string;
  entry: Entry;
  /** Part of a body's name (or masked by an actor mention): counts for nothing. */
  naming: boolean;
}

const MAX_GAP = 40;
// A gap token: letters and digits, or a sentence mark that ends every name.
const TOKEN = /[\p{L}\p{N}]+|[.;!?\n]/gu;
const SPACES = /^[ ]*$/u;
const UPPER = /^\p{Lu}/u;

/** Is the text between two parts of one name only punctuation and connector words? */
function joins(gap: string, connectors: ReadonlySet<string>, topic: ReadonlySet<string> | null): boolean {
  if (gap.length > MAX_GAP) return false;
  for (const m of gap.matchAll(TOKEN)) if (!connectors.has(m[0]) && !topic?.has(m[0])) return false;
  return true;
}

/**
 * Marks the hits that belong to a body's name (see the module comment), in place, and returns
 * them. `text` is the string as printed (for capitals), `folded` its folded copy.
 */
export function markNames(text: string, folded: string, hits: Hit[], lex: Lexicon = lexicon): Hit[] {
  let chainEnd = -1;
  let afterHead = false;
  let topic = false;
  // In place: the hits are the caller's own (findHits makes them), so no copy per name hit.
  for (const hit of hits) {
    const gap = chainEnd >= 0 ? folded.slice(chainEnd, hit.start) : '';
    const inChain: boolean = chainEnd >= 0 && joins(gap, lex.connectors, topic ? lex.topicConnectors : null) &&
      (afterHead || !SPACES.test(gap) || UPPER.test(text.charAt(hit.start)));
    if (hit.entry.kind === 'head' || inChain) {
      // "về" goes on joining a name only when a committee's head ("Ban Chỉ đạo …") opened it.
      if (hit.entry.kind === 'head') topic = hit.entry.topic === true || (inChain && topic);
      chainEnd = hit.end;
      afterHead = hit.entry.kind === 'head';
      hit.naming = true;
      continue;
    }
    chainEnd = -1;
  }
  return hits;
}

/**
 * Every lexicon phrase in `text` (searched in `folded`, its folded copy), longest first and
 * without overlap; hits inside `mask` (spans of this string: actor mentions, cited titles) count
 * for nothing.
 */
export function findHits(text: string, folded: string, mask: readonly Span[] = [], lex: Lexicon = lexicon): Hit[] {
  const hits: Hit[] = [];
  for (const { start, end, key } of lex.phrases.findAll(folded)) {
    const entry = lex.entries.get(key);
    if (!entry) continue;
    const masked = mask.some(([s, e]) => start < e && end > s);
    hits.push({ start, end, key, entry, naming: masked });
  }
  return markNames(text, folded, hits, lex);
}
