// Mentions of actors in a document: every candidate the patterns find (gazetteer forms, coordinated
// lists "các Bộ: A, B", unit names, steering committees, named communes, persons with titles),
// then the longest leftmost ones that do not overlap. Each mention carries its canonical name
// already resolved for the document's date and province. Offsets index the normalised text: the
// patterns run on the folded copy, which has the same length.
import { firstNotBefore } from '../../ingest/spans.js';
import { fold, nameKey, WORD_START } from '../../ingest/match.js';
import type { ActorType } from '../../types.js';
import { formCandidates } from './recognisers/index.js';
import { upperInitial, upperUnit, wordList, wordUnit, type WordList } from '../../ingest/word-list.js';
import { unitWords, atDate, provinceById_, successorOf, type Body, type Province } from './gazetteer.js';
import {
  CENTRAL_UNIT_AT, COMMUNE_BODY, DEPARTMENTS, DEPARTMENT_UNITS, EXPAND, LEADER_TITLE, LIST_HEAD, LIST_SEPARATOR_AT, LOCAL_UNIT_AT, MENTIONS, OPENS_COMMUNE, OPENS_FORM, OPENS_LIST, OPENS_STEERING, OPENS_SURNAME, OPENS_UNIT, matchesAt, GIVEN_NAMES_AT, GIVEN_NAMES_CAPS_AT, PLACE_AT, capsName, SURNAMES, SURNAMES_CAPS,
  PROVINCE_NAMES, SHORTS, TITLE_AT, LISTED_UNITS, LOCAL_IN_PROVINCE, UNIT_TYPES, SHORT_AT, STEERING, STEERING_STOP_AT, STOP_AT, TARGETS, TITLE_BEFORE, BODY_TITLE_BEFORE,
  TITLE_PREFIX_BEFORE, TYPOS, maskInfixAbbreviations, opens, UNIT_AT, UNIT_OF_BEFORE, canonicalTitle, type Target,
} from './patterns.js';

export interface Mention {
  /** Where the mention, with its title or list head ("Bộ trưởng các Bộ:"), starts: chains join here. */
  from: number;
  /** The actor's span (the name as written). */
  start: number;
  end: number;
  /** Where the printed name ends when the phrase matched runs on ("chủ đầu tư" of "chủ đầu tư kinh doanh hạ tầng"). */
  headEnd?: number;
  kind: 'body' | 'nobody' | 'person' | 'office';
  name: string;
  type: ActorType;
  body?: Body;
  /** Person's or office's title. */
  title?: string;
  /** Printed with a leader's title ("Chủ tịch UBND tỉnh", "Bộ trưởng Bộ …"). */
  titled?: boolean;
  /** A unit of a body, counted as the body ("cơ quan chuyên môn thuộc Bộ X"). */
  unitOf?: boolean;
  /** The province of a local unit recognised by its form ("Sở Công Thương tỉnh Lào Cai"). */
  province?: string;
  /** Extra fields for the output: today's holder of the portfolio. */
  successor?: string;
  successorParts?: Array<{ name: string; part: string }>;
}

export interface Setting {
  date: string | null;
  /** The province of a provincial issuer: local bodies carry it. */
  province: Province | null;
  /** The document's issuing body, for "đơn vị thuộc Bộ" (its own units name no body). */
  issuer: Body | null;
  issuerName: string | null;
  /** The issuer is a body of the province (its People's Committee, a Sở): "địa phương" is its communes. */
  provincialIssuer?: boolean;
}

export interface Candidate extends Mention {
  priority: number;
}

const BARE_STEERING: ReadonlySet<string> = new Set(unitWords.steering.map(nameKey));
/** An upper-case letter at `i` of the text (the code unit alone, as `text[i]` is tested). */
const upperAt = (text: string, i: number): boolean => i < text.length && upperUnit(text.charCodeAt(i));

/** A symbol of a document number ("TB-VPCP", "NĐ-CP", "15/CT-TTg") is no mention. */
function insideSymbol(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return before === '-' || before === '/' || after === '/' || (after === '-' && /\p{L}/u.test(text[end + 1] ?? ''));
}

// Today's holder of a body's portfolio, by body: a function of the gazetteer alone (fixed data),
// kept once followed (every mention of a body asks it).
const SUCCESSORS = new Map<Body, { name: string; parts: Array<{ name: string; part: string }> }>();
function successorOfBody(body: Body): { name: string; parts: Array<{ name: string; part: string }> } {
  let s = SUCCESSORS.get(body);
  if (!s) {
    const { successor, parts } = successorOf(body);
    s = { name: successor.name, parts };
    SUCCESSORS.set(body, s);
  }
  return s;
}

/** The province printed right after a mention ("… tỉnh Lào Cai"), or null. */
function placeAfter(folded: string, at: number, date: string | null): { province: Province; end: number } | null {
  PLACE_AT.lastIndex = at;
  const m = PLACE_AT.exec(folded);
  if (!m) return null;
  const list = PROVINCE_NAMES.get(nameKey(m[1]!));
  const province = list ? atDate(list, date) : undefined;
  return province ? { province, end: at + m[0].length } : null;
}

/** "tỉnh {province}" filled with the province (its own unit word for a city), or dropped. */
export function fillProvince(template: string, province: Province | null): string {
  if (!province) return template.replace(/ (?:tỉnh|thành phố) \{province\}/u, '').replace('{province}', '').trim();
  return template.replace(/(?:tỉnh|thành phố) \{province\}/u, `${province.kind} ${province.name}`).replace('{province}', province.name);
}

// The name a provincial form takes with a province ("Ủy ban nhân dân tỉnh {province}" → "… tỉnh
// Lào Cai") and the gazetteer's target of that name: a function of the data alone (form, province
// kind and name), kept once computed — every such mention asked it again, folding the name.
const FILLED = new Map<string, { name: string; known: Target | undefined }>();
function filled(template: string, province: Province | null): { name: string; known: Target | undefined } {
  const key = province ? `${province.kind}\u0000${province.name}\u0000${template}` : template;
  let f = FILLED.get(key);
  if (!f) {
    const name = fillProvince(template, province);
    f = { name, known: TARGETS.get(nameKey(name)) };
    FILLED.set(key, f);
  }
  return f;
}

function fromTarget(target: Target, folded: string, start: number, end: number, setting: Setting): Candidate | null {
  switch (target.t) {
    case 'nobody':
      return { from: start, start, end, kind: 'nobody', name: '', type: 'collective', priority: 4 };
    case 'office':
      return { from: start, start, end, kind: 'office', name: target.title, type: 'person', title: target.title, priority: 1 };
    case 'bodies': {
      const body = atDate(target.list, setting.date);
      if (!body) return null;
      const m: Candidate = { from: start, start, end, kind: 'body', name: body.name, type: body.type, body, priority: 2 };
      if (target.office) m.title = target.office;
      return m;
    }
    case 'collective':
    case 'local': {
      const place = placeAfter(folded, end, setting.date);
      // Only a provincial issuer's own words: a news report set in one province speaks nationally.
      if (target.t === 'collective' && target.inProvince && setting.province && (setting.issuer?.province || setting.provincialIssuer) && !place) {
        const dated = target.inProvince.map((c) => ({ c, validFrom: c.validFrom ?? null, validTo: c.validTo ?? null }));
        const own = atDate(dated, setting.date);
        if (own) return fromTarget(own.c, folded, start, end, setting);
      }
      const province = place?.province ?? setting.province;
      const { name, known } = filled(target.name, province);
      const stop = place ? place.end : end;
      // A provincial body whose province is known is a gazetteer body (it has a successor).
      if (known?.t === 'bodies') {
        const body = atDate(known.list, setting.date);
        if (body) return { from: start, start, end: stop, kind: 'body', name: body.name, type: body.type, body, priority: 3 };
      }
      const m: Candidate = { from: start, start, end: stop, kind: 'body', name, type: target.type, priority: 3 };
      // "Văn phòng Ủy ban nhân dân tỉnh Lào Cai", "Công an tỉnh …" as an issuer give the text its province.
      if (target.t === 'local' && province) m.province = province.id;
      const head = target.t === 'collective' ? target.heads?.find((h) => folded.startsWith(h, start) && start + h.length < stop) : undefined;
      if (head) m.headEnd = start + head.length;
      if (target.t === 'collective' && target.provincial && province) {
        const now = provinceById_(province.id);
        const current = now && now.successor ? provinceById_(now.successor) : null;
        if (current) m.successor = filled(target.name, current).name;
      }
      return m;
    }
  }
}

/** The gazetteer form printed at a word start (the longest), or null. */
function formAt(text: string, folded: string, start: number): Hit | null {
  const m = MENTIONS.matchAt(folded, start);
  if (!m) return null;
  const end = m.end;
  if (insideSymbol(text, start, end)) return null;
  const target = TARGETS.get(m.key);
  if (!target) return null;
  // A body's name is printed capitalised: "kiểm toán nhà nước" in lower case is the activity.
  // ("các ban chỉ đạo liên ngành …", a plural of named committees, is lower case as printed).
  if (target.t === 'bodies' && target.list[0]!.type !== 'steering-committee' && !upperAt(text, start) && upperInitial(target.list[0]!.name)) return null;
  return { start, end, target };
}

/** What one pass over a text's words finds: where each kind of name may open. */
interface Openings {
  /** The gazetteer's forms printed in the text (longest first, left to right, none inside another). */
  hits: Hit[];
  /** The capitalised unit words ("Cục", "Sở") that open a unit name. */
  unitStarts: number[];
  /** The words that may be a family name (their indices). */
  surnames: number[];
  /** The words that may open a steering committee, "các Bộ:", a commune's committee. */
  steering: number[];
  lists: number[];
  communes: number[];
}

function openings(text: string, folded: string, words: WordList): Openings {
  const found: Openings = { hits: [], unitStarts: [], surnames: [], steering: [], lists: [], communes: [] };
  const { hits, unitStarts, surnames } = found;
  let reach = 0;
  for (let i = 0; i < words.at.length; i++) {
    const at = words.at[i]!;
    const kind = opens(folded, at, words.end[i]!);
    if (kind === 0) continue;
    if (kind & OPENS_FORM && at >= reach) {
      const hit = formAt(text, folded, at);
      if (hit) {
        hits.push(hit);
        reach = hit.end;
      }
    }
    if (kind & OPENS_UNIT && upperAt(text, at)) {
      UNIT_AT.lastIndex = at;
      if (UNIT_AT.test(folded)) unitStarts.push(at);
    }
    if (kind & OPENS_SURNAME) surnames.push(i);
    if (kind & OPENS_STEERING) found.steering.push(at);
    if (kind & OPENS_LIST) found.lists.push(at);
    if (kind & OPENS_COMMUNE) found.communes.push(at);
  }
  return found;
}

/** Each form found, resolved for the document's date, province and issuer. */
function gazetteerCandidates(folded: string, hits: readonly Hit[], setting: Setting): Candidate[] {
  const out: Candidate[] = [];
  for (const h of hits) {
    const c = fromTarget(h.target, folded, h.start, h.end, setting);
    if (c) out.push(c);
  }
  return out;
}

/** "các Bộ: Kế hoạch và Đầu tư, Tài chính, Công Thương và Xây dựng" → one mention per ministry. */
function listCandidates(folded: string, date: string | null, heads: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const head of matchesAt(folded, heads, LIST_HEAD)) {
    let at = head.index + head[0].length;
    // The list head joins the first item ("Bộ trưởng các Bộ: Kế hoạch và Đầu tư"), so that the
    // words before it decide the role of the whole list.
    const before = folded.slice(Math.max(0, head.index - 30), head.index);
    const title = TITLE_PREFIX_BEFORE.exec(before + 'các ');
    let from = title ? head.index - (before.length - title.index) : head.index;
    const titled = title !== null;
    for (;;) {
      SHORT_AT.lastIndex = at;
      const s = SHORT_AT.exec(folded);
      if (!s) break;
      const list = SHORTS.get(nameKey(s[0]));
      const body = list ? atDate(list, date) : undefined;
      if (!body) break;
      const c: Candidate = { from, start: at, end: at + s[0].length, kind: 'body', name: body.name, type: body.type, body, priority: 5 };
      if (titled) c.titled = true;
      out.push(c);
      at += s[0].length;
      LIST_SEPARATOR_AT.lastIndex = at;
      const sep = LIST_SEPARATOR_AT.exec(folded);
      if (!sep) break;
      from = at;
      at += sep[0].length;
    }
  }
  return out;
}

/** Where a name that started at `at` ends: words until punctuation, a stop word or another mention. */
function nameEnd(text: string, folded: string, at: number, starts: Set<number>, steering: boolean): number {
  const stop = steering ? STEERING_STOP_AT : STOP_AT;
  const stopsAt = (i: number): boolean => {
    stop.lastIndex = i;
    return stop.test(folded) || (starts.has(i) && i !== at);
  };

  const wordAt = (i: number): { start: number; end: number } | null => {
    let s = i;
    while (s < text.length && (text[s] === ' ' || text[s] === '\n')) s++;
    let e = s;
    // A letter, digit or "&" (`/[\p{L}\p{N}&]/u` on the code unit), by table.
    while (e < text.length && (wordUnit(text.charCodeAt(e)) || text.charCodeAt(e) === 0x26)) e++;
    return e > s ? { start: s, end: e } : null;
  };
  let end = at;
  let i = at;
  let words = 0;
  for (;;) {
    const w = wordAt(i);
    if (w && w.start - i <= 3) {
      const word = text.slice(w.start, w.end);
      if (words === 0 && !steering && !upperInitial(word) && !EXPAND.has(fold(word))) return at;
      // "Cục\nVụ Khoa học …" (a name cut by a page break): another mention is no name of this one.
      if (words === 0 && w.start !== at && starts.has(w.start)) return at;
      if (words > 0 && stopsAt(w.start)) break;
      if (word.length === 2 && fold(word) === 'và') {
        const next = wordAt(w.end);
        // A capital after "và" goes on with the name even when it spells a verb or a stop word
        // ("Thương mại và Xây dựng", "Tài nguyên và Môi trường"); only another mention ends it there.
        const capital = next !== null && upperInitial(text.slice(next.start, next.end));
        if (!next || steering || (capital ? starts.has(next.start) : stopsAt(next.start))) break;
        end = next.end;
        i = next.end;
        words += 2;
        continue;
      }
      end = w.end;
      i = w.end;
      if (++words >= 16) break;
      continue;
    }
    // Punctuation inside a name: ", Chính sách …" and " - Tài chính" continue before a capitalised
    // word that starts nothing else; a steering committee's name only over a dash ("Ban Chỉ đạo
    // công tác Dân số - Kế hoạch hóa gia đình"), its commas list other bodies.
    let p = i;
    while (p < text.length && text[p] === ' ') p++;
    const ch = text[p];
    // A name opens with a word: "Sở, Ngành" is two unit words, not a name.
    if ((ch === '-' || ch === '–' || (!steering && ch === ',')) && words > 0) {
      const next = wordAt(p + 1);
      // A leader's title after the comma opens the next mention ("Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị").
      TITLE_AT.lastIndex = next?.start ?? 0;
      // After a dash a capital goes on even when it spells a verb ("Phòng Kế hoạch - Tổng hợp").
      const ends = ch === ',' ? stopsAt(next?.start ?? 0) : starts.has(next?.start ?? 0);
      if (next && next.start - p <= 2 && upperInitial(text.slice(next.start, next.end)) && !ends && !TITLE_AT.test(folded)) {
        end = next.end;
        i = next.end;
        words++;
        continue;
      }
    }
    break;
  }
  return end;
}

/** A unit name as canonical: unit word spelt right, abbreviations spelt out, spaces collapsed. */
function unitName(printed: string): string {
  const collapsed = printed.replace(/\s+/gu, ' ');
  const words = collapsed.split(' ');
  // The words folded in one call: fold keeps the length and reads no further than the next
  // character, which a space stops, so each piece is that word's own fold.
  const keys = fold(collapsed).split(' ');
  const first = TYPOS.get(keys[0]!);
  if (first) words[0] = first;
  // After "Báo", "Tạp chí" the spelt-out words are the title itself: "Báo Tài nguyên và Môi trường".
  const titled = /^(?:Báo|Tạp)$/u.test(words[0]!);
  return words
    .map((w, i) => {
      const expanded = EXPAND.get(keys[i]!);
      if (!expanded) return w;
      return titled && i <= 2 ? expanded.replace(/^\p{Ll}|(?<=và )\p{Ll}/gu, (c) => c.toUpperCase()) : expanded;
    })
    .join(' ');
}

const ALL_CAPS = /^[\p{Lu}\s]+$/u;

/** A department's standard name printed after its unit word (capitalised, as a name is), or null. */
function departmentName(text: string, folded: string, after: number): { end: number } | null {
  let at = after;
  while (at < text.length && at - after <= 3 && (text[at] === ' ' || text[at] === '\n')) at++;
  if (at === after || !upperAt(text, at)) return null;
  return DEPARTMENTS.matchAt(folded, at);
}
const ALTERNATIVE = /^[ ]*\([^()\n]{1,20}\)/u;
const PLACE_NAME = /(?:\p{Lu}\p{Ll}*|\d+)(?:[ ](?:\p{Lu}\p{Ll}*|\d+))*/uy;
// "… các tỉnh", "… các tỉnh, thành phố": every province's.
const EVERY_PROVINCE = /^[ \n]+các[ \n]+tỉnh(?:[ \n]*,[ \n]*thành[ \n]+phố)?(?![\p{L}\p{N}])/u;
const INNER_PLURAL = /^[ \n]+các(?=[ \n]+\p{Lu})/u;
// "… tỉnh" / "… thành phố" with no name after it: the province of the text.
const BARE_PLACE = /^[ \n]+(?:tỉnh|thành phố)(?![\p{L}\p{N}])/u;

/** A unit name found by its form, before the setting says whose it is (all of it reads the text and the date only). */
interface UnitShape {
  start: number;
  /** Where the printed name ends. */
  end: number;
  /** The province printed right after the name ("… tỉnh Lào Cai"), or null. */
  place: { province: Province; end: number } | null;
  /** The length of a bare "tỉnh" / "thành phố" right after the name (0: none). */
  bare: number;
  /** The unit word's key ("sở", "cục"), and whether it is a local unit word. */
  key: string;
  local: boolean;
  /** The canonical name as printed ("Sở Công Thương"). */
  name: string;
  /** Length of "các " / "từng " before it (0: none). */
  plural: number;
}

function unitShapes(text: string, folded: string, date: string | null, starts: Set<number>, unitStarts: number[]): UnitShape[] {
  const out: UnitShape[] = [];
  for (const start of unitStarts) {
    CENTRAL_UNIT_AT.lastIndex = start;
    LOCAL_UNIT_AT.lastIndex = start;
    const local = LOCAL_UNIT_AT.exec(folded);
    const central = CENTRAL_UNIT_AT.exec(folded);
    const word = local && (!central || local[0].length >= central[0].length) ? local : central;
    if (!word || !upperAt(text, start)) continue;
    // "NHIỆM VỤ CHỦ YẾU" in a heading in capitals is no unit.
    if (ALL_CAPS.test(text.slice(start, start + word[0].length)) && word[0].length > 1) continue;
    // "các Sở (Phòng) Ngoại vụ": an alternative unit word in brackets is left out of the name.
    let nameAt = start + word[0].length;
    const alternative = ALTERNATIVE.exec(text.slice(nameAt, nameAt + 24));
    if (alternative) nameAt += alternative[0].length;
    const key = nameKey(word[0]);
    // "Ban Quản lý các Khu công nghiệp": a plural inside the name of some units.
    const inner = LISTED_UNITS.has(key) ? INNER_PLURAL.exec(text.slice(nameAt, nameAt + 12)) : null;
    // A department's standard name ends the mention ("Sở Y tế gửi …"); any other name runs on.
    const listed = DEPARTMENT_UNITS.has(key) ? departmentName(text, folded, nameAt) : null;
    const end = listed ? listed.end : nameEnd(text, folded, nameAt + (inner?.[0].length ?? 0), starts, false);
    if (end === nameAt + (inner?.[0].length ?? 0)) continue;
    const printed = text.slice(start, start + word[0].length) + text.slice(nameAt, end);
    const plural = PLURAL_BEFORE.exec(folded.slice(Math.max(0, start - 8), start));
    const place = placeAfter(folded, end, date);
    const bare = place ? null : BARE_PLACE.exec(folded.slice(end, end + 16));
    out.push({ start, end, place, bare: bare?.[0].length ?? 0, key, local: word === local, name: unitName(printed), plural: plural?.[0].length ?? 0 });
  }
  return out;
}

/** A unit found by its form, as the setting reads it: whose it is (a province's, the issuing ministry's), its type. */
function unitCandidate(u: UnitShape, folded: string, setting: Setting): Candidate {
  let name = u.name;
  let stop = u.end;
  let from = u.start;
  const unitType = UNIT_TYPES.get(u.key);
  let type: ActorType = unitType ?? (setting.issuer?.type === 'ministry' || setting.issuer?.type === 'ministry-level' ? setting.issuer.type : 'ministry');
  let successor: string | undefined;
  // A unit of a province: a local unit word; any unit followed by a province ("Cục Thuế tỉnh Lào
  // Cai") or, in a provincial text, by a bare "tỉnh" ("Liên đoàn Lao động tỉnh"); in a provincial
  // text, units that only a province has there ("Ban Quản lý Khu kinh tế").
  const { place } = u;
  const ofProvince = u.local || place !== null || (setting.province !== null && (u.bare > 0 || LOCAL_IN_PROVINCE.has(u.key)));
  if (ofProvince || setting.province) {
    type = unitType === 'business' ? unitType : unitType ?? 'local';
    const province = place?.province ?? setting.province;
    if (ofProvince && province && u.plural === 0) {
      name = `${name} ${province.kind} ${province.name}`;
      const now = provinceById_(province.id);
      const current = now?.successor ? provinceById_(now.successor) : null;
      if (current) successor = `${u.name} ${current.kind} ${current.name}`;
      if (u.bare > 0) stop = u.end + u.bare;
    }
    if (place) stop = place.end;
  }
  // "các Sở Ngoại vụ" of every province: a collective of local bodies (ANNOTATION-NOTES 002).
  if (u.plural > 0 && u.local) {
    name = `Các ${name}`;
    from = u.start - u.plural;
  }
  // "Sở Nông nghiệp và Môi trường (các tỉnh)" of a central body's text: a department of every
  // province's People's Committee counts as that committee (corpus-notes 010; units.json
  // "departmentsNationally").
  if (u.plural === 0 && u.local && DEPARTMENT_UNITS.has(u.key) && !setting.province && !place && setting.issuer && !setting.issuer.province) {
    const every = EVERY_PROVINCE.exec(folded.slice(stop, stop + 40));
    return { from, start: from, end: stop + (every?.[0].length ?? 0), kind: 'body', name: unitWords.departmentsNationally, type: 'collective', priority: 1 };
  }
  const c: Candidate = { from, start: from, end: stop, kind: 'body', name, type, priority: 1 };
  if (successor) c.successor = successor;
  if (ofProvince && u.plural === 0 && (place?.province ?? setting.province)) c.province = (place?.province ?? setting.province)!.id;
  return c;
}

/** "Ủy ban nhân dân phường Cam Đường": a named commune's committee, as printed. */
function communeCandidates(text: string, folded: string, committees: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesAt(folded, committees, COMMUNE_BODY)) {
    const at = m.index + m[0].length;
    if (!upperAt(text, at)) continue;
    // A place name is capitalised syllables ("Cam Đường", "Phường 1"): "UBND phường Văn Phú dự thảo …" ends before "dự".
    PLACE_NAME.lastIndex = at;
    const end = at + (PLACE_NAME.exec(text)?.[0].length ?? 0);
    if (end === at) continue;
    const unit = folded.slice(m.index, at).replace(/^(?:ủy ban nhân dân|ubnd)\s+/u, '').trim();
    out.push({ from: m.index, start: m.index, end, kind: 'body', name: `Ủy ban nhân dân ${unit} ${text.slice(at, end).replace(/\s+/gu, ' ')}`, type: 'local', priority: 3 });
  }
  return out;
}

/** Steering committees by pattern ("Ban Chỉ đạo …"), and their short later references. */
function steeringCandidates(text: string, folded: string, date: string | null, starts: Set<number>, words: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesAt(folded, words, STEERING)) {
    const plural = /^(?:các|từng)\s/u.test(m[0]);
    const wordStart = plural ? m.index + m[0].indexOf(m[0].trim().split(/\s+/u)[1]!) : m.index;
    // A committee of one province carries its place: "Ban Chỉ đạo công tác Dân số - KHHGĐ tỉnh Hà Giang".
    const nameStop = nameEnd(text, folded, m.index + m[0].length, starts, true);
    const end = placeAfter(folded, nameStop, date)?.end ?? nameStop;
    const printed = text.slice(wordStart, end).replace(/\s+/gu, ' ');
    const head = unitWordsHead(printed);
    out.push({ from: m.index, start: plural ? m.index : wordStart, end, kind: 'body', name: head, type: 'steering-committee', priority: 1, ...(plural ? { title: 'plural' } : {}) });
  }
  return out;
}

/** "ban chỉ đạo liên ngành" → "Ban Chỉ đạo liên ngành". */
function unitWordsHead(printed: string): string {
  return printed.replace(/^ban chỉ đạo/iu, 'Ban Chỉ đạo').replace(/^ủy ban quốc gia/iu, 'Ủy ban Quốc gia');
}

/**
 * A later short reference ("Ban chỉ đạo liên ngành") → the first full name it begins, printed
 * before. Pure: returns new candidates, the chosen list is left as it was.
 */
function resolveSteering(chosen: readonly Candidate[], setting: Setting): Candidate[] {
  // The first full name kept under each of its leading word runs ("ban chỉ đạo", "ban chỉ đạo
  // liên ngành" of "ban chỉ đạo liên ngành hội nhập quốc tế"): a short form finds its full name by
  // one lookup, not by folding every name kept so far.
  const fullByHead = new Map<string, Candidate>();
  const keep = (f: Candidate): void => {
    const k = nameKey(f.name);
    for (let at = k.indexOf(' '); at >= 0; at = k.indexOf(' ', at + 1)) {
      const head = k.slice(0, at);
      if (!fullByHead.has(head)) fullByHead.set(head, f);
    }
  };
  return chosen.map((candidate) => {
    if (candidate.type !== 'steering-committee') return candidate;
    const { title, ...c } = candidate;
    const key = nameKey(c.name);
    const known = TARGETS.get(key);
    const body = known?.t === 'bodies' ? atDate(known.list, setting.date) : undefined;
    if (body || c.body) {
      const resolved: Candidate = body ? { ...c, name: body.name, body } : c;
      keep(resolved);
      return resolved;
    }
    const earlier = fullByHead.get(key);
    if (earlier) return { ...c, name: earlier.name, ...(earlier.body ? { body: earlier.body } : {}) };
    // A bare unit word ("Ban chỉ đạo" with no name, none printed before) names no body.
    if (BARE_STEERING.has(key)) return { ...c, kind: 'nobody' };
    const named: Candidate = title === 'plural' ? { ...c, name: `Các ${c.name}` } : c;
    keep(named);
    return named;
  });
}

/** The office title printed right before a name at `start` ("Phó Thủ tướng Chính phủ "), or null. */
function titleBefore(folded: string, start: number): { from: number; title: string } | null {
  const before = folded.slice(Math.max(0, start - 80), start);
  const t = TITLE_BEFORE.exec(before);
  return t ? { from: start - (before.length - t.index), title: canonicalTitle(t[1]!) } : null;
}

/** A personal name printed in the text, with the office title right before it if any (no setting read). */
export interface NameHit {
  start: number;
  end: number;
  name: string;
  titled: { from: number; title: string } | null;
}

/**
 * A personal name whose family name is the word [at, end) of the text ("Trần" + " Hồng Hà"), as
 * printed: the end of the given names, or -1. The word is a whole word of the text (folding keeps
 * every letter a letter, so the folded text's words are the text's).
 */
function givenNamesEnd(text: string, at: number, end: number, surnames: ReadonlySet<string>, given: RegExp): number {
  if (!surnames.has(text.slice(at, end))) return -1;
  given.lastIndex = end;
  return given.test(text) ? given.lastIndex : -1;
}

/**
 * "Phó Thủ tướng Chính phủ Trần Hồng Hà" and every other name; names in capitals only after a
 * title ("PHÓ THỦ TƯỚNG TRẦN HỒNG HÀ"). Each kind of name is read left to right, the next one
 * after the end of the last, from the words that may be a family name (`surnames`, indices).
 */
function nameHits(text: string, folded: string, words: WordList, surnames: readonly number[]): { names: NameHit[]; capitals: Candidate[] } {
  const names: NameHit[] = [];
  const capitals: Candidate[] = [];
  let namesReach = 0;
  let capitalsReach = 0;
  for (const i of surnames) {
    const at = words.at[i]!;
    const end = words.end[i]!;
    const nameEnd = at < namesReach ? -1 : givenNamesEnd(text, at, end, SURNAMES, GIVEN_NAMES_AT);
    if (nameEnd >= 0) {
      names.push({ start: at, end: nameEnd, name: text.slice(at, nameEnd), titled: titleBefore(folded, at) });
      namesReach = nameEnd;
    }
    const capsEnd = at < capitalsReach ? -1 : givenNamesEnd(text, at, end, SURNAMES_CAPS, GIVEN_NAMES_CAPS_AT);
    if (capsEnd >= 0) {
      capitalsReach = capsEnd;
      const caps = capsName(text.slice(at, capsEnd));
      const titled = caps ? titleBefore(folded, at) : null;
      if (caps && titled) capitals.push({ from: titled.from, title: titled.title, start: at, end: at + caps.length, kind: 'person', name: caps.name, type: 'person', priority: 6 });
    }
  }
  return { names, capitals };
}

/** Persons with their office: "Phó Thủ tướng Chính phủ Trần Hồng Hà"; "Thứ trưởng Bộ LĐTBXH Lê Quân" (the body as the setting names it). */
function personCandidates(text: string, folded: string, hits: { names: NameHit[]; capitals: Candidate[] }, bodiesFound: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byEnd = new Map<number, Candidate>();
  for (const b of bodiesFound) if (b.kind === 'body') byEnd.set(b.end, b);
  for (const { start, end, name, titled } of hits.names) {
    if (titled) {
      out.push({ from: titled.from, title: titled.title, start, end, kind: 'person', name, type: 'person', priority: 6 });
      continue;
    }
    // Office of a body: "Thứ trưởng Bộ LĐTBXH Lê Quân".
    let body: Candidate | undefined;
    for (let e = start; e >= Math.max(0, start - 3) && !body; e--) {
      const b = byEnd.get(e);
      if (b && /^[ \n]*(?:,[ \n]*)?$/u.test(text.slice(e, start))) body = b;
    }
    if (!body) continue;
    const bt = BODY_TITLE_BEFORE.exec(folded.slice(Math.max(0, body.start - 40), body.start));
    if (!bt) continue;
    const from = body.start - bt[0].length;
    out.push({ from, start, end, kind: 'person', name, type: 'person', title: `${canonicalTitle(text.slice(from, from + bt[1]!.length))} ${body.name}`, priority: 6 });
  }
  // A name in capitals counts only right after a title.
  out.push(...hits.capitals);
  return out;
}

/** Longest leftmost non-overlapping candidates; equal spans go to the higher priority (sorts the array it is given: a stable sort). */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = candidates.sort((a, b) => a.from - b.from || b.end - b.from - (a.end - a.from) || b.priority - a.priority);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.from < last.end) {
      // Overlap: the candidate that covers more wins ("các ban chỉ đạo … về chính trị, an ninh,
      // quốc phòng" as a known name over the pattern's shorter "… về chính trị").
      if (c.end - c.from > last.end - last.from && c.end > last.end) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * A chosen candidate as the mention the document gets: a title that names the body it leads
 * ("Chủ tịch UBND tỉnh"), a title or unit-of prefix before it ("Giám đốc Sở …", "cơ quan chuyên
 * môn thuộc Bộ …"), today's holder of the portfolio. One new object: the candidates of a scan are
 * shared by the passes of a document and stay as they were.
 */
function finished(c: Candidate, folded: string, setting: Setting): Mention {
  const { priority: _p, ...m } = c;
  if (m.kind === 'body') {
    if (LEADER_TITLE.test(folded.slice(m.start, m.end))) m.titled = true;
    withPrefix(m, folded, setting);
  }
  if (m.body) {
    const { name, parts } = successorOfBody(m.body);
    m.successor = name;
    // Each mention its own copy: the output's actors must not share the gazetteer's objects.
    if (parts.length) m.successorParts = parts.map((p) => ({ name: p.name, part: p.part }));
  }
  return m;
}

/** A title or unit-of prefix before a body joins the mention: "Giám đốc Sở …", "cơ quan chuyên môn thuộc Bộ …". */
function withPrefix(m: Mention, folded: string, setting: Setting): void {
  // Both prefixes end with a space or a line break right before the body: else neither can match.
  const ch = folded.charCodeAt(m.from - 1);
  if (ch !== 0x20 && ch !== 0x0a) return;
  const before = folded.slice(Math.max(0, m.from - 60), m.from);
  const unit = UNIT_OF_BEFORE.exec(before);
  if (unit) {
    m.from -= before.length - unit.index;
    m.unitOf = true;
    // The issuer's own units name no body (ANNOTATION-NOTES 006: "các đơn vị … thuộc Bộ TN&MT").
    if (setting.issuerName !== null && nameKey(m.name) === nameKey(setting.issuerName)) m.kind = 'nobody';
    return;
  }
  const title = TITLE_PREFIX_BEFORE.exec(before);
  if (title) {
    m.from -= before.length - title.index;
    m.titled = true;
  }
}

const PLURAL_BEFORE = new RegExp(`${WORD_START}(?:các|từng)[ \\n]+$`, 'u');

/** Index of the first mention starting at or after `at` (mentions are in text order). */
export function firstAtOrAfter(mentions: readonly Mention[], at: number): number {
  return firstNotBefore(mentions.length, (i) => mentions[i]!.start < at);
}

/**
 * What recognition reads of a text before any setting: its folded copy (with "Ủy ban nhân dân
 * (UBND)" masked) and its words, and the scans of it by date. A scan reads the text and the date
 * only — never the province or the issuer — so the second pass of a document (actorsStage, once
 * the text turns out to name one province) resolves the same scan anew instead of reading the
 * text again. One per document: nothing is kept across documents.
 */
export interface Reading {
  readonly text: string;
  readonly folded: string;
  readonly words: WordList;
  readonly scans: Map<string | null, Scan>;
}

/** A gazetteer form found in the text. */
interface Hit {
  start: number;
  end: number;
  target: Target;
}

/** Everything recognition finds in a text that depends on the date alone. */
interface Scan {
  hits: Hit[];
  lists: Candidate[];
  units: UnitShape[];
  steering: Candidate[];
  communes: Candidate[];
  names: { names: NameHit[]; capitals: Candidate[] };
}

/** A text read for recognition (`foldedText`: its folded copy, when the caller has it). */
export function reading(text: string, foldedText?: string): Reading {
  const folded = maskInfixAbbreviations(foldedText ?? fold(text));
  return { text, folded, words: wordList(folded), scans: new Map() };
}

function scanOf(r: Reading, date: string | null): Scan {
  const known = r.scans.get(date);
  if (known) return known;
  const { text, folded, words } = r;
  const found = openings(text, folded, words);
  const { hits, unitStarts } = found;
  // Where a name starts (a gazetteer form, a unit word): another name ends before it. Every hit
  // becomes a candidate (a form's list of bodies is never empty, so atDate always finds one).
  const starts = new Set<number>();
  for (const h of hits) starts.add(h.start);
  for (const at of unitStarts) starts.add(at);
  const scan: Scan = {
    hits,
    lists: listCandidates(folded, date, found.lists),
    units: unitShapes(text, folded, date, starts, unitStarts),
    steering: steeringCandidates(text, folded, date, starts, found.steering),
    communes: communeCandidates(text, folded, found.communes),
    names: nameHits(text, folded, words, found.surnames),
  };
  r.scans.set(date, scan);
  return scan;
}

/** The personal names a text's scan finds, whatever the date (the tests hold them to the surname pattern they replace). */
export function namesOf(r: Reading): { names: NameHit[]; capitals: Candidate[] } {
  return scanOf(r, null).names;
}

/** All mentions of the document, in order. */
export function recognise(text: string, setting: Setting, foldedText?: string): Mention[] {
  return recogniseIn(reading(text, foldedText), setting);
}

/** All mentions of a text already read, in order, for this setting. */
export function recogniseIn(r: Reading, setting: Setting): Mention[] {
  const { text, folded } = r;
  const scan = scanOf(r, setting.date);
  const gazetteer = gazetteerCandidates(folded, scan.hits, setting);
  const units = scan.units.map((u) => unitCandidate(u, folded, setting));
  const persons = personCandidates(text, folded, scan.names, gazetteer);
  const byStart = new Map<number, Candidate>();
  for (const list of [gazetteer, units, scan.communes]) {
    for (const c of list) {
      const known = byStart.get(c.start);
      if (c.kind === 'body' && (!known || c.end > known.end)) byStart.set(c.start, c);
    }
  }
  const forms = formCandidates({ text, folded, setting, bodyAt: (at) => byStart.get(at) });
  const all = gazetteer.concat(scan.lists, units, scan.steering, scan.communes, persons, forms);
  return resolveSteering(choose(all), setting).map((c) => finished(c, folded, setting));
}
