// The label grammar of administrative texts (Decree 30/2020/NĐ-CP, Appendix I): "Điều 3.", "II.",
// "2.", "2.1.", "(1)", "a)" ("đ)" included), "-", "+", "•". A label is only a candidate here; the
// segmenter checks candidates as sequences, so that "63 tỉnh", "ASEAN-4" or "năm 2016" never open
// an item.

export type LabelStyle = 'article' | 'roman' | 'arabic' | 'decimal' | 'paren' | 'letter' | 'dash' | 'plus' | 'bullet';

export interface Label {
  style: LabelStyle;
  /** As printed, without punctuation: "3", "II", "2.1", "đ"; dashes have "". */
  value: string;
  /** Ordinal for sequence checks: 3, 2, 1 (for "2.1": its last part), letters by alphabet. */
  ordinal: number;
  start: number;
  /** Where the item's own words begin (after the label and its spaces). */
  contentStart: number;
}

// Vietnamese list letters: the Latin alphabet with "đ" after "d" (no f, j, w, z in native words,
// but printed lists do skip or use them; keep them so a skip is visible).
const LETTERS = 'abcdđefghijklmnopqrstuvwxyz';
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIV" → 14 (subtractive pairs read left to right). */
export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

// Each pattern is sticky (`y`): it matches exactly at the position asked. No nested quantifiers.
const PATTERNS: Array<{ style: LabelStyle; re: RegExp }> = [
  { style: 'article', re: /Điều[ \u00A0]+(\d{1,3})[.:][ \u00A0\n]+/uy },
  // Party documents print "II- NHIỆM VỤ, GIẢI PHÁP", "1- Tăng cường …".
  { style: 'roman', re: /([IVXL]{1,6})(?:[.)]|[ \u00A0]?[-–](?=[ \u00A0]))[ \u00A0\n]+(?=[\p{Lu}\d“"(])/uy },
  { style: 'decimal', re: /(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?[ \u00A0]+(?=[\p{Lu}“"(])/uy },
  { style: 'arabic', re: /(\d{1,2})(?:[.)]|[-–](?=[ \u00A0]))[ \u00A0\n]+(?=[\p{Lu}“"(])/uy },
  { style: 'paren', re: /\((\d{1,2})\)[ \u00A0]+(?=\p{L})/uy },
  { style: 'letter', re: /([a-zđ])\)[ \u00A0]+(?=\p{L}|“|")/uy },
  { style: 'dash', re: /[-–—][ \u00A0]+(?=[\p{L}\d“"(])/uy },
  { style: 'plus', re: /\+[ \u00A0]+(?=[\p{L}\d“"(])/uy },
  { style: 'bullet', re: /[•●▪◦·*][ \u00A0]+(?=[\p{L}\d“"(])/uy },
];

/** The label starting exactly at `pos`, if any. */
export function labelAt(text: string, pos: number): Label | null {
  for (const { style, re } of PATTERNS) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const value = m[1] ?? '';
    if (style === 'roman' && !/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(value)) continue;
    const ordinal = ordinalOf(style, value);
    if (ordinal === 0 && style !== 'dash' && style !== 'plus' && style !== 'bullet') continue;
    return { style, value, ordinal, start: pos, contentStart: pos + m[0].length };
  }
  return null;
}

function ordinalOf(style: LabelStyle, value: string): number {
  switch (style) {
    case 'roman':
      return romanValue(value);
    case 'letter':
      return LETTERS.indexOf(value) + 1;
    case 'decimal':
      return Number(value.split('.').pop());
    case 'article':
    case 'arabic':
    case 'paren':
      return Number(value);
    default:
      return 0;
  }
}

/** The first label of a list of this style: 1, a, I (dashes always may start a list). */
export function isFirst(label: Label): boolean {
  return label.ordinal <= 1;
}

/** Marks after which a label may stand inside running text (flattened single-line documents). */
export const INLINE_LABEL_BEFORE = /[.:;!?…]["”]?[ \u00A0]+$/u;
