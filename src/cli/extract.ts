// `chidao extract [paths…]`: each input read, ingested, extracted and written as it is produced.
// A bad input gets one line on standard error (exit 2); the others are still processed.
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEncodingName } from '../ingest/decode.js';
import { DecodeError, ingest } from '../ingest/index.js';
import { extractDocument } from '../extract/pipeline.js';
import { renderJson, renderJsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import type { EncodingName, ExtractedDocument } from '../types.js';
import { expandInputs, type Input } from './inputs.js';
import { fileError, UsageError, type Io } from './io.js';
import { outputName, writeAtomic } from './write.js';

export interface ExtractFlags {
  format?: string;
  out?: string;
  date?: string;
  encoding?: string;
  jobs?: string;
}

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export async function extractCommand(paths: string[], flags: ExtractFlags, io: Io): Promise<number> {
  if (flags.format && !['json', 'jsonl', 'md'].includes(flags.format)) throw new UsageError(`--format must be json, jsonl or md, not "${flags.format}"`);
  if (flags.date && !validDate(flags.date)) throw new UsageError(`--date must be a real date YYYY-MM-DD, not "${flags.date}"`);
  let encoding: EncodingName | undefined;
  if (flags.encoding) {
    encoding = parseEncodingName(flags.encoding) ?? undefined;
    if (!encoding) throw new UsageError(`--encoding: unknown encoding "${flags.encoding}" (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni-windows)`);
  }
  if (flags.jobs !== undefined && !/^[1-9]\d*$/u.test(flags.jobs)) throw new UsageError(`--jobs must be a positive number, not "${flags.jobs}"`);
  if (paths.length === 0) throw new UsageError('no input: give files, directories, globs or - for standard input');

  const inputs = expandInputs(paths, io.cwd);
  const documents = inputs.filter((i) => i.kind !== 'error').length;
  const format = flags.format ?? (documents > 1 || inputs.length > 1 ? 'jsonl' : 'json');
  const inputReal = new Set<string>();
  for (const i of inputs) if (i.kind === 'file') inputReal.add(safeReal(resolve(io.cwd, i.path)));
  const taken = new Set<string>();
  let failed = false;
  const asArray = format === 'json' && documents > 1 && !flags.out;
  if (asArray) io.stdout('[\n');
  let written = 0;

  for (const input of inputs) {
    const doc = await extractOne(input, { encoding, date: flags.date }, io);
    if (!doc) {
      failed = true;
      continue;
    }
    // Markdown: on one stream, every document after the first opens with a horizontal rule.
    const body = format === 'md' ? renderMarkdown(doc, { separated: !flags.out && written > 0 }) : format === 'jsonl' ? renderJsonLine(doc) : renderJson(doc);
    if (flags.out) {
      try {
        writeAtomic(resolve(io.cwd, flags.out), outputName(doc.source.path, format === 'md' ? '.md' : format === 'jsonl' ? '.jsonl' : '.json', taken), body, inputReal);
      } catch (error) {
        fileError(io, doc.source.path, (error as Error).message);
        failed = true;
      }
    } else if (asArray) io.stdout((written ? ',\n' : '') + body.trimEnd().replace(/^/gmu, '  '));
    // A blank line before the rule: right under a paragraph, "---" would make that line a heading.
    else io.stdout(format === 'md' && written > 0 ? `\n${body}` : body);
    written++;
  }
  if (asArray) io.stdout('\n]\n');
  return failed ? 2 : 0;
}

function safeReal(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

async function extractOne(input: Input, options: { encoding?: EncodingName; date?: string }, io: Io): Promise<ExtractedDocument | null> {
  if (input.kind === 'error') {
    fileError(io, input.path, input.reason);
    return null;
  }
  const path = input.kind === 'stdin' ? '-' : input.path;
  let bytes: Uint8Array;
  try {
    bytes = input.kind === 'stdin' ? await io.readStdin() : readFileSync(resolve(io.cwd, input.path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fileError(io, path, code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? (error as Error).message})`);
    return null;
  }
  try {
    if (bytes.length === 0) throw new DecodeError('empty file');
    const source = ingest(bytes, { path, ...(options.encoding ? { encoding: options.encoding } : {}) });
    if (source.text.trim() === '') throw new DecodeError('no text in this file');
    return extractDocument(source, options.date ? { date: options.date } : {});
  } catch (error) {
    if (error instanceof DecodeError) fileError(io, path, error.message);
    else fileError(io, path, `internal error, please report: ${(error as Error).message}`);
    return null;
  }
}
