// npm run bench: figures, not assertions. Builds scale corpora in a temporary folder, measures
// extract against a floor (read + NFC + one sentence regex), `tasks` over the extract outputs,
// cold starts, validate --score and (when present) diff; prints a table and writes bench/results/latest.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from './corpus.mjs';
import { measureSizes, sizeLines } from './sizes.mjs';
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

function coldStart(args, times = 7) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    ms.push(performance.now() - t);
  }
  return median(ms);
}

try {
  for (const size of sizes) {
    const dir = join(work, `c${size}`);
    const mb = buildCorpus(dir, size) / 1e6;
    const floor = measure(['floor', dir]);
    const extract = measure(['chidao', 'extract', dir, '--format', 'jsonl', '-o', join(work, `out${size}`), '--jobs', String(cores)]);
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
      extract: { docsPerSec: +(size / extract.seconds).toFixed(0), mbPerSec: +(mb / extract.seconds).toFixed(2), seconds: +extract.seconds.toFixed(2), peakRssMb: +(extract.maxRssKb / 1024).toFixed(0) },
      floor: { docsPerSec: +(size / floor.seconds).toFixed(0), mbPerSec: +(mb / floor.seconds).toFixed(2), seconds: +floor.seconds.toFixed(2), peakRssMb: +(floor.maxRssKb / 1024).toFixed(0) },
    };
    // The floor runs on one core; extract on `cores` workers: compare per core.
    row.ratioPerCore = +((row.extract.mbPerSec / cores) / row.floor.mbPerSec).toFixed(3);
    results.runs.push(row);
    // Per-stage ms per document (issue 19), on one thread over the first corpus's files.
    results.stages ??= measureStages(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  results.sizes = measureSizes();
  const one = 'corpus/002_01045addc55f0d23.txt';
  results.coldStart = {
    nodeMs: +coldStart(['-e', '0']).toFixed(0),
    versionMs: +coldStart(['bin/chidao.js', '--version']).toFixed(0),
    extractOneMs: +coldStart(['bin/chidao.js', 'extract', one]).toFixed(0),
  };
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
  '| files | MB | extract docs/s | extract MB/s | extract peak RSS | floor MB/s | floor peak RSS | extract/floor per core |',
  '|---|---|---|---|---|---|---|---|',
  ...results.runs.map((r) => `| ${r.files} | ${r.mb} | ${r.extract.docsPerSec} | ${r.extract.mbPerSec} | ${r.extract.peakRssMb} MB | ${r.floor.mbPerSec} | ${r.floor.peakRssMb} MB | ${r.ratioPerCore} |`),
  '',
  '| files | tasks --format csv (streamed) | docs/s | peak RSS | tasks --format csv --sort deadline (rows held) | peak RSS |',
  '|---|---|---|---|---|---|',
  ...results.runs.map((r) => `| ${r.files} | ${r.tasks.csvSeconds} s | ${r.tasks.csvDocsPerSec} | ${r.tasks.csvPeakRssMb} MB | ${r.tasks.sortedSeconds} s | ${r.tasks.sortedPeakRssMb} MB |`),
  '',
  `cold start: node -e 0 ${results.coldStart.nodeMs} ms · chidao --version ${results.coldStart.versionMs} ms · chidao extract (one file) ${results.coldStart.extractOneMs} ms (${(results.coldStart.extractOneMs / results.coldStart.nodeMs).toFixed(1)}× node)`,
  `validate --score on corpus/: ${results.validateScoreMs} ms`,
  results.diff ? `diff: ${results.diff}` : 'diff: (scripts/bench-diff.mjs not present yet)',
  '',
  ...stageLines(results.stages),
  '',
  ...sizeLines(results.sizes),
];
console.log(lines.join('\n'));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
