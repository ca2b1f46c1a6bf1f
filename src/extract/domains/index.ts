// The domains stage (SPEC.md "Domains", ANNOTATION.md "Domains"): every directive without
// children gets the taxonomy ids its subject matter belongs to, each with a score and the
// evidence phrases found; a parent carries the union of its children.
//
// What speaks for a leaf: its own text (for a task-table row, its task cells, not the bodies of
// the lead and coordinating columns), with its opening heading weighing more; the lead-in of each
// ancestor (its text before its first child, e.g. "Trong lĩnh vực quốc phòng an ninh, … được yêu
// cầu"), whose heading weighs more again; and the subject of the document's title, which holds
// for the whole text (a leaf that says only "chịu trách nhiệm thi hành Quyết định này" takes its
// domains from there; with no title known, from the leading domain of all the directives' words).
// Actor mentions and the titles of cited documents count for nothing.
import { fold } from '../../ingest/match.js';
import { cellSpans } from '../../structure/tables.js';
import type { Directive, DomainLabel, ExtractedDocument, Span } from '../../types.js';
import type { StageContext } from '../pipeline.js';
import { lexicon } from './lexicon.js';
import { citationMasks, citedKeys, namedLawMasks, titleSubjectStart } from './masks.js';
import { classifyParts, subjectOf, type Part, type Tally } from './score.js';

export { classifyParts, type Part } from './score.js';

const OWN_COLUMNS = new Set(['task', 'product']);

interface Env {
  text: string;
  folded: string;
  /** Keys of the numbers of the documents the text cites (the references stage runs first; masks.ts citedKeys). */
  cited: readonly string[];
  title: Part | null;
  /** Without a title that names a subject: the document's subject read from its directives (score.ts subjectOf). */
  subject?: ReadonlyMap<string, Tally>;
  /**
   * Each leaf's own parts, made once: the subject of a document without one reads every leaf, and
   * the leaf is then classified from the same Part objects, whose occurrences score.ts keeps (so
   * the lexicon walks each leaf's text once). Per document: it lives and dies with `env`.
   */
  own: Map<Directive, Part[]>;
}

function relative(spans: readonly Span[], [start, end]: Span): Span[] {
  return spans.filter(([s, e]) => s < end && e > start).map(([s, e]): Span => [Math.max(0, s - start), e - start]);
}

/** A stretch of the document as a part; actor mentions and cited documents' titles masked. */
function slicePart(env: Env, span: Span, factor: number, heading: number, actors: readonly Span[]): Part {
  const folded = env.folded.slice(span[0], span[1]);
  const text = env.text.slice(span[0], span[1]);
  const mask = [...relative(actors, span), ...citationMasks(folded, env.cited), ...namedLawMasks(text, folded)];
  return { text, folded, factor, heading, mask };
}

/** A free-standing string (a sentence in a test) as a part. */
export function stringPart(text: string, factor: number, heading: number, cited: readonly string[] = []): Part {
  const nfc = text.normalize('NFC');
  const folded = fold(nfc);
  return { text: nfc, folded, factor, heading, mask: [...citationMasks(folded, citedKeys(cited)), ...namedLawMasks(nfc, folded)] };
}

/** A title as a part: only its subject counts ("… của Bộ Chính trị về hội nhập quốc tế"). */
export function titlePart(title: string, news: boolean): Part {
  const { title: official, newsTitle } = lexicon.scoring;
  const text = title.normalize('NFC');
  const folded = fold(text);
  // Cues are found in the whole title, so that a body's name cut by the subject's start is still
  // known as a name; those before the subject are then masked.
  return { text, folded, factor: news ? newsTitle : official, heading: 0, mask: [[0, titleSubjectStart(folded)]] };
}

function actorSpans(d: Directive): Span[] {
  return d.actors.map((a) => a.span).filter((s) => s[1] > s[0]);
}

function ownParts(d: Directive, env: Env): Part[] {
  let parts = env.own.get(d);
  if (!parts) env.own.set(d, (parts = sliceOwnParts(d, env)));
  return parts;
}

function sliceOwnParts(d: Directive, env: Env): Part[] {
  const { heading } = lexicon.scoring;
  const cells = (d.cells ?? []).filter((c) => OWN_COLUMNS.has(c.column) && c.span[1] > c.span[0]);
  const spans = cells.length > 0 ? cells.flatMap(cellSpans) : [d.span];
  return spans.map((s) => slicePart(env, s, 1, heading, actorSpans(d)));
}

function leadInPart(d: Directive, env: Env): Part {
  const { leadIn, ancestorHeading } = lexicon.scoring;
  const end = d.children[0]?.span[0] ?? d.span[1];
  return slicePart(env, [d.span[0], end], leadIn, ancestorHeading, actorSpans(d));
}

/** The union of the children's labels: the highest score of each id, evidence merged. */
export function unionOf(children: readonly Directive[]): DomainLabel[] {
  const byId = new Map<string, DomainLabel>();
  for (const label of children.flatMap((c) => c.domains)) {
    const seen = byId.get(label.id);
    if (!seen) byId.set(label.id, { id: label.id, score: label.score, evidence: [...label.evidence] });
    else {
      seen.score = Math.max(seen.score, label.score);
      for (const e of label.evidence) if (!seen.evidence.includes(e)) seen.evidence.push(e);
    }
  }
  const order = (id: string): number => lexicon.ids.indexOf(id);
  return [...byId.values()].sort((a, b) => b.score - a.score || order(a.id) - order(b.id));
}

// One heading-only copy per lead-in, so that score.ts reads it once for all the items under it.
const headingOnlyCopies = new WeakMap<Part, Part>();
function headingOnly(p: Part): Part {
  let copy = headingOnlyCopies.get(p);
  if (!copy) headingOnlyCopies.set(p, (copy = { ...p, factor: 0 }));
  return copy;
}

function leafParts(ds: readonly Directive[], env: Env): Part[] {
  return ds.flatMap((d) => (d.children.length === 0 ? ownParts(d, env) : leafParts(d.children, env)));
}

/**
 * The labels of a leaf from its own parts, the lead-ins above it and the title (or the document's
 * subject). An item that names its own subject is not given the lead-ins' running words: only a
 * lead-in's heading ("Về hội nhập kinh tế, …") still states a subject for it (issue 15, point 7).
 */
function leafLabels(own: readonly Part[], ancestors: readonly Part[], title: Part | null, subject?: ReadonlyMap<string, Tally>): DomainLabel[] {
  const above = classifyParts(own).length > 0 ? ancestors.map(headingOnly) : ancestors;
  const length = own.reduce((n, p) => n + p.text.length, 0);
  return classifyParts([...own, ...above, ...(title ? [title] : [])], lexicon, subject, length);
}

function classifyTree(d: Directive, ancestors: readonly Part[], env: Env): Directive {
  if (d.children.length === 0) return { ...d, domains: leafLabels(ownParts(d, env), ancestors, env.title, env.subject) };
  const inherited = [leadInPart(d, env), ...ancestors];
  const children = d.children.map((c) => classifyTree(c, inherited, env));
  return { ...d, children, domains: unionOf(children) };
}

/** Domains of a directive given as text, with the lead-ins above it and the document's title. */
export interface DomainsInput {
  text: string;
  /** The lead-ins of its ancestors, nearest first. */
  leadIns?: readonly string[];
  title?: string | null;
  /** The title is a news headline (it counts for less). */
  news?: boolean;
  /** Numbers of the documents the text cites (their titles count for nothing). */
  cited?: readonly string[];
}

export function domainsFor(input: DomainsInput): DomainLabel[] {
  const { heading, leadIn, ancestorHeading } = lexicon.scoring;
  const cited = input.cited ?? [];
  return leafLabels(
    [stringPart(input.text, 1, heading, cited)],
    (input.leadIns ?? []).map((t) => stringPart(t, leadIn, ancestorHeading, cited)),
    input.title ? titlePart(input.title, input.news ?? false) : null,
  );
}

export function domainsStage(doc: ExtractedDocument, ctx: StageContext): ExtractedDocument {
  const { title, kind, references } = doc.document;
  const env: Env = {
    text: ctx.source.text,
    folded: ctx.folded,
    cited: citedKeys(references.map((r) => r.number)),
    title: title ? titlePart(title, kind === 'news') : null,
    own: new Map(),
  };
  // A title that names no subject ("KẾT LUẬN", "V/v triển khai …") is as good as none.
  if (!env.title || classifyParts([env.title]).length === 0) env.subject = subjectOf(leafParts(doc.directives, env), kind === 'news');
  return { ...doc, directives: doc.directives.map((d) => classifyTree(d, [], env)) };
}
