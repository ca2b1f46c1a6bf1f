// All checks of one gold file, in one place: its JSON and schema (gold-file.ts), then, when its
// structure can be walked, ids, values, actors and — when its text could be read — spans. Pure:
// the caller reads the gold file and its source and passes what it found.
import type { Finding } from '../types.js';
import { checkGazetteer, checkRoles, type KnownNames } from './actors.js';
import { checkSpans } from './checks.js';
import { sortByPlace, type GoldRead } from './gold-file.js';
import { checkIds } from './ids.js';
import { checkValues } from './values.js';

/** What became of the gold file's `source`. */
export type SourceState =
  | { kind: 'read'; file: string; text: string }
  /** The file cannot be opened (absent, a directory, no permission). */
  | { kind: 'missing'; file: string; reason: string }
  /** The file was read but could not be decoded as text. */
  | { kind: 'unreadable'; file: string; reason: string }
  /**
   * `source` resolves outside the validated folder (after symlinks): not opened, so that a gold
   * file cannot put another file's text into a report (CI logs are often public).
   */
  | { kind: 'outside'; folder: string };

export interface CheckOptions {
  /** Known canonical names; without it the gazetteer check is skipped. */
  gazetteer?: KnownNames;
}

/** Findings about one gold file: those in the gold file first, then those in its text, each in order of place. */
export function checkGold(read: GoldRead, source: SourceState | null, options: CheckOptions = {}): Finding[] {
  const gold: Finding[] = [...read.findings];
  const text: Finding[] = [];
  if (read.gold) {
    const sourceText = source?.kind === 'read' ? source.text : null;
    gold.push(...checkIds(read, sourceText), ...checkValues(read), ...checkRoles(read));
    if (options.gazetteer) gold.push(...checkGazetteer(read, options.gazetteer));
    if (source?.kind === 'outside') {
      gold.push({ code: 'source-outside', severity: 'error', message: `source ${JSON.stringify(read.gold.source)} resolves outside the validated folder ${source.folder}; it is not read`, file: read.file, ...read.place('/source') });
    } else if (source?.kind === 'missing') {
      gold.push({ code: 'source-missing', severity: 'error', message: `source ${JSON.stringify(read.gold.source)}: ${source.reason}`, file: read.file, ...read.place('/source') });
    } else if (source?.kind === 'unreadable') {
      text.push({ code: 'source-unreadable', severity: 'error', message: `cannot be read as text: ${source.reason}`, file: source.file, line: 1, column: 1 });
    } else if (source?.kind === 'read') {
      for (const f of checkSpans(read, source.text, source.file)) (f.file === read.file ? gold : text).push(f);
    }
  }
  return [...sortByPlace(dedupe(gold)), ...sortByPlace(text)];
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
