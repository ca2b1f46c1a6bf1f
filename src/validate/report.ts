// What `chidao validate` found, in one shape that every reporter reads (text, json, github,
// junit): the documents with their findings and scores, the overall score, the gates.
import type { Finding } from '../types.js';
import { SCORE_FIELDS, type Score, type ScoreField } from './score.js';

export interface DocumentReport {
  /** The gold file as shown to the user. */
  gold: string;
  /** Its text file, when the gold names one. */
  source?: string;
  findings: Finding[];
  /** With --score, when the document could be scored. */
  score?: Score;
}

export interface GateResult {
  field: ScoreField;
  min: number;
  /** null when the field has no data (nothing in the gold, nothing predicted): the gate fails. */
  f1: number | null;
  passed: boolean;
}

export interface Report {
  documents: DocumentReport[];
  /** Present with --score. */
  score?: Score;
  /** Per-document scores shown (--per-doc). */
  perDoc: boolean;
  gates: GateResult[];
}

/** Text styling, injected by the cli layer (colour only on a terminal); identity by default. */
export interface Style {
  error: (s: string) => string;
  warning: (s: string) => string;
  info: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const same = (s: string): string => s;
export const plain: Style = { error: same, warning: same, info: same, dim: same, bold: same };

export function allFindings(report: Report): Finding[] {
  return report.documents.flatMap((d) => d.findings);
}

export function counts(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function gateResults(score: Score, gates: Partial<Record<ScoreField, number>>): GateResult[] {
  return SCORE_FIELDS.filter(({ field }) => gates[field] !== undefined).map(({ field }) => {
    const min = gates[field]!;
    const f1 = score[field].f1;
    return { field, min, f1, passed: f1 !== null && f1 >= min };
  });
}

/** A rate as printed: three decimals, or "n/a" when there was nothing to count. */
export const rate = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

export function gateMessage(gate: GateResult): string {
  if (gate.f1 === null) return `${gate.field} has no data (nothing in the gold files, nothing extracted): the gate ${gate.min} cannot pass`;
  return `${gate.field} F1 ${rate(gate.f1)} is below the gate ${gate.min}`;
}

/** Precision, recall and F1 per field (ANNOTATION.md, "Reading the score"), with the gates set on them. */
export function scoreTable(score: Score, gates: readonly GateResult[] = [], style: Style = plain): string {
  const width = Math.max(...SCORE_FIELDS.map((f) => f.field.length));
  const num = (n: number): string => String(n).padStart(5);
  const header = `${'field'.padEnd(width)}  P      R      F1       tp    fp    fn${gates.length ? '  gate' : ''}`;
  const rows = SCORE_FIELDS.map(({ field }) => {
    const s = score[field];
    const gate = gates.find((g) => g.field === field);
    const mark = gate ? (gate.passed ? `  ≥ ${gate.min}` : style.error(`  < ${gate.min} FAILED`)) : '';
    const rates = [s.precision, s.recall, s.f1].map((x) => rate(x).padEnd(5)).join('  ');
    return `${field.padEnd(width)}  ${rates}  ${num(s.tp)} ${num(s.fp)} ${num(s.fn)}${mark}`;
  });
  return [style.dim(header), ...rows].join('\n') + '\n';
}
