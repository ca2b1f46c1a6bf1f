// GitHub Actions workflow commands: one `::error file=…,line=…,col=…::message` line per finding
// (`::warning` and `::notice` for the milder ones), so that each shows on the pull request's
// diff; a failed gate is an `::error` without a file. Escaping as GitHub's toolkit does it.
import type { Finding } from '../types.js';
import { allFindings, gateMessage, scoreTable, type Report } from './report.js';

const escapeData = (s: string): string => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

const COMMAND: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

export function githubLine(f: Finding): string {
  const props = [
    f.file !== undefined ? `file=${escapeProperty(f.file)}` : null,
    f.line !== undefined ? `line=${f.line}` : null,
    f.column !== undefined ? `col=${f.column}` : null,
  ].filter(Boolean);
  return `::${COMMAND[f.severity]}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(`${f.code}: ${f.message}`)}`;
}

export function githubReport(report: Report): string {
  const lines = allFindings(report).map(githubLine);
  if (report.score) {
    lines.push(...scoreTable(report.score, report.gates).trimEnd().split('\n'));
    for (const gate of report.gates) if (!gate.passed) lines.push(`::error::${escapeData(`score gate: ${gateMessage(gate)}`)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
