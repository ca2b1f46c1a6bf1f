// Roles of the mentions a directive names (ANNOTATION.md "Actors" and "Further rules: Actors and
// roles"). Mentions separated only by commas, "và", ";" form a coordinated list (a chain) that
// takes one role, decided by the words just before the chain (báo cáo / trình → report-to; phối
// hợp với → coordinate; giao / yêu cầu → assignee or lead when the issuer speaks, no actor when
// another body directs; của / kiện toàn / trước / tại → no actor) or, for a subject, by the words
// after it (chủ trì, chịu trách nhiệm → lead; an issuing verb after a leader → issuer; else
// assignee). Pure functions over the folded text.
import { WORD_END, WORD_START, alternation, nameKey } from '../../ingest/match.js';
import { cues } from '../../data/index.js';
import type { Role } from '../../types.js';
import { roleWords } from './gazetteer.js';
import type { Mention } from './recognise.js';
import { EndCue } from './end-cue.js';

const end = (words: string[]): EndCue => new EndCue(words);
const start = (words: string[]): RegExp => new RegExp(`^[ \\n]*(?:${alternation(words)})${WORD_END}`, 'u');

const REPORT_END = end(roleWords.reportBefore);
// "Báo cáo kết quả thực hiện nhiệm vụ … cho Ủy ban nhân dân tỉnh", "gửi báo cáo về Sở Nội vụ": the
// addressee after "cho" / "về", the opener at most maxGap characters before with no clause mark
// between (roles.json "reportGap"). Two patterns and a look at the gap, not one pattern with a
// bounded gap, which backtracks over every opener.
const { reportGap: GAP } = roleWords;
const REPORT_CLOSE = end(GAP.close);
// An opener ends at most maxGap before the closer, so it starts at most this much further back.
const OPEN_LONGEST = Math.max(...GAP.open.map((w) => w.length));
const REPORT_OPEN = new RegExp(`${WORD_START}(?:${alternation(GAP.open)})${WORD_END}(?![ \\n]+(?:${alternation(GAP.notAfterOpen)})${WORD_END})`, 'gu');

function reportGap(before: string): boolean {
  const close = REPORT_CLOSE.exec(before);
  if (!close) return false;
  const mark = Math.max(...[',', ';', '.', ':'].map((c) => before.lastIndexOf(c, close.index - 1)));
  REPORT_OPEN.lastIndex = Math.max(0, mark + 1, close.index - GAP.maxGap - OPEN_LONGEST);
  for (let m = REPORT_OPEN.exec(before); m && m.index < close.index; m = REPORT_OPEN.exec(before)) {
    const end = m.index + m[0].length;
    if (end <= close.index && close.index - end <= GAP.maxGap) return true;
  }
  return false;
}

// "báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ)": the channel of a report, after its addressee.
const VIA_END = end(roleWords.reportVia);
const COORDINATE_END = end(roleWords.coordinateBefore);
const AGENT_END = end(roleWords.agentBefore);
const ASSIGN_END = end(roleWords.assignBefore);
const BLOCK_END = end(roleWords.blockBefore);
const GENITIVE_OK = end(roleWords.genitiveActors);
const BLOCK_GAP = new RegExp(`${WORD_START}(?:${alternation(roleWords.blockBeforeGap)})(?:[ \\n]+[^ \\n,;.:]+){0,3}[ \\n]*(?:,[ \\n]*)?$`, 'u');
const BLOCK_AFTER = start(roleWords.blockAfter);
// "các văn bản … của Đảng và Chính phủ": a genitive whose first member is no mention.
const GENITIVE_JOIN = new RegExp(`${WORD_START}của(?:[ \\n]+[^ \\n,;.:]+){1,2}[ \\n]+và[ \\n]*$`, 'u');
// "26 chỉ tiêu liên quan đến 8 bộ, ngành": bodies counted, not named.
const COUNTED = /\d[ \n]*$/u;
const ILLUSTRATION_END = new EndCue(roleWords.illustration, '');
// "… nói và đề nghị", "… thông báo và đề nghị": a verb of speech before the issuing one.
const ISSUING_START = new RegExp(
  `^[ \\n]*(?:(?:${alternation(roleWords.speechVerbs)})[ \\n]*(?:,|và)[ \\n]*)?(?:${alternation(roleWords.issuing)})${WORD_END}`,
  'u',
);
// "… vừa ban hành chỉ thị (số 12/CT-UBND,) yêu cầu": the document between the body and the verb.
const { issuingThrough: THROUGH } = roleWords;
const ISSUING_THROUGH = new RegExp(
  `^[ \\n]*(?:(?:${alternation(THROUGH.before)})[ \\n]+)?(?:${alternation(THROUGH.verbs)})[ \\n]+(?:${alternation(THROUGH.documents)})` +
    `(?:[ \\n]+(?:${alternation(THROUGH.numberWords)})[ \\n]+[^ \\n,]+)?[ \\n]*(?:,[ \\n]*)?(?:${alternation(roleWords.issuing)})${WORD_END}(?![ \\n]+(?:${alternation(THROUGH.notAfter)})${WORD_END})`,
  'u',
);
const LEAD_START = start(roleWords.leadAfter);
const LEAD_IN = new RegExp(`${WORD_START}(?:${alternation(roleWords.leadAfter)})${WORD_END}`, 'u');
const ROLE_ADVERB = new RegExp(`^[ \\n]*(?:${alternation(roleWords.roleAdverbs)})${WORD_END}[ \\n,]*`, 'u');
const NOT_LEAD_START = start(roleWords.notLeadAfter);
const PLURAL_END = end(roleWords.plural);
const SEPARATORS = new Set([...roleWords.listSeparators, ...roleWords.plural].map((s) => nameKey(s)));
// A blank line ends a clause too: a heading without a full stop above its paragraph.
const CLAUSE_BOUNDARY = /[;:!?]|\.(?=[ \n])|\n[ \t]*\n/gu;
/** A directive's printed label at the start of its text ("1.", "a)", "Điều 3.", "-", "(2)", "II-"). */
export const LABEL = /^[ \n]*(?:điều[ \n]+\d+[ \n]*[.:]?|[ivxlcdm]+[.)-]|\d+(?:\.\d+)*[.)]?|\(\d+\)|\([ivx]+\)|[a-zđ]\)|[-+•*])[ \n]*/u;
// Words that may open a clause before its subject ("Đồng thời, …", "Riêng …", "Trong đó …"): cues.json
// "continuation" and roles.json "subjectOpeners".
const SUBJECT_OPENER = new RegExp(`^(?:${alternation([...cues.continuation, ...roleWords.subjectOpeners])})${WORD_END}[ \\n,]*`, 'u');
const TRAILING_PLURAL = new EndCue(roleWords.plural, '(?:^|[ \\n])');
const LETTER = /\p{L}/u;
const SUBJECT_REACH = 400;
const TRAILING_TITLE = end(roleWords.titlePrefixes);
// A fronted phrase before the subject: a subordinator or a date (roles.json "frontedOpeners").
const FRONTED = new RegExp(`^(?:(?:${alternation(roleWords.frontedOpeners)})${WORD_END}|\\d)`, 'u');
const LIST_GOES_ON = /^[ \n]*(?:,|và(?![\p{L}\p{N}]))/u;
// A comma or the word "và": the joints of a list.
const COMMA_OR_AND = new RegExp(`,|${WORD_START}và${WORD_END}`, 'u');
// A verb that opens an action: a piece of a list that starts with one is a clause, not a name.
const ACTION_START = new RegExp(`^(?:${alternation([...cues.actionVerbs, ...roleWords.leadAfter, ...roleWords.coordinateBefore, ...roleWords.reportBefore, ...roleWords.assignBefore])})${WORD_END}`, 'u');

export type ChainRole = Role | 'blocked';

export interface Chain {
  members: Mention[];
  from: number;
  end: number;
  role: ChainRole;
  /** Decided by the words before it (a cue), not as the subject of its clause. */
  cued: boolean;
}

/** Is the text between two mentions only list punctuation and "và"? */
export function onlySeparators(gap: string): boolean {
  if (gap.length > 16) return false;
  const tokens = gap.replace(/([,;():…])/gu, ' $1 ').split(/[ \n]+/u).filter(Boolean);
  return tokens.every((t) => SEPARATORS.has(t));
}

/** Mentions → coordinated lists, in order. */
export function chains(mentions: readonly Mention[], folded: string): Chain[] {
  const out: Chain[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && onlySeparators(folded.slice(last.end, m.from))) {
      last.members.push(m);
      last.end = m.end;
    } else out.push({ members: [m], from: m.from, end: m.end, role: 'assignee', cued: false });
  }
  return out;
}

/** Where the clause holding `at` starts (after ";", ":", ". " …), not before `floor`. */
export function clauseStart(folded: string, floor: number, at: number): number {
  return clauseStarts(folded, floor)(at);
}

/**
 * `clauseStart` of one stretch for positions asked in text order: the boundaries are read once,
 * each search going on from the first boundary the last one did not pass (a search from `floor`
 * for every chain grew with the square of a long item: a 5 MB notice spent an eighth of its time
 * there). The boundaries found from `floor` are always the same sequence, so going on from one
 * of them finds the rest; a position before the last one asked starts again from `floor`.
 */
export function clauseStarts(folded: string, floor: number): (at: number) => number {
  let start = floor;
  let resume = floor;
  let last = floor;
  return (at) => {
    if (at < last) [start, resume] = [floor, floor];
    last = at;
    CLAUSE_BOUNDARY.lastIndex = resume;
    for (let m = CLAUSE_BOUNDARY.exec(folded); m; m = CLAUSE_BOUNDARY.exec(folded)) {
      if (m.index >= at) {
        resume = m.index;
        return start;
      }
      start = m.index + 1;
    }
    resume = folded.length;
    return start;
  };
}

/** Cuts a chain before its first member that follows a comma or a semicolon; returns the rest, or null. */
function splitAtComma(chain: Chain, folded: string): Chain | null {
  const i = chain.members.findIndex((m, k) => k > 0 && /[,;]/u.test(folded.slice(chain.members[k - 1]!.end, m.from)));
  if (i <= 0) return null;
  const rest = chain.members.splice(i);
  chain.end = chain.members[chain.members.length - 1]!.end;
  return { members: rest, from: rest[0]!.from, end: rest[rest.length - 1]!.end, role: 'assignee', cued: false };
}

/**
 * The clause's grammar over the recognised names: a chain is the subject of its clause when nothing
 * but the item's label, an opener ("Đồng thời", "Riêng") or a fronted phrase closed by a comma ("Để
 * triển khai …, các Bộ …") stands before it; after any other word it is an object of the action
 * ("hỗ trợ doanh nghiệp", "tiếp thu ý kiến các Bộ"). Role cues before it are read first, elsewhere.
 */
export function objectPosition(folded: string, clauseFrom: number, at: number, after: string, subjectBefore = false): boolean {
  // Bounded: a clause of a flattened notice may run for pages; a fronted phrase does not.
  let words = folded.slice(Math.max(clauseFrom, at - SUBJECT_REACH), at);
  words = words.slice(LABEL.exec(words)?.[0].length ?? 0);
  const comma = words.lastIndexOf(',');
  if (comma >= 0) {
    // After a comma a subject has its verb next ("của từng vùng, địa phương, …" is still a list), and
    // the words before the comma are a fronted phrase ("Để …,", "Căn cứ …,", "Năm 2026,") or hold
    // a subject of their own ("Bộ A chủ trì, Bộ B …"); "hướng dẫn các đơn vị, địa phương" is a list.
    if (!/^\p{L}/u.test(after)) return true;
    const before = words.slice(0, comma);
    const last = before.slice(before.lastIndexOf(',') + 1).trim();
    const opening = before.trimStart();
    const fronted = onlyOpener(before.trim()) || FRONTED.test(opening) || FRONTED.test(opening.replace(SUBJECT_OPENER, '')) || onlyOpener(last);
    // "…, Chánh Văn phòng Bộ, Cục trưởng Cục X chịu trách nhiệm thi hành": a subject list with qualifiers.
    if (!fronted && !subjectBefore && !LEAD_START.test(after)) return true;
    words = words.slice(comma + 1);
  }
  words = words.trim();
  const plural = TRAILING_PLURAL.exec(words);
  if (plural) words = words.slice(0, plural.index);
  // "…, Thủ trưởng các cơ quan, đơn vị, Chủ tịch …": a leader's title before a phrase that names no body.
  const title = TRAILING_TITLE.exec(words);
  if (title) words = words.slice(0, title.index);
  words = words.trim();
  const opener = SUBJECT_OPENER.exec(words);
  if (opener) words = words.slice(opener[0].length);
  return LETTER.test(words);
}

/**
 * The role of a subject by the words after it, also past the rest of a subject list that names no
 * body of the gazetteer ("Vụ Pháp chế, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành").
 */
function subjectRole(after: string): Role {
  const direct = roleAfter(after);
  if (direct === 'lead') return direct;
  // "Ủy ban nhân dân cấp xã: đầu tư …; Chủ trì, phối hợp …": the subject of a list of tasks after a
  // colon leads where one of them says so.
  if (/^[ \n]*:/u.test(after)) return after.split(/[;:]/u).some((task) => roleAfter(task) === 'lead') ? 'lead' : direct;
  const near = after.slice(0, 200);
  const lead = LEAD_IN.exec(near);
  if (!lead) return direct;
  const gap = near.slice(0, lead.index);
  return LIST_GOES_ON.test(gap) && continuesList(gap, 45) ? roleAfter(near.slice(lead.index)) : direct;
}

/** Only an opener ("Đồng thời", "do vậy") or nothing. */
const onlyOpener = (words: string): boolean => !LETTER.test(words.replace(SUBJECT_OPENER, ''));

/** Does an earlier chain of the clause stand as its subject ("Bộ A chủ trì, Bộ B phối hợp")? */
function subjectBefore(list: readonly Chain[], index: number, clause: number): boolean {
  for (let k = index - 1; k >= 0 && list[k]!.from >= clause; k--) if (!list[k]!.cued && list[k]!.role !== 'blocked') return true;
  return false;
}

/** Between two chains, only short pieces (of at most `maxPiece` characters) that name no body and open no action ("các cơ quan khác và địa phương,"). */
export function continuesList(gap: string, maxPiece = 30): boolean {
  if (!COMMA_OR_AND.test(gap) || gap.length > 80) return false;
  const pieces = gap.split(COMMA_OR_AND).map((p) => p.trim()).filter(Boolean);
  return pieces.every((p) => p.length <= maxPiece && !ACTION_START.test(p) && !/[;:.()]/u.test(p));
}

/** Lead for "X chủ trì", "X chịu trách nhiệm" (not "… trách nhiệm phối hợp"); else assignee. */
export function roleAfter(after: string): Role {
  // "X khẩn trương chủ trì": adverbs before the role word (roles.json "roleAdverbs").
  let words = after;
  for (let k = 0, adverb = ROLE_ADVERB.exec(words); adverb && k < 3; k++, adverb = ROLE_ADVERB.exec(words)) words = words.slice(adverb[0].length);
  return LEAD_START.test(words) && !NOT_LEAD_START.test(words) ? 'lead' : 'assignee';
}

// A collective gives no instruction ("Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định …" of a decree states a power).
const isLeader = (m: Mention, issuerName: string | null): boolean =>
  (m.type !== 'collective' && (m.kind === 'person' || m.kind === 'office' || m.titled === true)) ||
  ['government', 'party', 'state-leader', 'national-assembly'].includes(m.type) ||
  (issuerName !== null && m.kind === 'body' && nameKey(m.name) === nameKey(issuerName));

export interface RoleContext {
  folded: string;
  issuerName: string | null;
  /** The directive sits under a heading that names its subject ("Cục … có trách nhiệm:"). */
  headed: boolean;
}

/** What a rule of the role table sees of one chain. */
interface Situation {
  chain: Chain;
  /** The chain before it in the same clause, decided already. */
  prev: Chain | null;
  /** The words between the previous chain (or the clause's start) and this one, plural words left out. */
  before: string;
  /** The first words after the chain. */
  after: string;
  list: Chain[];
  index: number;
  clause: number;
  floor: number;
  ceiling: number;
  ctx: RoleContext;
}

const issuesHere = (s: Situation): boolean =>
  ISSUING_THROUGH.test(s.after) || (isLeader(s.chain.members[0]!, s.ctx.issuerName) && ISSUING_START.test(s.after));

/** The conditions the role table (roles.json "rolePrecedence") names, tried in its order. */
const CONDITIONS: Readonly<Partial<Record<string, (s: Situation) => boolean>>> = {
  illustrates: (s) => s.prev !== null && ILLUSTRATION_END.test(s.before),
  'reported-to': (s) => REPORT_END.test(s.before) || reportGap(s.before) || (s.prev?.role === 'report-to' && VIA_END.test(s.before)),
  coordinated: (s) => COORDINATE_END.test(s.before),
  'agent-of-passive': (s) => AGENT_END.test(s.before),
  assigned: (s) => ASSIGN_END.test(s.before),
  genitive: (s) => (BLOCK_END.test(s.before) && !GENITIVE_OK.test(s.before)) || BLOCK_GAP.test(s.before) || GENITIVE_JOIN.test(s.before) || COUNTED.test(s.before),
  'heads-another': (s) => BLOCK_AFTER.test(s.after),
  'list-goes-on': (s) => s.prev !== null && (s.prev.role === 'coordinate' || s.prev.role === 'report-to') && continuesList(s.ctx.folded.slice(s.prev.end, s.chain.from)),
  object: (s) => !GENITIVE_OK.test(s.before) && !(isLeader(s.chain.members[0]!, s.ctx.issuerName) && ISSUING_START.test(s.after)) &&
    objectPosition(s.ctx.folded, Math.max(s.clause, s.floor), s.chain.from, s.after, subjectBefore(s.list, s.index, s.clause)),
  subject: () => true,
};

/** The outcomes the role table names. */
const OUTCOMES: Readonly<Partial<Record<string, (s: Situation) => ChainRole>>> = {
  'as-previous': (s) => s.prev!.role,
  'report-to': () => 'report-to',
  coordinate: () => 'coordinate',
  'lead-else-none': (s) => (roleAfter(s.after) === 'lead' ? 'lead' : 'blocked'),
  // "Thủ tướng giao X …" and a bare "Giao X …" of the issuer assign; "Bộ Y chỉ đạo X …" does not.
  'by-the-issuer': (s) => (s.prev?.role === 'issuer' || (!s.prev && !s.ctx.headed) ? roleAfter(s.after) : 'blocked'),
  none: () => 'blocked',
  // A leader with an issuing verb issues; any body that gives the directive through a document it
  // names does ("UBND tỉnh ban hành Công văn số 801/UBND-KT, yêu cầu …"); else by the role word after.
  'by-the-words-after': (s) => {
    const end = s.chain.end;
    return issuesHere(s) ? 'issuer' : subjectRole(s.ctx.folded.slice(end, Math.min(s.ceiling, end + 600)));
  },
};

const RULES = roleWords.rolePrecedence.rules.map((r) => {
  const when = CONDITIONS[r.when];
  const role = OUTCOMES[r.role];
  if (!when) throw new Error(`roles.json rolePrecedence: unknown condition "${r.when}"`);
  if (!role) throw new Error(`roles.json rolePrecedence: unknown role "${r.role}"`);
  return { ...r, test: when, outcome: role };
});

/**
 * Roles of the chains of one stretch of a directive's own text ([floor, ceiling)), decided in text
 * order by the first rule of the role table (roles.json "rolePrecedence") whose condition holds: the
 * cues before a chain first, then whether it is an object of its clause, else it is the subject.
 */
export function assignRoles(list: Chain[], floor: number, ceiling: number, ctx: RoleContext): Chain[] {
  const { folded } = ctx;
  const clauseOf = clauseStarts(folded, floor);
  let previous: Chain | null = null;
  for (let index = 0; index < list.length; index++) {
    const chain = list[index]!;
    const clause = clauseOf(chain.from);
    const prev = previous && previous.end > clause ? previous : null;
    const gapFrom = Math.max(clause, prev ? prev.end : floor, chain.from - 120);
    let before = folded.slice(gapFrom, chain.from);
    const plural = PLURAL_END.exec(before);
    if (plural) before = before.slice(0, plural.index);
    const tail = chain.members[chain.members.length - 1]!;
    const after = folded.slice(tail.end, Math.min(ceiling, tail.end + 60)).replace(/^[ \n]*/u, '');
    const situation: Situation = { chain, prev, before, after, list, index, clause, floor, ceiling, ctx };
    const rule = RULES.find((r) => r.test(situation))!;
    chain.role = rule.outcome(situation);
    chain.cued = rule.cued;
    if (rule.when === 'genitive') splitGenitive(list, index, folded, ceiling);
    previous = chain;
  }
  return list;
}

/**
 * "Từ đề xuất của Thường trực Ban chỉ đạo, các bộ ngành thống nhất …": after a comma the list of
 * the genitive ends and the clause's subject begins; so after a semicolon ("… chất vấn của Đại
 * biểu HĐND tỉnh; Chủ tịch UBND tỉnh yêu cầu …"). A list that goes on after it ("của Quốc hội, Ủy
 * ban Thường vụ Quốc hội và các Ủy ban …") is still the genitive's.
 */
function splitGenitive(list: Chain[], index: number, folded: string, ceiling: number): void {
  const chain = list[index]!;
  const rest = splitAtComma(chain, folded);
  if (!rest) return;
  if (!LIST_GOES_ON.test(folded.slice(rest.end, Math.min(ceiling, rest.end + 20)))) list.splice(index + 1, 0, rest);
  else {
    chain.members.push(...rest.members);
    chain.end = rest.end;
  }
}
