// Directive ids (ANNOTATION.md): label paths as printed ("1", "II.3", "III.1.đ"), "s1, s2 …" for
// unnumbered directives, "T1, T2 …" for task-table rows, joined by dots; unique in the file; a
// child's id is its parent's plus one label. Numbering gaps are warnings: a printed list may
// legitimately skip (Điều 1 is an approval, "I. Mục tiêu" is descriptive, the print skips "f"),
// so a gap is reported only when the text holds no label for the missing item between its
// neighbours — that is, when the ids and the text disagree.
import { labelAt, romanValue } from '../structure/labels.js';
import type { Finding } from '../types.js';
import type { GoldRead } from './gold-file.js';
import { nodes, type Node } from './tree.js';

export type LabelKind = 'arabic' | 'roman' | 'lower' | 'upper' | 's' | 'T';

export interface Label {
  kind: LabelKind;
  /** The position in its series: 1 for "1", "I", "a", "s1", "T1". */
  rank: number;
  text: string;
}

// Vietnamese lists follow the Vietnamese alphabet (a b c d đ e g h i k …), Latin ones include
// f j w z; both orders are accepted, so a rank is the index in the union and "d → e" (no đ)
// or "e → g" (no f) is no gap.
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'];
const OPTIONAL_LETTERS = new Set(['đ', 'f', 'j', 'w', 'z']);
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}

/** One component of an id, or null when it is not a label of ANNOTATION.md. */
export function parseLabel(text: string): Label | null {
  if (/^\d{1,4}$/u.test(text)) return { kind: 'arabic', rank: Number(text), text };
  if (/^s\d{1,4}$/u.test(text)) return { kind: 's', rank: Number(text.slice(1)), text };
  if (/^T\d{1,4}$/u.test(text)) return { kind: 'T', rank: Number(text.slice(1)), text };
  if (text.length > 0 && ROMAN.test(text)) return { kind: 'roman', rank: romanValue(text), text };
  const lower = LETTERS.indexOf(text);
  if (lower !== -1) return { kind: 'lower', rank: lower + 1, text };
  const upper = LETTERS.indexOf(text.toLowerCase());
  if (upper !== -1 && text.length === 1) return { kind: 'upper', rank: upper + 1, text };
  return null;
}

/** The labels between two ranks that a list must not skip, as printed. */
function missingBetween(kind: LabelKind, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from + 1; r < to && out.length <= 20; r++) {
    if (kind === 'lower' || kind === 'upper') {
      const letter = LETTERS[r - 1]!;
      if (!OPTIONAL_LETTERS.has(letter)) out.push(kind === 'upper' ? letter.toUpperCase() : letter);
    } else if (kind === 'roman') out.push(toRoman(r));
    else out.push(kind === 'arabic' ? String(r) : `${kind}${r}`);
  }
  return out;
}

/**
 * Whether the text between two offsets holds a printed label `label` ("2.", "2)", "(2)",
 * "Điều 2", "b)", "II."), or, for a numbered sub-item, a bullet ("- ", "+ ", "• ") that ids number in order.
 */
export function textHasLabel(text: string, from: number, to: number, label: string, bulletsCount: boolean): boolean {
  const start = Math.max(0, from);
  const end = Math.max(0, to);
  // The one label grammar of the structure stage (src/structure/labels.ts), at every place a
  // label may begin: "2.", "2)", "(2)", "Điều 2", "b)", "II.", "II-".
  for (let at = start; at < end; at++) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
    const found = labelAt(text, at);
    if (!found) continue;
    if (found.value === label) return true;
    if (bulletsCount && (found.style === 'dash' || found.style === 'plus' || found.style === 'bullet')) return true;
  }
  return false;
}

const ID_SHAPE = 'labels such as 1, II, a, đ, s2 or T4, joined by dots (II.3.b)';

export function checkIds(read: GoldRead, text: string | null): Finding[] {
  if (!read.gold) return [];
  const findings: Finding[] = [];
  const add = (code: string, severity: Finding['severity'], message: string, pointer: string): void => {
    findings.push({ code, severity, message, file: read.file, ...read.place(pointer) });
  };
  const all = nodes(read.gold);
  const firstSeen = new Map<string, Node>();
  const labels = new Map<Node, Label[] | null>();

  for (const node of all) {
    const { id } = node.directive;
    const place = `${node.pointer}/id`;
    const previous = firstSeen.get(id);
    if (previous) {
      const at = read.place(`${previous.pointer}/id`);
      add('id-duplicate', 'error', `directive id ${JSON.stringify(id)} is used twice (first at line ${at.line})`, place);
    } else firstSeen.set(id, node);

    const parts = id.split('.').map(parseLabel);
    if (parts.some((p) => p === null)) {
      add('id-malformed', 'error', `directive id ${JSON.stringify(id)} is not a label path: expected ${ID_SHAPE}`, place);
      labels.set(node, null);
      continue;
    }
    labels.set(node, parts as Label[]);
    const parent = node.parent?.directive;
    if (parent && !(id.startsWith(`${parent.id}.`) && id.split('.').length === parent.id.split('.').length + 1)) {
      add('id-malformed', 'error', `directive id ${JSON.stringify(id)} is a child of ${JSON.stringify(parent.id)}: expected ${JSON.stringify(`${parent.id}.`)} and one label`, place);
    }
  }

  for (const gap of gaps(all, labels, text)) add('numbering-gap', 'warning', gap.message, `${gap.node.pointer}/id`);
  return findings;
}

interface Gap {
  node: Node;
  message: string;
}

/** Per list of siblings and per series (same prefix, same kind of last label), the ranks that are skipped. */
function gaps(all: Node[], labels: Map<Node, Label[] | null>, text: string | null): Gap[] {
  const out: Gap[] = [];
  const listOf = (node: Node, parts: Label[]): string => `${node.parent?.pointer ?? ''}\u0000${parts.slice(0, -1).map((p) => p.text).join('.')}`;
  // "A. B. C." is a list of letters, not A, B and the Roman hundred: where a list has capital
  // letters, its one-letter Roman numerals are letters too.
  const withCapitals = new Set<string>();
  for (const node of all) {
    const parts = labels.get(node);
    if (parts && parts.at(-1)!.kind === 'upper') withCapitals.add(listOf(node, parts));
  }
  const lastLabel = new Map<Node, Label>();
  const series = new Map<string, Node[]>();
  for (const node of all) {
    const parts = labels.get(node);
    if (!parts) continue;
    let last = parts.at(-1)!;
    const list = listOf(node, parts);
    if (last.kind === 'roman' && last.text.length === 1 && withCapitals.has(list)) {
      last = { kind: 'upper', rank: LETTERS.indexOf(last.text.toLowerCase()) + 1, text: last.text };
    }
    lastLabel.set(node, last);
    const key = `${list}\u0000${last.kind}`;
    series.set(key, [...(series.get(key) ?? []), node]);
  }
  for (const members of series.values()) {
    let previous: Node | null = null;
    for (const node of members) {
      const last = lastLabel.get(node)!;
      const before = previous ? lastLabel.get(previous)!.rank : 0;
      if (last.rank > before + 1) {
        const missing = missingBetween(last.kind, before, last.rank);
        const from = previous ? previous.directive.span[1] : node.parent ? node.parent.directive.span[0] : 0;
        const assigned = last.kind === 's' || last.kind === 'T'; // numbered by the annotator, not printed
        const printedInText = !assigned && text !== null && missing.every((m) => textHasLabel(text, from, node.directive.span[0], m, last.kind === 'arabic' && node.parent !== null));
        if (missing.length > 0 && !printedInText) {
          const where = previous ? `comes after ${JSON.stringify(previous.directive.id)}` : 'starts its list';
          const list = `${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}`;
          const why = last.kind === 's'
            ? 's ids number the unnumbered directives of a list in order'
            : last.kind === 'T'
              ? 'T ids number the rows of task tables in order'
              : `and the text has no label ${list} ${previous ? 'between them' : 'before it'}`;
          out.push({ node, message: `directive id ${JSON.stringify(node.directive.id)} ${where}: ${list} ${missing.length === 1 ? 'is' : 'are'} missing${assigned ? ` (${why})` : `, ${why}`}` });
        }
      }
      previous = node;
    }
  }
  return out;
}
