// The text report: findings grouped by the file they point into (gold file or text file), each
// line "line:column  severity  code  message" with columns aligned within the group, then the
// score tables and a summary line.
import type { Finding } from '../types.js';
import { allFindings, counts, plain, scoreTable, type Report, type Style } from './report.js';

/** A document's findings by the file they point into, gold file first (checkGold's order). */
function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const file = f.file ?? '(no file)';
    groups.set(file, [...(groups.get(file) ?? []), f]);
  }
  return groups;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function textReport(report: Report, style: Style = plain): string {
  const out: string[] = [];
  for (const document of report.documents) {
    for (const [file, findings] of groupByFile(document.findings)) {
      // A text file is named with its gold file: several gold files may share one text.
      const owner = file === document.gold ? '' : style.dim(` (text of ${document.gold})`);
      out.push(style.bold(file) + owner);
      const places = findings.map((f) => (f.line === undefined ? '' : `${f.line}:${f.column ?? 1}`));
      const placeWidth = Math.max(...places.map((p) => p.length));
      const codeWidth = Math.max(...findings.map((f) => f.code.length));
      findings.forEach((f, i) => {
        const paint = style[f.severity];
        out.push(`  ${style.dim(places[i]!.padEnd(placeWidth))}  ${paint(f.severity.padEnd(7))}  ${style.dim(f.code.padEnd(codeWidth))}  ${f.message}`);
      });
      out.push('');
    }
  }
  if (report.score) {
    if (report.perDoc) {
      for (const d of report.documents) if (d.score) out.push(style.bold(d.gold), scoreTable(d.score, [], style));
    }
    const scored = report.documents.filter((d) => d.score).length;
    out.push(style.bold(`overall (${plural(scored, 'document')})`), scoreTable(report.score, report.gates, style));
  }
  const { errors, warnings } = counts(allFindings(report));
  const files = plural(report.documents.length, 'gold file');
  if (errors + warnings === 0) out.push(`${files}, no findings`);
  else {
    const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${files}`;
    out.push(errors ? style.error(`✖ ${summary}`) : style.warning(summary));
  }
  return out.join('\n') + '\n';
}
