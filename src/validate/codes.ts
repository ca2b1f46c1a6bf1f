// Every finding code of `chidao validate`, with its severity and where it points. Codes are
// stable: scripts and CI filters match on them. fixtures/gold/ holds a broken gold file for each.

export interface CodeInfo {
  code: string;
  severity: 'error' | 'warning';
  /** The file the position points into. */
  in: 'gold' | 'text';
  summary: string;
}

export const CODES: readonly CodeInfo[] = [
  { code: 'gold-unreadable', severity: 'error', in: 'gold', summary: 'the gold file cannot be read (exit 2)' },
  { code: 'gold-json', severity: 'error', in: 'gold', summary: 'the gold file is not valid JSON (trailing comma, missing quote …)' },
  { code: 'gold-duplicate-key', severity: 'error', in: 'gold', summary: 'a member appears twice in one object (JSON keeps the last)' },
  { code: 'gold-schema', severity: 'error', in: 'gold', summary: 'the gold file does not follow schema/gold.schema.json' },
  { code: 'gold-unknown-field', severity: 'warning', in: 'gold', summary: 'a member the schema does not know (a typo?)' },
  { code: 'source-missing', severity: 'error', in: 'gold', summary: '`source` names a file that cannot be opened' },
  { code: 'source-outside', severity: 'error', in: 'gold', summary: '`source` resolves outside the validated folder (after symlinks); the file is not read' },
  { code: 'source-unreadable', severity: 'error', in: 'text', summary: 'the text file cannot be decoded (empty, binary, unknown encoding)' },
  { code: 'span-range', severity: 'error', in: 'text', summary: 'a span starts after it ends or ends after the text' },
  { code: 'span-text', severity: 'error', in: 'text', summary: '`text` differs from the text at `span` (both shown from the first difference)' },
  { code: 'text-empty', severity: 'error', in: 'gold', summary: 'a directive with empty text' },
  { code: 'child-outside-parent', severity: 'error', in: 'text', summary: "a child's span is not inside its parent's" },
  { code: 'sibling-overlap', severity: 'error', in: 'text', summary: 'a directive overlaps its previous sibling' },
  { code: 'sibling-order', severity: 'error', in: 'text', summary: 'a directive starts before its previous sibling' },
  { code: 'id-duplicate', severity: 'error', in: 'gold', summary: 'two directives with one id' },
  { code: 'id-malformed', severity: 'error', in: 'gold', summary: "an id that is no label path, or a child's id that does not extend its parent's" },
  { code: 'numbering-gap', severity: 'warning', in: 'gold', summary: 'sibling ids skip a label that the text does not print either' },
  { code: 'unknown-domain', severity: 'error', in: 'gold', summary: 'a domain id outside the taxonomy (with the nearest id)' },
  { code: 'unknown-role', severity: 'error', in: 'gold', summary: 'an actor role outside issuer, assignee, lead, coordinate, report-to' },
  { code: 'unknown-actor-type', severity: 'error', in: 'gold', summary: 'an actor type outside the list of SPEC.md' },
  { code: 'unknown-deadline-kind', severity: 'error', in: 'gold', summary: 'a deadline kind outside by, from, period, recurring, horizon' },
  { code: 'unknown-document-type', severity: 'error', in: 'gold', summary: 'a document type code outside Decree 30/2020 (and CV)' },
  { code: 'date-invalid', severity: 'error', in: 'gold', summary: 'a date that does not exist at its precision (2023-02-30, 2024-13, 2024-Q5)' },
  { code: 'value-kind-mismatch', severity: 'error', in: 'gold', summary: "a deadline value whose form does not fit its kind (P1Y for 'by')" },
  { code: 'actor-unknown', severity: 'warning', in: 'gold', summary: 'an actor name not in the gazetteer (with the nearest known name)' },
  { code: 'role-conflict', severity: 'warning', in: 'gold', summary: 'one body with two scored roles on a path from a top directive to a leaf' },
  { code: 'extract-failed', severity: 'error', in: 'text', summary: 'with --score: the extractor failed on the text' },
];
