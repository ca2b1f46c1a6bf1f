// `--format text`: a diff to read in a terminal, like `git diff --word-diff`. Colours come from the
// caller (the CLI decides whether standard output is a terminal); without them, deletions and
// insertions are marked [-…-] and {+…+} so that a piped diff still shows them.
import type { DiffResult, Entry, GroupedDiff } from '../types.js';
import { excerpt, fieldLines, manyNew, manyOld, percent, points, refName, sideLine, signed, withContext } from './common.js';

export interface Style {
  /** True when the functions below colour: word changes are then shown by colour alone. */
  colour: boolean;
  removed: (s: string) => string;
  added: (s: string) => string;
  changed: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const id = (s: string): string => s;
export const PLAIN: Style = { colour: false, removed: id, added: id, changed: id, dim: id, bold: id };

const MARK = { unchanged: '=', changed: '~', added: '+', removed: '-' } as const;

function entryLine(e: Entry, d: DiffResult, style: Style): string {
  const o = refName(e.old, manyOld(d));
  const n = refName(e.new, manyNew(d));
  const ids = e.old && e.new ? `${o} → ${n}` : e.old ? `${o} (removed)` : `${n} (added)`;
  const score = e.score === null ? '' : ` (${e.score.toFixed(3)})`;
  const head = `${MARK[e.class]} ${ids}${score}  `;
  const other = e.old ? manyNew(d) : manyOld(d);
  const near = e.nearest ? style.dim(`  [nearest ${refName(e.nearest, other)} at ${e.nearest.score.toFixed(3)}]`) : '';
  switch (e.class) {
    case 'unchanged':
      return style.dim(head + excerpt(e.new));
    case 'changed':
      return style.changed(head) + excerpt(e.new);
    case 'added':
      return style.added(head + excerpt(e.new)) + near;
    case 'removed':
      return style.removed(head + excerpt(e.old)) + near;
  }
}

function wordLine(e: Entry, style: Style): string {
  return withContext(e.words ?? [])
    .map((p, i, all) => {
      if (p.op === 'equal') return p.text;
      if (p.op === 'elided') return style.dim(p.text);
      const body = p.text.trimStart();
      // A replacement reads "[-2016-]{+2017+}", as in git: the insertion takes the deletion's place.
      const lead = p.op === 'insert' && all[i - 1]?.op === 'delete' ? '' : p.text.slice(0, p.text.length - body.length);
      if (p.op === 'delete') return lead + style.removed(style.colour ? body : `[-${body}-]`);
      return lead + style.added(style.colour ? body : `{+${body}+}`);
    })
    .join('');
}

function summaryLines(d: DiffResult, style: Style): string[] {
  const c = d.summary.counts;
  const out = [style.bold(`${c.unchanged} unchanged, ${c.changed} changed, ${c.added} added, ${c.removed} removed`)];
  if (d.summary.domains.length) {
    out.push('', 'domains (share of directives, old → new):');
    const width = Math.max(...d.summary.domains.map((x) => x.id.length));
    for (const x of d.summary.domains) out.push(`  ${x.id.padEnd(width)}  ${percent(x.old.share).padStart(6)} → ${percent(x.new.share).padStart(6)}  (${points(x.shift)})`);
  } else out.push('', 'domains: none labelled on either side');
  if (d.summary.leads.length) {
    out.push('', 'lead roles (directives led, old → new):');
    for (const x of d.summary.leads) out.push(`  ${x.agency}: ${x.old} → ${x.new} (${signed(x.change)})`);
  } else out.push('', 'lead roles: no change');
  if (d.summary.deadlinesMoved.length) {
    out.push('', 'deadlines moved:');
    for (const m of d.summary.deadlinesMoved) out.push(`  ${refName(m.old, manyOld(d))} → ${refName(m.new, manyNew(d))}: ${m.kind} ${m.from ?? '?'} → ${m.to ?? '?'}`);
  } else out.push('', 'deadlines moved: none');
  return out;
}

export function renderDiffText(d: DiffResult, style: Style = PLAIN): string {
  const out = [style.bold(`--- ${sideLine(d.old)}`), style.bold(`+++ ${sideLine(d.new)}`), style.dim(`threshold ${d.threshold}`), ''];
  for (const e of d.entries) {
    out.push(entryLine(e, d, style));
    if (e.class !== 'changed') continue;
    out.push(`    ${wordLine(e, style)}`);
    for (const f of fieldLines(e.actors, e.deadlines, e.domains)) {
      const paint = f.sign === '+' ? style.added : f.sign === '-' ? style.removed : style.changed;
      out.push(`    ${paint(`${f.sign} ${f.text}`)}`);
    }
  }
  if (!d.entries.length) out.push(style.dim('(no directives on either side)'));
  out.push('', ...summaryLines(d, style));
  return out.join('\n') + '\n';
}

export function renderGroupedText(g: GroupedDiff, style: Style = PLAIN): string {
  return g.diffs.map((d) => `${style.bold(`=== ${d.old.label} → ${d.new.label} ===`)}\n${renderDiffText(d, style)}`).join('\n');
}
