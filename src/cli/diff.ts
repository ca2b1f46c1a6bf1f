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
import { ExtractOutputError, groupByYear, looksLikeJson, parseExtractOutput } from '../diff/sides.js';
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

/**
 * The inputs of one side argument: what `extract` would read; a folder without documents is read
 * for the extract outputs it holds (`chidao extract corpus/2014 -o out/2014`, then diff out/2014).
 */
function sideInputs(path: string, io: Io): Input[] {
  const inputs = expandInputs([path], io.cwd);
  let isDir = false;
  try {
    isDir = path !== '-' && statSync(resolve(io.cwd, path)).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir || inputs.some((i) => i.kind !== 'error')) return inputs;
  const outputs = expandInputs([`${path.replace(/\/+$/u, '')}/**/*.{json,jsonl}`], io.cwd).filter((i) => !(i.kind === 'file' && GOLD.test(i.path)));
  const found = outputs.filter((i) => i.kind === 'file');
  return found.length ? found : [{ kind: 'error', path, reason: 'no documents (.txt, .md, .html) or extract outputs (.json, .jsonl) in this directory' }];
}

async function readInput(input: Input, io: Io): Promise<ExtractedDocument[] | null> {
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
    fileError(io, path, error.message);
    return null;
  }
}

/** Every document of one side argument; `failed` when an input could not be read. */
async function readSide(path: string, io: Io): Promise<{ documents: ExtractedDocument[]; failed: boolean }> {
  const documents: ExtractedDocument[] = [];
  let failed = false;
  for (const input of sideInputs(path, io)) {
    const docs = await readInput(input, io);
    if (docs) documents.push(...docs);
    else failed = true;
  }
  return { documents, failed };
}

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
    for (const doc of undated) io.stderr(`chidao diff: ${doc.source.path}: no date; left out of --group-by year\n`);
    if (groups.length < 2) {
      io.stderr(`chidao diff: --group-by year needs dated documents of at least two years (found ${groups.length ? groups.map((g) => g.year).join(', ') : 'none'})\n`);
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
