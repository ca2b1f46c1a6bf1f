// Reads every DOCX and PDF of ../shared/wild/ (220 real files without gold) as `chidao extract`
// does and prints what came out: files read per format, one-line errors by reason, text layers
// repaired or unreadable, and how many documents come out `official` with a type and an issuer.
// Needs the build (dist/). Usage: node scripts/wild-probe.mjs [--ocr] [--list] [--pdf] [folder]
// (--pdf: the PDFs only, e.g. to measure --ocr on the scanned ones.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../dist/extract/pipeline.js';
import { DecodeError, ingestAny } from '../dist/ingest/index.js';

const args = process.argv.slice(2);
const ocr = args.includes('--ocr');
const list = args.includes('--list');
const pdfOnly = args.includes('--pdf');
const folder = args.find((a) => !a.startsWith('--')) ?? '../shared/wild';

const rows = [];
for (const name of readdirSync(folder).sort()) {
  const ext = name.split('.').pop().toLowerCase();
  if (!['docx', 'pdf', 'doc'].includes(ext) || (pdfOnly && ext !== 'pdf')) continue;
  const bytes = new Uint8Array(readFileSync(join(folder, name)));
  const started = performance.now();
  const row = { name, ext };
  try {
    const source = await ingestAny(bytes, { path: name, ocr });
    row.format = source.format;
    row.textLayer = source.reader?.textLayer ?? null;
    row.confidence = source.reader?.ocrConfidence ?? null;
    if (source.text.trim() === '') throw new DecodeError('no text in this file');
    const doc = extractDocument(source);
    row.kind = doc.document.kind;
    row.type = doc.document.type ?? null;
    row.issuer = doc.document.issuer ?? null;
    row.number = doc.document.number ?? null;
    row.date = doc.document.date ?? null;
    row.directives = doc.directives.length;
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    row.error = error.message;
  }
  row.ms = Math.round(performance.now() - started);
  rows.push(row);
  if (list) console.log([name, row.format ?? '-', row.error ?? `${row.kind} ${row.type} ${row.number} ${row.date} | ${row.issuer} | ${row.directives} directives${row.textLayer ? ` | ${row.textLayer}` : ''}${row.confidence !== null && row.confidence !== undefined ? ` | OCR ${row.confidence}` : ''}`].join('\t'));
}

const by = (f) => rows.reduce((m, r) => m.set(f(r), (m.get(f(r)) ?? 0) + 1), new Map());
console.log(`files: ${rows.length} (${[...by((r) => r.ext)].map(([k, v]) => `${v} ${k}`).join(', ')})`);
for (const [format, n] of by((r) => r.format ?? 'not read')) {
  const read = rows.filter((r) => (r.format ?? 'not read') === format);
  const official = read.filter((r) => r.kind === 'official' && r.type && r.issuer).length;
  const ms = read.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`${format}: ${n} files${format === 'not read' ? '' : `, ${official} official with type and issuer, ${read.filter((r) => r.kind === 'official').length} official`}; median ${ms[Math.floor(ms.length / 2)]} ms, max ${ms[ms.length - 1]} ms`);
}
for (const [layer, n] of by((r) => r.textLayer)) if (layer) console.log(`text layer ${layer}: ${n}`);
for (const [reason, n] of by((r) => r.error)) if (reason) console.log(`error (${n}): ${reason}`);
