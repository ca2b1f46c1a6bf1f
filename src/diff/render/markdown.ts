// `--format md`: the diff as a Markdown report for a researcher — sides, summary tables (classes,
// domain shares, lead roles, deadlines moved), every directive's class in one table, then each
// changed directive with its word diff (~~deleted~~, **inserted**) and field changes. Built as an
// mdast tree (the builders of src/render/mdast.ts) and stringified by remark-stringify with
// remark-gfm, so "|", "*" or "_" in Vietnamese text never break a table or start emphasis.
import type { PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { heading, list, listItem, paragraph, root, strong, table, text, type Cell } from '../../render/mdast.js';
import type { DiffResult, Entry, GroupedDiff } from '../types.js';
import { excerpt, fieldLines, manyNew, manyOld, percent, points, refName, sideLine, signed, withContext } from './common.js';

const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', rule: '-', emphasis: '_', strong: '*', listItemIndent: 'one' });

export interface MarkdownOptions {
  /** The Vietnamese label of a domain id (the taxonomy of SPEC.md), shown beside the id. */
  domainLabel?: (id: string) => string | undefined;
}

type Depth = 1 | 2 | 3;
const deeper = (d: Depth): Depth => Math.min(3, d + 1) as Depth;

function wordDiff(e: Entry): PhrasingContent[] {
  return withContext(e.words ?? []).flatMap((p): PhrasingContent[] => {
    if (p.op === 'equal' || p.op === 'elided') return [text(p.text)];
    // The spaces before a deleted or inserted run stay outside its markers (GFM needs them there).
    const body = p.text.trimStart();
    const lead = p.text.slice(0, p.text.length - body.length);
    const marked: PhrasingContent = p.op === 'delete' ? { type: 'delete', children: [text(body)] } : strong(text(body));
    return lead ? [text(lead), marked] : [marked];
  });
}

function entryRow(e: Entry, d: DiffResult): Cell[] {
  return [
    e.class,
    refName(e.old, manyOld(d)),
    refName(e.new, manyNew(d)),
    e.score === null ? (e.nearest ? `nearest ${refName(e.nearest, e.old ? manyNew(d) : manyOld(d))} (${e.nearest.score.toFixed(3)})` : '') : e.score.toFixed(3),
    excerpt(e.new ?? e.old, 80),
  ];
}

function summary(d: DiffResult, depth: Depth, options: MarkdownOptions): RootContent[] {
  const c = d.summary.counts;
  const out: RootContent[] = [
    heading(depth, text('Summary')),
    table(['unchanged', 'changed', 'added', 'removed'], [[String(c.unchanged), String(c.changed), String(c.added), String(c.removed)]]),
  ];
  const label = (id: string): string => {
    const l = options.domainLabel?.(id);
    return l ? `${id} (${l})` : id;
  };
  if (d.summary.domains.length) {
    out.push(
      paragraph(text('Share of directives per domain (a directive may have several):')),
      table(
        ['domain', 'old', 'new', 'shift (points)'],
        d.summary.domains.map((x) => [label(x.id), `${percent(x.old.share)} (${x.old.count})`, `${percent(x.new.share)} (${x.new.count})`, points(x.shift)]),
      ),
    );
  } else out.push(paragraph(text('No domains labelled on either side.')));
  if (d.summary.leads.length) {
    out.push(
      paragraph(text('Agencies gaining or losing lead roles (directives they lead, by current name):')),
      table(['agency', 'old', 'new', 'change'], d.summary.leads.map((x) => [x.agency, String(x.old), String(x.new), signed(x.change)])),
    );
  } else out.push(paragraph(text('No change in lead roles.')));
  if (d.summary.deadlinesMoved.length) {
    out.push(
      paragraph(text('Deadlines moved:')),
      table(
        ['old', 'new', 'kind', 'from', 'to'],
        d.summary.deadlinesMoved.map((m) => [refName(m.old, manyOld(d)), refName(m.new, manyNew(d)), m.kind, m.from ?? '?', m.to ?? '?']),
      ),
    );
  } else out.push(paragraph(text('No deadline moved.')));
  return out;
}

function changes(d: DiffResult, depth: Depth): RootContent[] {
  const changed = d.entries.filter((e) => e.class === 'changed');
  if (!changed.length) return [];
  const out: RootContent[] = [heading(depth, text('Changed directives'))];
  for (const e of changed) {
    out.push(heading(deeper(depth), text(`${refName(e.old, manyOld(d))} → ${refName(e.new, manyNew(d))} (${e.score!.toFixed(3)})`)));
    out.push(paragraph(...wordDiff(e)));
    const fields = fieldLines(e.actors, e.deadlines, e.domains);
    // Words, not signs: a list item starting with "~" or "+" would be escaped or read as a list.
    const verb = { '+': 'added ', '-': 'removed ', '~': '' } as const;
    if (fields.length) out.push(list(fields.map((f) => listItem(paragraph(text(`${verb[f.sign]}${f.text}`))))));
  }
  return out;
}

function diffTree(d: DiffResult, depth: Depth, options: MarkdownOptions, title: string): RootContent[] {
  return [
    heading(depth, text(title)),
    table(['side', 'what'], [['old', sideLine(d.old)], ['new', sideLine(d.new)]]),
    paragraph(text(`Directives are aligned one to one by TF-IDF cosine over syllable unigrams and bigrams; threshold ${d.threshold}.`)),
    ...summary(d, deeper(depth), options),
    heading(deeper(depth), text('Directives')),
    d.entries.length
      ? table(['class', 'old', 'new', 'score', 'wording'], d.entries.map((e) => entryRow(e, d)))
      : paragraph(text('No directives on either side.')),
    ...changes(d, deeper(depth)),
  ];
}

export function renderDiffMarkdown(d: DiffResult, options: MarkdownOptions = {}): string {
  return processor.stringify(root(diffTree(d, 1, options, 'Directive diff')));
}

export function renderGroupedMarkdown(g: GroupedDiff, options: MarkdownOptions = {}): string {
  const children: RootContent[] = [heading(1, text('Directive diff by year'))];
  for (const d of g.diffs) children.push(...diffTree(d, 2, options, `${d.old.label} → ${d.new.label}`));
  return processor.stringify(root(children));
}
