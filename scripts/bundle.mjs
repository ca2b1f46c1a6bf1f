// The command line as a few files, dist/cli/chidao.mjs and its chunks, for start-up: Node
// resolves, reads and compiles ~150 small ES modules one by one (~70 ms of a one-file `chidao
// extract`); a bundle is read and compiled in a few pieces. Each command, and the Markdown
// renderer, is a chunk loaded when used; the HTML parser stays in node_modules, required on the
// first HTML input (src/ingest/html.ts). The modules stay in dist/ as compiled by tsc (the
// library, the worker threads of --jobs, the tests). The chunks live in dist/cli/, beside
// worker.js, and find the knowledge files at ../data/ (src/data/load.ts).
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunks are named by content hash: drop the last build's.
for (const name of readdirSync('dist/cli')) if (/^chidao.*\.mjs$/u.test(name)) rmSync(`dist/cli/${name}`);

await build({
  entryPoints: ['dist/cli/index.js'],
  // Commands stay lazy: each dynamic import becomes a chunk of its own, loaded when that command
  // runs (`chidao --version` reads the small entry only).
  outdir: 'dist/cli',
  entryNames: 'chidao',
  chunkNames: 'chidao-[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // commander is CommonJS: its require() calls need a require in the ES module.
  banner: { js: "import { createRequire as __chidaoCreateRequire } from 'node:module'; const require = __chidaoCreateRequire(import.meta.url);" },
});
