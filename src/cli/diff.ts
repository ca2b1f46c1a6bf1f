// `chidao diff OLD NEW` and `chidao diff DIR --group-by year`: each side read (files, folders, globs,
// "-", or the JSON/JSONL output of `extract`), extracted, aligned and rendered. A bad input gets one
// line on standard error and exit 2; the other inputs are still diffed. Colours only on a terminal.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { DEFAULT_THRESHOLD } from '../diff/align.js';
import { diffSides, diffYears, type DiffOptions } from '../diff/diff.js';
import { renderDiffMarkdown, renderGroupedMarkdown } from '../diff/render/markdown.js';
import { PLAIN, renderDiffText, renderGroupedText, type Style } from '../diff/render/text.js';
import { ExtractOutputError, groupByYear, isDigest, looksLikeJson, parseExtractOutput } from '../diff/sides.js';
import { lexicon } from '../extract/domains/lexicon.js';
import { extractDocument } from '../extract/pipeline.js';
import { DecodeError, ingestAny } from '../ingest/index.js';
import type { ExtractedDocument } from '../types.js';
import { validateOutput } from '../validate/output-schema.js';
import { expandInputs, type Input } from './inputs.js';
import { fileError, UsageError, type Io } from './io.js';

export interface DiffFlags {
  format?: string;
  threshold?: string;
  exitCode?: boolean;
  groupBy?: string;
  /** false with --no-color. */
  color?: boolean;
}

const FORMATS = ['text', 'json', 'md'] as const;
type Format = (typeof FORMATS)[number];

function parseThreshold(value: string | undefined): number {
  if (value === undefined) return DEFAULT_THRESHOLD;
  const t = /^(?:\d+(?:\.\d*)?|\.\d+)$/u.test(value) ? Number(value) : NaN;
  if (!(t > 0 && t <= 1)) throw new UsageError(`--threshold must be a number above 0 and at most 1, not "${value}"`);
  return t;
}

function styleFor(io: Io, flags: DiffFlags): Style {
  // NO_COLOR (no-color.org): present and not empty turns colour off.
  if (!io.stdoutIsTTY || flags.color === false || (io.env.NO_COLOR ?? '') !== '') return PLAIN;
  const c = new Chalk({ level: 1 });
  return { colour: true, removed: c.red, added: c.green, changed: c.yellow, dim: c.dim, bold: c.bold };
}

// Extract outputs: by name, or sniffed on standard input. Gold files are not extract outputs.
const EXTRACT_OUTPUT = /\.jsonl?$/iu;
const GOLD = /\.gold\.json$/iu;
const MARKDOWN = /\.(?:md|markdown)$/iu;

const isDirectory = (path: string, io: Io): boolean => {
  try {
    return path !== '-' && statSync(resolve(io.cwd, path)).isDirectory();
  } catch {
    return false;
  }
};

/** The extract outputs (.json, .jsonl; gold files are not outputs) under a folder. */
function outputInputs(folder: string, io: Io): Input[] {
  return expandInputs([`${folder.replace(/\/+$/u, '')}/**/*.{json,jsonl}`], io.cwd).filter((i) => i.kind === 'file' && !GOLD.test(i.path));
}
/** A Markdown digest of chidao's own, met in a folder: left out, counted for the side's warning. */
const DIGEST = 'digest';
const DIGEST_REASON = 'a Markdown digest of chidao extract is a summary, not a notice; diff the notices or their JSON output (extract -o DIR)';

async function readInput(input: Input, io: Io): Promise<ExtractedDocument[] | typeof DIGEST | null> {
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
  const asText = (): string => new TextDecoder().decode(bytes);
  if (input.kind === 'file' ? EXTRACT_OUTPUT.test(path) : looksLikeJson(asText())) return readExtractOutput(path, asText(), io);
  if (input.kind === 'file' && MARKDOWN.test(path) && isDigest(asText())) return DIGEST;
  try {
    if (bytes.length === 0) throw new DecodeError('empty file');
    const source = await ingestAny(bytes, { path });
    if (source.text.trim() === '') throw new DecodeError('no text in this file');
    return [extractDocument(source)];
  } catch (error) {
    fileError(io, path, error instanceof DecodeError ? error.message : `internal error, please report: ${(error as Error).message}`);
    return null;
  }
}

function readExtractOutput(path: string, text: string, io: Io): ExtractedDocument[] | null {
  const read = parseOutput(text);
  if (typeof read === 'string') {
    fileError(io, path, read);
    return null;
  }
  return read;
}

/** The documents of an extract output, or why it is not one. */
function parseOutput(text: string): ExtractedDocument[] | string {
  try {
    const items = parseExtractOutput(text);
    const docs: ExtractedDocument[] = [];
    for (const [k, item] of items.entries()) {
      const problems = validateOutput(item);
      if (problems.length) throw new ExtractOutputError(`${items.length > 1 ? `document ${k + 1}: ` : ''}not chidao extract output (${problems[0]})`);
      docs.push(item as ExtractedDocument);
    }
    return docs;
  } catch (error) {
    if (!(error instanceof ExtractOutputError)) throw error;
    return error.message;
  }
}

/** Every document of one side argument; `failed` when an input could not be read. */
async function readSide(path: string, io: Io): Promise<{ documents: ExtractedDocument[]; failed: boolean }> {
  if (isDirectory(path, io)) return readFolderSide(path, io);
  const documents: ExtractedDocument[] = [];
  let failed = false;
  for (const input of expandInputs([path], io.cwd)) {
    const docs = await readInput(input, io);
    if (docs === DIGEST) fileError(io, input.kind === 'file' ? input.path : path, DIGEST_REASON);
    if (Array.isArray(docs)) documents.push(...docs);
    else failed = true;
  }
  return { documents, failed };
}

/**
 * A folder side: chidao's extract outputs when it holds any (`extract corpus/ -o out/`), else its
 * notices — never chidao's own Markdown digests (`extract --format md -o out/`). A folder that
 * mixes kinds gets one warning line saying what was read and what was left out.
 */
async function readFolderSide(folder: string, io: Io): Promise<{ documents: ExtractedDocument[]; failed: boolean }> {
  const notices = expandInputs([folder], io.cwd).filter((i) => i.kind === 'file');
  const outputs: { path: string; read: ExtractedDocument[] | string }[] = [];
  for (const input of outputInputs(folder, io)) {
    if (input.kind !== 'file') continue;
    try {
      outputs.push({ path: input.path, read: parseOutput(readFileSync(resolve(io.cwd, input.path), 'utf8')) });
    } catch (error) {
      outputs.push({ path: input.path, read: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    }
  }
  const documents: ExtractedDocument[] = [];
  let failed = false;
  if (outputs.some((o) => typeof o.read !== 'string')) {
    for (const o of outputs) {
      if (typeof o.read === 'string') {
        fileError(io, o.path, o.read);
        failed = true;
      } else documents.push(...o.read);
    }
    if (notices.length) io.stderr(`chidao: ${folder}: warning: reading its ${plural(outputs.length, 'extract output')} (.json, .jsonl); ${plural(notices.length, 'other file')} (.txt, .md, .html) left out\n`);
    return { documents, failed };
  }
  let digests = 0;
  for (const input of notices) {
    const docs = await readInput(input, io);
    if (docs === DIGEST) digests++;
    else if (docs) documents.push(...docs);
    else failed = true;
  }
  // JSON files but none of them an extract output, and nothing else: say what is wrong with each.
  for (const o of notices.length === 0 ? outputs : []) fileError(io, o.path, o.read as string);
  if (notices.length === 0) {
    if (outputs.length === 0) fileError(io, folder, 'no documents (.txt, .md, .html) or extract outputs (.json, .jsonl) in this directory');
  } else if (digests === notices.length) fileError(io, folder, `holds only Markdown digests: ${DIGEST_REASON}`);
  else if (digests) io.stderr(`chidao: ${folder}: warning: ${plural(digests, 'Markdown digest')} of chidao extract left out; reading its ${plural(notices.length - digests, 'document')}\n`);
  return { documents, failed: failed || notices.length === 0 || digests === notices.length };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function diffCommand(paths: string[], flags: DiffFlags, io: Io): Promise<number> {
  const format = (flags.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, json or md, not "${flags.format}"`);
  const threshold = parseThreshold(flags.threshold);
  if (flags.groupBy !== undefined && flags.groupBy !== 'year') throw new UsageError(`--group-by takes "year", not "${flags.groupBy}"`);
  const byYear = flags.groupBy === 'year';
  if (byYear && paths.length !== 1) throw new UsageError('--group-by year takes one folder (or glob, or extract output), not two sides');
  if (!byYear && paths.length !== 2) throw new UsageError('give two sides: chidao diff OLD NEW (files, folders, globs, extract JSON/JSONL, or -)');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('only one side can be standard input');

  const options: DiffOptions = { threshold };
  const style = styleFor(io, flags);
  const md = { domainLabel: (id: string) => lexicon.labels.get(id) };

  if (byYear) {
    const side = await readSide(paths[0]!, io);
    const { groups, undated } = groupByYear(side.documents);
    for (const doc of undated) io.stderr(`chidao: ${doc.source.path}: no date; left out of --group-by year\n`);
    if (groups.length < 2) {
      io.stderr(`chidao: --group-by year needs dated documents of at least two years (found ${groups.length ? groups.map((g) => g.year).join(', ') : 'none'})\n`);
      return 2;
    }
    const grouped = diffYears(groups, options);
    io.stdout(format === 'json' ? JSON.stringify(grouped, null, 2) + '\n' : format === 'md' ? renderGroupedMarkdown(grouped, md) : renderGroupedText(grouped, style));
    return side.failed ? 2 : flags.exitCode && grouped.differs ? 1 : 0;
  }

  const oldSide = await readSide(paths[0]!, io);
  const newSide = await readSide(paths[1]!, io);
  // A side with nothing readable would report every directive of the other as added or removed.
  if (!oldSide.documents.length || !newSide.documents.length) return 2;
  const result = diffSides({ label: paths[0]!, documents: oldSide.documents }, { label: paths[1]!, documents: newSide.documents }, options);
  io.stdout(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : format === 'md' ? renderDiffMarkdown(result, md) : renderDiffText(result, style));
  if (oldSide.failed || newSide.failed) return 2;
  return flags.exitCode && result.differs ? 1 : 0;
}
