// What changed between two aligned directives besides their words: actors (compared after mapping
// each to its current successor, so a renamed or merged ministry is the same portfolio), deadlines
// (a deadline of the same kind with another value has moved) and domains.
import { nameKey } from '../ingest/match.js';
import type { Actor, Deadline, Directive, Role } from '../types.js';

/**
 * The current successor(s) of a body by its canonical name, e.g. from the gazetteer: "Bộ Thông tin
 * và Truyền thông" → "Bộ Khoa học và Công nghệ"; a split portfolio gives several names. null or
 * undefined: the body is current (or unknown) and keeps its name.
 */
export type SuccessorLookup = (name: string) => string | readonly string[] | null | undefined;

/** The actors stage will add `successor` to each actor; until then only the lookup gives one. */
type ActorWithSuccessor = Actor & { successor?: string | readonly string[] | null };

/** The names an actor stands for today: its own `successor`, else the lookup's, else its name. */
export function currentNames(actor: Actor, lookup?: SuccessorLookup): string[] {
  const own = (actor as ActorWithSuccessor).successor;
  const found = own ?? lookup?.(actor.name) ?? actor.name;
  const list = typeof found === 'string' ? [found] : [...found];
  return list.length ? list : [actor.name];
}

export interface ActorRef {
  name: string;
  role: Role;
  /** The names it stands for today (itself when current). */
  current: string[];
}

export interface ActorRename {
  role: Role;
  from: string;
  to: string;
  current: string[];
}

export interface ActorChanges {
  added: ActorRef[];
  removed: ActorRef[];
  /** The same portfolio (same current successor) named differently: shown as renamed. */
  renamed: ActorRename[];
}

function actorRefs(actors: readonly Actor[], lookup?: SuccessorLookup): ActorRef[] {
  const seen = new Set<string>();
  const out: ActorRef[] = [];
  for (const a of actors) {
    const key = `${a.role}\u0000${nameKey(a.name)}`;
    if (seen.has(key)) continue; // the same body named twice in one directive is one actor
    seen.add(key);
    out.push({ name: a.name, role: a.role, current: currentNames(a, lookup) });
  }
  return out;
}

const samePortfolio = (a: ActorRef, b: ActorRef): boolean => {
  const keys = new Set(a.current.map(nameKey));
  return b.current.some((n) => keys.has(nameKey(n)));
};

/**
 * Actors of the new wording against the old: same role and same name first; then same role and a
 * shared current successor (renamed); what is left was added or removed.
 */
export function diffActors(oldActors: readonly Actor[], newActors: readonly Actor[], lookup?: SuccessorLookup): ActorChanges {
  const olds = actorRefs(oldActors, lookup);
  const news = actorRefs(newActors, lookup);
  const taken = new Set<number>();
  const left: ActorRef[] = [];
  for (const o of olds) {
    const j = news.findIndex((n, i) => !taken.has(i) && n.role === o.role && nameKey(n.name) === nameKey(o.name));
    if (j >= 0) taken.add(j);
    else left.push(o);
  }
  const renamed: ActorRename[] = [];
  const removed: ActorRef[] = [];
  for (const o of left) {
    const j = news.findIndex((n, i) => !taken.has(i) && n.role === o.role && samePortfolio(o, n));
    if (j < 0) {
      removed.push(o);
      continue;
    }
    taken.add(j);
    renamed.push({ role: o.role, from: o.name, to: news[j]!.name, current: news[j]!.current });
  }
  return { added: news.filter((_, i) => !taken.has(i)), removed, renamed };
}

export interface DeadlineRef {
  kind: Deadline['kind'];
  value: string | null;
  text: string;
}

export interface DeadlineMove {
  kind: Deadline['kind'];
  from: string | null;
  to: string | null;
  fromText: string;
  toText: string;
}

export interface DeadlineChanges {
  added: DeadlineRef[];
  removed: DeadlineRef[];
  /** Same kind, another value: "trong năm 2016" → "trong năm 2017". */
  moved: DeadlineMove[];
}

// A recurring deadline without a duration is told apart by its words.
const deadlineKey = (d: Deadline): string => `${d.kind}\u0000${d.value ?? `~${nameKey(d.text)}`}`;

/**
 * Deadlines compared as multisets of (kind, value): a directive may give the same year twice
 * ("trong 2 năm tới" resolved to 2017, and "trong năm 2017"), and changing one of them is a move.
 * What is left on each side pairs up by kind, in order of appearance, as moves.
 */
export function diffDeadlines(oldDeadlines: readonly Deadline[], newDeadlines: readonly Deadline[]): DeadlineChanges {
  const pending = new Map<string, number[]>();
  newDeadlines.forEach((d, j) => {
    const key = deadlineKey(d);
    pending.set(key, [...(pending.get(key) ?? []), j]);
  });
  const oldLeft: Deadline[] = [];
  for (const d of oldDeadlines) {
    const list = pending.get(deadlineKey(d));
    if (list?.length) list.shift();
    else oldLeft.push(d);
  }
  const unmatchedNew = new Set([...pending.values()].flat());
  const newLeft = newDeadlines.filter((_, j) => unmatchedNew.has(j));
  const moved: DeadlineMove[] = [];
  const removed: DeadlineRef[] = [];
  const used = new Set<Deadline>();
  for (const o of oldLeft) {
    const n = newLeft.find((x) => !used.has(x) && x.kind === o.kind);
    if (!n) {
      removed.push(deadlineRef(o));
      continue;
    }
    used.add(n);
    moved.push({ kind: o.kind, from: o.value, to: n.value, fromText: o.text, toText: n.text });
  }
  return { added: newLeft.filter((x) => !used.has(x)).map(deadlineRef), removed, moved };
}

const deadlineRef = (d: Deadline): DeadlineRef => ({ kind: d.kind, value: d.value, text: d.text });

export interface DomainChanges {
  added: string[];
  removed: string[];
}

/** Domain ids added and removed (scores are the classifier's confidence, not a change). */
export function diffDomains(oldDirective: Pick<Directive, 'domains'>, newDirective: Pick<Directive, 'domains'>): DomainChanges {
  const a = new Set(oldDirective.domains.map((d) => d.id));
  const b = new Set(newDirective.domains.map((d) => d.id));
  return { added: [...b].filter((id) => !a.has(id)).sort(), removed: [...a].filter((id) => !b.has(id)).sort() };
}

export const noActorChanges = (c: ActorChanges): boolean => !c.added.length && !c.removed.length && !c.renamed.length;
export const noDeadlineChanges = (c: DeadlineChanges): boolean => !c.added.length && !c.removed.length && !c.moved.length;
export const noDomainChanges = (c: DomainChanges): boolean => !c.added.length && !c.removed.length;
