// The deadline stage: every time limit of a directive (SPEC.md "Deadlines"), read by chrono-node's
// vi locale in our configuration (read.ts, configuration.ts), normalised to ISO at its precision,
// and put on the lowest directive whose span contains it (place.ts). A task-table row takes its
// deadline from its completion column ("Thời gian hoàn thành"), read as a cell, where a bare year is
// a deadline. Relative expressions count from --date, else the document's date; with neither,
// their value is null and a warning says so.
import { lazyLocator } from '../../ingest/locate.js';
import type { ExtractedDocument, Span } from '../../types.js';
import type { StageContext } from '../pipeline.js';
import { bareReferences } from '../references.js';
import { collect, deadlineCells, inside, place } from './place.js';
import { readDeadlines, type FoundDeadline } from './read.js';
import { lastStartingBefore } from '../../ingest/spans.js';

export { place } from './place.js';
export { readDeadlines, type FoundDeadline, type Reading, type ReadOptions } from './read.js';

export function deadlinesStage(doc: ExtractedDocument, ctx: StageContext): ExtractedDocument {
  const { text } = ctx.source;
  const signing = doc.document.date;
  const reference = ctx.options.date ?? signing;
  const cited = [...doc.document.references.map((r) => r.span), ...bareReferences(text, ctx.folded).map((r) => r.span)];
  const cells = deadlineCells(doc.directives).sort((a, b) => a[0] - b[0]);
  // One line index for the whole document, built only if a deadline warns.
  const locate = lazyLocator(text);
  const prose = readDeadlines(text, ctx.folded, { references: cited, bodyStart: ctx.header.body[0], dateline: ctx.header.dateline, reference, signing, locate });
  // What lies in a completion cell is read from the cell, in its own mode.
  const inCell = (s: Span): boolean => {
    const i = lastStartingBefore(cells, s[0]);
    return i >= 0 && inside(s, cells[i]!);
  };
  const readings = [
    { deadlines: prose.deadlines.filter((d) => !inCell(d.span)), warnings: prose.warnings },
    ...cells.map(([s, e]) => readDeadlines(text, ctx.folded.slice(s, e), { mode: 'cell', offset: s, reference, signing, locate })),
  ];
  const all = readings.flatMap((r) => r.deadlines).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const directives = place(doc.directives, all);
  // Warnings only for expressions that became deadlines of a directive, in text order.
  const findings = new Map(readings.flatMap((r) => [...r.warnings]));
  const placed = directives.flatMap(collect) as FoundDeadline[];
  placed.sort((a, b) => a.span[0] - b.span[0]);
  for (const d of placed) {
    const finding = findings.get(d);
    if (finding) ctx.warnings.push({ ...finding, file: ctx.source.path });
  }
  return { ...doc, directives };
}
