// "Chánh Văn phòng Bộ, Cục trưởng Cục …" in a ministry's decision: its own office or inspectorate,
// printed without the ministry's name (units.json "ownUnits"), is the issuing ministry's
// ("Văn phòng Bộ Nông nghiệp và Môi trường"). Followed by a name, it is another unit ("Văn phòng
// Bộ Tài chính" is found by the unit patterns).
import { WORD_END, WORD_START, alternation, nameKey } from '../../../ingest/match.js';
import { unitWords } from '../gazetteer.js';
import type { Candidate } from '../recognise.js';
import type { Recogniser } from './types.js';

const OWN = new Map(Object.entries(unitWords.ownUnits).map(([printed, unit]) => [nameKey(printed), unit]));
const NAME_NEXT = /^[ \n]*\p{Lu}/u;

export const ownUnit: Recogniser = {
  PATTERN: new RegExp(`${WORD_START}(?:${alternation(Object.keys(unitWords.ownUnits))})${WORD_END}`, 'gu'),
  extract(match, ctx): Candidate | null {
    const issuer = ctx.setting.issuer;
    if (!issuer || (issuer.type !== 'ministry' && issuer.type !== 'ministry-level')) return null;
    const end = match.index + match[0].length;
    if (NAME_NEXT.test(ctx.text.slice(end, end + 4))) return null;
    const unit = OWN.get(nameKey(match[0]))!;
    return { from: match.index, start: match.index, end, kind: 'body', name: `${unit} ${issuer.name}`, type: issuer.type, priority: 1 };
  },
};
