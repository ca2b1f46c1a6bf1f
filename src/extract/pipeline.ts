// Source → Document: the explicit, ordered list of stages. Structure first (header, directive
// tree, task tables), then the extraction stages, each a pure function over the document so far.
// Actors, deadlines and domains slot in here as stages of their own (issues 3–5).
import { fold } from '../ingest/match.js';
import { isUrgent } from '../structure/cues.js';
import type { Header } from '../structure/header.js';
import { structure } from '../structure/index.js';
import type { SkeletonDirective } from '../structure/segment.js';
import type { TaskTable } from '../structure/tables.js';
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

/**
 * Structure and the document before the extraction stages, with the context they read. Split from
 * `extractDocument` so that the bench (bench/stages.mjs) can time each stage from outside,
 * with no timing code in the pipeline.
 */
export function beginDocument(source: Source, options: ExtractOptions = {}): { doc: ExtractedDocument; ctx: StageContext } {
  const { text } = source;
  const folded = fold(text);
  const { header, tables, boilerplate: furniture, directives: skeleton, cells } = structure(text, folded);
  const { body: _body, parts: _parts, dateline: _dateline, ...fields } = header;
  const doc: ExtractedDocument = {
    schemaVersion: 1,
    source: { path: source.path, sha256: source.sha256, encoding: source.encoding, format: source.format, length: text.length },
    document: { ...fields, references: [] },
    directives: skeleton.map((d) => toDirective(d, text, folded, cells)),
  };
  return { doc, ctx: { source, folded, header, tables, boilerplate: furniture, options, warnings: [] } };
}

/** The document after every stage has run, with the warnings they gave. */
export function endDocument(doc: ExtractedDocument, ctx: StageContext): ExtractedDocument {
  if (ctx.warnings.length) doc.warnings = ctx.warnings;
  return doc;
}

export function extractDocument(source: Source, options: ExtractOptions = {}): ExtractedDocument {
  const begun = beginDocument(source, options);
  let doc = begun.doc;
  for (const stage of STAGES) doc = stage(doc, begun.ctx);
  return endDocument(doc, begun.ctx);
}
