// "Đảng ủy Bộ Nông nghiệp và Môi trường", "Ban cán sự đảng Bộ Tài chính", "Đảng ủy Ủy ban nhân dân
// tỉnh Lào Cai": the Party committee of a State body is a Party body named after that body
// (units.json "partyCommittees"). Bodies whose own committee the gazetteer lists ("Đảng ủy Chính
// phủ", "Đảng ủy Quốc hội") are found there first: equal spans go to the gazetteer.
import { WORD_END, WORD_START, alternation, nameKey } from '../../../ingest/match.js';
import type { ActorType } from '../../../types.js';
import { unitWords } from '../gazetteer.js';
import type { Candidate } from '../recognise.js';
import type { Recogniser } from './types.js';

const WORDS = unitWords.partyCommittees.words;
const CANONICAL = new Map(WORDS.map((w) => [nameKey(w), w]));
/** The State bodies that have a Party committee of their own. */
const OF: ReadonlySet<ActorType> = new Set(unitWords.partyCommittees.of);

export const partyCommittee: Recogniser = {
  PATTERN: new RegExp(`${WORD_START}(${alternation(WORDS)})${WORD_END}[ \\n]+`, 'gu'),
  extract(match, ctx): Candidate | null {
    const body = ctx.bodyAt(match.index + match[0].length);
    if (!body || body.kind !== 'body' || !OF.has(body.type)) return null;
    const word = CANONICAL.get(nameKey(match[1]!)) ?? match[1]!;
    return { from: match.index, start: match.index, end: body.end, kind: 'body', name: `${word} ${body.name}`, type: 'party', priority: 1 };
  },
};
