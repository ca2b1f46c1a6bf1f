// A gold file dressed as extractor output, so that the scorer can be tested against a prediction
// that is right by construction. Fields the gold does not record get neutral placeholders.

import type { Directive, ExtractedDocument } from '../../src/types.js';
import type { GoldDirective, GoldFile } from '../../src/validate/gold.js';

function toDirective(d: GoldDirective): Directive {
  return {
    id: d.id,
    numbered: !/^s\d/.test(d.id),
    text: d.text,
    span: [d.span[0], d.span[1]],
    urgent: false,
    actors: d.actors.map((a) => ({ name: a.name, role: a.role, type: 'collective', text: a.name, span: [0, 0] })),
    deadlines: d.deadlines.map((x) => ({ text: '', kind: x.kind, value: x.value, precision: null, span: [0, 0] })),
    domains: d.domains.map((id) => ({ id, score: 1, evidence: [] })),
    children: d.children.map(toDirective),
  };
}

export function goldToPrediction(gold: GoldFile): ExtractedDocument {
  const g = gold.document;
  return {
    schemaVersion: 1,
    source: { path: gold.source, sha256: '', encoding: 'utf-8', format: 'text', length: 0 },
    document: {
      kind: g.kind,
      type: g.type,
      number: g.number,
      issuer: g.issuer,
      place: null,
      date: g.date,
      title: null,
      signer: g.signer === null ? null : { name: g.signer, title: null },
      recipients: [],
      references: g.references.map((number) => ({ number, type: null, date: null, text: number, span: [0, 0] })),
    },
    directives: gold.directives.map(toDirective),
  };
}
