// The dated gazetteer: central bodies, provinces (63 → 34), collectives and the phrases that name no
// body, loaded once from src/data/gazetteer/*.json (knowledge is data; this module only indexes
// it). A body is valid over [validFrom, validTo]; the document's date picks among bodies that share
// a printed form ("tỉnh Lào Cai" before and after the merger of 1 July 2025), and `successorOf`
// follows the successors to the body that holds the portfolio in today's structure.
import { loadData } from '../../data/load.js';
import { nameKey } from '../../ingest/match.js';
import type { ActorType, Role } from '../../types.js';

interface RawBody {
  id: string;
  name: string;
  type: ActorType;
  short?: string[];
  abbr?: string[];
  variants?: string[];
  validFrom: string | null;
  validTo: string | null;
  successor?: string[];
  successorParts?: Array<{ id: string; part: string }>;
  source: string;
  note?: string;
}

interface RawProvince {
  id: string;
  name: string;
  kind: 'tỉnh' | 'thành phố';
  gsoCode?: string;
  variants?: string[];
  validFrom: string | null;
  validTo: string | null;
  successor?: string;
  mergedFrom?: string[];
  source: string;
}

export interface RawCollective {
  name: string;
  type: ActorType;
  mentions: string[];
  /** Mentions that name this provincial collective in a provincial text, the national one elsewhere. */
  inProvince?: string[];
  /** Head words of a longer form: the actor's printed span ("chủ đầu tư" of "chủ đầu tư kinh doanh hạ tầng"). */
  heads?: string[];
  validFrom?: string;
  validTo?: string;
}

/** A body of the gazetteer, with the forms it is printed in. */
export interface Body {
  id: string;
  name: string;
  type: ActorType;
  validFrom: string | null;
  validTo: string | null;
  successor: string[];
  successorParts: Array<{ id: string; part: string }>;
  /** Full mention forms ("Bộ Tài nguyên và Môi trường", "Bộ TN&MT", "UBND tỉnh Lào Cai"). */
  forms: string[];
  /** Forms after "Bộ" in a coordinated list ("các Bộ: Tài chính, Công Thương"). */
  short: string[];
  /** For a province body: the province it belongs to. */
  province?: string;
}

/** A province as a place, for local bodies that carry it ("Sở Công Thương tỉnh Lào Cai"). */
export interface Province {
  id: string;
  name: string;
  kind: 'tỉnh' | 'thành phố';
  names: string[];
  validFrom: string | null;
  validTo: string | null;
  successor: string | null;
}

const central: { bodies: RawBody[] } = loadData('gazetteer/central.json');
const provinceData: { provinces: RawProvince[] } = loadData('gazetteer/provinces.json');

export interface Collectives {
  national: RawCollective[];
  provincial: RawCollective[];
  noBody: string[];
}
export const collectives: Collectives = loadData('gazetteer/collectives.json');

export interface RoleWords {
  reportBefore: string[];
  coordinateBefore: string[];
  assignBefore: string[];
  directing: string[];
  issuing: string[];
  /** Verbs of speech that may come before an issuing verb ("nói và đề nghị", "thông báo và đề nghị"). */
  speechVerbs: string[];
  blockBefore: string[];
  blockBeforeGap: string[];
  genitiveActors: string[];
  blockAfter: string[];
  leadAfter: string[];
  notLeadAfter: string[];
  roleAdverbs: string[];
  rolePrecedence: { rules: Array<{ when: string; role: string; cued: boolean }>; onePerBody: Role[] };
  headingOpeners: string[];
  headingClosers: string[];
  responsibility: string[];
  mainActions: string[];
  coordinateStart: string[];
  leadStart: string[];
  titlePrefixes: string[];
  unitOf: string[];
  listSeparators: string[];
  deputySigns: string[];
  relaying: string[];
  relayCues: string[];
  relayInBody: { before: string[]; verbs: string[]; closer: string };
  partySignature: { onBehalf: string[]; standing: string[]; standingName: string; onBehalfOfLeader: string[] };
  plural: string[];
  illustration: string[];
  subjectOpeners: string[];
  frontedOpeners: string[];
  agentBefore: string[];
  reportVia: string[];
  issuingThrough: { before: string[]; verbs: string[]; documents: string[]; numberWords: string[]; notAfter: string[] };
  reportGap: { open: string[]; close: string[]; notAfterOpen: string[]; maxGap: number };
}
export const roleWords: RoleWords = loadData('gazetteer/roles.json');

export interface UnitWords {
  central: string[];
  steering: string[];
  local: string[];
  localBodies: Array<{ mentions: string[]; name: string; type: ActorType; city?: boolean }>;
  communeUnits: string[];
  placeUnits: string[];
  plural: string[];
  stop: string[];
  steeringStop: string[];
  expand: Record<string, string>;
  typos: Record<string, string>;
  departments: { units: string[]; fromMinistries: boolean; ministryWord: string; extra: string[] };
  infixAbbreviations: Record<string, string>;
  unitTypes: Record<string, ActorType>;
  localInProvince: string[];
  listedUnits: string[];
  ownUnits: Record<string, string>;
  partyCommittees: { words: string[]; of: ActorType[] };
  departmentsNationally: string;
}
export const unitWords: UnitWords = loadData('gazetteer/units.json');

export interface PersonWords {
  titles: string[];
  bodyTitles: string[];
  sameOffice: string[][];
  surnames: string[];
  leaderTitles: string[];
  notNameWords: string[];
  notOffices: string[];
}
export const personWords: PersonWords = loadData('gazetteer/persons.json');

/** "tỉnh Lào Cai" and "UBND tỉnh Lào Cai" name the People's Committee; "HĐND tỉnh …" the Council. */
function provinceBodies(p: RawProvince): Body[] {
  const names = [p.name, ...(p.variants ?? [])];
  const units = p.kind === 'thành phố' ? ['thành phố', 'TP.', 'TP'] : ['tỉnh'];
  const places = names.flatMap((n) => units.map((u) => `${u} ${n}`));
  if (p.kind === 'thành phố') places.push(...names.filter((n) => /^(?:TP|Thành phố)/u.test(n)));
  const successor = p.successor ? [p.successor] : [];
  const base = { type: 'province' as const, validFrom: p.validFrom, validTo: p.validTo, successorParts: [], short: [], province: p.id };
  return [
    {
      ...base, id: `ubnd-${p.id}`, name: `Ủy ban nhân dân ${p.kind} ${p.name}`, successor: successor.map((s) => `ubnd-${s}`),
      forms: [...places, ...places.flatMap((pl) => [`Ủy ban nhân dân ${pl}`, `UBND ${pl}`, `Chủ tịch Ủy ban nhân dân ${pl}`, `Chủ tịch UBND ${pl}`])],
    },
    {
      ...base, id: `hdnd-${p.id}`, name: `Hội đồng nhân dân ${p.kind} ${p.name}`, successor: successor.map((s) => `hdnd-${s}`),
      forms: places.flatMap((pl) => [`Hội đồng nhân dân ${pl}`, `HĐND ${pl}`]),
    },
    // The province's Party committee and its standing committee ("Tỉnh ủy Lào Cai", "Ban Thường vụ Thành ủy Hà Nội").
    ...partyCommittees(p, names, successor, base),
  ];
}

function partyCommittees(p: RawProvince, names: string[], successor: string[], base: Omit<Body, 'id' | 'name' | 'successor' | 'forms' | 'type'>): Body[] {
  const committee = p.kind === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy';
  const own = names.map((n) => `${committee} ${n.replace(/^(?:TP\.?|Thành phố) */u, '')}`);
  return [
    { ...base, type: 'party', id: `tu-${p.id}`, name: `${committee} ${p.name}`, successor: successor.map((s) => `tu-${s}`), forms: own },
    {
      ...base, type: 'party', id: `btv-tu-${p.id}`, name: `Ban Thường vụ ${committee} ${p.name}`, successor: successor.map((s) => `btv-tu-${s}`),
      forms: own.flatMap((f) => [`Ban Thường vụ ${f}`, `BTV ${f}`]),
    },
  ];
}

/** A short form that stands after a unit word ("Bộ TN&MT", "Sở Kế hoạch và Đầu tư"): not a bare
 * two- or three-letter code ("TC", "CT"), which names the ministry only in a list after "các Bộ:". */
export const standsAfterUnitWord = (short: string): boolean => short.length > 3 || /&/u.test(short);

function centralBody(b: RawBody): Body {
  const shortForms = b.short ?? [];
  const forms = [b.name, ...(b.variants ?? []), ...(b.abbr ?? [])];
  // "Bộ TN&MT", "Bộ Kế hoạch và Đầu tư": a ministry's short forms after the word "Bộ".
  if (b.type === 'ministry') forms.push(...shortForms.filter(standsAfterUnitWord).map((s) => `Bộ ${s}`));
  return {
    id: b.id, name: b.name, type: b.type, validFrom: b.validFrom, validTo: b.validTo, successor: b.successor ?? [],
    successorParts: b.successorParts ?? [], forms, short: shortForms,
  };
}

export const provinces: Province[] = provinceData.provinces.map((p) => ({
  id: p.id, name: p.name, kind: p.kind, names: [p.name, ...(p.variants ?? [])], validFrom: p.validFrom, validTo: p.validTo,
  successor: p.successor ?? null,
}));

export const bodies: Body[] = [...central.bodies.map(centralBody), ...provinceData.provinces.flatMap(provinceBodies)];

const byId = new Map(bodies.map((b) => [b.id, b]));
const provinceById = new Map(provinces.map((p) => [p.id, p]));

export function bodyById(id: string): Body | undefined {
  return byId.get(id);
}

export function provinceById_(id: string): Province | undefined {
  return provinceById.get(id);
}

/** Is the date inside the body's validity (null bounds are open)? */
export function validAt(item: { validFrom: string | null; validTo: string | null }, date: string): boolean {
  return (item.validFrom === null || item.validFrom <= date) && (item.validTo === null || date <= item.validTo);
}

/**
 * The one of several same-named items that the document's date points at; without a date, the
 * current one (a news article of unknown date is read in today's structure). Outside every
 * validity (a 2026 letter citing the former Bộ TN&MT) the nearest in time.
 */
export function atDate<T extends { validFrom: string | null; validTo: string | null }>(items: readonly T[], date: string | null): T | undefined {
  if (items.length <= 1) return items[0];
  if (date) {
    const valid = items.find((i) => validAt(i, date));
    if (valid) return valid;
    const distance = (i: T): number => (i.validTo !== null && i.validTo < date ? daysBetween(i.validTo, date) : i.validFrom ? daysBetween(date, i.validFrom) : 0);
    return [...items].sort((a, b) => distance(a) - distance(b))[0];
  }
  return items.find((i) => i.validTo === null) ?? items[items.length - 1];
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b.padEnd(10, '-01')) - Date.parse(a.padEnd(10, '-01'))) / 86_400_000;
}

/** Follows successors to the holder of the portfolio today; the first successor of a split leads. */
export function successorOf(body: Body): { successor: Body; parts: Array<{ name: string; part: string }> } {
  let current = body;
  const seen = new Set<string>();
  const parts = body.successorParts.map((p) => ({ name: currentOf(byId.get(p.id))?.name ?? p.id, part: p.part }));
  while (current.successor.length && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.successor[0]!);
    if (!next) break;
    current = next;
  }
  return { successor: current, parts };
}

function currentOf(body: Body | undefined): Body | undefined {
  return body ? successorOf(body).successor : undefined;
}

/** The province of today that holds an old province's territory. */
export function currentProvince(p: Province): Province {
  let current = p;
  const seen = new Set<string>();
  while (current.successor && !seen.has(current.id)) {
    seen.add(current.id);
    const next = provinceById.get(current.successor);
    if (!next) break;
    current = next;
  }
  return current;
}

/** Folded form → bodies printed that way (several only when their validities do not overlap). */
export function formIndex(): Map<string, Body[]> {
  const index = new Map<string, Body[]>();
  for (const b of bodies) {
    for (const f of new Set(b.forms.map(nameKey))) {
      const list = index.get(f) ?? [];
      if (!list.includes(b)) list.push(b);
      index.set(f, list);
    }
  }
  return index;
}
