// Output files for `-o DIR`: names from inputs sanitised, never over an input or outside DIR,
// written atomically (a temporary file in DIR, then rename) so a reader never sees half a file.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

export function outputName(inputPath: string, ext: string, taken: Set<string>): string {
  const stem = inputPath === '-' ? 'stdin' : basename(inputPath, extname(inputPath));
  const safe = stem.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/u, '_') || 'document';
  let name = `${safe}${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${safe}-${n}${ext}`;
  taken.add(name);
  return name;
}

export class OutputError extends Error {}

export function writeAtomic(dir: string, name: string, content: string, inputs: ReadonlySet<string>): string {
  const target = resolve(dir, name);
  if (!target.startsWith(resolve(dir))) throw new OutputError(`refusing to write outside ${dir}`);
  if (inputs.has(target)) throw new OutputError(`refusing to overwrite the input ${target}`);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return target;
}
