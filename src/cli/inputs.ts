// Paths → input files: files, directories (recursive, sorted, hidden entries skipped, symlink
// loops survived), globs, and "-" for standard input.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';

export const DOCUMENT_EXTENSIONS = /\.(?:txt|md|markdown|html?|text|docx|pdf|doc)$/iu;
// A folder's own notes are not notices: skipped when walking a directory (not when named).
const NOT_A_DOCUMENT = /(?:^|[\\/])(?:README|CHANGELOG|LICENSE|CONTRIBUTING)[^\\/]*$/iu;

/**
 * A file input carries `name`, its path below the directory argument (or glob base) it was found
 * in — a named file's own name — from which `-o` makes its output name: names depend on the
 * argument and the file only, never on what else is in the run. `path` may name a pipe (a FIFO,
 * `<(…)`, /dev/stdin): it is read as a stream, to its end.
 */
export type Input = { kind: 'file'; path: string; name: string } | { kind: 'stdin' } | { kind: 'error'; path: string; reason: string };

const GLOB_CHARS = /[*?[{]/u;
const STDIN_NAMES: ReadonlySet<string> = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** A glob as a RegExp over "/"-separated relative paths: *, **, ?, [abc], {a,b}. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) re += '\\[';
      else {
        re += glob.slice(i, close + 1);
        i = close;
      }
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^$()|\\]/gu, '\\$&')).join('|') + ')';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/gu, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}

function walk(dir: string, seen: Set<string>, out: string[], filter: (path: string) => boolean): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symlink loop, or a directory reached twice
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue; // a dangling link
    }
    if (stat.isDirectory()) walk(path, seen, out, filter);
    else if (stat.isFile() && filter(path)) out.push(path);
  }
}

export function expandInputs(paths: readonly string[], cwd: string): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    // Standard input by its device name: read as "-" (through io.readStdin), whatever it is — a
    // pipe, a socket (as Node gives its children), a file — since a socket cannot be opened by name.
    if (p === '-' || STDIN_NAMES.has(resolve(cwd, p))) {
      out.push({ kind: 'stdin' });
      continue;
    }
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = null;
    }
    if (stat?.isFile() || stat?.isFIFO()) out.push({ kind: 'file', path: p, name: basename(p) });
    else if (stat?.isDirectory()) {
      const files: string[] = [];
      walk(abs, new Set(), files, (f) => DOCUMENT_EXTENSIONS.test(f) && !NOT_A_DOCUMENT.test(f));
      if (files.length === 0) out.push({ kind: 'error', path: p, reason: 'no documents in this directory (.txt, .md, .html)' });
      for (const f of files) out.push({ kind: 'file', path: relativeTo(cwd, f, p), name: slashed(relative(abs, f)) });
    } else if (stat) out.push({ kind: 'error', path: p, reason: `not a regular file (${stat.isSocket() ? 'a socket' : stat.isBlockDevice() ? 'a block device' : 'a character device'})` });
    else if (GLOB_CHARS.test(p)) {
      const parts = p.split('/');
      const fixed = parts.findIndex((part) => GLOB_CHARS.test(part));
      const base = parts.slice(0, fixed).join('/') || '.';
      const re = globToRegExp(parts.slice(fixed).join('/'));
      const files: string[] = [];
      walk(resolve(cwd, base), new Set(), files, (f) => re.test(relative(resolve(cwd, base), f).split(sep).join('/')));
      if (files.length === 0) out.push({ kind: 'error', path: p, reason: 'no file matches this pattern' });
      for (const f of files) out.push({ kind: 'file', path: relative(cwd, f) || f, name: slashed(relative(resolve(cwd, base), f)) });
    } else out.push({ kind: 'error', path: p, reason: 'no such file or directory' });
  }
  return out;
}

const slashed = (path: string): string => path.split(sep).join('/');

function relativeTo(cwd: string, file: string, given: string): string {
  const rel = relative(cwd, file);
  return given.startsWith('/') ? file : rel;
}
