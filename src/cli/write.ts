// Output files for `-o DIR`: names from inputs sanitised, never over an input or outside DIR,
// written atomically (a temporary file in DIR, then rename) so a reader never sees half a file.
import { lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';

/**
 * The output name of an input under -o: its path below the directory argument (or glob base) it
 * was found in, with the extension replaced — so `d1/sub/a.txt` found under `d1/` is `sub/a.json`
 * whatever else is in the run — each folder and file name sanitised. Standard input is `stdin`.
 */
export function outputName(relativeName: string, ext: string): string {
  if (relativeName === '-') return `stdin${ext}`;
  const parts = relativeName.split(/[\\/]+/u).filter((p) => p !== '' && p !== '.');
  const last = parts.pop() ?? '';
  const safe = (name: string): string => name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/u, '_') || 'document';
  return [...parts.map(safe), `${safe(basename(last, extname(last)))}${ext}`].join('/');
}

export class OutputError extends Error {}

export function writeAtomic(dir: string, name: string, content: string, inputs: ReadonlySet<string>): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  if (!target.startsWith(root + sep)) throw new OutputError(`refusing to write outside ${dir}`);
  if (inputs.has(target)) throw new OutputError(`refusing to overwrite the input ${target}`);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return target;
}

/** A system error in words, for the one-line message about the output folder. */
function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'disk quota exceeded';
  return code ?? (error as Error).message;
}

/**
 * Makes sure `dir` is a folder chidao can write in, before any input is read: missing folders are
 * created (as `mkdir -p`, one level at a time: Node's recursive mkdir loops forever where mkdir
 * answers ENOENT for a parent that exists, as under /proc), and a probe file is written and
 * removed. Returns the reason in words when it cannot be, else null.
 */
export function prepareOutputFolder(cwd: string, dir: string): string | null {
  const shown = (path: string): string => (path.startsWith(cwd + sep) ? path.slice(cwd.length + 1) : path);
  const missing: string[] = [];
  let existing = resolve(cwd, dir);
  for (;;) {
    let stat;
    try {
      stat = statSync(existing);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTDIR: a file stands where a folder of the path should be; found on the way up.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return `cannot use it as the output folder: ${systemReason(error)}`;
      if (isLink(existing)) return `cannot create the output folder: ${shown(existing)} is a broken symbolic link`;
      missing.unshift(existing);
      existing = dirname(existing);
      continue;
    }
    if (!stat.isDirectory()) {
      return missing.length === 0 ? 'not a folder: -o needs a folder (a file is in the way)' : `cannot create the output folder: ${shown(existing)} is a file, not a folder`;
    }
    break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return `cannot create the output folder: ${systemReason(error)}`;
    }
  }
  const probe = join(resolve(cwd, dir), `.chidao-probe.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(probe, '', { flag: 'wx' });
  } catch (error) {
    return `cannot write in the output folder: ${systemReason(error)}`;
  } finally {
    rmSync(probe, { force: true });
  }
  return null;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
