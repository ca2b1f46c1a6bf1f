// The published JSON Schema of the `extract` output (schema/output.schema.json), checked with ajv.
// Every output is tested against it, so it is compiled once, at load.

import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

// `../../schema/` resolves to the same file from src/validate/ (vitest) and dist/validate/ (tsc):
// the schema stays where it is published instead of being copied next to the code.
const schema = createRequire(import.meta.url)('../../schema/output.schema.json') as object;

// allErrors: the validate command reports every problem of a file at once, not the first one.
// allowUnionTypes: the schema writes nullable fields as ["string", "null"].
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);

const toMessage = (e: ErrorObject): string => {
  const allowed = e.keyword === 'enum' ? `: ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}` : '';
  return `${e.instancePath || '/'} ${e.message ?? e.keyword}${allowed}`;
};

/** Messages "instancePath message" for every schema violation; an empty array means valid. */
export function validateOutput(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map(toMessage);
}
