// Source → Document: the explicit, ordered list of stages. Structure first (header, directive
// tree, task tables), then the extraction stages, each a pure function over the document so far.
// Actors, deadlines and domains slot in here as stages of their own (issues 3–5).
import { boilerplate } from '../ingest/boilerplate.js';
import { fold } from '../ingest/match.js';
import { isUrgent } from '../structure/cues.js';
import { parseHeader, type Header } from '../structure/header.js';
import { pageFurniture } from '../structure/pages.js';
import { segment, type SkeletonDirective } from '../structure/segment.js';
import { isGroupRow, taskTables, type TaskTable } from '../structure/tables.js';
import type { Directive, ExtractedDocument, Finding, Source, Span } from '../types.js';
import { actorsStage } from './actors/index.js';
import { deadlinesStage } from './deadlines/index.js';
import { domainsStage } from './domains/index.js';
import { issuerNameStage } from './issuer-name.js';
import { references } from './references.js';

export interface ExtractOptions {
  /** Reference date for relative expressions (YYYY-MM-DD); default the document's own date. */
  date?: string;
}

/** What every stage sees: the source, its folded copy, the header and the directives so far. */
export interface StageContext {
  source: Source;
  folded: string;
  header: Header;
  tables: TaskTable[];
  /** News-page furniture: not part of the article. */
  boilerplate: Span[];
  options: ExtractOptions;
  warnings: Finding[];
}

export type Stage = (doc: ExtractedDocument, ctx: StageContext) => ExtractedDocument;

/** The stages after structure, in order. */
export const STAGES: readonly Stage[] = [referencesStage, actorsStage, issuerNameStage, deadlinesStage, domainsStage];

function referencesStage(doc: ExtractedDocument, ctx: StageContext): ExtractedDocument {
  const own = { number: ctx.header.number, skip: ctx.boilerplate };
  return { ...doc, document: { ...doc.document, references: references(ctx.source.text, own, ctx.folded) } };
}

/** Table rows → directives T1, T2 … (sub-rows "1.1" under their row). */
function tableDirectives(tables: TaskTable[]): SkeletonDirective[] {
  const out: SkeletonDirective[] = [];
  let n = 0;
  for (const table of tables) {
    let last: SkeletonDirective | null = null;
    let lastNumber = '';
    for (const row of table.rows) {
      if (isGroupRow(row)) continue;
      // A sub-row is numbered under the row before it ("2" then "2.1"), not under a group row.
      if (last && lastNumber !== '' && row.number.startsWith(`${lastNumber}.`) && /^\d+\.\d+/u.test(row.number)) {
        last.children.push({ id: `${last.id}.${last.children.length + 1}`, numbered: true, span: row.span, children: [] });
        last.span = [last.span[0], Math.max(last.span[1], row.span[1])];
        continue;
      }
      last = { id: `T${++n}`, numbered: row.number !== '', span: row.span, children: [] };
      lastNumber = row.number.replace(/[.)]$/u, '');
      out.push(last);
    }
  }
  return out;
}

function toDirective(d: SkeletonDirective, text: string, folded: string, cells: Map<string, Directive['cells']>): Directive {
  const [start, end] = d.span;
  const directive: Directive = {
    id: d.id, numbered: d.numbered, text: text.slice(start, end), span: [start, end], urgent: isUrgent(folded.slice(start, end)),
    actors: [], deadlines: [], domains: [], children: d.children.map((c) => toDirective(c, text, folded, cells)),
  };
  const rowCells = cells.get(`${start}:${end}`);
  if (rowCells) directive.cells = rowCells;
  return directive;
}

export function extractDocument(source: Source, options: ExtractOptions = {}): ExtractedDocument {
  const { text } = source;
  const folded = fold(text);
  const lines = boilerplate(text, folded);
  const header = parseHeader(text, lines, folded);
  const tables = taskTables(text);
  const furniture = header.kind === 'news' ? lines : [];
  const pages = pageFurniture(text);
  const skip: Span[] = [...tables.map((t) => t.span), ...furniture, ...pipeLines(text)];
  const { directives: skeleton } = segment({ text, folded, parts: header.parts, skip, pages });
  const rows = tableDirectives(tables);
  const cells = new Map<string, Directive['cells']>();
  for (const t of tables) for (const r of t.rows) cells.set(`${r.span[0]}:${r.span[1]}`, r.cells);
  const all = [...skeleton, ...rows].sort((a, b) => a.span[0] - b.span[0]);
  const { body: _body, parts: _parts, dateline: _dateline, ...fields } = header;
  let doc: ExtractedDocument = {
    schemaVersion: 1,
    source: { path: source.path, sha256: source.sha256, encoding: source.encoding, format: source.format, length: text.length },
    document: { ...fields, references: [] },
    directives: all.map((d) => toDirective(d, text, folded, cells)),
  };
  const ctx: StageContext = { source, folded, header, tables, boilerplate: furniture, options, warnings: [] };
  for (const stage of STAGES) doc = stage(doc, ctx);
  if (ctx.warnings.length) doc.warnings = ctx.warnings;
  return doc;
}

/** Lines of pipe tables that are not task tables (layout tables of the header and signature). */
function pipeLines(text: string): Span[] {
  const out: Span[] = [];
  const re = /^[ \t]*\|[^\n]*/gmu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index + m[0].length - m[0].trimStart().length, m.index + m[0].length]);
  return out;
}
