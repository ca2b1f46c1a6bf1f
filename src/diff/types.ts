// The result of `chidao diff`: the contract of `--format json` (schema/diff.schema.json) and what
// the text and Markdown renderers read.
import type { ActorChanges, DeadlineChanges, DeadlineMove, DomainChanges } from './fields.js';
import type { WordOp } from './words.js';

export type DiffClass = 'unchanged' | 'changed' | 'added' | 'removed';

export interface DirectiveRef {
  /** source.path of its document. */
  path: string;
  /** The directive's id as extracted ("3", "II.2.a", "s1", "T4"). */
  id: string;
  /** Its text as printed, label included. */
  text: string;
}

export interface NearestRef {
  path: string;
  id: string;
  score: number;
}

export interface Entry {
  class: DiffClass;
  /** Cosine similarity of the pair (0–1, 3 decimals); null for added and removed. */
  score: number | null;
  old: DirectiveRef | null;
  new: DirectiveRef | null;
  /**
   * Added or removed: the most similar directive on the other side (null when none shares a word)
   * — below the threshold, or paired with a better match. Exact when the diff is small (up to
   * 200,000 comparisons, e.g. two documents); in large diffs, among the index's candidates.
   */
  nearest?: NearestRef | null;
  /** Changed: the wordings (labels stripped), word by word. */
  words?: WordOp[];
  actors?: ActorChanges;
  deadlines?: DeadlineChanges;
  domains?: DomainChanges;
}

export interface SideInfo {
  /** The argument as given (or the year, with --group-by year). */
  label: string;
  documents: { path: string; number: string | null; date: string | null; title: string | null }[];
  /** Leaf directives compared. */
  directives: number;
}

export interface DomainShare {
  id: string;
  old: { count: number; share: number };
  new: { count: number; share: number };
  /** new.share − old.share. */
  shift: number;
}

export interface LeadShift {
  /** The agency by its current name(s), " / " between the parts of a split portfolio. */
  agency: string;
  old: number;
  new: number;
  change: number;
}

export interface MovedDeadline extends DeadlineMove {
  old: { path: string; id: string };
  new: { path: string; id: string };
}

export interface Summary {
  counts: Record<DiffClass, number>;
  /** Share of leaf directives labelled with each domain, on each side (multi-label). */
  domains: DomainShare[];
  /** Directives in which each agency leads ("chủ trì"), on each side; only agencies whose count changed. */
  leads: LeadShift[];
  deadlinesMoved: MovedDeadline[];
}

export interface DiffResult {
  schemaVersion: 1;
  threshold: number;
  old: SideInfo;
  new: SideInfo;
  /** True when anything differs (what --exit-code reports). */
  differs: boolean;
  summary: Summary;
  /** In reading order: the new side's order, each removed directive after its old predecessor. */
  entries: Entry[];
}

/** `--group-by year`: each year against the previous year present. */
export interface GroupedDiff {
  schemaVersion: 1;
  groupBy: 'year';
  differs: boolean;
  diffs: DiffResult[];
}
