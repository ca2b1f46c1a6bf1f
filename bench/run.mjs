// npm run bench: figures, not assertions. Builds scale corpora in a temporary folder, measures
// extract against a floor (read + NFC + one sentence regex), `tasks` over the extract outputs,
// cold starts, validate --score and (when present) diff; prints a table and writes bench/results/latest.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from './corpus.mjs';
import { measureSizes, sizeLines } from './sizes.mjs';
import { measureScaling } from './scaling.mjs';
import { measureStages, stageLines } from './stages.mjs';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const cores = cpus().length;
const work = mkdtempSync(join(tmpdir(), 'chidao-bench-'));
const results = { date: new Date().toISOString(), node: process.version, cores, runs: [] };

function measure(args) {
  const r = spawnSync(process.execPath, ['bench/child.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`bench child failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(line.slice(6));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Cold starts: `rounds` runs of each command, interleaved (one of each in turn) so that a change
// of load on the machine falls on every command alike; medians.
function coldStarts(commands, rounds = 15) {
  const ms = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, [program, args]] of Object.entries(commands)) {
      const t = performance.now();
      spawnSync(program, args, { stdio: 'ignore' });
      ms[name].push(performance.now() - t);
    }
  }
  return Object.fromEntries(Object.entries(ms).map(([name, xs]) => [name, +median(xs).toFixed(0)]));
}

try {
  for (const size of sizes) {
    const dir = join(work, `c${size}`);
    const mb = buildCorpus(dir, size) / 1e6;
    const floor = measure(['floor', dir]);
    // Through the bundle, as `chidao` runs: on one thread (the per-core figure), then on every core.
    const extractOne = measure(['bundle', 'extract', dir, '--format', 'jsonl', '-o', join(work, `one${size}`), '--jobs', '1']);
    rmSync(join(work, `one${size}`), { recursive: true, force: true });
    const extract = measure(['bundle', 'extract', dir, '--format', 'jsonl', '-o', join(work, `out${size}`), '--jobs', String(cores)]);
    // The task register over the extract outputs just written (one JSON file per notice): streamed
    // to CSV, and collected and sorted by deadline (every row held) as CSV.
    const tasksCsv = measure(['chidao', 'tasks', join(work, `out${size}`), '--format', 'csv', '--as-of', '2026-12-01']);
    const tasksSorted = measure(['chidao', 'tasks', join(work, `out${size}`), '--format', 'csv', '--sort', 'deadline', '--as-of', '2026-12-01']);
    rmSync(join(work, `out${size}`), { recursive: true, force: true });
    const row = {
      tasks: {
        csvSeconds: +tasksCsv.seconds.toFixed(2), csvDocsPerSec: +(size / tasksCsv.seconds).toFixed(0), csvPeakRssMb: +(tasksCsv.maxRssKb / 1024).toFixed(0),
        sortedSeconds: +tasksSorted.seconds.toFixed(2), sortedPeakRssMb: +(tasksSorted.maxRssKb / 1024).toFixed(0),
      },
      files: size, mb: +mb.toFixed(1),
      extractOne: { docsPerSec: +(size / extractOne.seconds).toFixed(0), mbPerSec: +(mb / extractOne.seconds).toFixed(2), seconds: +extractOne.seconds.toFixed(2), peakRssMb: +(extractOne.maxRssKb / 1024).toFixed(0) },
      extract: { docsPerSec: +(size / extract.seconds).toFixed(0), mbPerSec: +(mb / extract.seconds).toFixed(2), seconds: +extract.seconds.toFixed(2), peakRssMb: +(extract.maxRssKb / 1024).toFixed(0) },
      floor: { docsPerSec: +(size / floor.seconds).toFixed(0), mbPerSec: +(mb / floor.seconds).toFixed(2), seconds: +floor.seconds.toFixed(2), peakRssMb: +(floor.maxRssKb / 1024).toFixed(0) },
    };
    // The floor runs on one core; extract on `cores` workers: compare per core.
    row.ratioPerCore = +((row.extract.mbPerSec / cores) / row.floor.mbPerSec).toFixed(3);
    // What `cores` threads give over one (issue 19: ≥ 1.8× with two).
    row.scaling = +(row.extract.mbPerSec / row.extractOne.mbPerSec).toFixed(2);
    results.runs.push(row);
    // Per-stage ms per document (issue 19), on one thread over the first corpus's files.
    results.stages ??= measureStages(dir);
    results.scaling ??= measureScaling(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  results.sizes = measureSizes();
  const one = 'corpus/002_01045addc55f0d23.txt';
  // `chidao` as installed runs bin/chidao.js as a program: the launcher, which starts node from the
  // start-up snapshot; `node bin/chidao.js` runs the bundle with its code cache (the fallback).
  const rounds = 15;
  const cold = coldStarts({
    nodeMs: [process.execPath, ['-e', '0']],
    versionMs: ['bin/chidao.js', ['--version']],
    extractOneMs: ['bin/chidao.js', ['extract', one]],
    extractOneBundleMs: [process.execPath, ['bin/chidao.js', 'extract', one]],
  }, rounds);
  results.coldStart = { rounds, ...cold, ratio: +(cold.extractOneMs / cold.nodeMs).toFixed(2), bundleRatio: +(cold.extractOneBundleMs / cold.nodeMs).toFixed(2) };
  const t = performance.now();
  spawnSync(process.execPath, ['bin/chidao.js', 'validate', 'corpus', '--score'], { stdio: 'ignore' });
  results.validateScoreMs = +(performance.now() - t).toFixed(0);
  if (existsSync('scripts/bench-diff.mjs')) {
    const r = spawnSync(process.execPath, ['scripts/bench-diff.mjs'], { encoding: 'utf8' });
    results.diff = r.stdout.trim();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const lines = [
  `chidao bench — ${results.date.slice(0, 10)}, Node ${results.node}, ${cores} cores`,
  '',
  `| files | MB | extract --jobs 1 MB/s (per core) | peak RSS | extract --jobs ${cores} docs/s | MB/s | × one thread | peak RSS | floor MB/s | floor peak RSS | extract/floor per core |`,
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...results.runs.map((r) => `| ${r.files} | ${r.mb} | ${r.extractOne.mbPerSec} | ${r.extractOne.peakRssMb} MB | ${r.extract.docsPerSec} | ${r.extract.mbPerSec} | ${r.scaling}× | ${r.extract.peakRssMb} MB | ${r.floor.mbPerSec} | ${r.floor.peakRssMb} MB | ${r.ratioPerCore} |`),
  '',
  '| files | tasks --format csv (streamed) | docs/s | peak RSS | tasks --format csv --sort deadline (rows held) | peak RSS |',
  '|---|---|---|---|---|---|',
  ...results.runs.map((r) => `| ${r.files} | ${r.tasks.csvSeconds} s | ${r.tasks.csvDocsPerSec} | ${r.tasks.csvPeakRssMb} MB | ${r.tasks.sortedSeconds} s | ${r.tasks.sortedPeakRssMb} MB |`),
  '',
  `cold start (medians of ${results.coldStart.rounds}, interleaved): node -e 0 ${results.coldStart.nodeMs} ms · chidao --version ${results.coldStart.versionMs} ms · chidao extract (one file) ${results.coldStart.extractOneMs} ms (${results.coldStart.ratio}× node; from the bundle, node bin/chidao.js: ${results.coldStart.extractOneBundleMs} ms, ${results.coldStart.bundleRatio}×)`,
  `validate --score on corpus/: ${results.validateScoreMs} ms`,
  results.diff ? `diff: ${results.diff}` : 'diff: (scripts/bench-diff.mjs not present yet)',
  '',
  `threads on this machine (the pipeline over the same files in 1 and in ${results.scaling.threads} threads at once, no pool): ${results.scaling.oneDocsPerSec} → ${results.scaling.allDocsPerSec} docs/s, ${results.scaling.ratio}× — the ceiling of extract's "× one thread"`,
  '',
  ...stageLines(results.stages),
  '',
  ...sizeLines(results.sizes),
];
console.log(lines.join('\n'));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
