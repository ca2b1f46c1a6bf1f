// The knowledge files and where their schemas are, shared by both forms of validators.ts (the
// source form and the generated one, scripts/data-validators.mjs).

/** Every knowledge file, by its path under src/data/; each has schema/data/NAME.schema.json. */
export const DATA_FILES: readonly string[] = [
  'boilerplate.json', 'cues.json', 'doc-types.json', 'domains.json', 'header.json', 'labels.json', 'offices.json',
  'pdf-layer.json', 'table-columns.json', 'time-words.json',
  'gazetteer/central.json', 'gazetteer/collectives.json', 'gazetteer/persons.json', 'gazetteer/provinces.json',
  'gazetteer/roles.json', 'gazetteer/units.json',
];

/** schema/data/ path of a knowledge file's schema: 'gazetteer/roles.json' → 'schema/data/gazetteer/roles.schema.json'. */
export const schemaPath = (name: string): string => `schema/data/${name.replace(/\.json$/u, '.schema.json')}`;

/** The $id of a knowledge file's schema (schema/data/*.schema.json all start so). */
export const schemaId = (name: string): string => `https://github.com/chidao/chidao/${schemaPath(name)}`;
