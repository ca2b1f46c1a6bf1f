// `chidao annotate FILE…`: a draft NAME.gold.json beside each NAME.txt (or .md, .html), made from
// the extractor's output, for a person to correct. An existing gold file is never replaced without
// --force (it holds a person's work); the file is written atomically, so a reader never sees half
// of it. Each draft is checked like any gold file and its findings are listed on standard error.
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { extractDocument } from '../extract/pipeline.js';
import { parseEncodingName } from '../ingest/decode.js';
import { DecodeError, ingestAny } from '../ingest/index.js';
import type { EncodingName } from '../types.js';
import { draftGold, renderGold } from '../validate/draft.js';
import { readGoldFile } from '../validate/gold-file.js';
import { checkGold } from '../validate/validate-gold.js';
import { readDate } from '../validate/values.js';
import { fileError, UsageError, type Io } from './io.js';
import { shownPath } from './validate.js';

export interface AnnotateFlags {
  force?: boolean;
  date?: string;
  encoding?: string;
}

/** NAME.gold.json beside NAME.txt. */
export function goldPathFor(textPath: string): string {
  return join(dirname(textPath), `${basename(textPath, extname(textPath))}.gold.json`);
}

export class ExistsError extends Error {}

/**
 * Writes through a temporary file in the same folder, then a rename (with --force) or a hard link
 * (without: link fails when the target exists, so no check-then-write race can clobber a file).
 */
export function writeNew(path: string, content: string, force: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    if (force) renameSync(tmp, path);
    else {
      try {
        linkSync(tmp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ExistsError('exists; use --force to overwrite it');
        throw error;
      }
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

function reason(error: unknown): string {
  if (error instanceof ExistsError || error instanceof DecodeError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read or written (${code ?? (error as Error).message})`;
}

export async function annotateCommand(files: string[], flags: AnnotateFlags, io: Io): Promise<number> {
  if (flags.date !== undefined) {
    const date = readDate(flags.date);
    if (!date || !date.ok || date.precision !== 'day') throw new UsageError(`--date must be a real date YYYY-MM-DD, not "${flags.date}"`);
  }
  let encoding: EncodingName | undefined;
  if (flags.encoding !== undefined) {
    encoding = parseEncodingName(flags.encoding) ?? undefined;
    if (!encoding) throw new UsageError(`--encoding: unknown encoding "${flags.encoding}" (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni-windows)`);
  }
  if (files.includes('-')) throw new UsageError('annotate needs files: a draft is written beside its text, and standard input has no place');

  let code = 0;
  for (const file of files) {
    const path = resolve(io.cwd, file);
    if (/\.json$/iu.test(path)) {
      fileError(io, file, 'is a JSON file; give the text file (NAME.txt, NAME.md, NAME.html)');
      code = 2;
      continue;
    }
    const target = goldPathFor(path);
    const shown = shownPath(io.cwd, target);
    try {
      const bytes = readFileSync(path);
      if (bytes.length === 0) throw new DecodeError('empty file');
      const source = await ingestAny(bytes, { path: file, ...(encoding ? { encoding } : {}) });
      const doc = extractDocument(source, flags.date ? { date: flags.date } : {});
      const json = renderGold(draftGold(doc, basename(path)));
      writeNew(target, json, Boolean(flags.force));
      const problems = checkGold(readGoldFile(json, shown), { kind: 'read', file, text: source.text });
      io.stderr(`chidao: wrote ${shown} (${doc.directives.length} top-level directives), a draft to correct against ANNOTATION.md\n`);
      for (const f of problems) io.stderr(`  ${f.file}:${f.line ?? 1}:${f.column ?? 1}: ${f.severity} ${f.code}: ${f.message}\n`);
    } catch (error) {
      if (error instanceof ExistsError) fileError(io, shown, error.message);
      else if (error instanceof DecodeError || (error as NodeJS.ErrnoException).code) fileError(io, file, reason(error));
      else throw error;
      code = 2;
    }
  }
  return code;
}
