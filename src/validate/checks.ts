// Checks of a gold file against its text (ANNOTATION.md). Each finding has a stable code, a
// severity and a place: file:line:column into the gold file for JSON problems, into the text
// file for span problems. The JSON Schema and the full list of codes are issue 7; these are the
// checks the scorer cannot do without.
import type { Finding } from '../types.js';
import { parseGold, type GoldDirective, type GoldFile } from './gold.js';

/** 1-based line and column of a string index. */
export function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: index - last };
}

export function parseGoldText(json: string, file: string): { gold: GoldFile | null; findings: Finding[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/u.exec(message);
    const place = at ? position(json, Number(at[1])) : { line: 1, column: 1 };
    return { gold: null, findings: [{ code: 'gold-json', severity: 'error', message: `not valid JSON: ${message}`, file, ...place }] };
  }
  try {
    return { gold: parseGold(value), findings: [] };
  } catch (error) {
    return { gold: null, findings: [{ code: 'gold-shape', severity: 'error', message: (error as Error).message.replace(/^gold file: /u, ''), file, line: 1, column: 1 }] };
  }
}

/** Spans in range, equal to their `text`, children inside their parents. */
export function checkSpans(gold: GoldFile, text: string, textFile: string): Finding[] {
  const findings: Finding[] = [];
  const at = (code: string, message: string, index: number): void => {
    findings.push({ code, severity: 'error', message, file: textFile, ...position(text, index) });
  };
  const visit = (d: GoldDirective, parent: GoldDirective | null): void => {
    const [start, end] = d.span;
    if (start < 0 || end > text.length || start > end) {
      at('span-range', `directive ${d.id}: span [${start}, ${end}] is outside the text (length ${text.length})`, Math.min(Math.max(0, start), text.length));
    } else if (text.slice(start, end) !== d.text) {
      const actual = text.slice(start, end);
      let i = 0;
      while (i < actual.length && actual[i] === d.text[i]) i++;
      at('span-text', `directive ${d.id}: text differs from the span at character ${i} (span has ${JSON.stringify(actual.slice(i, i + 20))}, text has ${JSON.stringify(d.text.slice(i, i + 20))})`, start + i);
    }
    if (parent && (start < parent.span[0] || end > parent.span[1])) {
      at('child-outside-parent', `directive ${d.id}: span [${start}, ${end}] is not inside its parent ${parent.id} [${parent.span[0]}, ${parent.span[1]}]`, Math.max(0, start));
    }
    for (const c of d.children) visit(c, d);
  };
  for (const d of gold.directives) visit(d, null);
  return findings;
}
