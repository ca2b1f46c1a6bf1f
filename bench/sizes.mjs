// The size series of `npm run bench` (issue 19, "linear in document size"): single documents of
// 5 KB, 50 KB, 500 KB and 5 MB, made by concatenating the generated notices of corpus.mjs (as a
// register or a compendium of notices would), each read on one warm thread through the whole
// pipeline (ingest → render). Linear means their MB/s stay within 1.3× of each other.
//   node bench/sizes.mjs                 → one line `SIZES {…}` on standard error
//   node bench/sizes.mjs --write DIR     → the four documents as DIR/size-5KB.txt …
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusTexts, noticeText } from './corpus.mjs';
import { loadPipeline, runDocument } from './stages.mjs';

export const SIZES = [
  { label: '5 KB', bytes: 5e3 },
  { label: '50 KB', bytes: 5e4 },
  { label: '500 KB', bytes: 5e5 },
  { label: '5 MB', bytes: 5e6 },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Notices one after another from the `first`, up to `bytes` (UTF-8), cut at the last line break before it. */
export function sizedDocument(bytes, first = 0) {
  const sources = corpusTexts();
  const parts = [];
  let length = 0;
  for (let i = first; length < bytes; i++) {
    const text = noticeText(sources, i);
    parts.push(text);
    length += Buffer.byteLength(text) + 2;
  }
  const buf = Buffer.from(parts.join('\n\n'));
  const cut = buf.lastIndexOf(0x0a, bytes);
  return buf.subarray(0, cut > 0 ? cut + 1 : bytes);
}

/**
 * MB/s of each size: median of three batches, each reading the size's documents until ~`budget`
 * bytes. Below a whole cycle of the corpus's notices a size has one document opening with each
 * notice (fourteen 5 KB documents, not one notice's first page), so every size reads the same mix.
 */
async function timeSizes(budget) {
  const pipeline = await loadPipeline();
  const count = corpusTexts().length;
  const docs = SIZES.map((s) => {
    const data = Array.from({ length: s.bytes < 5e5 ? count : 1 }, (_, k) => sizedDocument(s.bytes, k));
    return { ...s, data, total: data.reduce((n, d) => n + d.length, 0) };
  });
  // Warm-up on other notices (not on a measured document, which the JIT would then favour).
  const sources = corpusTexts();
  for (let i = 0; i < 140; i++) await runDocument(pipeline, Buffer.from(noticeText(sources, 1000 + i)), 'warm.txt');
  const rows = [];
  for (const doc of docs) {
    const reps = Math.max(1, Math.round(budget / doc.total));
    const seconds = [];
    const cpu = [];
    for (let b = 0; b < 3; b++) {
      const t = performance.now();
      const c = process.cpuUsage();
      for (let r = 0; r < reps; r++) for (const data of doc.data) await runDocument(pipeline, data, 'size.txt');
      const used = process.cpuUsage(c);
      seconds.push((performance.now() - t) / 1000 / reps);
      cpu.push((used.user + used.system) / 1e6 / reps);
    }
    const s = median(seconds);
    const bytes = Math.round(doc.total / doc.data.length);
    rows.push({
      size: doc.label, documents: doc.data.length, bytes, ms: +((s * 1000) / doc.data.length).toFixed(1), mbPerSec: +(doc.total / 1e6 / s).toFixed(2),
      // CPU time of the process (GC and compiler threads included): steadier than wall time on a shared machine.
      cpuMbPerSec: +(doc.total / 1e6 / median(cpu)).toFixed(2),
    });
  }
  const spread = (xs) => +(Math.max(...xs) / Math.min(...xs)).toFixed(2);
  // The marginal rate from one size to the next (the added bytes over the added time): a cost fixed
  // per document (set-up of a reading, the header) drops out, and what is left grows with the size.
  // Linear in size means these agree; a cost per document is read from the smallest size apart.
  const marginal = rows.slice(1).map((r, k) => +((r.bytes - rows[k].bytes) / 1e3 / (r.ms - rows[k].ms)).toFixed(2));
  return { rows, spread: spread(rows.map((r) => r.mbPerSec)), cpuSpread: spread(rows.map((r) => r.cpuMbPerSec)), marginal, marginalSpread: spread(marginal) };
}

/** Runs the series in a child process (a fresh heap and JIT). */
export function measureSizes(budget = 5e6) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), String(budget)], { encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('SIZES '));
  if (!line) throw new Error(`bench sizes failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(line.slice(6));
}

export function sizeLines(s) {
  return [
    `single documents by size (one thread, warm; median of 3 batches; fastest/slowest ${s.spread}× by wall time, ${s.cpuSpread}× by CPU time; linear is within 1.3×):`,
    '',
    `| size | ${s.rows.map((r) => r.size).join(' | ')} |`,
    `|---|${s.rows.map(() => '---|').join('')}`,
    `| documents (mean bytes) | ${s.rows.map((r) => `${r.documents} (${r.bytes})`).join(' | ')} |`,
    `| ms per document | ${s.rows.map((r) => r.ms).join(' | ')} |`,
    `| MB/s | ${s.rows.map((r) => r.mbPerSec).join(' | ')} |`,
    `| MB/s of CPU time | ${s.rows.map((r) => r.cpuMbPerSec).join(' | ')} |`,
    `| marginal MB/s from the size before | – | ${s.marginal.join(' | ')} |`,
    '',
    `marginal rates within ${s.marginalSpread}× of each other (the cost that grows with the size; the smallest size also pays the fixed cost per document)`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, second] = process.argv.slice(2);
  if (first === '--write') {
    mkdirSync(second, { recursive: true });
    for (const s of SIZES) writeFileSync(join(second, `size-${s.label.replace(' ', '')}.txt`), sizedDocument(s.bytes));
  } else {
    process.stderr.write(`SIZES ${JSON.stringify(await timeSizes(Number(first ?? 5e6)))}\n`);
  }
}
