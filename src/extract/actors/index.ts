// The actors stage: mentions recognised once over the document, then roles per directive —
// on each directive's own text (its span less its children's), with headings that only name
// bodies handing them to their sub-items, task-table columns giving lead / coordinate, a lead-in
// ("các Bộ, ngành, địa phương … cần tập trung các nhiệm vụ sau:") giving its assignees to the items
// of the list, a continuing sentence ("Đồng thời, …", "Trong đó, …") carrying the previous one's,
// and the issuer on every top-level directive.
import { alternation, nameKey, WORD_END, WORD_START } from '../../ingest/match.js';
import { ownRanges, without } from '../../ingest/spans.js';
import { startsWithContinuation } from '../../structure/cues.js';
import { cellSpans } from '../../structure/tables.js';
import type { Actor, Directive, ExtractedDocument, Role, Span } from '../../types.js';
import type { Stage, StageContext } from '../pipeline.js';
import { personsInCell } from './cell-persons.js';
import { provinces, roleWords, type Province } from './gazetteer.js';
import { actorOf, headerIssuer, personOf } from './issuer.js';
import { firstAtOrAfter, reading, recogniseIn, type Mention, type Setting } from './recognise.js';
import { LABEL, assignRoles, chains, onlySeparators, type Chain } from './roles.js';

/** An actor of the output, with today's holder of its portfolio (extra fields of SPEC.md). */
export interface ActorOut extends Actor {
  successor?: string;
  successorParts?: Array<{ name: string; part: string }>;
}

const RANK: readonly Role[] = roleWords.rolePrecedence.onePerBody;
const SCORED: ReadonlySet<Role> = new Set<Role>(RANK);
const HEADING_OPENER = new RegExp(`^(?:${alternation(roleWords.headingOpeners)})${WORD_END}[ \\n]*`, 'u');
// Each run of spaces belongs to one part only (spaces, then closer and its spaces, then the mark and its): linear.
const HEADING_CLOSER = new RegExp(`^[ \\n]*(?:(?:${alternation(roleWords.headingClosers)})${WORD_END}[ \\n]*)?(?:[:.][ \\n]*)?$`, 'u');
const SENTENCE_END = /[.!?](?=[ \n])|\n[ \t]*\n/gu;
const RESPONSIBILITY = new RegExp(`(?:${alternation(roleWords.responsibility)})${WORD_END}`, 'u');
const LEAD_START = new RegExp(`^(?:${alternation(roleWords.leadStart)})${WORD_END}`, 'u');
const COORDINATE_START = new RegExp(`^(?:${alternation(roleWords.coordinateStart)})${WORD_END}`, 'u');
const MAIN_ACTION = new RegExp(`^(?:${alternation(roleWords.mainActions)})${WORD_END}`, 'u');
const MAIN_ACTION_IN = new RegExp(`${WORD_START}(?:${alternation(roleWords.mainActions)})${WORD_END}`, 'u');

interface Heading {
  subjects: Mention[];
  responsibility: boolean;
}

interface Doc {
  text: string;
  folded: string;
  mentions: Mention[];
  issuerName: string | null;
}

/** The mentions inside a stretch, found by binary search: a 10 MB notice has tens of thousands. */
function within(doc: Doc, [s, e]: Span): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(doc.mentions, s); i < doc.mentions.length && doc.mentions[i]!.start < e; i++) {
    if (doc.mentions[i]!.end <= e) out.push(doc.mentions[i]!);
  }
  return out;
}

/** Roles of one stretch, chains decided in order. */
function stretchChains(doc: Doc, range: Span, headed: boolean): Chain[] {
  const list = chains(within(doc, range), doc.folded);
  for (const c of list) c.from = Math.max(c.from, range[0]);
  return assignRoles(list, range[0], range[1], { folded: doc.folded, issuerName: doc.issuerName, headed });
}

/** "2. Bộ X:", "Điều 2. Giao Bộ X:", "1. Cục … có trách nhiệm:", "II. NHIỆM VỤ … CỦA BỘ X": bodies only. */
function headingOf(doc: Doc, d: Directive): Heading | null {
  if (d.children.length === 0) return null;
  const first = ownRanges(d)[0];
  if (!first || first[0] !== d.span[0]) return null;
  const own = doc.folded.slice(first[0], first[1]);
  let at = first[0] + (LABEL.exec(own)?.[0].length ?? 0);
  const opener = HEADING_OPENER.exec(doc.folded.slice(at, first[1]));
  if (opener) at += opener[0].length;
  const subjects: Mention[] = [];
  for (const m of within(doc, [at, first[1]])) {
    if (!onlySeparators(doc.folded.slice(at, m.from))) return null;
    if (m.kind === 'body') subjects.push(m);
    at = m.end;
  }
  const rest = doc.folded.slice(at, first[1]);
  if (subjects.length === 0 || !HEADING_CLOSER.test(rest)) return null;
  return { subjects, responsibility: RESPONSIBILITY.test(rest) };
}

/** The role a heading's bodies take on a sub-item, by the sub-item's first words. */
function headedRole(doc: Doc, child: Directive, heading: Heading): Role {
  const own = doc.folded.slice(child.span[0], child.span[1]);
  const body = own.slice(LABEL.exec(own)?.[0].length ?? 0);
  if (LEAD_START.test(body)) return 'lead';
  if (COORDINATE_START.test(body)) return 'assignee';
  if (heading.responsibility && MAIN_ACTION.test(body)) return 'lead';
  // "- Là cơ quan thường trực, có trách nhiệm tổng hợp, theo dõi, đôn đốc …": responsibility for a
  // main action in the sub-item's first clause (ANNOTATION.md "Responsibility").
  const clause = body.slice(0, body.search(/[;:.](?=[ \n]|$)/u) >>> 0);
  const responsible = RESPONSIBILITY.exec(clause);
  if (responsible && MAIN_ACTION_IN.test(clause.slice(responsible.index, responsible.index + responsible[0].length + 40))) return 'lead';
  return 'assignee';
}

/** A sub-item that opens with its own subject ("a) Bộ Y chủ trì …") keeps only that subject. */
function namesOwnSubject(doc: Doc, child: Directive, list: Chain[]): boolean {
  const own = doc.folded.slice(child.span[0], child.span[1]);
  const labelEnd = child.span[0] + (LABEL.exec(own)?.[0].length ?? 0);
  return list.some((c) => !c.cued && c.role !== 'blocked' && c.from - labelEnd <= 2);
}

function push(actors: ActorOut[], a: ActorOut): void {
  const key = nameKey(a.name);
  if (SCORED.has(a.role)) {
    // One scored role per body on a directive: the first naming, by roles.json rolePrecedence.onePerBody.
    const i = actors.findIndex((x) => SCORED.has(x.role) && nameKey(x.name) === key);
    if (i >= 0) {
      if (RANK.indexOf(a.role) < RANK.indexOf(actors[i]!.role)) actors[i] = a;
      return;
    }
  } else if (actors.some((x) => x.role === a.role && nameKey(x.name) === key)) return;
  actors.push(a);
}

function emit(doc: Doc, list: Chain[], actors: ActorOut[], issuers: Mention[]): void {
  for (const chain of list) {
    if (chain.role === 'blocked') continue;
    for (const m of chain.members) {
      if (m.kind === 'nobody') continue;
      if (chain.role === 'issuer') {
        issuers.push(personOf(m, doc.mentions));
        continue;
      }
      if (m.kind === 'office') continue; // an office with no body and no name
      push(actors, actorOf(m, doc.text, chain.role));
    }
  }
}

interface Walk {
  /** In-text issuers found under each top-level directive. */
  issuers: Mention[];
}

function directiveActors(doc: Doc, d: Directive, heading: Heading | null, walk: Walk): Directive {
  const actors: ActorOut[] = [];
  const cells = d.cells ?? [];
  const roleCells = cells.filter((c) => c.column === 'lead' || c.column === 'coordinate');
  // A table row is read from its other cells; a prose item with attribute lines ("Đơn vị chủ trì:
  // …", structure/attributes.ts) from its own text without them.
  const otherCells = cells.filter((c) => !roleCells.includes(c));
  const ranges: Span[] = otherCells.length ? otherCells.flatMap(cellSpans) : without(ownRanges(d), roleCells.map((c) => c.span));
  let ownChains: Chain[] = [];
  for (const range of ranges) {
    const list = stretchChains(doc, range, heading !== null);
    ownChains = ownChains.concat(list);
    emit(doc, list, actors, walk.issuers);
  }
  // A task table's columns: the subject of the cell takes the column's role.
  for (const cell of roleCells) {
    const list = chains(cellSpans(cell).flatMap((s) => within(doc, s)), doc.folded);
    const subject = list[0];
    const role = cell.column === 'lead' ? 'lead' : 'coordinate';
    if (!subject) {
      // No body: the staff who must act, named without a title ("Vũ Việt Linh Nguyễn Thị Loan").
      for (const person of cellSpans(cell).flatMap((s) => personsInCell(doc.text, s))) push(actors, actorOf(person, doc.text, role));
      continue;
    }
    subject.role = role;
    emit(doc, [subject], actors, walk.issuers);
  }
  if (heading && !namesOwnSubject(doc, d, ownChains)) {
    const role = headedRole(doc, d, heading);
    for (const m of heading.subjects) push(actors, actorOf(m, doc.text, role));
  }
  const own = headingOf(doc, d);
  // A heading's bodies go to its sub-items, not to the heading itself.
  const kept = own ? actors.filter((a) => !own.subjects.some((s) => nameKey(s.name) === nameKey(a.name) && SCORED.has(a.role))) : actors;
  const children = d.children.map((c) => directiveActors(doc, c, own, walk));
  return { ...d, actors: kept, children };
}

/** The item opens with the body that must act: "3. Sở Tài chính chủ trì …" (after its label only). */
function opensWithSubject(doc: Doc, d: Directive, actors: readonly ActorOut[]): boolean {
  const own = doc.folded.slice(d.span[0], d.span[1]);
  const at = d.span[0] + (LABEL.exec(own)?.[0].length ?? 0);
  return actors.some((a) => (a.role === 'assignee' || a.role === 'lead') && a.span[0] >= at && doc.folded.slice(at, a.span[0]).trim() === '');
}

/** "… các Bộ, ngành, địa phương, doanh nghiệp cần tập trung các nhiệm vụ chủ yếu sau:" before a list. */
function leadInActors(doc: Doc, from: number, to: number): ActorOut[] {
  const gap = doc.folded.slice(from, to).trimEnd();
  if (!gap.endsWith(':')) return [];
  // Only the sentence that introduces the list: "Bộ X đã có văn bản ….\nBộ Y đề nghị Z:" gives Z alone.
  let sentenceStart = from;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(gap); m && m.index < gap.length - 1; m = SENTENCE_END.exec(gap)) sentenceStart = from + m.index + m[0].length;
  const list = stretchChains(doc, [sentenceStart, from + gap.length], false);
  const actors: ActorOut[] = [];
  emit(doc, list, actors, []);
  return actors.filter((a) => a.role === 'assignee' || a.role === 'lead');
}

/** The one province a text names, at least twice (a national text that cites one province once is no provincial text). */
function onlyProvince(mentions: readonly Mention[]): Province | null {
  const ids = mentions.flatMap((m) => (m.body?.province ? [m.body.province] : []));
  const distinct = new Set(ids);
  return distinct.size === 1 && ids.length >= 2 ? provinceOfBody(ids[0]!) : null;
}

const isNumbered = (d: Directive): boolean => d.numbered && /^\d+$/u.test(d.id);

/** The actors stage (SPEC.md "Actors"; ANNOTATION.md "Actors" and "Further rules"). */
export const actorsStage: Stage = (document: ExtractedDocument, ctx: StageContext): ExtractedDocument => {
  const { text } = ctx.source;
  const date = document.document.date ?? null;
  const bare: Setting = { date, province: null, issuer: null, issuerName: null };
  // The issuing body is printed under its superior ("UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG"): the last
  // body the field names is the issuer, the province is that of any of them.
  const field = document.document.issuer;
  // The field and the text are each read once; a second pass with the province resolves the same reading.
  const fieldReading = field ? reading(field) : null;
  const inField = (setting: Setting): Mention[] => (fieldReading ? recogniseIn(fieldReading, setting).filter((m) => m.kind === 'body') : []);
  const bodies = inField(bare);
  const provinceId = bodies.map((m) => m.body?.province ?? m.province).find((p) => p !== undefined);
  const province = provinceId ? provinceOfBody(provinceId) : null;
  const issuerMention = issuerNamed((province ? inField({ ...bare, province }) : bodies).at(-1) ?? null, field);
  let setting: Setting = {
    date, province, issuer: issuerMention?.body ?? null, issuerName: issuerMention?.name ?? document.document.issuer, provincialIssuer: province !== null,
  };
  const textReading = reading(text, ctx.folded);
  let mentions = recogniseIn(textReading, setting);
  // A text with no provincial issuer that names one province only (a provincial news report:
  // "Ủy ban nhân dân tỉnh Lào Cai …", then "Ủy ban nhân dân tỉnh"): its local bodies are that province's.
  const named = province ? null : onlyProvince(mentions);
  if (named) {
    setting = { ...setting, province: named };
    mentions = recogniseIn(textReading, setting);
  }
  const doc: Doc = { text, folded: ctx.folded, mentions, issuerName: setting.issuerName };
  // The issuer's mention in the text (for its span), else the header string's.
  const issuerInText = issuerMention ? mentions.find((m) => nameKey(m.name) === nameKey(issuerMention.name)) ?? null : null;
  const fixedIssuer = headerIssuer(ctx.header, text, mentions, issuerInText ?? (issuerMention ? { ...issuerMention, start: 0, end: 0 } : null), ctx.folded);

  let previous: Directive | null = null;
  let currentIssuer: Mention | null = null;
  let leadIn: ActorOut[] = [];
  let lastEnd = ctx.header.body[0];
  const directives = document.directives.map((d) => {
    const walk: Walk = { issuers: [] };
    const done = directiveActors(doc, d, null, walk);
    // Lead-in before the first item of a numbered list.
    if (isNumbered(d) && (d.id === '1' || !previous || !isNumbered(previous))) leadIn = leadInActors(doc, lastEnd, d.span[0]);
    else if (!isNumbered(d)) leadIn = [];
    // An item that names its own subject ("1. Bộ Kế hoạch và Đầu tư:", "3. Sở Tài chính chủ trì …")
    // is addressed to it, not to everyone the lead-in asked ("Thủ tướng yêu cầu các Bộ trưởng …:").
    const ownSubject = (headingOf(doc, d)?.subjects.length ?? 0) > 0 || opensWithSubject(doc, d, done.actors);
    if (!ownSubject) for (const a of leadIn) if (!done.actors.some((x) => nameKey(x.name) === nameKey(a.name))) done.actors.push(a);
    // A continuing sentence with no body of its own carries the previous directive's.
    const opening = ctx.folded.slice(d.span[0], d.span[1]).trimStart();
    if (!d.numbered && previous && startsWithContinuation(opening) && !done.actors.some((a) => SCORED.has(a.role)) && !hasScored(done)) {
      done.actors.push(...previous.actors.filter((a) => SCORED.has(a.role)));
    }
    if (walk.issuers.length) currentIssuer = walk.issuers[0]!;
    const issuer = fixedIssuer ?? (currentIssuer ? actorOf(currentIssuer, text, 'issuer') : null);
    if (issuer) done.actors.unshift(issuer);
    previous = done;
    lastEnd = d.span[1];
    return done;
  });
  return { ...document, directives };
};

/**
 * A unit recognised by its form ends where its words seem to end ("Cục Đổi mới sáng tạo" of "Cục
 * Đổi mới sáng tạo, chuyển đổi xanh và Khuyến công"); the header's field prints the whole name.
 */
function issuerNamed(m: Mention | null, field: string | null): Mention | null {
  if (!m || m.body || !field || !nameKey(field).startsWith(nameKey(m.name)) || nameKey(field) === nameKey(m.name)) return m;
  return { ...m, name: field.replace(/\s+/gu, ' ').trim() };
}

function hasScored(d: Directive): boolean {
  return d.children.some((c) => c.actors.some((a) => SCORED.has(a.role)) || hasScored(c));
}

function provinceOfBody(id: string): Province | null {
  return provinces.find((p) => p.id === id) ?? null;
}
