// A gold file's text → its value, the findings about its JSON and its schema, and a way to place
// any JSON Pointer at a line and column of the file. Pure: the caller reads the file.
import type { Finding } from '../types.js';
import type { GoldFile } from './gold.js';
import { schemaIssues } from './gold-schema.js';
import { readJson, type PositionMap } from './json-positions.js';
import { locator, type Place } from '../ingest/locate.js';
import { readablePath } from './tree.js';

export interface GoldRead {
  file: string;
  /** The parsed gold when its structure can be walked by the other checks (soft findings allowed). */
  gold: GoldFile | null;
  findings: Finding[];
  /** Line and column of a value (or of its member name) in the gold file; the nearest enclosing value when absent. */
  place: (pointer: string, atKey?: boolean) => Place;
}

function placer(json: string, positions: PositionMap): GoldRead['place'] {
  const locate = locator(json);
  return (pointer, atKey = false) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const known = positions.get(p);
      if (known) return locate(atKey && known.key !== undefined ? known.key : known.value);
      if (p === '') return locate(0);
    }
  };
}

export function readGoldFile(json: string, file: string): GoldRead {
  const read = readJson(json);
  if (!read.ok) {
    const place = locator(json);
    return {
      file,
      gold: null,
      findings: [{ code: 'gold-json', severity: 'error', message: `not valid JSON: ${read.error.message}`, file, ...place(read.error.offset) }],
      place: () => place(read.error.offset),
    };
  }
  const place = placer(json, read.positions);
  const findings: Finding[] = read.duplicates.map(({ pointer }) => ({
    code: 'gold-duplicate-key',
    severity: 'error',
    message: `${readablePath(pointer)}: this member appears more than once in its object; JSON keeps only the last`,
    file,
    ...place(pointer, true),
  }));
  const issues = schemaIssues(read.value);
  for (const issue of issues) {
    findings.push({ code: issue.code, severity: issue.severity, message: issue.message, file, ...place(issue.pointer, issue.atKey) });
  }
  const walkable = issues.every((i) => i.soft);
  return { file, gold: walkable ? (read.value as GoldFile) : null, findings: sortByPlace(findings), place };
}

/** Findings of one file in the order of their places. */
export function sortByPlace(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
