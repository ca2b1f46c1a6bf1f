// Names compared by their key (nameKey: case, spacing and tone placement folded) again and again
// while one document's roles are read — every actor pushed onto a directive against those already
// there, every chain against the issuer. The keys of one document's names are kept while it is
// read (make one `nameKeys` per document: nothing printed outlives it); the canonical names of the
// gazetteer's bodies, the same in every document, keep their keys once folded (data, not text).
import { nameKey } from '../../ingest/match.js';
import { bodies } from './gazetteer.js';

const BODY_NAMES: ReadonlySet<string> = new Set(bodies.map((b) => b.name));
const BODY_KEYS = new Map<string, string>();

/** A `nameKey` that keeps its answers: the same key for the same name, folded once. */
export function nameKeys(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name) ?? BODY_KEYS.get(name);
    if (key === undefined) {
      key = nameKey(name);
      if (BODY_NAMES.has(name)) BODY_KEYS.set(name, key);
      else keys.set(name, key);
    }
    return key;
  };
}
