// The validators of the knowledge files, one per file, from their JSON Schemas (schema/data/). This
// is the source form, which compiles a schema with ajv when its file is first loaded: it is what
// runs under vitest (src/), always in step with the schemas. The build replaces its compiled copy,
// dist/data/validators.js, by ajv's standalone code of the same schemas with the same options
// (scripts/data-validators.mjs, which builds them through `dataSchemas` below): the command line
// and its bundle then neither load ajv nor compile a schema (~65 ms of a start).
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { DATA_FILES, schemaId, schemaPath } from './data-files.js';

export { DATA_FILES, schemaId, schemaPath } from './data-files.js';

export interface DataValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * An ajv instance holding every data schema and what they refer to (common definitions, the gold
 * schema's lists of SPEC.md), in the options both forms use. allErrors off: a broken file is
 * reported by its first problem, and the generated code stays small.
 */
export function dataSchemas(code: { source?: boolean; esm?: boolean } = {}): Ajv2020 {
  const require = createRequire(import.meta.url);
  // `../../schema/` is the repository's schema folder from src/data/ and from dist/data/ alike.
  const ajv = new Ajv2020({ allErrors: false, allowUnionTypes: true, strict: true, inlineRefs: false, code });
  ajv.addSchema(require('../../schema/gold.schema.json') as object);
  ajv.addSchema(require('../../schema/data/common.schema.json') as object);
  for (const name of DATA_FILES) ajv.addSchema(require(`../../${schemaPath(name)}`) as object);
  return ajv;
}

let schemas: Ajv2020 | undefined;

/** The validator of a knowledge file, or undefined for a file without a schema. */
export function dataValidator(name: string): DataValidator | undefined {
  if (!DATA_FILES.includes(name)) return undefined;
  schemas ??= dataSchemas();
  return schemas.getSchema(schemaId(name));
}
