// `chidao validate [dir] [--score] [--min-f1 field=value,…]`: gold files checked against their
// texts; with --score, the extractor scored against them (src/validate/score.ts). Never writes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { extractDocument } from '../extract/pipeline.js';
import { DecodeError, ingest } from '../ingest/index.js';
import { normalise } from '../ingest/normalise.js';
import type { Finding } from '../types.js';
import { checkSpans, parseGoldText } from '../validate/checks.js';
import { combine, scoreDocument, SCORE_FIELDS, type Score, type ScoreField } from '../validate/score.js';
import { UsageError, type Io } from './io.js';

export interface ValidateFlags {
  score?: boolean;
  minF1?: string;
  format?: string;
  perDoc?: boolean;
}

function goldFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, seen: Set<string>): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory() && !seen.has(p)) walk(p, new Set([...seen, p]));
      else if (name.endsWith('.gold.json')) out.push(p);
    }
  };
  walk(dir, new Set());
  return out;
}

export function parseGates(spec: string): Partial<Record<ScoreField, number>> {
  const gates: Partial<Record<ScoreField, number>> = {};
  const fields = new Set<string>(SCORE_FIELDS.map((f) => f.field));
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]+)=(0(?:\.\d+)?|1(?:\.0+)?)$/u.exec(part);
    if (!m || !fields.has(m[1]!)) throw new UsageError(`--min-f1: "${part}" is not field=value with a field of ${[...fields].join(', ')} and a value in [0, 1]`);
    gates[m[1] as ScoreField] = Number(m[2]);
  }
  return gates;
}

const pct = (x: number): string => x.toFixed(3);

function scoreTable(score: Score): string {
  const rows = SCORE_FIELDS.map(({ field }) => {
    const s = score[field];
    return `${field.padEnd(17)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  });
  return [`${'field'.padEnd(17)} P      R      F1       tp   fp   fn`, ...rows].join('\n') + '\n';
}

export async function validateCommand(dirArg: string | undefined, flags: ValidateFlags, io: Io): Promise<number> {
  const format = flags.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, not "${format}"`);
  const gates = flags.minF1 ? parseGates(flags.minF1) : {};
  const dir = resolve(io.cwd, dirArg ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dirArg ?? '.'}: not a directory`);
  const files = goldFiles(dir);
  if (files.length === 0) throw new UsageError(`${dirArg ?? '.'}: no *.gold.json files`);

  const findings: Finding[] = [];
  const perDoc: Array<{ file: string; score: Score }> = [];
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    const parsed = parseGoldText(readFileSync(file, 'utf8'), shown);
    findings.push(...parsed.findings);
    const gold = parsed.gold;
    if (!gold) continue;
    const textPath = join(dirname(file), gold.source);
    const textShown = relative(io.cwd, textPath) || textPath;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(textPath);
    } catch {
      findings.push({ code: 'source-missing', severity: 'error', message: `source file ${gold.source} cannot be read`, file: shown, line: 1, column: 1 });
      continue;
    }
    try {
      const source = ingest(bytes, { path: textShown });
      findings.push(...checkSpans(gold, source.format === 'html' ? source.text : normalise(source.text), textShown));
      if (flags.score) perDoc.push({ file: shown, score: scoreDocument(extractDocument(source), gold) });
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      findings.push({ code: 'source-unreadable', severity: 'error', message: `source file: ${error.message}`, file: textShown, line: 1, column: 1 });
    }
  }

  const overall = combine(perDoc.map((d) => d.score));
  const failedGates = Object.entries(gates).filter(([field, min]) => overall[field as ScoreField].f1 < (min as number));
  if (format === 'json') {
    io.stdout(JSON.stringify({ findings, ...(flags.score ? { score: overall, documents: flags.perDoc ? perDoc : undefined } : {}), gates: failedGates.map(([field, min]) => ({ field, min, f1: overall[field as ScoreField].f1 })) }, null, 2) + '\n');
  } else {
    for (const f of findings) io.stdout(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}\n`);
    if (flags.score) {
      if (flags.perDoc) for (const d of perDoc) io.stdout(`\n${d.file}\n${scoreTable(d.score)}`);
      io.stdout(`${flags.perDoc ? '\n' : ''}overall (${perDoc.length} documents)\n${scoreTable(overall)}`);
    }
    for (const [field, min] of failedGates) io.stderr(`chidao validate: ${field} F1 ${pct(overall[field as ScoreField].f1)} is below the gate ${min}\n`);
    if (findings.length === 0 && !flags.score) io.stdout(`${files.length} gold files, no findings\n`);
  }
  return findings.some((f) => f.severity === 'error') || failedGates.length ? 1 : 0;
}
