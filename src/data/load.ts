// One way to read a knowledge file: `loadData('gazetteer/units.json')`, checked against its JSON
// Schema (schema/data/) before any stage reads it: a broken file stops the run with one line
// naming the file, the place in it and the reason, instead of failing later in a pattern built
// from it. JSON is read with require (no fs, and no experimental-JSON-module warning on Node 20's
// stderr); the build copies the files beside the compiled code. The path "../data/NAME" is taken
// from this module's own place, which is `src/data/` or `dist/data/` — or `dist/cli/` inside the
// one-file bundle of the command line (scripts/bundle.mjs): from each of them "../data/" is the
// folder of the knowledge files.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { pointerToken, shortJson as show, valueAt } from '../validate/json-positions.js';
import { dataValidator, schemaPath } from './validators.js';

const require = createRequire(import.meta.url);

/** Files already checked: require gives a file read twice the same object. */
const checked = new Set<string>();

export function loadData<T>(name: string): T {
  const data: unknown = require(`../data/${name}`);
  if (!checked.has(name)) checkData(name, data);
  checked.add(name);
  return data as T;
}

/** Throws an Error of one line when `data` does not match the schema of the knowledge file `name`. */
export function checkData(name: string, data: unknown): void {
  const validate = dataValidator(name);
  if (!validate) throw new Error(`src/data/${name}: no schema for this knowledge file (write ${schemaPath(name)} and list the file in src/data/data-files.ts)`);
  if (validate(data)) return;
  const errors = validate.errors ?? [];
  throw new Error(`src/data/${name}: ${describe(errors, data)} (${schemaPath(name)})`);
}

interface Problem {
  /** JSON Pointer into the file ("" for the whole). */
  pointer: string;
  reason: string;
}

/** What one ajv error says, about `value` (the checked value, or the key for propertyNames). */
function problem(e: ErrorObject, value: unknown): Problem {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { pointer: `${e.instancePath}/${pointerToken(String(params['missingProperty']))}`, reason: 'missing (required)' };
    case 'additionalProperties':
      return { pointer: `${e.instancePath}/${pointerToken(String(params['additionalProperty']))}`, reason: 'unknown key' };
    case 'enum':
      return { pointer: e.instancePath, reason: `${show(value)} is not one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'uniqueItems': {
      const [later, earlier] = [Number(params['i']), Number(params['j'])].sort((a, b) => b - a);
      return { pointer: `${e.instancePath}/${later}`, reason: `${show((value as unknown[])[later!])} repeats item ${earlier}` };
    }
    default:
      return { pointer: e.instancePath, reason: `${show(value)} ${e.message ?? e.keyword}` };
  }
}

/**
 * "POINTER: REASON" of the keyword that failed: with allErrors off ajv stops at the first, whose
 * error comes last, after those of the branches (anyOf) or of the key (propertyNames) it tried.
 */
function describe(errors: ErrorObject[], data: unknown): string {
  const last = errors[errors.length - 1];
  if (!last) return '/: does not match its schema';
  const inner = errors.slice(0, -1);
  const line = ({ pointer, reason }: Problem): string => `${pointer || '/'}: ${reason}`;
  if (last.keyword === 'propertyNames' && inner[0]) {
    const key = (last.params as { propertyName: string }).propertyName;
    // A closed list of keys (propertyNames enum) names an unknown key as additionalProperties does.
    const reason = inner[0].keyword === 'enum' ? 'unknown key' : `the key ${problem(inner[0], key).reason}`;
    return line({ pointer: `${last.instancePath}/${pointerToken(key)}`, reason });
  }
  if (last.keyword === 'anyOf' && inner.length) {
    const reasons = inner.map((e) => {
      const p = problem(e, valueAt(data, e.instancePath));
      const below = p.pointer.slice(last.instancePath.length);
      return below ? `${below}: ${p.reason}` : p.reason;
    });
    return line({ pointer: last.instancePath, reason: reasons.join(', or ') });
  }
  return line(problem(last, valueAt(data, last.instancePath)));
}
