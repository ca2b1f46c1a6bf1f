// What our parsers and refiners know about a chrono result beyond its date components travels as
// chrono tags ("chidao/kind:period"), chrono's own mechanism for it ("result/relativeDate"). Tags live
// on the components, so they survive merging when a refiner reuses them.
import type { ParsingComponents, ParsingResult } from 'chrono-node';

export const TAG = {
  /** Kind decided by a parser or refiner: by | from | period | recurring | horizon. */
  kind: 'chidao/kind',
  /** The precision when the components alone do not tell it: year | month | quarter. */
  precision: 'chidao/precision',
  /** A quarter or a half-year: its parser puts the first month of it in the components. */
  quarter: 'chidao/quarter',
  half: 'chidao/half',
  /** The end of a period printed at a coarser precision than its start ("Quý III/2026, 2027": year). */
  endPrecision: 'chidao/end-precision',
  /** ISO duration of a recurrence, or "null" when the period is not stated ("định kỳ"). */
  recurring: 'chidao/recurring',
  /** đầu / giữa / cuối: start | mid | end of the period (TimeML's mod START/MID/END). */
  modifier: 'chidao/modifier',
  /** A named occasion without a calendar value ("Tết Nguyên đán"). */
  event: 'chidao/event',
  /** Not a calendar date (30/2, 31/4): reported, never shifted. */
  invalid: 'chidao/invalid',
  /** ISO duration counted from the reference date ("trong 2 năm tới" → P2Y). */
  relative: 'chidao/relative',
  /** A span of time ("trong 02 tháng", "3 tháng tới"): a time limit even with no cue before it. */
  duration: 'chidao/duration',
  /** Counted in working days (ngày làm việc), not calendar days. */
  workingDays: 'chidao/working-days',
  /** Counted from a day the text prints ("kể từ ngày Nghị định có hiệu lực (01/7/2026)"), not from --date. */
  anchored: 'chidao/anchored',
  /** Counted from the signing date ("kể từ ngày ký"), not from --date. */
  signing: 'chidao/signing',
  /** Lies in the past of the document ("10 năm qua", "năm trước"). */
  past: 'chidao/past',
  /** A plan's name or a vision ("…, tầm nhìn đến năm 2050") ends here: a horizon. */
  horizon: 'chidao/horizon',
  /** chrono's tag for results counted from the reference date. */
  chronoRelative: 'result/relativeDate',
} as const;

export type TagName = (typeof TAG)[keyof typeof TAG];

export const tag = (name: TagName, value?: string | number | null): string =>
  value === undefined ? name : `${name}:${value === null ? 'null' : String(value)}`;

/**
 * The tags of one end, read in place. chrono's `tags()` copies them into a new Set on every call, and
 * the result's `tags()` copies both ends' again; the refiners and the value read tags a dozen times
 * per result (issue 19, point 5). chrono keeps them in the Set `_tags`; `tags()` is the fallback.
 */
function ownTags(c: ParsingComponents): ReadonlySet<string> {
  const set = (c as unknown as { _tags?: unknown })._tags;
  return set instanceof Set ? (set as Set<string>) : c.tags();
}

/** What tag `t` says of `name`: "" for the bare tag, the value of `name:…`, undefined for another tag. */
function valueIn(t: string, name: string): string | undefined {
  if (!t.startsWith(name)) return undefined;
  if (t.length === name.length) return '';
  return t.charCodeAt(name.length) === 0x3a ? t.slice(name.length + 1) : undefined;
}

/**
 * The value of the tag `name:…` (or "" for a bare tag); undefined when absent. When a later
 * refiner decided again (kind.ts on a period that horizon.ts marked), the last tag added wins. The
 * tags are read in the order of chrono's `result.tags()`: the start's, then those only the end has.
 */
export function tagValue(result: ParsingResult, name: TagName): string | undefined {
  let value: string | undefined;
  const start = ownTags(result.start);
  for (const t of start) value = valueIn(t, name) ?? value;
  if (result.end) for (const t of ownTags(result.end)) if (!start.has(t)) value = valueIn(t, name) ?? value;
  return value;
}

export const hasTag = (result: ParsingResult, name: TagName): boolean => tagValue(result, name) !== undefined;

/** Whether a parser or refiner of ours tagged the result (a tag "chidao/…"). */
export function hasOurTag(result: ParsingResult): boolean {
  const ours = (tags: ReadonlySet<string>): boolean => {
    for (const t of tags) if (t.startsWith('chidao/')) return true;
    return false;
  };
  return ours(ownTags(result.start)) || (!!result.end && ours(ownTags(result.end)));
}
