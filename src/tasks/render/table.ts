// The register as an aligned table for a terminal: a few columns, the long ones (task, bodies,
// deadline) wrapped at word boundaries to fit the width, the status coloured when colour is on.
// Widths count code points: on NFC Vietnamese text every letter is one.
import type { Labels } from '../../render/labels.js';
import type { Group } from '../order.js';
import type { TaskRow } from '../register.js';
import type { Status } from '../status.js';
import { column, READING_COLUMNS, type ViewRow } from './columns.js';

export interface TableStyle {
  status: (status: Status, s: string) => string;
  bold: (s: string) => string;
}

export const PLAIN_TABLE: TableStyle = { status: (_, s) => s, bold: (s) => s };

/** Column, its widest allowed width, and whether it takes what width is left. */
const LAYOUT: ReadonlyArray<[string, number, boolean?]> = [
  ['status', 11], ['due', 10], ['document', 16], ['directive', 8], ['gist', 200, true], ['lead', 20], ['assignee', 20], ['deadline', 20],
];
const GAP = '  ';
const MIN_FLEX = 40;
const SHRINKABLE = ['deadline', 'assignee', 'lead', 'document'];
const SHRINK_TO = 12;

const len = (s: string): number => [...s].length;

/** Lines of at most `width` code points, broken at spaces (a longer word is cut). */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/u).filter(Boolean)) {
    let w = word;
    while (len(w) > width) {
      if (line) lines.push(line);
      line = '';
      const cps = [...w];
      lines.push(cps.slice(0, width).join(''));
      w = cps.slice(width).join('');
    }
    if (!w) continue;
    if (!line) line = w;
    else if (len(line) + 1 + len(w) <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - len(s)));

export function renderTable(groups: readonly Group[] | null, views: Map<TaskRow, ViewRow>, L: Labels, width: number, style: TableStyle): string {
  const all = groups ? groups.flatMap((g) => g.rows) : [...views.keys()];
  const cols = LAYOUT.map(([name, max, flex]) => ({ col: column(READING_COLUMNS, name), max, flex: flex === true }));
  const cells = new Map(all.map((r) => [r, cols.map((c) => c.col.value(views.get(r)!, L))]));
  // Each column as wide as its widest cell or header, up to its cap; the task column takes the rest.
  const widths = cols.map((c, i) => Math.max(len(L.t(c.col.label)), Math.min(c.max, [...cells.values()].reduce((w, cs) => Math.max(w, len(cs[i]!)), 0))));
  const flex = cols.findIndex((c) => c.flex);
  const fixed = widths.reduce((a, w, i) => (i === flex ? a : a + w), 0) + GAP.length * (cols.length - 1);
  // On a narrow terminal the wrapped columns give up width (down to SHRINK_TO) before the task does.
  let deficit = MIN_FLEX - (width - fixed);
  for (const name of SHRINKABLE) {
    const i = cols.findIndex((c) => c.col.name === name);
    const give = Math.max(0, Math.min(deficit, widths[i]! - SHRINK_TO));
    widths[i]! -= give;
    deficit -= give;
  }
  const rest = width - widths.reduce((a, w, i) => (i === flex ? a : a + w), 0) - GAP.length * (cols.length - 1);
  widths[flex] = Math.min(widths[flex]!, Math.max(MIN_FLEX, rest));
  const line = (values: string[], status?: Status): string[] => {
    const wrapped = values.map((v, i) => wrap(v, widths[i]!));
    const height = wrapped.reduce((n, w) => Math.max(n, w.length), 1);
    return Array.from({ length: height }, (_, k) =>
      wrapped.map((w, i) => {
        const text = pad(w[k] ?? '', i === wrapped.length - 1 ? 0 : widths[i]!);
        return i === 0 && status ? style.status(status, text) : text;
      }).join(GAP).trimEnd());
  };
  const out: string[] = [];
  const header = line(cols.map((c) => L.t(c.col.label))).map(style.bold);
  const body = (rows: readonly TaskRow[]): void => {
    out.push(...header);
    const blocks = rows.map((r) => line(cells.get(r)!, views.get(r)!.status));
    // Rows that wrap are told apart by a blank line between them.
    const spaced = blocks.some((b) => b.length > 1);
    blocks.forEach((b, i) => out.push(...(spaced && i > 0 ? ['', ...b] : b)));
  };
  if (!groups) body(all);
  else {
    groups.forEach((g, i) => {
      if (i > 0) out.push('');
      out.push(style.bold(`${g.key} (${L.count(g.rows.length, 'count.task')})`));
      body(g.rows);
    });
  }
  if (all.length === 0) out.push(L.t('none.tasks'));
  return out.join('\n') + '\n';
}
