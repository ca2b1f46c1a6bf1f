// The documents behind `chidao tasks`, one at a time: notices are extracted (in worker threads when
// there are many), the JSON or JSON Lines that `extract` wrote are read back and checked against
// the published schema — a JSON Lines file one line at a time, so that a large one is never
// held whole (a JSON file is parsed whole: one document, or the array of `extract --format json`). A folder without notices is read for the extract outputs it holds.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ExtractOutputError, looksLikeJson, parseExtractOutput } from '../diff/sides.js';
import type { EncodingName, ExtractedDocument } from '../types.js';
import { validateOutput } from '../validate/output-schema.js';
import { expandInputs, type Input } from './inputs.js';
import type { Io } from './io.js';
import { runPool } from './pool.js';

export interface ReadOptions {
  jobs: number;
  date?: string;
  encoding?: EncodingName;
}

/** One input's documents, or the reason it could not be read. */
export type Read = { path: string; documents: ExtractedDocument[] } | { path: string; error: string };

const EXTRACT_OUTPUT = /\.jsonl?$/iu;
const GOLD = /\.gold\.json$/iu;

function isDirectory(path: string, io: Io): boolean {
  try {
    return path !== '-' && statSync(resolve(io.cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

/** What each path names: notices, or (for a folder without any) the extract outputs in it. */
export function taskInputs(paths: readonly string[], io: Io): Input[] {
  return paths.flatMap((path) => {
    const inputs = expandInputs([path], io.cwd);
    if (!isDirectory(path, io) || inputs.some((i) => i.kind !== 'error')) return inputs;
    const outputs = expandInputs([`${path.replace(/\/+$/u, '')}/**/*.{json,jsonl}`], io.cwd).filter((i) => i.kind === 'file' && !GOLD.test(i.path));
    return outputs.length ? outputs : [{ kind: 'error' as const, path, reason: 'no documents (.txt, .md, .html) or extract outputs (.json, .jsonl) in this directory' }];
  });
}

function checked(item: unknown, where: string): ExtractedDocument {
  const problems = validateOutput(item);
  if (problems.length) throw new ExtractOutputError(`${where}not chidao extract output (${problems[0]})`);
  return item as ExtractedDocument;
}

/** One document per line as it is read; a bad line is reported and the next ones still read. */
async function* readJsonLines(path: string, io: Io): AsyncGenerator<Read> {
  let n = 0;
  try {
    const lines = createInterface({ input: createReadStream(resolve(io.cwd, path), { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      n++;
      const body = n === 1 ? line.replace(/^\uFEFF/u, '') : line;
      if (body.trim() === '') continue;
      try {
        let value: unknown;
        try {
          value = JSON.parse(body);
        } catch (error) {
          throw new ExtractOutputError(`line ${n}: not JSON (${(error as Error).message})`);
        }
        yield { path, documents: [checked(value, `line ${n}: `)] };
      } catch (error) {
        if (!(error instanceof ExtractOutputError)) throw error;
        yield { path, error: error.message };
      }
    }
  } catch (error) {
    yield { path, error: readError(error) };
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (error as Error).message})`;
}

/** A JSON file: one document, or an array of them (`extract --format json` of several inputs). */
function readJson(path: string, io: Io): Read {
  try {
    const items = parseExtractOutput(readFileSync(resolve(io.cwd, path), 'utf8'));
    return { path, documents: items.map((item, k) => checked(item, items.length > 1 ? `document ${k + 1}: ` : '')) };
  } catch (error) {
    return { path, error: error instanceof ExtractOutputError ? error.message : readError(error) };
  }
}

/** Notices in input order through the extract pool; each outcome parsed back from its JSON line. */
async function* extracted(inputs: Input[], options: ReadOptions, io: Io, stdin?: Uint8Array): AsyncGenerator<Read> {
  const pool = runPool(inputs, options.jobs, { format: 'jsonl', cwd: io.cwd, mdSeparated: false, date: options.date, encoding: options.encoding }, stdin);
  for await (const outcome of pool.outcomes) {
    if (outcome.error !== undefined || outcome.body === undefined) yield { path: outcome.path, error: outcome.error ?? 'no output' };
    else yield { path: outcome.path, documents: [JSON.parse(outcome.body) as ExtractedDocument] };
  }
}

/** Standard input holding extract output (`chidao extract corpus/ | chidao tasks -`): its documents. */
function readStdinOutput(bytes: Uint8Array): Read {
  try {
    const items = parseExtractOutput(new TextDecoder().decode(bytes));
    return { path: '-', documents: items.map((item, k) => checked(item, items.length > 1 ? `document ${k + 1}: ` : '')) };
  } catch (error) {
    if (!(error instanceof ExtractOutputError)) throw error;
    return { path: '-', error: error.message };
  }
}

/** Every input's documents, in input order (runs of notices go through the pool together). */
export async function* readDocuments(inputs: readonly Input[], options: ReadOptions, io: Io): AsyncGenerator<Read> {
  let notices: Input[] = [];
  // Standard input has no name: extract output is told from a notice by its first character.
  const stdin = inputs.some((i) => i.kind === 'stdin') ? await io.readStdin() : undefined;
  const stdinIsOutput = stdin !== undefined && looksLikeJson(new TextDecoder().decode(stdin.subarray(0, 64)));
  for (const input of [...inputs, null]) {
    if (input?.kind === 'stdin' && stdinIsOutput) {
      if (notices.length) yield* extracted(notices, options, io, stdin);
      notices = [];
      yield readStdinOutput(stdin);
      continue;
    }
    const isOutput = input?.kind === 'file' && EXTRACT_OUTPUT.test(input.path);
    if (input && input.kind !== 'error' && !isOutput) {
      notices.push(input);
      continue;
    }
    if (notices.length) yield* extracted(notices, options, io, stdin);
    notices = [];
    if (input?.kind === 'error') yield { path: input.path, error: input.reason };
    else if (input?.kind === 'file') {
      if (/\.jsonl$/iu.test(input.path)) yield* readJsonLines(input.path, io);
      else yield readJson(input.path, io);
    }
  }
}
