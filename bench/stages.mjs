// The per-stage table of `npm run bench` (issue 19): ms per document of ingest, structure, each
// extraction stage and render, on one thread over a scale corpus. Timed from outside the product:
// the pipeline's own pieces (`beginDocument`, `STAGES`, `endDocument`) are called here one by one,
// so the extract path carries no timing code.
//   node bench/stages.mjs DIR [FILES] [ROUNDS]   → one line `STAGES {…}` on standard error
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The files under `dir`, in the order `extract DIR` reads them (the corpus's names sort alike). */
const filesUnder = (dir) => readdirSync(dir, { recursive: true }).sort().map((p) => join(dir, p)).filter((p) => statSync(p).isFile());

/** The pipeline's pieces, from dist/ (built by `npm run bench`). */
export async function loadPipeline() {
  const { ingestAny } = await import('../dist/ingest/index.js');
  const { beginDocument, endDocument, STAGES } = await import('../dist/extract/pipeline.js');
  const { renderJsonLine } = await import('../dist/render/json.js');
  // referencesStage → references, issuerNameStage → issuer-name
  const names = STAGES.map((s) => s.name.replace(/Stage$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  return { ingestAny, beginDocument, endDocument, STAGES, renderJsonLine, names: ['ingest', 'structure', ...names, 'render'] };
}

/**
 * One document through the pipeline as `extract --format jsonl` runs it; adds each piece's ms to
 * `ms` (indexed as `pipeline.names`) when given. Returns the rendered line.
 */
export async function runDocument(pipeline, bytes, path, ms) {
  const { ingestAny, beginDocument, endDocument, STAGES, renderJsonLine } = pipeline;
  let t = performance.now();
  const lap = (k) => {
    const now = performance.now();
    if (ms) ms[k] += now - t;
    t = now;
  };
  const source = await ingestAny(bytes, { path, ocr: false });
  lap(0);
  const begun = beginDocument(source);
  let doc = begun.doc;
  lap(1);
  for (let k = 0; k < STAGES.length; k++) {
    doc = STAGES[k](doc, begun.ctx);
    lap(2 + k);
  }
  const line = renderJsonLine(endDocument(doc, begun.ctx));
  lap(2 + STAGES.length);
  return line;
}

/** Median ms per document of each stage over `rounds` passes (after one warm-up pass). */
async function timeStages(dir, files, rounds) {
  const pipeline = await loadPipeline();
  const inputs = filesUnder(dir).slice(0, files).map((p) => ({ path: p, bytes: readFileSync(p) }));
  const perRound = [];
  const cpu = [];
  for (let r = 0; r <= rounds; r++) {
    const ms = pipeline.names.map(() => 0);
    const c = process.cpuUsage();
    for (const { path, bytes } of inputs) await runDocument(pipeline, bytes, path, ms);
    const used = process.cpuUsage(c);
    if (r > 0) {
      perRound.push(ms.map((x) => x / inputs.length));
      cpu.push((used.user + used.system) / 1000 / inputs.length);
    }
  }
  const stages = Object.fromEntries(pipeline.names.map((name, k) => [name, +median(perRound.map((m) => m[k])).toFixed(3)]));
  const total = +median(perRound.map((m) => m.reduce((a, b) => a + b, 0))).toFixed(3);
  // CPU time of the process per document (GC and compiler threads included), beside the wall total.
  return { files: inputs.length, rounds, stages, total, cpu: +median(cpu).toFixed(3) };
}

/** Runs the timing in a child process (a fresh heap and JIT, as a real run has). */
export function measureStages(dir, files = 700, rounds = 3) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dir, String(files), String(rounds)], { encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('STAGES '));
  if (!line) throw new Error(`bench stages failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(line.slice(7));
}

/** The table's lines for the bench output. */
export function stageLines(s) {
  const names = Object.keys(s.stages);
  return [
    `per stage, ms per document (one thread, ${s.files} files of the scale corpus, median of ${s.rounds} passes after a warm-up):`,
    '',
    `| ${names.join(' | ')} | total | CPU |`,
    `|${names.map(() => '---|').join('')}---|---|`,
    `| ${names.map((n) => s.stages[n]).join(' | ')} | ${s.total} | ${s.cpu} |`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, files = '700', rounds = '3'] = process.argv.slice(2);
  const result = await timeStages(dir, Number(files), Number(rounds));
  process.stderr.write(`STAGES ${JSON.stringify(result)}\n`);
}
