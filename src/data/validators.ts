// The validators of the knowledge files, one per file, from their JSON Schemas (schema/data/). This
// is the source form, which compiles a schema with ajv when its file is first loaded: it is what
// runs under vitest (src/), always in step with the schemas. The build replaces its compiled copy,
// dist/data/validators.js, by ajv's standalone code of the same schemas with the same options
// (scripts/data-validators.mjs, from schemas.ts): the command line and its bundle then neither
// load ajv nor compile a schema (~65 ms of a start).
import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js';
import { DATA_FILES, schemaId } from './data-files.js';
import { dataSchemas } from './schemas.js';

export { DATA_FILES, schemaId, schemaPath } from './data-files.js';

export interface DataValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let schemas: Ajv2020 | undefined;

/** The validator of a knowledge file, or undefined for a file without a schema. */
export function dataValidator(name: string): DataValidator | undefined {
  if (!DATA_FILES.includes(name)) return undefined;
  schemas ??= dataSchemas();
  return schemas.getSchema(schemaId(name));
}
