// What the text and Markdown renderings of a diff share: how a directive is named, excerpted,
// how a word diff is cut to its context, how shares and changes are written.
import type { ActorChanges, DeadlineChanges, DeadlineRef, DomainChanges } from '../fields.js';
import { stripLabel } from '../tokens.js';
import type { DiffResult, DirectiveRef } from '../types.js';
import type { WordOp } from '../words.js';

/** "3" when a side is one document, "corpus/002….txt#3" when it has several. */
export function refName(ref: { path: string; id: string } | null, manyDocuments: boolean): string {
  if (!ref) return '';
  return manyDocuments ? `${ref.path}#${ref.id}` : ref.id;
}

export const manyOld = (d: DiffResult): boolean => d.old.documents.length > 1;
export const manyNew = (d: DiffResult): boolean => d.new.documents.length > 1;

/** The wording without its label, spaces collapsed, cut at a word boundary near `max` characters. */
export function excerpt(ref: DirectiveRef | null, max = 90): string {
  if (!ref) return '';
  const text = stripLabel(ref.text).replace(/\s+/gu, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

export interface Piece {
  op: WordOp['op'] | 'elided';
  text: string;
}

/**
 * A word diff with long equal runs cut to `context` words on each side of a change ("…" between):
 * a 1,000-character directive with one year changed reads as one line.
 */
export function withContext(ops: readonly WordOp[], context = 8): Piece[] {
  const out: Piece[] = [];
  ops.forEach((op, i) => {
    if (op.op !== 'equal') {
      out.push({ op: op.op, text: op.text });
      return;
    }
    const ws = op.text.split(/(?=\s)/u);
    const keepHead = i > 0 ? context : 0;
    const keepTail = i < ops.length - 1 ? context : 0;
    if (ws.length <= keepHead + keepTail + 1) {
      out.push({ op: 'equal', text: op.text });
      return;
    }
    if (keepHead) out.push({ op: 'equal', text: ws.slice(0, keepHead).join('') });
    out.push({ op: 'elided', text: '…' });
    if (keepTail) out.push({ op: 'equal', text: ws.slice(ws.length - keepTail).join('') });
  });
  return out;
}

/** 0.286 → "28.6%". */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** A shift in percentage points, signed: "+14.3", "−2.0", "0.0". */
export function points(shift: number): string {
  const p = (shift * 100).toFixed(1);
  return shift > 0 ? `+${p}` : shift < 0 ? `−${p.slice(1)}` : '0.0';
}

export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

const deadline = (d: DeadlineRef): string => `${d.kind} ${d.value ?? '?'}${d.text ? ` ("${d.text}")` : ''}`;

/** The field changes of a changed pair, one line each, with "+", "−" or "~" in front. */
export function fieldLines(actors?: ActorChanges, deadlines?: DeadlineChanges, domains?: DomainChanges): { sign: '+' | '-' | '~'; text: string }[] {
  const out: { sign: '+' | '-' | '~'; text: string }[] = [];
  for (const a of actors?.removed ?? []) out.push({ sign: '-', text: `actor ${a.name} (${a.role})` });
  for (const a of actors?.added ?? []) out.push({ sign: '+', text: `actor ${a.name} (${a.role})` });
  for (const r of actors?.renamed ?? []) out.push({ sign: '~', text: `actor ${r.from} → ${r.to} (${r.role}; renamed, same portfolio)` });
  for (const d of deadlines?.removed ?? []) out.push({ sign: '-', text: `deadline ${deadline(d)}` });
  for (const d of deadlines?.added ?? []) out.push({ sign: '+', text: `deadline ${deadline(d)}` });
  for (const m of deadlines?.moved ?? []) out.push({ sign: '~', text: `deadline ${m.kind} ${m.from ?? '?'} → ${m.to ?? '?'} (moved)` });
  for (const id of domains?.removed ?? []) out.push({ sign: '-', text: `domain ${id}` });
  for (const id of domains?.added ?? []) out.push({ sign: '+', text: `domain ${id}` });
  return out;
}

export function sideLine(side: DiffResult['old']): string {
  const docs = side.documents;
  const what =
    docs.length === 1
      ? [docs[0]!.number, docs[0]!.date].filter(Boolean).join(', ')
      : `${docs.length} documents`;
  return `${side.label}${what ? ` (${what})` : ''}: ${side.directives} directive${side.directives === 1 ? '' : 's'}`;
}
