// The start-up snapshot (dist/cli/chidao.blob, built by `npm test`) and its launcher, bin/chidao.js
// run as a program: the snapshot prints the bytes of the bundle (`node bin/chidao.js`), and a blob
// that does not fit — another node, another folder, NODE_OPTIONS, an older blob, none — leaves the
// run to the bundle with the same output, never to node's refusal (exit 14). Which way a run went
// is read from the launcher's own trace (`sh -x`): its last line is the exec.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../scripts/snapshot.mjs';

const ROOT = realpathSync('.');
const ONE = 'corpus/002_01045addc55f0d23.txt';
const options = (input?: string) => ({ encoding: 'utf8' as const, maxBuffer: 1 << 28, ...(input === undefined ? {} : { input }) });

/** The launcher as a program, traced: the output, and whether it started node from the snapshot. */
function launch(bin: string, argv: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync('sh', ['-x', bin, ...argv], { ...options(input), env: { ...process.env, NODE_OPTIONS: '', ...env } });
  const lines = r.stderr.split('\n');
  const exec = lines.filter((l) => /^\++ exec /u.test(l)).at(-1) ?? '';
  return { status: r.status, stdout: r.stdout, stderr: lines.filter((l) => !/^\++ /u.test(l)).join('\n'), snapshot: exec.includes('--snapshot-blob') };
}

/** The fallback: the bundle with its code cache, run by node. */
const bundled = (argv: string[], input?: string): SpawnSyncReturns<string> => spawnSync(process.execPath, ['bin/chidao.js', ...argv], options(input));

function same(a: { status: number | null; stdout: string; stderr: string }, b: SpawnSyncReturns<string>): void {
  expect(a.status).toBe(b.status);
  expect(a.stderr).toBe(b.stderr);
  expect(a.stdout).toBe(b.stdout);
}

describe('the start-up snapshot', () => {
  it('is built by the build, with a stamp naming the node that built it and this folder', () => {
    expect(existsSync('dist/cli/chidao.blob')).toBe(true);
    expect(readFileSync('dist/cli/chidao.blob.stamp', 'utf8')).toBe(`${process.execPath}\n${ROOT}\n`);
  });

  it.each([
    [['extract', ONE]],
    [['extract', 'corpus/006_kh-09-btnmt-2024.txt', '--format', 'md']],
    [['extract', 'corpus/', '--jobs', '1']],
    [['extract', 'fixtures/formats/cv-4390.html', 'fixtures/formats/cv-4390.docx', 'fixtures/formats/cv-4390.pdf']],
    [['text', 'fixtures/formats/cv-4390.pdf']],
    [['extract', 'fixtures/formats/legacy.doc', ONE, 'missing.txt']],
    [['validate', 'corpus', '--score']],
    [['--version']],
    [['extract', '--fromat', 'md']],
  ])('prints the bytes and exit code of the bundle: chidao %j', (argv) => {
    const run = launch('bin/chidao.js', argv);
    expect(run.snapshot).toBe(true);
    same(run, bundled(argv));
  });

  it('reads standard input as the bundle does', () => {
    const text = readFileSync(ONE, 'utf8');
    const run = launch('bin/chidao.js', ['extract'], {}, text);
    expect(run.snapshot).toBe(true);
    same(run, bundled(['extract'], text));
    expect(JSON.parse(run.stdout).source.path).toBe('-');
  });

  it('writes -o files as the bundle does', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'chidao-snap-')), mkdtempSync(join(tmpdir(), 'chidao-bundle-'))];
    const run = launch('bin/chidao.js', ['extract', 'corpus/', '-o', a]);
    const fallback = bundled(['extract', 'corpus/', '-o', b]);
    expect(run.snapshot).toBe(true);
    expect(run.status).toBe(fallback.status);
    expect(run.stderr).toBe(fallback.stderr.replace(b, a));
    const names = readdirSync(b).sort();
    expect(readdirSync(a).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(a, name), 'utf8')).toBe(readFileSync(join(b, name), 'utf8'));
  });

  it('is used through a symbolic link to the launcher (npm links bin/chidao.js into node_modules/.bin)', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'chidao-link-')), 'chidao');
    symlinkSync(resolve('bin/chidao.js'), link);
    const run = launch(link, ['extract', ONE]);
    expect(run.snapshot).toBe(true);
    same(run, bundled(['extract', ONE]));
  });
});

describe('a snapshot that does not fit: the bundle runs, with the same output', () => {
  // A copy of the command line in another folder (the packages linked): its blob was built for
  // this folder, and the stamp says so.
  function install(): string {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-install-'));
    for (const part of ['bin', 'dist', 'schema', 'package.json']) cpSync(part, join(dir, part), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    mkdirSync(join(dir, 'corpus'));
    cpSync(ONE, join(dir, ONE));
    return realpathSync(dir);
  }
  const stamp = (dir: string, node: string, root = dir) => writeFileSync(join(dir, 'dist/cli/chidao.blob.stamp'), `${node}\n${root}\n`);
  const argv = ['extract', ONE];
  const expected = bundled(argv);
  const dir = install();

  it.each<[string, () => Record<string, string>, boolean]>([
    ['a stamp naming this folder and this node: the snapshot (the control)', () => (stamp(dir, process.execPath), {}), true],
    ['the folder moved: the stamp names another', () => (stamp(dir, process.execPath, ROOT), {}), false],
    ['another node on PATH than the one that built the blob', () => (stamp(dir, '/nonexistent/node'), {}), false],
    ['NODE_OPTIONS set (V8 flags make node refuse the blob)', () => (stamp(dir, process.execPath), { NODE_OPTIONS: '--max-old-space-size=300' }), false],
    ['a node newer than the blob (replaced in place)', () => {
      stamp(dir, process.execPath);
      utimesSync(join(dir, 'dist/cli/chidao.blob'), new Date(0), new Date(0));
      return {};
    }, false],
    ['no blob beside the stamp', () => (stamp(dir, process.execPath), rmSync(join(dir, 'dist/cli/chidao.blob')), {}), false],
    ['no stamp', () => (rmSync(join(dir, 'dist/cli/chidao.blob.stamp')), {}), false],
  ])('%s', (_, arrange, snapshot) => {
    const env = arrange();
    const run = spawnSync('sh', ['-x', join(dir, 'bin/chidao.js'), ...argv], { ...options(), cwd: dir, env: { ...process.env, NODE_OPTIONS: '', ...env } });
    const trace = run.stderr.split('\n').filter((l) => /^\++ exec /u.test(l)).at(-1) ?? '';
    expect(trace.includes('--snapshot-blob')).toBe(snapshot);
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l && !/^\++ /u.test(l))).toEqual([]);
    expect(run.stdout).toBe(expected.stdout);
  });
});

describe('building the snapshot', () => {
  it('fails softly: the reason in one line, no blob and no stamp left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-build-'));
    const blob = join(dir, 'chidao.blob');
    writeFileSync(`${blob}.stamp`, 'an old stamp\n');
    const failure = await buildSnapshot({ warmUpFiles: [ONE], blob, entry: join(dir, 'entry.cjs'), node: '/bin/false' });
    expect(failure).toBe('/bin/false --build-snapshot exited 1');
    expect(readdirSync(dir)).toEqual(['entry.cjs']);
  });
});
