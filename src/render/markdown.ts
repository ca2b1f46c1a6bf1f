// Document → a Markdown digest an analyst reads in thirty seconds (SPEC.md "Commands", issue 5):
// a title line (type, number, issuer, date), a table of the document fields, the directives in
// order (id, a one-line gist, actors by role, deadlines, domains, urgency), an actor table, a
// deadline timeline with a Mermaid gantt chart, domain counts and references. The whole summary
// is an mdast tree stringified by remark-stringify with remark-gfm (tables): never concatenated
// strings, so "|", "*" or "_" in Vietnamese text never break a table or start emphasis.
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { docTypes } from '../data/index.js';
import { lexicon } from '../extract/domains/lexicon.js';
import type { Actor, Deadline, Directive, ExtractedDocument, Role } from '../types.js';
import { gist } from './gist.js';
import { labels, type Labels, type Lang } from './labels.js';
import {
  code, emphasis, heading, inlineCode, joined, list, listItem, oneLine, paragraph, root, rule, strong, table, text,
  type Cell,
} from './mdast.js';
import { gantt, timeline } from './timeline.js';

const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', rule: '-', emphasis: '_', strong: '*', fences: true, listItemIndent: 'one' });

const TYPE_NAMES = new Map(docTypes.map((t) => [t.code, t.name]));
const ROLE_ORDER: readonly Role[] = ['issuer', 'lead', 'assignee', 'coordinate', 'report-to'];
// Fixed labels come from src/data/labels.json (English by default, Vietnamese with --lang vi).
const ROLE_LABEL: Record<Role, string> = { issuer: 'issued by', lead: 'lead', assignee: 'assignee', coordinate: 'coordinate', 'report-to': 'report-to' };
const NONE = '—';
/** The roles that give a body something to do (the scored roles of ANNOTATION.md). */
const TASK_ROLES: ReadonlySet<Role> = new Set<Role>(['lead', 'assignee', 'coordinate']);

function walk(ds: readonly Directive[]): Directive[] {
  return ds.flatMap((d) => [d, ...walk(d.children)]);
}

const leavesOf = (ds: readonly Directive[]): Directive[] => walk(ds).filter((d) => d.children.length === 0);

// ---- title and fields --------------------------------------------------------------------------

function titleLine(doc: ExtractedDocument, L: Labels): PhrasingContent[] {
  const d = doc.document;
  const type = d.type ? (TYPE_NAMES.get(d.type) ?? d.type) : d.kind === 'news' ? L.t('news') : L.t('untitled');
  const parts = [d.number ? `${type} ${d.number}` : type, d.issuer, d.date].filter((p): p is string => Boolean(p));
  return [text(parts.join(' · '))];
}

function signerText(doc: ExtractedDocument): string {
  const s = doc.document.signer;
  if (!s || (!s.name && !s.title)) return NONE;
  const role = [s.authority, s.title].filter(Boolean).join(', ');
  return [s.name, role ? `(${role})` : ''].filter(Boolean).join(' ');
}

function fieldTable(doc: ExtractedDocument, L: Labels): RootContent {
  const d = doc.document;
  const src = doc.source;
  const rows: Array<[string, Cell]> = [
    [L.t('kind'), d.kind],
    [L.t('type'), d.type ? `${d.type} (${TYPE_NAMES.get(d.type) ?? d.type})` : NONE],
    [L.t('number'), d.number ?? NONE],
    [L.t('issuer'), d.issuer ?? NONE],
    [L.t('place'), d.place ?? NONE],
    [L.t('date'), d.date ?? NONE],
    [L.t('title'), d.title ?? NONE],
    [L.t('signer'), signerText(doc)],
    [L.t('recipients'), d.recipients.length ? d.recipients.join('; ') : NONE],
    ...(d.addressees?.length ? [[L.t('addressees'), d.addressees.join('; ')] as [string, Cell]] : []),
    [L.t('source'), [inlineCode(src.path), text(` · ${src.encoding} · ${src.format} · ${src.length} ${L.t('characters')}`)]],
  ];
  return table([L.t('field'), L.t('value')], rows);
}

function summary(doc: ExtractedDocument, L: Labels): RootContent {
  const all = walk(doc.directives);
  const leaves = leavesOf(doc.directives);
  const bodies = new Set(all.flatMap((d) => d.actors.filter((a) => TASK_ROLES.has(a.role)).map((a) => a.name)));
  const deadlines = all.flatMap((d) => d.deadlines).filter((x) => x.kind !== 'horizon');
  const urgent = leaves.filter((d) => d.urgent).length;
  const parts = [
    L.count(leaves.length, 'count.task') + (all.length > leaves.length ? ` ${L.t('in')} ${L.count(all.length, 'count.directive')}` : ''),
    `${L.count(bodies.size, 'count.body')} ${L.t('to act')}`,
    L.count(deadlines.length, 'count.deadline'),
    ...(urgent ? [L.count(urgent, 'count.urgentTask')] : []),
  ];
  return paragraph(strong(text(parts.join(' · '))));
}

// ---- directives ----------------------------------------------------------------------------------

function actorsLine(actors: readonly Actor[], L: Labels): PhrasingContent[] | null {
  const groups = ROLE_ORDER.map((role) => ({ role, names: [...new Set(actors.filter((a) => a.role === role).map((a) => a.name))] }))
    .filter((g) => g.names.length > 0);
  if (groups.length === 0) return null;
  return joined(groups.map((g) => [emphasis(text(`${L.t(ROLE_LABEL[g.role])}:`)), text(` ${g.names.join(', ')}`)]), '; ');
}

function deadlineText(d: Deadline, L: Labels): string {
  return `${L.t(`kind.${d.kind}`)} ${d.value ?? `(${L.t('no date')})`} (“${oneLine(d.text)}”)`;
}

function details(d: Directive, L: Labels): ListItem[] {
  const items: ListItem[] = [];
  const actors = actorsLine(d.actors, L);
  if (actors) items.push(listItem(paragraph(...actors)));
  if (d.deadlines.length) items.push(listItem(paragraph(emphasis(text(`${L.t('deadlines')}:`)), text(` ${d.deadlines.map((x) => deadlineText(x, L)).join('; ')}`))));
  // A parent's domains are its children's union: shown on the leaves only.
  if (d.children.length === 0 && d.domains.length) {
    items.push(listItem(paragraph(emphasis(text(`${L.t('domains')}:`)), text(` ${d.domains.map((x) => x.id).join(', ')}`))));
  }
  if (d.urgent) items.push(listItem(paragraph(strong(text(L.t('urgent'))))));
  return items;
}

function directiveItem(d: Directive, L: Labels): ListItem {
  const sub = [...details(d, L), ...d.children.map((c) => directiveItem(c, L))];
  const line = paragraph(strong(text(d.id)), text(` ${gist(d)}`));
  return sub.length ? listItem(line, list(sub)) : listItem(line);
}

// ---- actors ----------------------------------------------------------------------------------------

function emptyCounts(): Record<Role, Set<string>> {
  return { issuer: new Set(), lead: new Set(), assignee: new Set(), coordinate: new Set(), 'report-to': new Set() };
}

/** Per body: in how many directives it has each role, and which directives name it. */
function actorTable(doc: ExtractedDocument, L: Labels): RootContent {
  const rows = new Map<string, { type: string; counts: Record<Role, Set<string>>; ids: string[] }>();
  for (const d of walk(doc.directives)) {
    for (const a of d.actors) {
      const row = rows.get(a.name) ?? { type: a.type, counts: emptyCounts(), ids: [] };
      row.counts[a.role]?.add(d.id);
      if (!row.ids.includes(d.id)) row.ids.push(d.id);
      rows.set(a.name, row);
    }
  }
  if (rows.size === 0) return paragraph(emphasis(text(L.t('none.actors'))));
  const tasks = (r: { counts: Record<Role, Set<string>> }): number => r.counts.lead.size + r.counts.assignee.size + r.counts.coordinate.size;
  const sorted = [...rows].sort(([a, x], [b, y]) => tasks(y) - tasks(x) || (a < b ? -1 : a > b ? 1 : 0));
  const count = (s: Set<string>): string => (s.size ? String(s.size) : '');
  return table(
    ['actor', 'type', 'lead', 'coordinate', 'assignee', 'report-to', 'issued', 'directives'].map(L.t),
    sorted.map(([name, r]) => [name, r.type, count(r.counts.lead), count(r.counts.coordinate), count(r.counts.assignee), count(r.counts['report-to']), count(r.counts.issuer), r.ids.join(', ')]),
    [null, null, 'right', 'right', 'right', 'right', 'right', null],
  );
}

// ---- deadlines -------------------------------------------------------------------------------------

function deadlineSection(doc: ExtractedDocument, L: Labels): RootContent[] {
  const entries = timeline(walk(doc.directives));
  if (entries.length === 0) return [paragraph(emphasis(text(L.t('none.deadlines'))))];
  const when = (e: (typeof entries)[number]): string => (e.range ? (e.range.start === e.range.end ? e.range.start : `${e.range.start} – ${e.range.end}`) : NONE);
  const rows = entries.map((e) => [e.deadline.value ?? NONE, e.deadline.kind, when(e), e.directive, e.deadline.text]);
  const out: RootContent[] = [table(['value', 'kind', 'dates', 'directive', 'as printed'].map(L.t), rows)];
  const chart = gantt(entries, doc.document.number ?? doc.document.title ?? 'Deadlines');
  if (chart) out.push(code('mermaid', chart));
  return out;
}

// ---- domains and references --------------------------------------------------------------------

function domainTable(doc: ExtractedDocument, L: Labels): RootContent {
  const leaves = leavesOf(doc.directives);
  const counts = new Map<string, number>();
  for (const leaf of leaves) for (const label of leaf.domains) counts.set(label.id, (counts.get(label.id) ?? 0) + 1);
  if (counts.size === 0) return paragraph(emphasis(text(L.t('none.domains'))));
  const order = (id: string): number => lexicon.ids.indexOf(id);
  const rows = [...counts].sort(([a, x], [b, y]) => y - x || order(a) - order(b))
    .map(([id, n]) => [id, lexicon.labels.get(id) ?? id, String(n), `${Math.round((100 * n) / leaves.length)}%`]);
  return table(['domain', 'label', 'tasks', 'share'].map(L.t), rows, [null, null, 'right', 'right']);
}

function referenceTable(doc: ExtractedDocument, L: Labels): RootContent {
  const refs = doc.document.references;
  if (refs.length === 0) return paragraph(emphasis(text(L.t('none.references'))));
  return table(['number', 'type', 'date', 'as printed'].map(L.t), refs.map((r) => [r.number, r.type ?? NONE, r.date ?? NONE, r.text]));
}

// ---- the whole ------------------------------------------------------------------------------------

export interface MarkdownOptions {
  /** Start with a horizontal rule (every document after the first on one stream). */
  separated?: boolean;
  /** The language of the fixed labels (default English). */
  lang?: Lang;
}

/** The mdast tree of one document's summary. */
export function markdownTree(doc: ExtractedDocument, options: MarkdownOptions = {}): ReturnType<typeof root> {
  const L = labels(options.lang);
  const directives = doc.directives.length
    ? list(doc.directives.map((d) => directiveItem(d, L)))
    : paragraph(emphasis(text(L.t('none.directives'))));
  const children: RootContent[] = [
    ...(options.separated ? [rule()] : []),
    heading(1, ...titleLine(doc, L)),
    ...(doc.document.title ? [paragraph(emphasis(text(doc.document.title)))] : []),
    summary(doc, L),
    heading(2, text(L.t('heading.document'))),
    fieldTable(doc, L),
    heading(2, text(L.t('heading.directives'))),
    directives,
    heading(2, text(L.t('heading.actors'))),
    actorTable(doc, L),
    heading(2, text(L.t('heading.deadlines'))),
    ...deadlineSection(doc, L),
    heading(2, text(L.t('heading.domains'))),
    domainTable(doc, L),
    heading(2, text(L.t('heading.references'))),
    referenceTable(doc, L),
  ];
  return root(children);
}

/**
 * One document as Markdown. Several documents on one stream are separated by a horizontal rule:
 * pass `separated` for every document after the first, and write a blank line before it (a rule
 * right under a paragraph line would turn that line into a heading).
 */
export function renderMarkdown(doc: ExtractedDocument, options: MarkdownOptions = {}): string {
  return processor.stringify(markdownTree(doc, options));
}
