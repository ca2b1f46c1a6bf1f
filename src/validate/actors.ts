// Actors of a gold file: names known to the gazetteer (a warning with the nearest known name, since
// the gazetteer lags behind the texts), and one scored role per body on a path from a top
// directive to a leaf (ANNOTATION.md, "The nearest naming decides"). The gazetteer is injected as
// a list of names, so the check does not depend on how or where it is stored.
import { nameKey } from '../ingest/match.js';
import type { Finding, Role } from '../types.js';
import type { GoldActor } from './gold.js';
import type { GoldRead } from './gold-file.js';
import { nearest } from './nearest.js';
import { nodes, type Node } from './tree.js';

export interface KnownNames {
  /** Whether a canonical name is known; names compare after case, spacing and tone-placement folding. */
  has(name: string): boolean;
  /** The names to suggest from. */
  readonly names: readonly string[];
}

export function knownNames(names: Iterable<string>): KnownNames {
  const list = [...names];
  const keys = new Set(list.map(nameKey));
  return { has: (name) => keys.has(nameKey(name)), names: list };
}

/** What the actors stage knows, handed over by the cli layer (this module does not load it). */
export interface ActorKnowledge {
  /** Canonical names the gazetteer lists (bodies, collectives); the hints are chosen among them. */
  names: Iterable<string>;
  /** Whether the recogniser builds this canonical name from its patterns (units, local bodies). */
  recognises?: (name: string) => boolean;
  /** Offices ("Chủ tịch Ủy ban nhân dân tỉnh"): a name that starts with one is an office, not a body. */
  titles?: readonly string[];
  /** Family names: a name of two to five capitalised words that starts with one is a person's. */
  surnames?: readonly string[];
}

export function knownActors(knowledge: ActorKnowledge): KnownNames {
  const listed = knownNames(knowledge.names);
  const titles = (knowledge.titles ?? []).map((t) => `${nameKey(t)} `);
  const surnames = new Set((knowledge.surnames ?? []).map(nameKey));
  const isOffice = (key: string): boolean => titles.some((t) => key.startsWith(t));
  const isPersonName = (name: string): boolean => {
    const words = name.trim().split(/\s+/u);
    return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w)) && surnames.has(nameKey(words[0]!));
  };
  return {
    names: listed.names,
    has: (name) => listed.has(name) || isOffice(nameKey(name)) || isPersonName(name) || Boolean(knowledge.recognises?.(name)),
  };
}

/** Persons are named by the text, not by the gazetteer of bodies. */
const isPerson = (a: GoldActor & { type?: string; title?: string | null }): boolean => a.type === 'person' || typeof a.title === 'string';

export function checkGazetteer(read: GoldRead, known: KnownNames): Finding[] {
  if (!read.gold) return [];
  const findings: Finding[] = [];
  const hints = new Map<string, string>();
  for (const { directive, pointer } of nodes(read.gold)) {
    directive.actors.forEach((actor, i) => {
      if (isPerson(actor) || known.has(actor.name)) return;
      let hint = hints.get(actor.name);
      if (hint === undefined) {
        const best = nearest(actor.name, known.names);
        hint = best ? `; nearest known name: ${JSON.stringify(best.name)}` : '';
        hints.set(actor.name, hint);
      }
      findings.push({
        code: 'actor-unknown', severity: 'warning', file: read.file, ...read.place(`${pointer}/actors/${i}/name`),
        message: `directive ${directive.id}: actor ${JSON.stringify(actor.name)} is not in the gazetteer${hint}`,
      });
    });
  }
  return findings;
}

const SCORED: ReadonlySet<Role> = new Set<Role>(['assignee', 'lead', 'coordinate']);

interface Holder {
  role: Role;
  id: string;
}

export function checkRoles(read: GoldRead): Finding[] {
  if (!read.gold) return [];
  const findings: Finding[] = [];
  // The scored roles that each directive's ancestors give, by folded name; computed top-down.
  const inherited = new Map<Node | null, Map<string, Holder>>([[null, new Map()]]);
  for (const node of nodes(read.gold)) {
    const { directive, pointer } = node;
    const above = inherited.get(node.parent)!;
    const here = new Map(above);
    const own = new Map<string, Holder>();
    directive.actors.forEach((actor, i) => {
      if (!SCORED.has(actor.role)) return;
      const key = nameKey(actor.name);
      const clash = own.get(key) ?? above.get(key);
      if (clash && clash.role !== actor.role) {
        const where = own.has(key) ? 'in the same directive' : `on ${clash.id}, above it`;
        findings.push({
          code: 'role-conflict', severity: 'warning', file: read.file, ...read.place(`${pointer}/actors/${i}/name`),
          message: `directive ${directive.id}: ${JSON.stringify(actor.name)} is ${actor.role} here but ${clash.role} ${where}; a body takes one scored role on a path (move it onto the children)`,
        });
      }
      if (!own.has(key)) own.set(key, { role: actor.role, id: directive.id });
    });
    for (const [key, holder] of own) here.set(key, holder);
    inherited.set(node, here);
  }
  return findings;
}
