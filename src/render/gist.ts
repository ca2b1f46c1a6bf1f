// A one-line gist of a directive for the summary: its own words without the label ("1.", "a)",
// "Điều 2.", "-"), a task-table row's task cell, a parent's lead-in (its text before its first
// child); cut after the first sentence when that is long enough, and at a word boundary.
import { labelAt } from '../structure/labels.js';
import type { Directive } from '../types.js';
import { oneLine } from './mdast.js';

const MAX = 160;
const MIN_SENTENCE = 40;

function ownText(d: Directive): string {
  const task = d.cells?.find((c) => c.column === 'task');
  if (task) return task.text;
  const first = d.children[0];
  return first ? d.text.slice(0, first.span[0] - d.span[0]) : d.text;
}

function withoutLabel(s: string): string {
  const start = s.length - s.trimStart().length;
  const label = labelAt(s, start);
  return label ? s.slice(label.contentStart) : s;
}

/** At most `max` characters, cut after a sentence or at a space, "…" when cut. */
export function shorten(s: string, max = MAX): string {
  const line = oneLine(s);
  const sentence = /[.!?…](?=\s)/gu;
  for (let m = sentence.exec(line); m; m = sentence.exec(line)) {
    if (m.index + 1 >= MIN_SENTENCE && m.index < max) return line.slice(0, m.index + 1);
    if (m.index >= max) break;
  }
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max - 1);
  return `${line.slice(0, cut > MIN_SENTENCE ? cut : max - 1).replace(/[\s,;:]+$/u, '')}…`;
}

export function gist(d: Directive): string {
  return shorten(withoutLabel(ownText(d))) || oneLine(d.text).slice(0, MAX);
}
