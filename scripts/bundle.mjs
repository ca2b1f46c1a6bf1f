// The command line as one file, dist/cli/chidao.cjs, and V8's code cache of it, for start-up.
// Without the bundle Node resolves, reads and compiles ~150 small ES modules one by one (~70 ms
// of a one-file `chidao extract`); without the cache V8 parses the bundle and then compiles each
// function on its first call (~50 ms more). The bundle is CommonJS because only a classic script
// takes a code cache in Node 20 (vm.Script's cachedData; ES modules have no such door before
// Node 22's module.enableCompileCache). Commands stay lazy: esbuild wraps each dynamically
// imported module in an initialiser that runs on first use, so `chidao --version` evaluates none
// of the extractor. The HTML parser stays in node_modules, required on the first HTML input
// (src/ingest/html.ts). The modules stay in dist/ as compiled by tsc (the library, the worker
// threads of --jobs, the tests). The bundle lives in dist/cli/, beside worker.js, and finds the
// knowledge files at ../data/ (src/data/load.ts). Last, the start-up snapshot of the bundle
// (scripts/snapshot.mjs), which bin/chidao.js starts node from when it fits.
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { BUNDLE, CODE_CACHE, loadBundle, warmUp } from '../bin/load-bundle.js';
import { buildSnapshot } from './snapshot.mjs';

// Corpus files the snapshot's warm-up extracts.
const SNAPSHOT_WARM_UP = 3;

// The last build's files (and the ES-module chunks of earlier builds): a snapshot of the last
// bundle must not outlive it.
for (const name of readdirSync('dist/cli')) if (/^chidao.*\.(?:mjs|cjs|cache|blob|stamp|tmp)$/u.test(name)) rmSync(`dist/cli/${name}`);

// commander requires child_process at load for its executable subcommands, which chidao has none
// of; child_process drags in net and dgram (~3 ms of every start). It gets a stand-in that loads
// the real module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  // (esbuild's filters are Go regular expressions: no u flag.)
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/u.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['dist/cli/index.js'],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [lazyChildProcess],
  // The modules find their data, schemas and worker beside themselves: the bundle's own URL.
  define: { 'import.meta.url': '__chidaoUrl' },
  banner: { js: "const __chidaoUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// vm.Script runs the bundle without a dynamic-import hook: an import() left in it would throw.
const bundled = readFileSync(BUNDLE, 'utf8');
if (/(?<![\w$.])import\(/u.test(bundled)) throw new Error(`${BUNDLE}: a dynamic import() was left unbundled`);
// The bundle in ASCII. esbuild escapes strings but leaves the Vietnamese of regular expressions
// and comments (360 characters of 1.5 million), and one such character makes V8 hold the whole
// source as a two-byte string: 3 MB in every process, and in the start-up snapshot, instead of
// 1.5. \uXXXX (UTF-16 units) means the same character in a string, a template, a regular
// expression with or without the u flag, and an identifier; in a comment it is only text.
const unitEscape = (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
writeFileSync(BUNDLE, bundled.replace(/[^\x00-\x7F]/gu, unitEscape));

// The cache: run the bundle over the corpus as users run it (the commands that start often), then
// keep the bytecode of every function that ran.
const { exports, script } = loadBundle({ cacheFile: null });
const corpus = readdirSync('corpus').filter((n) => n.endsWith('.txt')).sort().map((n) => `corpus/${n}`);
await warmUp(exports.run, [['--version'], ['extract', corpus[0]], ['extract', ...corpus, '--jobs', '1'], ['extract', corpus[0], '--format', 'md']]);
writeFileSync(`${CODE_CACHE}.tmp`, script.createCachedData());
renameSync(`${CODE_CACHE}.tmp`, CODE_CACHE);

// The start-up snapshot (scripts/snapshot.mjs), after the same warm-up over a few corpus files.
const failure = await buildSnapshot({ warmUpFiles: corpus.slice(0, SNAPSHOT_WARM_UP) });
if (failure) console.warn(`bundle: no start-up snapshot (${failure}); chidao starts from the bundle`);
