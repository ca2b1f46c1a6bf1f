// The summary of a diff: counts per class, domain shares on each side and their shift, agencies
// gaining or losing lead roles (by current successor), and the deadlines that moved.
import { nameKey } from '../ingest/match.js';
import type { Directive, ExtractedDocument } from '../types.js';
import { currentNames, type SuccessorLookup } from './fields.js';
import type { DiffClass, DomainShare, Entry, LeadShift, MovedDeadline, Summary } from './types.js';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function eachDirective(documents: readonly ExtractedDocument[], visit: (d: Directive, leaf: boolean) => void): void {
  const walk = (ds: readonly Directive[]): void => {
    for (const d of ds) {
      visit(d, d.children.length === 0);
      walk(d.children);
    }
  };
  for (const doc of documents) walk(doc.directives);
}

/** How many leaf directives carry each domain, and how many leaves there are. */
function domainCounts(documents: readonly ExtractedDocument[]): { total: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  let total = 0;
  eachDirective(documents, (d, leaf) => {
    if (!leaf) return;
    total++;
    for (const id of new Set(d.domains.map((x) => x.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return { total, counts };
}

export function domainShares(oldDocs: readonly ExtractedDocument[], newDocs: readonly ExtractedDocument[]): DomainShare[] {
  const a = domainCounts(oldDocs);
  const b = domainCounts(newDocs);
  const ids = [...new Set([...a.counts.keys(), ...b.counts.keys()])];
  const share = (count: number, total: number): number => (total ? round3(count / total) : 0);
  return ids
    .map((id) => {
      const oldCount = a.counts.get(id) ?? 0;
      const newCount = b.counts.get(id) ?? 0;
      const o = share(oldCount, a.total);
      const n = share(newCount, b.total);
      return { id, old: { count: oldCount, share: o }, new: { count: newCount, share: n }, shift: round3(n - o) };
    })
    .sort((x, y) => Math.abs(y.shift) - Math.abs(x.shift) || (x.id < y.id ? -1 : 1));
}

/**
 * Directives led by each agency on a side. Every directive of the tree counts, parents included:
 * "Giao Bộ Ngoại giao chủ trì thực hiện các nhiệm vụ sau: a) … b) …" assigns the lead in the parent.
 * Agencies are keyed by their current successor(s), so a 2015 and a 2025 name of one portfolio add up.
 */
function leadCounts(documents: readonly ExtractedDocument[], lookup?: SuccessorLookup): Map<string, { agency: string; count: number }> {
  const out = new Map<string, { agency: string; count: number }>();
  eachDirective(documents, (d) => {
    const here = new Map<string, string>();
    for (const a of d.actors) {
      if (a.role !== 'lead') continue;
      const names = currentNames(a, lookup);
      here.set(names.map(nameKey).sort().join('\u0000'), names.join(' / '));
    }
    for (const [key, agency] of here) {
      const entry = out.get(key);
      if (entry) entry.count++;
      else out.set(key, { agency, count: 1 });
    }
  });
  return out;
}

export function leadShifts(oldDocs: readonly ExtractedDocument[], newDocs: readonly ExtractedDocument[], lookup?: SuccessorLookup): LeadShift[] {
  const a = leadCounts(oldDocs, lookup);
  const b = leadCounts(newDocs, lookup);
  const out: LeadShift[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const o = a.get(key)?.count ?? 0;
    const n = b.get(key)?.count ?? 0;
    if (o !== n) out.push({ agency: (b.get(key) ?? a.get(key))!.agency, old: o, new: n, change: n - o });
  }
  return out.sort((x, y) => y.change - x.change || x.agency.localeCompare(y.agency, 'vi'));
}

function movedDeadlines(entries: readonly Entry[]): MovedDeadline[] {
  const out: MovedDeadline[] = [];
  for (const e of entries) {
    if (e.class !== 'changed' || !e.deadlines) continue;
    for (const m of e.deadlines.moved) out.push({ ...m, old: { path: e.old!.path, id: e.old!.id }, new: { path: e.new!.path, id: e.new!.id } });
  }
  return out;
}

export function summarise(
  entries: readonly Entry[],
  oldDocs: readonly ExtractedDocument[],
  newDocs: readonly ExtractedDocument[],
  lookup?: SuccessorLookup,
): Summary {
  const counts: Record<DiffClass, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const e of entries) counts[e.class]++;
  return { counts, domains: domainShares(oldDocs, newDocs), leads: leadShifts(oldDocs, newDocs, lookup), deadlinesMoved: movedDeadlines(entries) };
}
