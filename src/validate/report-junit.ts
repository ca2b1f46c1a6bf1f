// JUnit XML for CI dashboards: one test case per gold file (failing when it has an error, with
// every finding in the body), and with --score one test case per gate.
import type { Finding } from '../types.js';
import { counts, gateMessage, rate, scoreTable, type Report } from './report.js';

/** Text and attribute content: the five special characters escaped, characters XML 1.0 forbids dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

const line = (f: Finding): string => `${f.file ?? ''}${f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : ''}: ${f.severity} ${f.code}: ${f.message}`;

interface Case {
  name: string;
  classname: string;
  file?: string;
  failure?: { message: string; type: string; body: string };
  out?: string;
}

function render(c: Case): string {
  const attrs = `classname="${xmlEscape(c.classname)}" name="${xmlEscape(c.name)}"${c.file ? ` file="${xmlEscape(c.file)}"` : ''}`;
  const inner = [
    c.failure ? `      <failure message="${xmlEscape(c.failure.message)}" type="${xmlEscape(c.failure.type)}">${xmlEscape(c.failure.body)}</failure>` : '',
    c.out ? `      <system-out>${xmlEscape(c.out)}</system-out>` : '',
  ].filter(Boolean);
  return inner.length ? `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`;
}

export function junitReport(report: Report): string {
  const cases: Case[] = report.documents.map((d) => {
    const errors = d.findings.filter((f) => f.severity === 'error');
    const others = d.findings.filter((f) => f.severity !== 'error');
    const { errors: e, warnings: w } = counts(d.findings);
    const out = [others.map(line).join('\n'), d.score && report.perDoc ? scoreTable(d.score) : ''].filter(Boolean).join('\n');
    return {
      name: d.gold,
      classname: 'chidao.validate',
      file: d.gold,
      ...(errors.length ? { failure: { message: `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`, type: errors[0]!.code, body: errors.map(line).join('\n') } } : {}),
      ...(out ? { out } : {}),
    };
  });
  for (const gate of report.gates) {
    cases.push({
      name: `F1 ${gate.field} ≥ ${gate.min}`,
      classname: 'chidao.score',
      ...(gate.passed ? { out: `F1 ${rate(gate.f1)}` } : { failure: { message: gateMessage(gate), type: 'score-gate', body: report.score ? scoreTable(report.score, report.gates) : '' } }),
    });
  }
  const failures = cases.filter((c) => c.failure).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chidao validate" tests="${cases.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="chidao validate" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases.map(render),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
