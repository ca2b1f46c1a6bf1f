// `chidao extract [paths…]`: each input read, ingested, extracted and written as it is produced.
// A bad input gets one line on standard error (exit 2); the others are still processed.
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEncodingName } from '../ingest/decode.js';
import { parseLang } from '../render/labels.js';
import type { EncodingName } from '../types.js';
import { expandInputs, type Input } from './inputs.js';
import { fileError, UsageError, type Io } from './io.js';
import { runPool } from './pool.js';
import type { OutputFormat } from './process-one.js';
import { progress } from './progress.js';
import { outputName, prepareOutputFolder, writeAtomic } from './write.js';

export interface ExtractFlags {
  format?: string;
  out?: string;
  date?: string;
  encoding?: string;
  encodingErrors?: string;
  jobs?: string;
  lang?: string;
  quiet?: boolean;
  ocr?: boolean;
}

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const EXTENSIONS: Record<OutputFormat, string> = { json: '.json', jsonl: '.jsonl', md: '.md', text: '.txt' };

export async function extractCommand(paths: string[], flags: ExtractFlags, io: Io): Promise<number> {
  if (flags.format && !['json', 'jsonl', 'md', 'text'].includes(flags.format)) throw new UsageError(`--format must be json, jsonl, md or text, not "${flags.format}"`);
  if (flags.date && !validDate(flags.date)) throw new UsageError(`--date must be a real date YYYY-MM-DD, not "${flags.date}"`);
  let encoding: EncodingName | undefined;
  if (flags.encoding) {
    encoding = parseEncodingName(flags.encoding) ?? undefined;
    if (!encoding) throw new UsageError(`--encoding: unknown encoding "${flags.encoding}" (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni-windows)`);
  }
  if (flags.jobs !== undefined && !/^[1-9]\d*$/u.test(flags.jobs)) throw new UsageError(`--jobs must be a positive number, not "${flags.jobs}"`);
  if (flags.encodingErrors !== undefined && !['strict', 'replace'].includes(flags.encodingErrors)) {
    throw new UsageError(`--encoding-errors must be strict or replace, not "${flags.encodingErrors}"`);
  }
  // No path: standard input when it is piped (as jq reads it), a usage error on a terminal.
  let stdin: Uint8Array | undefined;
  if (paths.length === 0) {
    if (io.stdinIsTTY !== false) throw new UsageError('no input: give files, directories, globs or - for standard input');
    stdin = await io.readStdin();
    if (stdin.length === 0) throw new UsageError('no input: standard input is empty; give files, directories, globs or -');
    paths = ['-'];
  }
  // The output folder is checked once, before any input is read: one line, not one per input.
  if (flags.out !== undefined) {
    const problem = prepareOutputFolder(io.cwd, flags.out);
    if (problem) {
      fileError(io, flags.out, problem);
      return 2;
    }
  }
  const lang = parseLang(flags.lang);
  if (!lang) throw new UsageError(`--lang takes en or vi, not "${flags.lang}"`);

  const expanded = expandInputs(paths, io.cwd);
  // One file per input with -o: each holds one document, so JSON is the default there.
  const format = (flags.format ?? (!flags.out && expanded.length > 1 ? 'jsonl' : 'json')) as OutputFormat;
  const ext = EXTENSIONS[format];
  const inputs = flags.out ? refuseSameOutput(expanded, flags.out, ext) : expanded;
  const documents = inputs.filter((i) => i.kind !== 'error').length;
  const inputReal = new Set<string>();
  for (const i of inputs) if (i.kind === 'file') inputReal.add(safeReal(resolve(io.cwd, i.path)));
  let failed = 0;
  const asArray = format === 'json' && documents > 1 && !flags.out;
  if (!stdin && inputs.some((i) => i.kind === 'stdin')) stdin = await io.readStdin();
  const jobs = flags.jobs ? Number(flags.jobs) : io.cores ?? 1;
  const options = { format, encoding, date: flags.date, cwd: io.cwd, mdSeparated: format === 'md' && !flags.out, lang, ocr: flags.ocr ?? false, ...(flags.encodingErrors === 'replace' ? { encodingErrors: 'replace' as const } : {}) };
  // A worker's heap cap, for tuning and for the test of a document too large for it.
  const heapMb = Number(io.env.CHIDAO_WORKER_HEAP_MB) || undefined;
  const pool = runPool(inputs, jobs, options, stdin, heapMb);
  const bar = progress(io, inputs.length, { quiet: flags.quiet });
  // SIGINT: stop dispatching, keep what is written (every file is complete: writes are atomic).
  let interrupted = false;
  const release = io.onInterrupt?.(() => {
    interrupted = true;
    pool.stop();
  });
  if (asArray) io.stdout('[\n');
  let written = 0;
  let index = 0; // outcomes come in input order
  try {
    for await (const outcome of pool.outcomes) {
      const input = inputs[index++]!;
      bar.tick();
      if (outcome.error !== undefined || outcome.body === undefined) {
        fileError(io, outcome.path, outcome.error ?? 'no output');
        failed++;
        continue;
      }
      if (outcome.warning) fileError(io, outcome.path, `warning: ${outcome.warning}`);
      // Markdown on one stream: every document after the first opens with a horizontal rule.
      const body = format === 'md' && written > 0 && outcome.separatedBody ? outcome.separatedBody : outcome.body;
      if (flags.out) {
        try {
          writeAtomic(resolve(io.cwd, flags.out), outputName(input.kind === 'file' ? input.name : '-', ext), body, inputReal);
        } catch (error) {
          fileError(io, outcome.path, (error as Error).message);
          failed++;
          continue;
        }
      } else if (asArray) io.stdout((written ? ',\n' : '') + body.trimEnd().replace(/^/gmu, '  '));
      // A blank line before the rule: right under a paragraph, "---" would make that line a heading.
      else io.stdout(format === 'md' && written > 0 ? `\n${body}` : body);
      written++;
    }
  } finally {
    bar.done();
    release?.();
  }
  if (asArray) io.stdout('\n]\n');
  const skipped = inputs.length - index;
  if (interrupted) io.stderr(`chidao: interrupted: ${written} of ${documents} documents written${flags.out ? ` to ${flags.out}` : ''}, each complete\n`);
  // A CI log shows at the end what an -o run did (the data itself is in the folder).
  if (flags.out && !flags.quiet) io.stderr(`chidao: ${written} written, ${failed} failed, ${skipped} skipped (in ${flags.out})\n`);
  if (interrupted) return 130;
  return failed ? 2 : 0;
}

/**
 * Under -o, two inputs whose names below their arguments are the same (`d1/a.txt` and `d2/a.txt`
 * given as `d1 d2`) would write one file: the second is refused, never renamed, so that a name
 * does not depend on what else is in a run. Compared without case: some file systems fold it.
 */
function refuseSameOutput(inputs: readonly Input[], out: string, ext: string): Input[] {
  const first = new Map<string, string>();
  return inputs.map((input) => {
    if (input.kind === 'error') return input;
    const name = outputName(input.kind === 'file' ? input.name : '-', ext);
    const path = input.kind === 'file' ? input.path : '-';
    const earlier = first.get(name.toLowerCase());
    if (earlier === undefined) {
      first.set(name.toLowerCase(), path);
      return input;
    }
    return { kind: 'error', path, reason: `not written: ${join(out, name)} is the output of ${earlier} in this run (give them separate -o folders)` };
  });
}

function safeReal(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
