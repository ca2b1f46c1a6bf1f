// The gold file of ANNOTATION.md: what a careful reader finds in one document, cut down from the
// output shapes of SPEC.md to what a person decides. `parseGold` only checks the structure the
// scorer relies on; the JSON Schema check with file:line findings belongs to `chidao validate`.

import type { DeadlineKind, DocumentKind, Role, Span } from '../types.js';

export interface GoldActor {
  name: string;
  role: Role;
}

export interface GoldDeadline {
  /** ISO value at its precision; null where the text gives none ("hằng năm" with no period). */
  value: string | null;
  kind: DeadlineKind;
}

export interface GoldDirective {
  id: string;
  span: Span;
  text: string;
  actors: GoldActor[];
  deadlines: GoldDeadline[];
  /** Taxonomy ids (SPEC.md, "Domains"). */
  domains: string[];
  children: GoldDirective[];
}

export interface GoldDocument {
  kind: DocumentKind;
  type: string | null;
  number: string | null;
  issuer: string | null;
  date: string | null;
  /** The signer's full name (the output has `signer.name`). */
  signer: string | null;
  /** Numbers of cited documents, as printed. */
  references: string[];
}

export interface GoldFile {
  schemaVersion: 1;
  /** The text file, relative to the gold file. */
  source: string;
  document: GoldDocument;
  directives: GoldDirective[];
}

const ROLES: readonly Role[] = ['issuer', 'assignee', 'lead', 'coordinate', 'report-to'];
const DEADLINE_KINDS: readonly DeadlineKind[] = ['by', 'from', 'period', 'recurring', 'horizon'];
const DOCUMENT_KINDS: readonly DocumentKind[] = ['official', 'news'];

type Json = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new Error(`gold file: ${path}: expected ${expected}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Json;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  return value;
}

function string(value: unknown, path: string): void {
  if (typeof value !== 'string') fail(path, 'a string');
}

function nullableString(value: unknown, path: string): void {
  if (value !== null && typeof value !== 'string') fail(path, 'a string or null');
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): void {
  if (!allowed.includes(value as T)) fail(path, `one of ${allowed.join(', ')}`);
}

function checkDirective(value: unknown, path: string): void {
  const d = object(value, path);
  string(d.id, `${path}.id`);
  const span = array(d.span, `${path}.span`);
  if (span.length !== 2 || !span.every((n) => Number.isInteger(n) && (n as number) >= 0) || (span[0] as number) > (span[1] as number)) {
    fail(`${path}.span`, '[start, end] with integers 0 ≤ start ≤ end');
  }
  string(d.text, `${path}.text`);
  array(d.actors, `${path}.actors`).forEach((a, i) => {
    const actor = object(a, `${path}.actors[${i}]`);
    string(actor.name, `${path}.actors[${i}].name`);
    oneOf(actor.role, ROLES, `${path}.actors[${i}].role`);
  });
  array(d.deadlines, `${path}.deadlines`).forEach((x, i) => {
    const deadline = object(x, `${path}.deadlines[${i}]`);
    nullableString(deadline.value, `${path}.deadlines[${i}].value`);
    oneOf(deadline.kind, DEADLINE_KINDS, `${path}.deadlines[${i}].kind`);
  });
  array(d.domains, `${path}.domains`).forEach((x, i) => string(x, `${path}.domains[${i}]`));
  array(d.children, `${path}.children`).forEach((c, i) => checkDirective(c, `${path}.children[${i}]`));
}

/** Checks the shape of a parsed gold file and returns it typed; throws an Error naming the first wrong path. */
export function parseGold(json: unknown): GoldFile {
  const gold = object(json, '(root)');
  if (gold.schemaVersion !== 1) fail('schemaVersion', '1');
  string(gold.source, 'source');
  const doc = object(gold.document, 'document');
  oneOf(doc.kind, DOCUMENT_KINDS, 'document.kind');
  for (const field of ['type', 'number', 'issuer', 'date', 'signer'] as const) nullableString(doc[field], `document.${field}`);
  array(doc.references, 'document.references').forEach((r, i) => string(r, `document.references[${i}]`));
  array(gold.directives, 'directives').forEach((d, i) => checkDirective(d, `directives[${i}]`));
  return gold as unknown as GoldFile;
}
