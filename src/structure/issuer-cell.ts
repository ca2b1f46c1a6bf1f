// The issuing body's cell of a header, read as Decree 30 and the Party's guidance print it: the
// body's name under its direct superior's ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI" / "SỞ TÀI CHÍNH"), a name
// wrapped over two lines ("BỘ NÔNG NGHIỆP VÀ" / "MÔI TRƯỜNG"). The issuer is the last body, with
// the place or committee its superior gives it (src/data/header.json "issuer").
import { headerWords, offices } from '../data/index.js';
import { alternation, fold, WORD_END, WORD_START } from '../ingest/match.js';

const { issuer: words } = headerWords;
const HEAD = new RegExp(`^(?:${alternation(words.heads)})${WORD_END}`, 'u');
const OWNED = new RegExp(`^(?:${alternation(words.ownedUnits)})$`, 'u');
const COMMITTEE = new RegExp(`^(?:${alternation(words.partyCommittees)})${WORD_END}`, 'u');
const JOINING = new RegExp(`(?:^|[ \\u00A0])(?:${alternation(words.joining)})$`, 'u');
// "… TỈNH LÀO CAI": the place in a name, by its unit word; the last one is the name's place.
export const PLACE_UNIT = new RegExp(`${WORD_START}(${alternation(offices.units)})[ \\u00A0]+(?=\\p{L})`, 'gu');

/** The last place unit in a folded name ("tỉnh" of "ủy ban nhân dân tỉnh lào cai"): where it starts and its word. */
function placeIn(key: string): { index: number; unit: string } | null {
  let found: { index: number; unit: string } | null = null;
  PLACE_UNIT.lastIndex = 0;
  for (let m = PLACE_UNIT.exec(key); m; m = PLACE_UNIT.exec(key)) found = { index: m.index, unit: m[1]! };
  return found;
}

/** The issuer's name (in capitals, as printed) from the lines of its cell, top to bottom. */
export function issuerFromCell(lines: readonly string[]): string {
  const bodies: string[] = [];
  for (const line of lines) {
    const key = fold(line);
    const previous = bodies[bodies.length - 1];
    // A line goes on the body above unless it opens a body of its own; a one-word line ("ỦY" of
    // a web copy's "ỦY" / "BAN NHÂN DÂN") or one ending in "VÀ" is no whole name.
    const whole = previous !== undefined && previous.trim().split(/\s+/u).length >= 2 && !JOINING.test(fold(previous));
    if (previous !== undefined && !(HEAD.test(key) && whole)) bodies[bodies.length - 1] = `${previous} ${line}`;
    else bodies.push(line);
  }
  const body = bodies[bodies.length - 1] ?? '';
  if (bodies.length < 2) return body;
  const superior = bodies[bodies.length - 2]!;
  const bodyKey = fold(body);
  const superiorKey = fold(superior);
  const place = placeIn(superiorKey);
  const committee = COMMITTEE.exec(bodyKey);
  // "TỈNH ỦY" under "ĐẢNG BỘ TỈNH NINH BÌNH" → "TỈNH ỦY NINH BÌNH".
  if (committee) return committee[0].length === bodyKey.length && place ? `${body} ${superior.slice(place.index + place.unit.length).trim()}` : body;
  // A body that names its own place ("SỞ TÀI CHÍNH TỈNH LÀO CAI") needs nothing more.
  if (placeIn(bodyKey)) return body;
  // A unit under a Party committee carries the committee's name, and so does an office under
  // any body ("VĂN PHÒNG" under "UBND TỈNH LÀO CAI").
  if (COMMITTEE.test(superiorKey) || OWNED.test(bodyKey.trim())) return `${body} ${superior}`;
  // A local State body carries its superior's place; a ministry's unit stands alone.
  return place ? `${body} ${superior.slice(place.index)}` : body;
}
