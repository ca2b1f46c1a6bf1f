// The JSON Schemas of the knowledge files (schema/data/) in one ajv instance, with the options
// both forms of the validators use: src/data/validators.ts compiles from it at run time, and
// scripts/data-validators.mjs generates standalone code from it at build time.
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DATA_FILES, schemaPath } from './data-files.js';

/**
 * Every data schema and what they refer to: the shared definitions and the gold schema's lists of
 * SPEC.md. allErrors off: a broken file is reported by its first problem, and the code is smaller.
 */
export function dataSchemas(code: { source?: boolean; esm?: boolean } = {}): Ajv2020 {
  const require = createRequire(import.meta.url);
  // strictRequired off: a file's many phrase lists are typed once, by additionalProperties, their
  // names closed by propertyNames, so a required key need not be under properties. inlineRefs 4:
  // a small definition (a phrase) is checked in place, without a call per string; a larger one
  // is one function for all the places that use it (the size of the bundle).
  const ajv = new Ajv2020({ allErrors: false, allowUnionTypes: true, strict: true, strictRequired: false, inlineRefs: 4, code });
  // `../../schema/` is the repository's schema folder from src/data/ and from dist/data/ alike.
  ajv.addSchema(require('../../schema/gold.schema.json') as object);
  // Each shared definition on its own, under the URI the schemas refer to it by
  // ("common.schema.json#/$defs/phrases"): ajv compiles a definition once per schema that refers
  // to it when it is a part of another document, and once in all when it is a document itself.
  const common = require('../../schema/data/common.schema.json') as { $id: string; $defs: Record<string, object> };
  for (const [key, definition] of Object.entries(common.$defs)) ajv.addSchema(definition, `${common.$id}#/$defs/${key}`);
  for (const name of DATA_FILES) ajv.addSchema(require(`../../${schemaPath(name)}`) as object);
  return ajv;
}
