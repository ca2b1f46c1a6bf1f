// Sentences of a paragraph (ANNOTATION.md, "What is a directive" 3): a sentence ends at ".", "!"
// or "?" followed by a space and a new sentence, or at the end of its paragraph; ";" and "…" inside
// a paragraph do not end it. "./." (the closing mark of an official text) keeps its first ".".

export interface Sentence {
  start: number;
  end: number;
}

// A terminal mark, optional closing quotes/brackets, then space and something that can open a
// sentence (capital letter, digit, opening quote or bracket).
const BOUNDARY = /[.!?]["”’)]*(?=[ \u00A0\n]+["“‘(]?[\p{Lu}\d])/gu;

/** Trim spaces and the "/." of "./." from a range's end. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1]!)) e--;
  if (e - start >= 2 && text.slice(e - 2, e) === '/.' && text[e - 3] === '.') e -= 2;
  return e;
}

export function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /\s/u.test(text[s]!)) s++;
  return s;
}

export function sentences(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const stop = m.index + m[0].length;
    // "TP. Hồ Chí Minh", "Tp. Hà Nội": an abbreviation, not a sentence end.
    if (/(?:^|[^\p{L}])(?:TP|Tp|tp|Th\.S|TS|PGS|GS|ThS|Đ\/c|đ\/c)\.$/u.test(slice.slice(Math.max(0, stop - 6), stop))) continue;
    push(out, text, start + from, start + stop);
    from = stop;
  }
  push(out, text, start + from, end);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  const s = trimStart(text, start, end);
  const e = trimEnd(text, s, end);
  if (e > s) out.push({ start: s, end: e });
}
