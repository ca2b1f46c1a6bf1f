// The published JSON Schema of gold files (schema/gold.schema.json), checked with ajv, its errors
// turned into issues with a stable code, a JSON Pointer and a readable message. The schema is the
// one list of allowed values (domains, roles, actor types, deadline kinds, document types): an
// enum error at one of those places gets that place's own code, with the nearest allowed value as
// a hint.
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { Finding } from '../types.js';
import { pointerToken, shortJson as show, valueAt as at } from './json-positions.js';
import { nearest } from './nearest.js';
import { readablePath } from './tree.js';

// `../../schema/` resolves to the same file from src/validate/ (vitest) and dist/validate/ (tsc).
export const goldSchema = createRequire(import.meta.url)('../../schema/gold.schema.json') as Record<string, unknown>;

// allErrors: every problem of a file at once. allowUnionTypes: nullable fields are ["string", "null"].
// verbose: errors carry their schema, whose `properties` name the members an unknown one may be a typo of.
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true, verbose: true }).compile(goldSchema);

export interface SchemaIssue {
  code: string;
  severity: Finding['severity'];
  pointer: string;
  /** Place the finding at the member's name (an unknown property) rather than at its value. */
  atKey: boolean;
  message: string;
  /** False when the file's structure cannot be walked by the other checks (a wrong type, a missing member). */
  soft: boolean;
}

/** Places whose allowed values are a list of the specification, each with its own code. */
const LISTS: Array<{ code: string; what: string; pattern: RegExp }> = [
  { code: 'unknown-domain', what: 'domain id', pattern: /\/domains\/\d+$/u },
  { code: 'unknown-role', what: 'role', pattern: /\/actors\/\d+\/role$/u },
  { code: 'unknown-actor-type', what: 'actor type', pattern: /\/actors\/\d+\/type$/u },
  { code: 'unknown-deadline-kind', what: 'deadline kind', pattern: /\/deadlines\/\d+\/kind$/u },
  { code: 'unknown-document-type', what: 'document type', pattern: /^\/document\/type$/u },
];

/** Keywords whose failure leaves the file walkable: a wrong value of the right type. */
const SOFT = new Set(['enum', 'const', 'additionalProperties', 'uniqueItems', 'pattern', 'minLength']);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** "(directive 3.a)" for a path inside a directive whose id is a string. */
function directiveOf(root: unknown, pointer: string): string {
  const m = /^(\/directives\/\d+(?:\/children\/\d+)*)/u.exec(pointer);
  const id = m ? (at(root, m[1]!) as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' ? ` (directive ${id})` : '';
}

const hint = (value: unknown, allowed: readonly unknown[]): string => {
  if (typeof value !== 'string') return '';
  const best = nearest(value, allowed.filter((a): a is string => typeof a === 'string'), 0.75);
  return best ? `; did you mean ${JSON.stringify(best.name)}?` : '';
};

function toIssue(e: ErrorObject, root: unknown): SchemaIssue {
  const value = at(root, e.instancePath);
  const where = (pointer: string): string => `${readablePath(pointer)}${directiveOf(root, pointer)}`;
  /** An issue at the error's value, or at `pointer` (an item inside it). */
  const issue = (message: string, extra: Partial<SchemaIssue> = {}, pointer = e.instancePath): SchemaIssue => ({
    code: 'gold-schema', severity: 'error', pointer, atKey: false, message: `${where(pointer)}: ${message}`, soft: SOFT.has(e.keyword), ...extra,
  });
  switch (e.keyword) {
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const list = LISTS.find((l) => l.pattern.test(e.instancePath));
      const names = allowed.map((a) => (a === null ? 'null' : String(a))).join(', ');
      // With a hint the list is noise; without one it is the help.
      const help = hint(value, allowed) || ` (one of ${names})`;
      if (list) return issue(`${show(value)} is not a known ${list.what}${help}`, { code: list.code });
      return issue(`${show(value)} is not allowed here${help}`);
    }
    case 'type': {
      const wanted = ([] as string[]).concat((e.params as { type: string | string[] }).type);
      const words = wanted.map((t) => (t === 'null' ? 'null' : /^[aeiou]/u.test(t) ? `an ${t}` : `a ${t}`));
      return issue(`must be ${words.join(' or ')}, found ${value === null ? 'null' : `${typeName(value)} ${show(value)}`}`);
    }
    case 'required':
      return issue(`missing the required member "${(e.params as { missingProperty: string }).missingProperty}"`);
    case 'additionalProperties': {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      const parentSchema = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parentSchema?.properties ?? {}).filter((k) => !k.startsWith('$'));
      return {
        ...issue(`unknown member "${name}"${hint(name, known)} (known: ${known.join(', ')})`),
        code: 'gold-unknown-field', severity: 'warning', pointer: `${e.instancePath}/${pointerToken(name)}`, atKey: true,
      };
    }
    case 'const':
      return issue(`must be ${show((e.params as { allowedValue: unknown }).allowedValue)}, found ${show(value)}`);
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      const later = Math.max(i, j);
      const pointer = `${e.instancePath}/${later}`;
      return issue(`${show(at(root, pointer))} is listed twice (items ${Math.min(i, j)} and ${later})`, {}, pointer);
    }
    case 'pattern':
      return issue(`${show(value)} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)`);
    case 'minLength':
      return issue('must not be empty');
    case 'minimum':
      return issue(`must be at least ${(e.params as { limit: number }).limit}, found ${show(value)}`);
    case 'minItems':
    case 'maxItems':
      return issue(/\/span$/u.test(e.instancePath)
        ? `a span is [start, end], found ${show(value)}`
        : `must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${(e.params as { limit: number }).limit} items`);
    default:
      return issue(e.message ?? e.keyword);
  }
}

/**
 * Schema issues of a parsed gold file, in document order of their pointers' discovery by ajv.
 * Where a value has the wrong type, the other complaints about the same value are dropped: "must
 * be a string" says all there is to say.
 */
export function schemaIssues(root: unknown): SchemaIssue[] {
  if (validate(root)) return [];
  const errors = validate.errors ?? [];
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // minItems and maxItems on the same span say the same thing; keep one.
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const e of errors) {
    if (typed.has(e.instancePath) && e.keyword !== 'type') continue;
    const issue = toIssue(e, root);
    const key = `${issue.code}\u0000${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
