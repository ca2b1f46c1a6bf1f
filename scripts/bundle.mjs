// The command line as one file, dist/cli/chidao.mjs, for start-up: Node resolves, reads and
// compiles ~150 small ES modules one by one (~70 ms of a one-file `chidao extract`); one bundle
// is read and compiled once. The modules stay in dist/ as compiled by tsc (the library, the worker
// threads of --jobs, the tests). Left out, and loaded from node_modules only when a run needs them:
// the Markdown renderer (unified, remark), the HTML parser (rehype), the gold schema (ajv), chalk.
// The bundle lives in dist/cli/, beside worker.js, and finds the knowledge files at ../data/
// (src/data/load.ts).
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/index.js'],
  outfile: 'dist/cli/chidao.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // commander is CommonJS: its require() calls need a require in the ES module.
  banner: { js: "import { createRequire as __chidaoCreateRequire } from 'node:module'; const require = __chidaoCreateRequire(import.meta.url);" },
});
