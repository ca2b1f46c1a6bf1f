// One input → its rendered output or the reason it failed. The same function runs in the main
// thread and in the worker threads of `--jobs`, so both paths give byte-identical output.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractDocument } from '../extract/pipeline.js';
import { describeStray, type StrayBytes } from '../ingest/decode.js';
import { DecodeError, ingestAny } from '../ingest/index.js';
import { renderJson, renderJsonLine } from '../render/json.js';
import type { Lang } from '../render/labels.js';
import type { EncodingName, ExtractedDocument, ReaderInfo } from '../types.js';
import type { Input } from './inputs.js';

export type OutputFormat = 'json' | 'jsonl' | 'md' | 'text';

export interface JobOptions {
  format: OutputFormat;
  encoding?: EncodingName;
  /** --encoding-errors replace: stray bytes read as U+FFFD, with a warning. */
  encodingErrors?: 'replace';
  date?: string;
  cwd: string;
  /** Markdown on one stream: also render the form that opens with a horizontal rule. */
  mdSeparated: boolean;
  /** OCR for scanned PDFs (and PDFs whose text layer is unreadable). */
  ocr?: boolean;
  /** Labels of the Markdown summary (default English). */
  lang?: Lang;
}

export interface Outcome {
  /** The input as named ("-" for standard input). */
  path: string;
  body?: string;
  /** The Markdown body that opens with a rule, for every document after the first on a stream. */
  separatedBody?: string;
  error?: string;
  /** Said on standard error, the document still written (bytes read as U+FFFD). */
  warning?: string;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? (error as Error).message})`;
}

/** `stdin`: the bytes of standard input when the input is "-" (read by the main thread). */
// The Markdown renderer (unified, remark) loads only when Markdown is asked for: start-up matters.
let markdown: typeof import('../render/markdown.js') | null = null;

/** Loads what a format needs before the first document (call once per thread). */
export async function prepare(format: OutputFormat): Promise<void> {
  if (format === 'md' && !markdown) markdown = await import('../render/markdown.js');
}

export async function processOne(input: Input, options: JobOptions, stdin?: Uint8Array): Promise<Outcome> {
  if (input.kind === 'error') return { path: input.path, error: input.reason };
  const path = input.kind === 'stdin' ? '-' : input.path;
  let bytes: Uint8Array;
  try {
    bytes = input.kind === 'stdin' ? stdin ?? new Uint8Array() : readFileSync(resolve(options.cwd, input.path));
  } catch (error) {
    return { path, error: readError(error) };
  }
  try {
    if (bytes.length === 0) throw new DecodeError('empty file');
    let warning: string | undefined;
    const onStray = (stray: StrayBytes): void => {
      warning = `${stray.count === 1 ? '1 byte' : `${stray.count} bytes`} not valid UTF-8 read as U+FFFD, the first ${describeStray(stray)}`;
    };
    const source = await ingestAny(bytes, {
      path, ocr: options.ocr ?? false, ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.encodingErrors ? { encodingErrors: options.encodingErrors, onStray } : {}),
    });
    // A PDF whose text layer stays unreadable is still read, with its one warning line.
    warning ??= source.reader?.warnings?.join('; ');
    const warnings = warning ? { warning } : {};
    if (source.text.trim() === '') throw new DecodeError('no text in this file');
    // The text the spans index, as read: to see and annotate exactly what chidao read.
    if (options.format === 'text') return { path, body: source.text, ...warnings };
    const extracted = extractDocument(source, options.date ? { date: options.date } : {});
    const doc = { ...extracted, source: { ...extracted.source, ...readerFields(source.reader) } };
    if (options.format === 'md') {
      if (!markdown) throw new Error('prepare("md") was not called');
      const { renderMarkdown } = markdown;
      const lang = options.lang;
      return { path, body: renderMarkdown(doc, { lang }), ...(options.mdSeparated ? { separatedBody: renderMarkdown(doc, { separated: true, lang }) } : {}), ...warnings };
    }
    return { path, body: options.format === 'jsonl' ? renderJsonLine(doc) : renderJson(doc), ...warnings };
  } catch (error) {
    if (error instanceof DecodeError) return { path, error: error.stray ? `${error.message}; --encoding-errors replace reads such bytes as U+FFFD` : error.message };
    return { path, error: `internal error, please report: ${(error as Error).message}` };
  }
}

/** What `source` of the output says about a DOCX or PDF reading (schema/output.schema.json). */
function readerFields(reader: ReaderInfo | undefined): Partial<ExtractedDocument['source']> {
  if (!reader) return {};
  const { warnings: _warnings, ...fields } = reader;
  return fields;
}
