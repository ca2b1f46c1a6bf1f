// Reading one text: chrono-node's vi locale in our configuration (configuration.ts), each result
// turned into a deadline of SPEC.md with its ISO value, precision and span into the text. Pure: no
// document, no directives.
import type { ParsingResult } from 'chrono-node';
import { Chrono } from 'chrono-node/vi';
import type { Deadline, Finding, Span } from '../../types.js';
import { configuration } from './configuration.js';
import { referenceDate, type Scope } from './scope.js';
import { hasTag, tagValue, TAG } from './tags.js';
import { needsReference, valueOf } from './value.js';
import { lazyLocator, type Locate } from '../../ingest/locate.js';

/** A deadline with what SPEC.md leaves to extra fields. */
export interface FoundDeadline extends Deadline {
  /** đầu / giữa / cuối of the period: "cuối năm 2023" → end. */
  modifier?: 'start' | 'mid' | 'end';
  /** A named occasion with no calendar value ("Tết Nguyên đán"). */
  event?: string;
  /** The text's date is not in the calendar (30/2/2024): value null. */
  invalid?: true;
  /** Counted in working days (Monday–Friday; public holidays not known). */
  workingDays?: true;
  /** Counted from the signing date ("kể từ ngày ký"). */
  anchor?: 'signing';
}

export interface Reading {
  deadlines: FoundDeadline[];
  /** Findings about single deadlines (invalid date, no reference date), by deadline. */
  warnings: Map<FoundDeadline, Finding>;
}

export interface ReadOptions {
  mode?: Scope['mode'];
  /** Offset of `folded` in `text` (a cell is read alone). */
  offset?: number;
  references?: readonly Span[];
  bodyStart?: number;
  /** Where a news text's own date was read (Header.dateline). */
  dateline?: Span | null;
  /** --date, else the document date; null when neither is known. */
  reference?: string | null;
  /** The document's own (signing) date. */
  signing?: string | null;
  /** Line and column of offsets in `text`, for warnings: pass the document's one locator when reading it piece by piece. */
  locate?: Locate;
}

/** The time expressions of `folded` (the folded copy of `text` from `offset`), as deadlines with spans into `text`. */
export function readDeadlines(text: string, folded: string, options: ReadOptions = {}): Reading {
  const reference = referenceDate(options.reference);
  const signing = referenceDate(options.signing);
  const scope: Scope = {
    text, offset: options.offset ?? 0, mode: options.mode ?? 'prose', references: options.references ?? [],
    bodyStart: options.bodyStart ?? 0, dateline: options.dateline ?? null, reference, documentDate: signing,
  };
  // Without a reference date chrono still needs one; values that rest on it are nulled below.
  const chrono = new Chrono(configuration(scope, folded));
  // parse() types its results as the public ParsedResult; they are the refiners' ParsingResults.
  const results = chrono.parse(folded, reference?.date ?? new Date(2000, 0, 1, 12), { forwardDate: true }) as unknown as ParsingResult[];
  const deadlines: FoundDeadline[] = [];
  const warnings = new Map<FoundDeadline, Finding>();
  const locate = options.locate ?? lazyLocator(text);
  for (const r of results) {
    const start = scope.offset + r.index;
    const span: Span = [start, start + r.text.length];
    const { value, precision } = valueOf(r, reference, signing);
    const printed = text.slice(span[0], span[1]);
    const d: FoundDeadline = { text: printed, kind: tagValue(r, TAG.kind) as Deadline['kind'], value, precision, span };
    const relative = tagValue(r, TAG.relative);
    if (relative !== undefined) d.relative = relative;
    const modifier = tagValue(r, TAG.modifier);
    if (modifier === 'start' || modifier === 'mid' || modifier === 'end') d.modifier = modifier;
    const event = tagValue(r, TAG.event);
    if (event) d.event = event;
    if (hasTag(r, TAG.workingDays)) d.workingDays = true;
    if (hasTag(r, TAG.signing)) d.anchor = 'signing';
    if (hasTag(r, TAG.invalid)) {
      d.invalid = true;
      const message = `"${printed}" is not a calendar date; reported without a value`;
      warnings.set(d, { code: 'deadline-invalid-date', severity: 'warning', message, ...locate(span[0]) });
    } else if (!reference && needsReference(r)) {
      const message = `"${printed}" is counted from a date the document does not give; value null (pass --date YYYY-MM-DD)`;
      warnings.set(d, { code: 'deadline-no-reference-date', severity: 'warning', message, ...locate(span[0]) });
    }
    deadlines.push(d);
  }
  return { deadlines, warnings };
}
