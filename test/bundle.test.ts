// The start-up bundle (dist/cli/chidao.cjs, built by `npm test`) and its code cache: the bundle
// prints what the modules print, V8 takes the cache the build made, and a cache it turns down
// costs only time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
const loadIn = (expression: string) =>
  node(['--input-type=module', '-e', `import { loadBundle } from './bin/load-bundle.js'; ${expression}`]);

describe('the start-up bundle', () => {
  it.each([
    [['extract', 'corpus/002_01045addc55f0d23.txt']],
    [['extract', 'corpus/006_kh-09-btnmt-2024.txt', '--format', 'md']],
    [['extract', 'corpus/', '--jobs', '1']],
    [['validate', 'corpus', '--score']],
  ])('bin/chidao.js %j prints the bytes of run() from the sources', async (argv) => {
    const bin = node(['bin/chidao.js', ...argv]);
    const modules = await runCli(argv);
    expect(bin.status).toBe(modules.code);
    expect(bin.stderr).toBe(modules.stderr);
    expect(bin.stdout).toBe(modules.stdout);
    expect(bin.stdout.length).toBeGreaterThan(400);
  });

  it('is run with the code cache the build wrote (V8 does not reject it)', () => {
    const r = loadIn('const b = loadBundle(); console.log(b.cacheRejected, typeof b.exports.run);');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('false function\n');
  });

  it('runs without a cache, and with a cache V8 rejects', () => {
    const garbage = join(mkdtempSync(join(tmpdir(), 'chidao-cache-')), 'chidao.cjs.cache');
    writeFileSync(garbage, 'not a code cache');
    const io = "{ stdout: (s) => process.stdout.write(s), stderr: () => {}, readStdin: async () => new Uint8Array(), env: {}, cwd: process.cwd() }";
    const none = loadIn(`const b = loadBundle({ cacheFile: null }); console.log(b.cacheRejected, await b.exports.run(['--version'], ${io}));`);
    expect(none.stdout).toBe(`${version}\nundefined 0\n`);
    const bad = loadIn(`const b = loadBundle({ cacheFile: ${JSON.stringify(garbage)} }); console.log(b.cacheRejected, await b.exports.run(['--version'], ${io}));`);
    expect(bad.stdout).toBe(`${version}\ntrue 0\n`);
  });
});
