// The issuer actor of a document's top-level directives (ANNOTATION.md "The issuer actor"): from the
// signature for official texts — "KT. THỦ TƯỚNG" / "KT. CHỦ TỊCH" with no "TM." line → the deputy
// by name; "TM. …", a ministry's own letter ("KT. BỘ TRƯỞNG") → the issuing body; a Văn phòng's
// notice → the leader whose opinion or conclusion it relays, never the office — and, for news,
// from the text: the leader of the last issuing sentence ("Phó Thủ tướng yêu cầu …").
import { WORD_END, alternation, fold, foldPattern, nameKey } from '../../ingest/match.js';
import type { Header } from '../../structure/header.js';
import type { Actor } from '../../types.js';
import { roleWords } from './gazetteer.js';
import { TARGETS, sameOffice } from './patterns.js';
import { firstAtOrAfter, type Mention } from './recognise.js';

const DEPUTY = new RegExp(`^kt\\.?[ \\n]*(?:${alternation(roleWords.deputySigns)})${WORD_END}`, 'u');
const RELAYING = new RegExp(`^(?:${alternation(roleWords.relaying)})${WORD_END}`, 'u');
const RELAY_CUE = new RegExp(`(?:${alternation(roleWords.relayCues)})${WORD_END}`, 'u');
// "… có ý kiến chỉ đạo như sau:": the words of a relayed opinion after its leader (roles.json "relayInBody").
const RELAY_IN_BODY = new RegExp(
  `^[ \\n]*(?:(?:${alternation(roleWords.relayInBody.before)})[ \\n]+)?(?:${alternation(roleWords.relayInBody.verbs)})${WORD_END}` +
    `(?:[^.:;\\n]{0,40}?${foldPattern(roleWords.relayInBody.closer)}|[ \\n]*:)`,
  'u',
);
// "đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh": the offices after
// a name, in apposition.
const APPOSITION = /^[ \n]*[-–,][^.;:]*$/u;
const ON_BEHALF = new RegExp(`^(?:${alternation(roleWords.partySignature.onBehalfOfLeader)})\\.?[ \\n]`, 'u');
const PARTY_ON_BEHALF = new RegExp(`^(?:${alternation(roleWords.partySignature.onBehalf)})[ \\n]+`, 'u');
const STANDING = new RegExp(`^(?:${alternation(roleWords.partySignature.standing)})${WORD_END}`, 'u');

/** The canonical name of the body a signature names ("BAN CHẤP HÀNH TRUNG ƯƠNG"), by its gazetteer form. */
function bodyNamed(printed: string): string | null {
  const target = TARGETS.get(nameKey(printed));
  return target?.t === 'bodies' ? target.list[0]!.name : null;
}

export function actorOf(m: Mention, text: string, role: Actor['role']): Actor {
  const a: Actor & { successor?: string; successorParts?: Array<{ name: string; part: string }> } = {
    name: m.name, role, type: m.type, text: text.slice(m.start, m.headEnd ?? m.end).replace(/\s+/gu, ' '), span: [m.start, m.headEnd ?? m.end],
  };
  if (m.title && m.kind !== 'body') a.title = m.title;
  if (m.successor) a.successor = m.successor;
  if (m.successorParts) a.successorParts = m.successorParts;
  return a;
}

/**
 * An office mention ("Phó Thủ tướng") → the person of that office named nearest before it, else
 * (`forward`) the first one after it: a title in capitals names the office ("KẾT LUẬN CỦA PHÓ THỦ
 * TƯỚNG …") and the body the person ("Phó Thủ tướng Trần Hồng Hà chủ trì …").
 */
export function personOf(m: Mention, mentions: readonly Mention[], forward = false): Mention {
  if (!m.title || (m.kind !== 'office' && m.kind !== 'body')) return m;
  const holds = (p: Mention): boolean => p.kind === 'person' && p.title !== undefined && sameOffice(p.title, m.title!);
  let found: Mention | null = null;
  // The nearest person before the office: walk back from the office's place in the text (found
  // by binary search: a long text has tens of thousands of mentions).
  const i = firstAtOrAfter(mentions, m.start);
  for (let k = i - 1; k >= 0 && !found; k--) if (holds(mentions[k]!)) found = mentions[k]!;
  if (!found && forward) found = mentions.slice(i).find(holds) ?? null;
  return found ? { ...found, start: m.start, end: m.end } : m;
}

/** The issuer named by a document's signature and header, or null (news; unknown layout). */
export function headerIssuer(header: Header, text: string, mentions: readonly Mention[], issuerMention: Mention | null, folded = fold(text)): Actor | null {
  if (header.kind !== 'official') return null;
  const authority = fold(header.signer?.authority ?? '');
  const signer = header.signer;
  if (signer?.name && DEPUTY.test(authority) && !/(?:^|\s)tm\./u.test(authority)) {
    const at = text.lastIndexOf(signer.name);
    return { name: signer.name, role: 'issuer', type: 'person', text: signer.name, span: at >= 0 ? [at, at + signer.name.length] : [0, 0], ...(signer.title ? { title: signer.title } : {}) };
  }
  // An office relays a leader's opinion ("THÔNG BÁO Ý KIẾN CỦA …", "Phó Thủ tướng … có ý kiến như
  // sau:"), and so does any letter signed for the leader by an office ("TL. CHỦ TỊCH").
  if ((header.issuer && RELAYING.test(fold(header.issuer))) || ON_BEHALF.test(authority)) {
    const relayed = relayedLeader(header, text, folded, mentions);
    if (relayed) return relayed;
  }
  const party = partySignature(authority, issuerMention, mentions, text);
  if (party) return party;
  if (!issuerMention) return null;
  return actorOf(issuerMention, text, 'issuer');
}

/**
 * "T/M BAN THƯỜNG VỤ" under "TỈNH ỦY LÀO CAI": the committee signed for is the issuer — a body the
 * signature names itself ("T/M BỘ CHÍNH TRỊ", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG"), else the standing
 * committee of the issuing Party body; "T/M TỈNH ỦY" is the issuing body.
 */
function partySignature(authority: string, issuerMention: Mention | null, mentions: readonly Mention[], text: string): Actor | null {
  const tm = PARTY_ON_BEHALF.exec(authority);
  if (!tm) return null;
  const signedFor = authority.slice(tm[0].length).trim();
  const named = mentions.find((m) => m.kind === 'body' && m.type === 'party' && nameKey(m.name) === nameKey(bodyNamed(signedFor) ?? ''));
  if (named) return actorOf(named, text, 'issuer');
  const standing = STANDING.exec(signedFor);
  if (standing && issuerMention && issuerMention.type === 'party' && !nameKey(issuerMention.name).startsWith(nameKey(standing[0]))) {
    const name = `${roleWords.partySignature.standingName} ${issuerMention.name}`;
    return { ...actorOf(issuerMention, text, 'issuer'), name: bodyNamed(name) ?? name, type: 'party' };
  }
  return null;
}

/** "THÔNG BÁO Ý KIẾN CỦA THỦ TƯỚNG CHÍNH PHỦ …", "… có ý kiến như sau": the leader relayed. */
function relayedLeader(header: Header, text: string, folded: string, mentions: readonly Mention[]): Actor | null {
  // In the body: "Phó Thủ tướng Trần Hồng Hà có ý kiến (chỉ đạo) như sau:", "… kết luận như sau:".
  const [from, to] = header.body;
  for (const m of mentions) {
    if (m.start < from || m.end > to || !(m.kind === 'person' || m.kind === 'office' || m.titled || m.title)) continue;
    if (!RELAY_IN_BODY.test(folded.slice(m.end, m.end + 80))) continue;
    const named = mentions.filter((p) => p.kind === 'person' && p.end <= m.start && m.start - p.end <= 100 && APPOSITION.test(text.slice(p.end, m.start))).at(-1);
    return actorOf(named ?? personOf(m, mentions, true), text, 'issuer');
  }
  const title = header.title ? fold(header.title) : '';
  const cue = RELAY_CUE.exec(title);
  if (cue) {
    const words = title.slice(cue.index + cue[0].length).trim();
    const leader = mentions.find((m) => (m.kind === 'person' || m.kind === 'office' || m.title) && words.startsWith(nameKey(folded.slice(m.start, m.end))));
    if (leader) return actorOf(personOf(leader, mentions, true), text, 'issuer');
  }
  return null;
}
