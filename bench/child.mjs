// Runs one measured command in this process and reports its wall time and peak RSS on stderr as
// one JSON line, so the benchmark reads the same figures for chidao and for the floor.
//   node bench/child.mjs chidao extract DIR -o OUT     (the modules of dist/)
//   node bench/child.mjs bundle extract DIR -o OUT     (the bundle, as bin/chidao.js runs it)
//   node bench/child.mjs chidao tasks OUT --format csv
//   node bench/child.mjs floor DIR
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [what, ...args] = process.argv.slice(2);
const started = performance.now();
let bytes = 0;
let files = 0;

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

if (what === 'floor') {
  // The floor: read each file, NFC, split into sentences with one regular expression.
  let sentences = 0;
  for (const file of walk(args[0], [])) {
    const buf = readFileSync(file);
    bytes += buf.length;
    files++;
    sentences += buf.toString('utf8').normalize('NFC').split(/(?<=[.!?])\s+/u).length;
  }
  if (sentences < 0) console.log(sentences);
} else {
  // `chidao` as installed runs the bundle (bin/load-bundle.js; its workers load the bundle too).
  const { run } = what === 'bundle' ? (await import('../bin/load-bundle.js')).loadBundle().exports : await import('../dist/cli/index.js');
  const dir = args[1]; // extract DIR …, tasks DIR …
  for (const file of walk(dir, [])) {
    bytes += statSync(file).size;
    files++;
  }
  const code = await run(args, {
    stdout: () => {},
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => new Uint8Array(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: process.cwd(),
  });
  if (code !== 0) process.stderr.write(`exit ${code}\n`);
}
const seconds = (performance.now() - started) / 1000;
process.stderr.write(`BENCH ${JSON.stringify({ seconds, bytes, files, maxRssKb: process.resourceUsage().maxRSS })}\n`);
