// Extractor output → a gold file for a person to correct (`chidao annotate`): the shapes of
// ANNOTATION.md, members in the order the corpus files use, duplicates dropped (the gold records
// each (name, role), (value, kind) and domain once per directive).
import type { Directive, ExtractedDocument } from '../types.js';
import type { GoldActor, GoldDeadline, GoldDirective, GoldFile } from './gold.js';

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toGoldDirective(d: Directive): GoldDirective {
  return {
    id: d.id,
    span: [d.span[0], d.span[1]],
    text: d.text,
    actors: unique<GoldActor>(d.actors.map((a) => ({ name: a.name, role: a.role })), (a) => `${a.name}\u0000${a.role}`),
    deadlines: unique<GoldDeadline>(d.deadlines.map((x) => ({ value: x.value, kind: x.kind })), (x) => `${x.value}\u0000${x.kind}`),
    domains: unique(d.domains.map((x) => x.id), (id) => id),
    children: d.children.map(toGoldDirective),
  };
}

/** `source` is the text file's name relative to the gold file (they sit side by side). */
export function draftGold(doc: ExtractedDocument, source: string): GoldFile {
  const d = doc.document;
  return {
    schemaVersion: 1,
    source,
    document: {
      kind: d.kind,
      type: d.type,
      number: d.number,
      issuer: d.issuer,
      date: d.date,
      signer: d.signer?.name ?? null,
      references: unique(d.references.map((r) => r.number), (n) => n),
    },
    directives: doc.directives.map(toGoldDirective),
  };
}

export function renderGold(gold: GoldFile): string {
  return JSON.stringify(gold, null, 2) + '\n';
}
