// The filters of `chidao tasks`, which compose (every one given must hold): actors by folded name
// (case, tone placement "hoà"/"hòa", "Uỷ"/"Ủy" — the kernel's folding), optionally through the
// gazetteer's successors (with `successor`, "Bộ Nông nghiệp và Môi trường" also finds the tasks
// of "Bộ Tài nguyên và Môi trường", which it took over), roles, domains, due dates, status,
// document type and issuer.
import { bodyById, formIndex, type Body } from '../extract/actors/gazetteer.js';
import { nameKey } from '../ingest/match.js';
import { dueOf, TASK_ROLES, type TaskRole, type TaskRow } from './register.js';
import type { Status } from './status.js';

export interface TaskFilter {
  actors?: readonly string[];
  successor?: boolean;
  roles?: readonly TaskRole[];
  domains?: readonly string[];
  /** Due strictly before / after this ISO date (tasks without a dated deadline do not pass). */
  dueBefore?: string;
  dueAfter?: string;
  statuses?: readonly Status[];
  types?: readonly string[];
  issuers?: readonly string[];
}

let forms: Map<string, Body[]> | null = null;
const bodiesNamed = (key: string): Body[] => (forms ??= formIndex()).get(key) ?? [];

const isWordUnit = (s: string, i: number): boolean => i >= 0 && i < s.length && /[\p{L}\p{N}]/u.test(s[i]!);

/** Does the folded `query` occur in the folded `name` as whole words? */
function containsWords(name: string, query: string): boolean {
  if (query === '') return false;
  for (let i = name.indexOf(query); i >= 0; i = name.indexOf(query, i + 1)) {
    if (!isWordUnit(name, i - 1) && !isWordUnit(name, i + query.length)) return true;
  }
  return false;
}

/** The bodies that took over a body's portfolio, nearest first (splits included). */
function successorsOf(body: Body): Body[] {
  const out: Body[] = [];
  const queue = [...body.successor, ...body.successorParts.map((p) => p.id)];
  const seen = new Set([body.id]);
  while (queue.length) {
    const id = queue.shift()!;
    const next = seen.has(id) ? undefined : bodyById(id);
    seen.add(id);
    if (!next) continue;
    out.push(next);
    queue.push(...next.successor, ...next.successorParts.map((p) => p.id));
  }
  return out;
}

/**
 * A test of actor names against one query: the query's words inside the name, or the canonical
 * name of the body the query prints ("Bộ TN&MT" → "Bộ Tài nguyên và Môi trường"); with
 * `successor`, a name matches when one of the bodies that took it over does.
 */
export function actorMatcher(query: string, successor = false): (name: string) => boolean {
  const q = nameKey(query);
  const canonical = new Set(bodiesNamed(q).map((b) => nameKey(b.name)));
  const direct = (key: string): boolean => canonical.has(key) || containsWords(key, q);
  const cache = new Map<string, boolean>();
  return (name) => {
    const key = nameKey(name);
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = direct(key) || (successor && bodiesNamed(key).some((b) => successorsOf(b).some((s) => direct(nameKey(s.name)))));
      cache.set(key, hit);
    }
    return hit;
  };
}

/** The names a row gives the roles asked for (every task role by default). */
export function namesIn(row: TaskRow, roles: readonly TaskRole[] = TASK_ROLES): string[] {
  return roles.flatMap((r) => row.actors[r]);
}

/** One predicate for all the filters given; `statusOf` is the row's status on the --as-of day. */
export function taskPredicate(filter: TaskFilter, statusOf: (row: TaskRow) => Status): (row: TaskRow) => boolean {
  const actorTests = (filter.actors ?? []).map((a) => actorMatcher(a, filter.successor));
  const issuerTests = (filter.issuers ?? []).map((a) => actorMatcher(a, filter.successor));
  const roles = filter.roles?.length ? filter.roles : TASK_ROLES;
  const domains = filter.domains?.length ? new Set(filter.domains) : null;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  const types = filter.types?.length ? new Set(filter.types.map((t) => nameKey(t))) : null;
  return (row) => {
    if (actorTests.length) {
      const names = namesIn(row, roles);
      if (!actorTests.some((test) => names.some(test))) return false;
    } else if (filter.roles?.length && namesIn(row, roles).length === 0) return false;
    if (issuerTests.length && !(row.document.issuer && issuerTests.some((test) => test(row.document.issuer!)))) return false;
    if (domains && !row.domains.some((d) => domains.has(d))) return false;
    if (types && !(row.document.type && types.has(nameKey(row.document.type)))) return false;
    if (filter.dueBefore || filter.dueAfter) {
      const due = dueOf(row);
      if (due === null || (filter.dueBefore && !(due < filter.dueBefore)) || (filter.dueAfter && !(due > filter.dueAfter))) return false;
    }
    if (statuses && !statuses.has(statusOf(row))) return false;
    return true;
  };
}
