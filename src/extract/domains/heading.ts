// The opening heading of a directive or lead-in: "3. Về hội nhập kinh tế, cần …", "Trong lĩnh
// vực quốc phòng an ninh, các Bộ … được yêu cầu …", "Đối với hội nhập kinh tế quốc tế, Chính phủ
// yêu cầu …". It names the section's subject, so its cues weigh more than a passing mention. It
// runs from the opener to the first instructing cue (cues.json: "cần", "yêu cầu" …), or to ":",
// "." or ";", whichever comes first; failing those, to the first comma.
import { cues } from '../../data/index.js';
import { wordPattern } from '../../ingest/match.js';
import { labelAt } from '../../structure/labels.js';
import type { Span } from '../../types.js';
import type { Hit } from './hits.js';
import { lexicon, type Lexicon } from './lexicon.js';

const MAX_HEADING = 200;
const instruct = wordPattern([...cues.instruct, ...cues.strong], 'gu');
const STOP = /[:.;\n]/u;

/** Where a directive's own words begin: after its label ("1.", "a)", "Điều 3.", "-"), if any. */
export function contentStart(text: string): number {
  const trimmed = text.length - text.trimStart().length;
  return labelAt(text, trimmed)?.contentStart ?? trimmed;
}

/** End of the first instructing cue in `window` that is not inside a domain phrase ("ngoại giao"). */
function firstInstruct(window: string, offset: number, hits: readonly Hit[]): number {
  instruct.lastIndex = 0;
  for (let m = instruct.exec(window); m; m = instruct.exec(window)) {
    const at = offset + m.index;
    if (!hits.some((h) => at >= h.start && at < h.end)) return m.index;
  }
  return -1;
}

/**
 * The heading at the start of `text` (its folded copy `folded`, same length), as a span of this
 * string, or null when the text does not open with a heading. `hits` are the text's lexicon hits.
 */
export function openingHeading(text: string, folded: string, hits: readonly Hit[], lex: Lexicon = lexicon): Span | null {
  const start = contentStart(text);
  if (!lex.headingOpener.test(folded.slice(start))) return null;
  const window = folded.slice(start, start + MAX_HEADING);
  const ends = [firstInstruct(window, start, hits), window.search(STOP)].filter((i) => i > 0);
  const end = ends.length > 0 ? Math.min(...ends) : window.indexOf(',');
  return end > 0 ? [start, start + end] : null;
}
