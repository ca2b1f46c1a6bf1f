// The document's issuer as a canonical name (SPEC.md: `issuer` is the canonical name): the header
// prints the body as its cell reads ("BAN CHẤP HÀNH TRUNG ƯƠNG", cased "Ban Chấp hành Trung
// ương"); when the gazetteer knows that whole name, the field takes the gazetteer's form ("Ban
// Chấp hành Trung ương Đảng"), valid at the document's date.
import { recognise } from './actors/recognise.js';
import type { Stage } from './pipeline.js';

export const issuerNameStage: Stage = (doc) => {
  const printed = doc.document.issuer;
  if (!printed) return doc;
  const setting = { date: doc.document.date ?? null, province: null, issuer: null, issuerName: null };
  const whole = recognise(printed, setting).filter((m) => m.kind === 'body' && m.start === 0 && m.end === printed.length);
  if (whole.length !== 1 || whole[0]!.name === printed) return doc;
  return { ...doc, document: { ...doc.document, issuer: whole[0]!.name } };
};
