// Checks of a gold file's directives against its text (ANNOTATION.md): spans in range and equal to
// their `text`, children inside their parents, siblings in order and apart, no empty text. Span
// problems are placed in the text file (where the reader must look to fix them); an empty `text`
// is placed in the gold file.
import type { Finding } from '../types.js';
import type { GoldRead } from './gold-file.js';
import { locator } from '../ingest/locate.js';
import { nodes, type Node } from './tree.js';

const inRange = ([start, end]: readonly [number, number], length: number): boolean => start <= end && end <= length;

/** A character as a reader can tell it apart: visible ones quoted, invisible ones by code point. */
function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end';
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `${JSON.stringify(ch)} (${hex})` : hex;
}

function excerpt(s: string, from: number): string {
  const part = s.slice(from, from + 30);
  return JSON.stringify(from + 30 < s.length ? `${part}…` : part);
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function checkSpans(read: GoldRead, text: string, textFile: string): Finding[] {
  if (!read.gold) return [];
  const findings: Finding[] = [];
  const locate = locator(text);
  const inText = (code: string, message: string, offset: number): void => {
    findings.push({ code, severity: 'error', message, file: textFile, ...locate(offset) });
  };
  const all = nodes(read.gold);

  for (const { directive: d, pointer } of all) {
    const [start, end] = d.span;
    if (d.text.trim() === '') {
      findings.push({ code: 'text-empty', severity: 'error', message: `directive ${d.id}: the text is empty`, file: read.file, ...read.place(`${pointer}/text`) });
    }
    if (!inRange(d.span, text.length)) {
      const why = start > end ? 'starts after it ends' : `ends after the end of the text (length ${text.length})`;
      inText('span-range', `directive ${d.id}: span [${start}, ${end}] ${why}`, Math.min(start, end, text.length));
      continue;
    }
    const actual = text.slice(start, end);
    if (actual !== d.text) {
      const i = firstDifference(actual, d.text);
      inText(
        'span-text',
        `directive ${d.id}: text differs from span [${start}, ${end}] at character ${i}: ` +
          `the text file has ${describeChar(actual[i])} in ${excerpt(actual, i)}, the gold has ${describeChar(d.text[i])} in ${excerpt(d.text, i)}`,
        start + i,
      );
    }
  }

  for (const node of all) checkPlacement(node, text.length, inText);
  return findings;
}

/** A child inside its parent; a directive after its previous sibling and not overlapping it. */
function checkPlacement(node: Node, length: number, inText: (code: string, message: string, offset: number) => void): void {
  const d = node.directive;
  if (!inRange(d.span, length)) return;
  const [start, end] = d.span;
  const parent = node.parent?.directive;
  if (parent && inRange(parent.span, length) && (start < parent.span[0] || end > parent.span[1])) {
    inText('child-outside-parent', `directive ${d.id}: span [${start}, ${end}] is not inside its parent ${parent.id} [${parent.span[0]}, ${parent.span[1]}]`, start);
  }
  const previous = node.index > 0 ? node.siblings[node.index - 1]! : null;
  if (!previous || !inRange(previous.span, length)) return;
  const [pStart, pEnd] = previous.span;
  if (start < pStart) {
    inText('sibling-order', `directive ${d.id}: span [${start}, ${end}] starts before its previous sibling ${previous.id} [${pStart}, ${pEnd}]`, start);
  } else if (start < pEnd) {
    inText('sibling-overlap', `directive ${d.id}: span [${start}, ${end}] overlaps its previous sibling ${previous.id} [${pStart}, ${pEnd}] by ${Math.min(end, pEnd) - start} characters`, start);
  }
}
