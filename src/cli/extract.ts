// `chidao extract [paths…]`: each input read, ingested, extracted and written as it is produced.
// A bad input gets one line on standard error (exit 2); the others are still processed.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEncodingName } from '../ingest/decode.js';
import { parseLang } from '../render/labels.js';
import type { EncodingName } from '../types.js';
import { expandInputs } from './inputs.js';
import { fileError, UsageError, type Io } from './io.js';
import { runPool } from './pool.js';
import type { OutputFormat } from './process-one.js';
import { progress } from './progress.js';
import { outputName, writeAtomic } from './write.js';

export interface ExtractFlags {
  format?: string;
  out?: string;
  date?: string;
  encoding?: string;
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
  if (paths.length === 0) throw new UsageError('no input: give files, directories, globs or - for standard input');
  const lang = parseLang(flags.lang);
  if (!lang) throw new UsageError(`--lang takes en or vi, not "${flags.lang}"`);

  const inputs = expandInputs(paths, io.cwd);
  const documents = inputs.filter((i) => i.kind !== 'error').length;
  // One file per input with -o: each holds one document, so JSON is the default there.
  const format = (flags.format ?? (!flags.out && (documents > 1 || inputs.length > 1) ? 'jsonl' : 'json')) as OutputFormat;
  const inputReal = new Set<string>();
  for (const i of inputs) if (i.kind === 'file') inputReal.add(safeReal(resolve(io.cwd, i.path)));
  const taken = new Set<string>();
  let failed = false;
  const asArray = format === 'json' && documents > 1 && !flags.out;
  const stdin = inputs.some((i) => i.kind === 'stdin') ? await io.readStdin() : undefined;
  const jobs = flags.jobs ? Number(flags.jobs) : io.cores ?? 1;
  const pool = runPool(inputs, jobs, { format, encoding, date: flags.date, cwd: io.cwd, mdSeparated: format === 'md' && !flags.out, lang, ocr: flags.ocr ?? false }, stdin);
  const bar = progress(io, inputs.length, { quiet: flags.quiet });
  // SIGINT: stop dispatching, keep what is written (every file is complete: writes are atomic).
  let interrupted = false;
  const release = io.onInterrupt?.(() => {
    interrupted = true;
    pool.stop();
  });
  if (asArray) io.stdout('[\n');
  let written = 0;
  try {
    for await (const outcome of pool.outcomes) {
      bar.tick();
      for (const warning of outcome.warnings ?? []) fileError(io, outcome.path, `warning: ${warning}`);
      if (outcome.error !== undefined || outcome.body === undefined) {
        fileError(io, outcome.path, outcome.error ?? 'no output');
        failed = true;
        continue;
      }
      // Markdown on one stream: every document after the first opens with a horizontal rule.
      const body = format === 'md' && written > 0 && outcome.separatedBody ? outcome.separatedBody : outcome.body;
      if (flags.out) {
        try {
          writeAtomic(resolve(io.cwd, flags.out), outputName(outcome.path, EXTENSIONS[format], taken), body, inputReal);
        } catch (error) {
          fileError(io, outcome.path, (error as Error).message);
          failed = true;
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
  if (interrupted) {
    io.stderr(`chidao extract: interrupted: ${written} of ${documents} documents written${flags.out ? ` to ${flags.out}` : ''}, each complete\n`);
    return 130;
  }
  return failed ? 2 : 0;
}

function safeReal(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
