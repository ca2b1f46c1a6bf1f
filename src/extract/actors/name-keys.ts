// Names compared by their key (nameKey: case, spacing and tone placement folded) again and again
// while one document's roles are read — every actor pushed onto a directive against those already
// there, every chain against the issuer. The keys of one document's names, kept while it is read:
// make one per document (nothing outlives it).
import { nameKey } from '../../ingest/match.js';

/** A `nameKey` that keeps its answers: the same key for the same name, folded once. */
export function nameKeys(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      keys.set(name, key);
    }
    return key;
  };
}
