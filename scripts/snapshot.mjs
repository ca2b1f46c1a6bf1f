// The start-up snapshot (bin/snapshot.js, used by bin/chidao.js): the bundle's heap after a warm-up
// extract of a few corpus files, written by `node --build-snapshot`. It is an optimisation like
// the code cache: when it cannot be built (another platform, a Node without --build-snapshot, a
// heap V8 will not serialise) the build says so in one line and goes on, and chidao starts from
// the bundle. The stamp, written last, names what the blob fits: the node program (node refuses a
// blob of another, or of other V8 flags) and this folder (the heap holds its paths).
import { spawnSync } from 'node:child_process';
import { realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const SNAPSHOT = 'dist/cli/chidao.blob';

/**
 * Writes `blob` and `${blob}.stamp` (or neither) and returns null, or the reason it could not.
 * `entry` is where the bundled bin/snapshot.js goes; `node` the program that builds (and so the
 * one that may run) the blob.
 */
export async function buildSnapshot({ warmUpFiles, blob = SNAPSHOT, entry = 'dist/cli/chidao-snapshot.cjs', node = process.execPath }) {
  rmSync(`${blob}.stamp`, { force: true });
  rmSync(blob, { force: true });
  try {
    // A snapshot's builder requires only Node's own modules: bin/snapshot.js and what it imports
    // from bin/ as one CommonJS script, which loads the bundle as bin/chidao.js does.
    await build({
      entryPoints: ['bin/snapshot.js'],
      outfile: entry,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'warning',
      define: { 'import.meta.url': '__binUrl' },
      banner: { js: `const __binUrl = ${JSON.stringify(pathToFileURL(resolve('bin/load-bundle.js')).href)};` },
    });
    const built = spawnSync(node, ['--snapshot-blob', `${blob}.tmp`, '--build-snapshot', entry, ...warmUpFiles], { encoding: 'utf8' });
    // (The builder's stderr also carries Node's notes that `vm` and `module` are "not yet fully
    // verified" in a snapshot: shown only when the build fails.)
    if (built.status !== 0) {
      const said = `${built.error?.message ?? ''} ${built.stderr ?? ''}`.trim().split('\n').slice(-2).join(' / ');
      throw new Error(`${node} --build-snapshot exited ${built.status ?? built.signal ?? 'without starting'}${said ? `: ${said}` : ''}`);
    }
    renameSync(`${blob}.tmp`, blob);
    writeFileSync(`${blob}.stamp`, `${node}\n${realpathSync('.')}\n`);
    return null;
  } catch (error) {
    rmSync(`${blob}.tmp`, { force: true });
    rmSync(blob, { force: true });
    return error.message.split('\n')[0];
  }
}
