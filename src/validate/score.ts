// The scorer behind `chidao validate --score` (ANNOTATION.md, "Reading the score"): predicted and
// gold directives without children are matched one-to-one by span overlap, then every field is
// counted as true positives, false positives and false negatives. Pure functions: the caller reads
// the files and runs the extractor.

import { nameKey } from '../ingest/match.js';
import type { Directive, ExtractedDocument, Role, Span } from '../types.js';
import type { GoldDirective, GoldFile } from './gold.js';

/** The fields of a score in display order, for reporters and for `--min-f1 field=value`. */
export const SCORE_FIELDS = [
  { field: 'document', description: 'document fields kind, type, number, issuer, date, signer (exact)' },
  { field: 'references', description: 'numbers of cited documents (set, spacing ignored)' },
  { field: 'directives', description: 'directives without children matched by span overlap (IoU ≥ 0.5)' },
  { field: 'actors', description: 'actors (folded name, role) per document; assignee, lead, coordinate' },
  { field: 'actorsMatched', description: 'actors (folded name, role) per matched directive' },
  { field: 'roles', description: 'role accuracy over actors named on both sides of a matched directive' },
  { field: 'deadlines', description: 'deadlines (value, kind) per document, horizon left out' },
  { field: 'deadlinesMatched', description: 'deadlines (value, kind) per matched directive' },
  { field: 'domains', description: 'domain ids per matched directive' },
] as const;

export type ScoreField = (typeof SCORE_FIELDS)[number]['field'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Counts with their rates. A rate with nothing to count is null ("n/a"), not 1: precision with no
 * prediction, recall with nothing in the gold, F1 when both are empty measure nothing, and a
 * `--min-f1` gate must not pass on nothing. A spurious prediction where the gold has none still
 * scores precision 0 and F1 0 (recall n/a). For `roles`, tp is the number of agreeing roles and
 * fp = fn the number of disagreeing ones, so precision = recall = F1 = accuracy (correct / total)
 * and combining sums stays a micro-average.
 */
export interface FieldScore extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export type Score = Record<ScoreField, FieldScore>;
/** One document's score; same shape as a combined one, so reporters treat both alike. */
export type DocumentScore = Score;

/** The roles that are scored; issuer and report-to are recorded but not measured. */
const SCORED_ROLES: ReadonlySet<Role> = new Set<Role>(['assignee', 'lead', 'coordinate']);

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function withRates({ tp, fp, fn }: Counts): FieldScore {
  return { tp, fp, fn, precision: rate(tp, tp + fp), recall: rate(tp, tp + fn), f1: rate(2 * tp, 2 * tp + fp + fn) };
}

// ---- leaves ---------------------------------------------------------------------------------

interface ActorTree<D> {
  actors: readonly { name: string }[];
  children: readonly D[];
}

/**
 * The directives without children, in document order, each carrying the actors of its ancestors
 * (ANNOTATION.md: a lead-in's actors go on the parent, the scorer passes them down). The nearest
 * naming decides: a directive that names a body drops every inherited entry of that body.
 */
export function leaves<D extends ActorTree<D>>(directives: readonly D[]): D[] {
  return leavesUnder(directives, []);
}

function leavesUnder<D extends ActorTree<D>>(directives: readonly D[], inherited: D['actors']): D[] {
  return directives.flatMap((d) => {
    const own = new Set(d.actors.map((a) => nameKey(a.name)));
    const actors = [...inherited.filter((a) => !own.has(nameKey(a.name))), ...d.actors];
    return d.children.length === 0 ? [{ ...d, actors }] : leavesUnder(d.children, actors);
  });
}

// ---- matching -------------------------------------------------------------------------------

function overlap(a: Span, b: Span): { intersection: number; union: number } {
  const intersection = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  return { intersection, union: a[1] - a[0] + (b[1] - b[0]) - intersection };
}

/**
 * One-to-one matching of predicted and gold leaves whose spans have intersection over union ≥ 0.5;
 * returns [predicted index, gold index] pairs in predicted order.
 *
 * Why greedy is enough: IoU > 0.5 means the intersection exceeds half of each span, so among
 * disjoint spans (the leaves of one tree) a span has at most one partner above 0.5 — those pairs
 * never compete. Conflicts arise only at exactly 0.5 ([0,2] against [0,1] and [1,2]) or when a
 * prediction overlaps itself; there we take pairs by IoU descending, then by predicted index, then
 * by gold index, so the result is deterministic. IoU is compared by cross-multiplying integers, so
 * no rounding decides a tie or the threshold.
 */
export function matchLeaves(pred: readonly Span[], gold: readonly Span[]): Array<[number, number]> {
  const candidates: Array<{ p: number; g: number; intersection: number; union: number }> = [];
  pred.forEach((ps, p) =>
    gold.forEach((gs, g) => {
      const same = ps[0] === gs[0] && ps[1] === gs[1];
      // Identical spans match even when empty (union 0), where the ratio is undefined.
      const { intersection, union } = same ? { intersection: 1, union: 1 } : overlap(ps, gs);
      if (union > 0 && 2 * intersection >= union) candidates.push({ p, g, intersection, union });
    }),
  );
  candidates.sort((a, b) => b.intersection * a.union - a.intersection * b.union || a.p - b.p || a.g - b.g);
  const predTaken = new Set<number>();
  const goldTaken = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { p, g } of candidates) {
    if (predTaken.has(p) || goldTaken.has(g)) continue;
    predTaken.add(p);
    goldTaken.add(g);
    pairs.push([p, g]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

// ---- counting -------------------------------------------------------------------------------

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Set comparison: duplicates on either side count once. */
function compareSets(pred: Iterable<string>, gold: Iterable<string>): Counts {
  const p = new Set(pred);
  const g = new Set(gold);
  let tp = 0;
  for (const key of p) if (g.has(key)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

/** One document field as one unit: equal (null = null included) is a hit; else a wrong claim and/or a miss. */
function compareField(pred: string | null, gold: string | null): Counts {
  if (pred === gold) return { tp: 1, fp: 0, fn: 0 };
  return { tp: 0, fp: pred === null ? 0 : 1, fn: gold === null ? 0 : 1 };
}

/** A reference number as printed, with spacing ignored ("15/ CT-TTg" = "15/CT-TTg"). */
function referenceKey(number: string): string {
  return number.normalize('NFC').replace(/\s+/gu, '');
}

type AnyActor = { name: string; role: Role };
type AnyDeadline = { value: string | null; kind: string };

function actorKeys(actors: readonly AnyActor[]): string[] {
  return actors.filter((a) => SCORED_ROLES.has(a.role)).map((a) => `${nameKey(a.name)}\u0000${a.role}`);
}

function deadlineKeys(deadlines: readonly AnyDeadline[]): string[] {
  return deadlines.filter((d) => d.kind !== 'horizon').map((d) => `${d.value ?? ''}\u0000${d.kind}`);
}

/** Scored roles by folded name. */
function rolesByName(actors: readonly AnyActor[]): Map<string, Set<Role>> {
  const roles = new Map<string, Set<Role>>();
  for (const a of actors) {
    if (!SCORED_ROLES.has(a.role)) continue;
    const key = nameKey(a.name);
    roles.set(key, (roles.get(key) ?? new Set()).add(a.role));
  }
  return roles;
}

/**
 * Role agreement in one matched pair: over the bodies both sides name with a scored role, a body
 * is correct when its scored roles are the same set (normally one role each; ANNOTATION.md forbids
 * two on one path). Counted as tp = correct, fp = fn = wrong (see FieldScore).
 */
function compareRoles(pred: readonly AnyActor[], gold: readonly AnyActor[]): Counts {
  const p = rolesByName(pred);
  let correct = 0;
  let wrong = 0;
  for (const [name, goldRoles] of rolesByName(gold)) {
    const predRoles = p.get(name);
    if (!predRoles) continue;
    const same = predRoles.size === goldRoles.size && [...predRoles].every((r) => goldRoles.has(r));
    if (same) correct++;
    else wrong++;
  }
  return { tp: correct, fp: wrong, fn: wrong };
}

/** Counts and rates for one document: the extractor's output against its gold file. */
export function scoreDocument(pred: ExtractedDocument, gold: GoldFile): DocumentScore {
  const pd = pred.document;
  const gd = gold.document;
  const document = [
    compareField(pd.kind, gd.kind),
    compareField(pd.type, gd.type),
    compareField(pd.number, gd.number),
    compareField(pd.issuer, gd.issuer),
    compareField(pd.date, gd.date),
    compareField(pd.signer?.name ?? null, gd.signer),
  ].reduce(add, ZERO);

  const references = compareSets(pd.references.map((r) => referenceKey(r.number)), gd.references.map(referenceKey));

  const predLeaves = leaves<Directive>(pred.directives);
  const goldLeaves = leaves<GoldDirective>(gold.directives);
  const pairs = matchLeaves(predLeaves.map((d) => d.span), goldLeaves.map((d) => d.span));
  const directives = { tp: pairs.length, fp: predLeaves.length - pairs.length, fn: goldLeaves.length - pairs.length };

  const actors = compareSets(predLeaves.flatMap((d) => actorKeys(d.actors)), goldLeaves.flatMap((d) => actorKeys(d.actors)));
  const deadlines = compareSets(
    predLeaves.flatMap((d) => deadlineKeys(d.deadlines)),
    goldLeaves.flatMap((d) => deadlineKeys(d.deadlines)),
  );

  let actorsMatched = ZERO;
  let roles = ZERO;
  let deadlinesMatched = ZERO;
  let domains = ZERO;
  for (const [p, g] of pairs) {
    const pl = predLeaves[p]!;
    const gl = goldLeaves[g]!;
    actorsMatched = add(actorsMatched, compareSets(actorKeys(pl.actors), actorKeys(gl.actors)));
    roles = add(roles, compareRoles(pl.actors, gl.actors));
    deadlinesMatched = add(deadlinesMatched, compareSets(deadlineKeys(pl.deadlines), deadlineKeys(gl.deadlines)));
    domains = add(domains, compareSets(pl.domains.map((d) => d.id), gl.domains));
  }

  const counts: Record<ScoreField, Counts> = {
    document, references, directives, actors, actorsMatched, roles, deadlines, deadlinesMatched, domains,
  };
  return rates(counts);
}

function rates(counts: Record<ScoreField, Counts>): Score {
  return Object.fromEntries(SCORE_FIELDS.map(({ field }) => [field, withRates(counts[field])])) as Score;
}

/** Micro-average: counts are summed over documents, then the rates recomputed. */
export function combine(scores: readonly DocumentScore[]): Score {
  const counts = Object.fromEntries(
    SCORE_FIELDS.map(({ field }) => [field, scores.map((s) => s[field]).reduce<Counts>(add, ZERO)]),
  ) as Record<ScoreField, Counts>;
  return rates(counts);
}
