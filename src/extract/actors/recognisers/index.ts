// The recognisers that find actors by their printed form, in the order they run. Add one by
// writing a file with its PATTERN and extract (./types.ts) and listing it here.
import { ownUnit } from './own-unit.js';
import { partyCommittee } from './party-committee.js';
import type { Recogniser, RecogniserContext } from './types.js';
import type { Candidate } from '../recognise.js';

export const RECOGNISERS: readonly Recogniser[] = [partyCommittee, ownUnit];

/** Every candidate of every recogniser. */
export function formCandidates(ctx: RecogniserContext): Candidate[] {
  const out: Candidate[] = [];
  for (const r of RECOGNISERS) {
    r.PATTERN.lastIndex = 0;
    for (let m = r.PATTERN.exec(ctx.folded); m; m = r.PATTERN.exec(ctx.folded)) {
      const c = r.extract(m, ctx);
      if (c) out.push(c);
    }
  }
  return out;
}
