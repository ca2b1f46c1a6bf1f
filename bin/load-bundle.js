// Loads the command line's bundle (dist/cli/chidao.cjs, scripts/bundle.mjs) through V8's code
// cache: the build runs the bundle over the corpus once and keeps the bytecode of every function
// that ran (dist/cli/chidao.cjs.cache), so that a one-file `chidao extract` neither parses 1.2 MB
// of JavaScript nor compiles its functions lazily one by one (~50 ms of ~280). A cache made by
// another Node or V8 (or edited source) is rejected by V8 itself, and the bundle compiles as
// without one: the cache is an optimisation, never a condition.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'chidao.cjs');
export const CODE_CACHE = `${BUNDLE}.cache`;

/**
 * The bundle's exports ({ run }), its compiled script (for `createCachedData`) and whether V8
 * turned the cache down. `cacheFile: null` compiles without one.
 */
export function loadBundle({ cacheFile = CODE_CACHE } = {}) {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache (a build without one, or a fresh checkout before `npm run build`): compile.
    }
  }
  // The CommonJS wrapper, as Node's own loader writes it, so the bundle's require and __filename work.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
}

/**
 * Runs the bundle's `run` over each argv in turn, as users run it, output going nowhere and no
 * worker threads: the build's warm-up before it keeps the code cache or the start-up snapshot.
 */
export async function warmUp(run, argvs, cwd = process.cwd()) {
  const io = {
    stdout: () => {},
    stderr: () => {},
    readStdin: async () => new Uint8Array(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd,
    cores: 1,
    onInterrupt: () => () => {},
  };
  for (const argv of argvs) {
    const code = await run(argv, io);
    if (code !== 0) throw new Error(`warm-up: chidao ${argv.join(' ')} exited ${code}`);
  }
}
