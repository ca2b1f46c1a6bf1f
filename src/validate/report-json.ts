// The json report: one object, parseable as a whole (standard output carries nothing else).
import { allFindings, counts, type Report } from './report.js';

export function jsonReport(report: Report): string {
  const findings = allFindings(report);
  const { errors, warnings } = counts(findings);
  const body = {
    files: report.documents.length,
    errors,
    warnings,
    findings,
    ...(report.score
      ? {
          score: report.score,
          ...(report.perDoc ? { documents: report.documents.filter((d) => d.score).map((d) => ({ gold: d.gold, source: d.source, score: d.score })) } : {}),
        }
      : {}),
    gates: report.gates,
  };
  return JSON.stringify(body, null, 2) + '\n';
}
