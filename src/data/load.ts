// One way to read a knowledge file: `loadData('gazetteer/units.json')`. JSON is read with require
// (no fs, and no experimental-JSON-module warning on Node 20's stderr); the build copies the files
// beside the compiled code. The path "../data/NAME" is taken from this module's own place, which
// is `src/data/` or `dist/data/` — or `dist/cli/` inside the one-file bundle of the command line
// (scripts/bundle.mjs): from each of them "../data/" is the folder of the knowledge files.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function loadData<T>(name: string): T {
  return require(`../data/${name}`) as T;
}
