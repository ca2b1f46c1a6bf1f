// Two sides (sets of extracted documents) → the diff: leaf directives aligned one-to-one, each pair
// classified, the rest added or removed, and the summary. Pure: the CLI reads and extracts.
import type { Directive, ExtractedDocument } from '../types.js';
import { alignDirectiveSets, type Nearest } from './align.js';
import { diffActors, diffDeadlines, diffDomains, noActorChanges, noDeadlineChanges, noDomainChanges, type SuccessorLookup } from './fields.js';
import { summarise } from './summary.js';
import { wording } from './tokens.js';
import type { DiffResult, DirectiveRef, Entry, GroupedDiff, SideInfo } from './types.js';
import { sameWords, wordDiff } from './words.js';

export interface Side {
  label: string;
  documents: readonly ExtractedDocument[];
}

export interface DiffOptions {
  /** Cosine below which two directives are not the same directive (see README, "chidao diff"). */
  threshold: number;
  /** Current successor of a body by name (the 2025 mergers); default: names compared as they are. */
  successor?: SuccessorLookup;
}

export interface Leaf {
  path: string;
  directive: Directive;
}

/** Leaf directives of every document of a side, in reading order: the units that are aligned. */
export function leaves(documents: readonly ExtractedDocument[]): Leaf[] {
  const out: Leaf[] = [];
  const walk = (path: string, ds: readonly Directive[]): void => {
    for (const d of ds) {
      if (d.children.length) walk(path, d.children);
      else out.push({ path, directive: d });
    }
  };
  for (const doc of documents) walk(doc.source.path, doc.directives);
  return out;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const ref = (l: Leaf): DirectiveRef => ({ path: l.path, id: l.directive.id, text: l.directive.text });

export function sideInfo(side: Side, count: number): SideInfo {
  return {
    label: side.label,
    documents: side.documents.map((d) => ({ path: d.source.path, number: d.document.number, date: d.document.date, title: d.document.title })),
    directives: count,
  };
}

function pairEntry(o: Leaf, n: Leaf, score: number, options: DiffOptions): Entry {
  const actors = diffActors(o.directive.actors, n.directive.actors, options.successor);
  const deadlines = diffDeadlines(o.directive.deadlines, n.directive.deadlines);
  const domains = diffDomains(o.directive, n.directive);
  const oldWording = wording(o.directive);
  const newWording = wording(n.directive);
  const same = sameWords(oldWording, newWording) && noActorChanges(actors) && noDeadlineChanges(deadlines) && noDomainChanges(domains);
  const base = { score: round3(score), old: ref(o), new: ref(n) };
  if (same) return { class: 'unchanged', ...base };
  return { class: 'changed', ...base, words: wordDiff(oldWording, newWording), actors, deadlines, domains };
}

function nearestRef(near: Nearest | null, other: readonly Leaf[]): Entry['nearest'] {
  if (!near) return null;
  const l = other[near.index]!;
  return { path: l.path, id: l.directive.id, score: round3(near.score) };
}

export function diffSides(oldSide: Side, newSide: Side, options: DiffOptions): DiffResult {
  const olds = leaves(oldSide.documents);
  const news = leaves(newSide.documents);
  const alignment = alignDirectiveSets(
    olds.map((l) => wording(l.directive)),
    news.map((l) => wording(l.directive)),
    { threshold: options.threshold },
  );
  const oldToNew = new Map(alignment.pairs.map((p) => [p.old, p]));
  const newToOld = new Map(alignment.pairs.map((p) => [p.new, p]));

  // Reading order: the new side's, each removed directive right after its old predecessor.
  const entries: Entry[] = [];
  const removedFrom = (i: number): void => {
    for (let k = i; k < olds.length && !oldToNew.has(k); k++) {
      entries.push({ class: 'removed', score: null, old: ref(olds[k]!), new: null, nearest: nearestRef(alignment.nearestOfOld[k]!, news) });
    }
  };
  removedFrom(0);
  news.forEach((n, j) => {
    const pair = newToOld.get(j);
    if (!pair) {
      entries.push({ class: 'added', score: null, old: null, new: ref(n), nearest: nearestRef(alignment.nearestOfNew[j]!, olds) });
      return;
    }
    entries.push(pairEntry(olds[pair.old]!, n, pair.score, options));
    removedFrom(pair.old + 1);
  });

  const summary = summarise(entries, oldSide.documents, newSide.documents, options.successor);
  return {
    schemaVersion: 1,
    threshold: options.threshold,
    old: sideInfo(oldSide, olds.length),
    new: sideInfo(newSide, news.length),
    differs: entries.some((e) => e.class !== 'unchanged'),
    summary,
    entries,
  };
}

/** Each year against the previous year present (the groups come oldest first). */
export function diffYears(groups: readonly { year: string; documents: readonly ExtractedDocument[] }[], options: DiffOptions): GroupedDiff {
  const diffs: DiffResult[] = [];
  for (let k = 1; k < groups.length; k++) {
    const before = groups[k - 1]!;
    const after = groups[k]!;
    diffs.push(diffSides({ label: before.year, documents: before.documents }, { label: after.year, documents: after.documents }, options));
  }
  return { schemaVersion: 1, groupBy: 'year', differs: diffs.some((d) => d.differs), diffs };
}
