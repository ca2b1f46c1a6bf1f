// The kind of each time expression, from the cue word just before it (data: time-words.json
// "kindCues"): "trước ngày 8/9/2023" → by, "từ năm 2014" → from, "tầm nhìn đến năm 2030" → horizon,
// "sau năm 2015" → none (dropped). "đến năm 2030" (kind 'until') limits the action it follows — by —
// unless it ends a plan's name, a vision follows it, or a target leads it ("mục tiêu … vào năm
// 2050"): then it is a horizon (issue 15, point 6). The cue joins the deadline's text, as SPEC.md quotes it.
// Periods and recurrences keep their own kind; a period marked by horizon.ts becomes a horizon.
// Without a cue: in a completion column — or alone on its line, as a table's cell printed one a
// line — everything is `by`; in running text a day or a month is
// `by` (so is a part of a period, "cuối năm 2024"), while a bare year, quarter or occasion is a
// modifier of a noun ("chương trình nghị sự ASEAN năm 2020", ANNOTATION-NOTES 003 s2; "báo cáo quý
// III") and is dropped.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { DeadlineKind } from '../../../types.js';
import { fold, WORD_START } from '../../../ingest/match.js';
import type { Scope } from '../scope.js';
import { hasTag, tag, tagValue, TAG } from '../tags.js';
import { precisionOf } from '../value.js';
import { anyOf, key, NUMBER, timeWords, type CueKind } from '../words.js';
import { cellStart, PLAN_NAME, VISION_AFTER } from './horizon.js';
import { phraseBefore } from './phrase.js';
import { endOf, widen } from './span.js';

const CUE_KIND = new Map<string, CueKind>(
  (Object.entries(timeWords.kindCues) as Array<[CueKind, string[]]>).flatMap(([kind, cues]) => cues.map((c) => [key(c), kind] as const)),
);
const CUES = anyOf([...Object.values(timeWords.kindCues).flat()]);
// "17 giờ (00 phút)" between the cue and the date: "trước 17 giờ ngày 30/6/2024".
const TIME_OF_DAY = `(?:${NUMBER}[ \\n]*${anyOf(timeWords.timeOfDay)}(?:[ \\n]*\\d{1,2}(?:[ \\n]*phút)?)?[ \\n]+)`;
const DAY_WORD = `(?:${anyOf(timeWords.dayWords)}[ \\n]+)`;
// The cue may end in a colon: "Thời gian hoàn thành: năm 2025".
export const CUE_BEFORE = new RegExp(`${WORD_START}(${CUES})(?:[ \\n]*:[ \\n]*|[ \\n]+)${TIME_OF_DAY}?${DAY_WORD}{0,2}$`, 'u');
// A completion verb right before the date, with no cue word: "hoàn thành năm 2025" → by. The verb
// is the action, so it stays out of the deadline's text.
const VERB_BEFORE = new RegExp(`${WORD_START}${anyOf(timeWords.completionVerbs)}[ \\n]+${TIME_OF_DAY}?${DAY_WORD}{0,2}$`, 'u');
// No cue, but the date's own lead: "mồng 3 tháng 3" (chrono starts at "3"), "17 giờ ngày 30/6".
const LEAD_BEFORE = new RegExp(`${WORD_START}(?:${TIME_OF_DAY}${DAY_WORD}?|${DAY_WORD})$`, 'u');
const CUE_FIRST = new RegExp(`^(${CUES})(?![\\p{L}\\p{N}])`, 'u');
const TARGET = new RegExp(`${WORD_START}${anyOf(timeWords.targets)}(?![\\p{L}\\p{N}])`, 'u');
const TARGET_CUES = new Set(timeWords.targetCues.map(key));
// "định kỳ …" opens a recurrence: a cue word before it belongs to what precedes ("năm trước").
const PERIODIC_FIRST = new RegExp(`^${anyOf(timeWords.periodic)}(?![\\p{L}\\p{N}])`, 'u');
const WINDOW = 48;

interface Cue {
  kind: CueKind;
  /** The cue as matched (folded): "vào" is a by-cue that a target makes a horizon. */
  word: string;
  start: number;
}

/** The cue's kind and where it starts, or null when no cue leads the expression. */
function cueOf(context: ParsingContext, r: ParsingResult): Cue | null {
  const from = Math.max(0, r.index - WINDOW);
  const before = CUE_BEFORE.exec(context.text.slice(from, r.index));
  // A label ("Thời gian hoàn thành:") gives the kind but is not part of the expression.
  if (before) {
    const word = key(before[1]!);
    return { kind: CUE_KIND.get(word) ?? 'by', word, start: before[0].includes(':') ? leadOf(context, r) : from + before.index };
  }
  const inside = CUE_FIRST.exec(r.text);
  if (inside) return { kind: CUE_KIND.get(key(inside[1]!)) ?? 'by', word: key(inside[1]!), start: r.index };
  const verb = VERB_BEFORE.exec(context.text.slice(from, r.index));
  if (verb) return { kind: 'by', word: '', start: leadOf(context, r) };
  return null;
}

/** Where the date's own lead ("mồng", "17 giờ ngày") starts, when no cue leads it. */
function leadOf(context: ParsingContext, r: ParsingResult): number {
  const from = Math.max(0, r.index - WINDOW);
  const lead = LEAD_BEFORE.exec(context.text.slice(from, r.index));
  return lead ? from + lead.index : r.index;
}

/**
 * Whether a year after "đến" / "vào" is a horizon: the end of a plan's name or of a target in the
 * same phrase ("Chiến lược … đến năm 2020", "mục tiêu … vào năm 2050"), or a vision follows it.
 */
function horizonHere(context: ParsingContext, r: ParsingResult, cue: Cue, scope: Scope): boolean {
  if (hasTag(r, TAG.kind) || !TARGET_CUES.has(cue.word) || precisionOf(r) !== 'year' || hasTag(r, TAG.modifier)) return false;
  const phrase = phraseBefore(scope.text, scope.offset + cue.start, cellStart(scope));
  if (cue.kind === 'until' && (PLAN_NAME.test(phrase) || VISION_AFTER.test(context.text.slice(endOf(r), endOf(r) + 40)))) return true;
  return TARGET.test(fold(phrase));
}

// A line holding nothing but the expression: a table's time column printed one cell a line (a PDF
// text layer's tables; corpus-notes 010: "Quý III/2026" under its task, lead and partner lines).
const LINE_BEFORE = /(?:^|\n)[ \t]*$/u;
const LINE_AFTER = /^[ \t]*(?:\n|$)/u;

/** Whether the result stands alone on its line, as a table cell does. */
function aloneOnLine(context: ParsingContext, r: ParsingResult): boolean {
  return LINE_BEFORE.test(context.text.slice(Math.max(0, r.index - 80), r.index)) && LINE_AFTER.test(context.text.slice(endOf(r), endOf(r) + 80));
}

/** The kind of one result, or null to drop it. */
export function kindOf(r: ParsingResult, cue: CueKind | null, mode: Scope['mode']): DeadlineKind | null {
  const own = tagValue(r, TAG.kind);
  if (own === 'period') return hasTag(r, TAG.horizon) ? 'horizon' : 'period';
  if (own === 'recurring') return 'recurring';
  const precision = precisionOf(r);
  if (cue === 'none') return null;
  // "tầm nhìn đến năm 2030" is a horizon; "đến ngày 30/6", "đến cuối năm 2024" are time limits.
  if (cue === 'horizon') return precision === 'year' && !hasTag(r, TAG.modifier) ? 'horizon' : 'by';
  if (cue === 'until') return 'by';
  if (cue) return cue;
  // A span ahead ("3 tháng tới") limits the action even with no cue word before it.
  if (mode === 'cell' || hasTag(r, TAG.duration)) return 'by';
  // A part of a period ("cuối năm 2024") is a time, not a noun's modifier.
  return precision === 'day' || precision === 'month' || hasTag(r, TAG.modifier) ? 'by' : null;
}

export function kindRefiner(scope: Scope): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => {
        const cue = PERIODIC_FIRST.test(r.text) ? null : cueOf(context, r);
        const mode = scope.mode === 'prose' && !cue && aloneOnLine(context, r) ? 'cell' : scope.mode;
        const kind = cue && horizonHere(context, r, cue, scope) ? 'horizon' : kindOf(r, cue?.kind ?? null, mode);
        if (!kind) return false;
        const start = cue ? cue.start : leadOf(context, r);
        if (start < r.index) widen(context, r, start, endOf(r));
        r.addTag(tag(TAG.kind, kind));
        return true;
      });
    },
  };
}
