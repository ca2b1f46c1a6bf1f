// fixtures/gold/: one broken gold file per finding code, each beside the same small notice, with
// the exact finding `chidao validate` must give (code, severity, file:line:column, message).
import { readdirSync, readFileSync, symlinkSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownNames } from '../src/validate/actors.js';
import { CODES } from '../src/validate/codes.js';
import { readGoldFile } from '../src/validate/gold-file.js';
import { checkGold } from '../src/validate/validate-gold.js';
import { runCli } from './helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures', 'gold');

type Row = [code: string, severity: string, place: string, message: string];

async function findings(file: string): Promise<{ code: number; rows: Row[] }> {
  const { code, stdout } = await runCli(['validate', `fixtures/gold/${file}`, '--format', 'json'], { cwd: ROOT });
  const report = JSON.parse(stdout) as { findings: Array<{ code: string; severity: string; file: string; line: number; column: number; message: string }> };
  return { code, rows: report.findings.map((f) => [f.code, f.severity, `${f.file.replace('fixtures/gold/', '')}:${f.line}:${f.column}`, f.message]) };
}

const CASES: Array<{ file: string; expected: Row }> = [
  { file: 'gold-json', expected: ['gold-json', 'error', 'gold-json.gold.json:11:21', 'not valid JSON: trailing comma before "}"'] },
  { file: 'gold-duplicate-key', expected: ['gold-duplicate-key', 'error', 'gold-duplicate-key.gold.json:10:5', 'document.date: this member appears more than once in its object; JSON keeps only the last'] },
  { file: 'gold-schema', expected: ['gold-schema', 'error', 'gold-schema.gold.json:105:5', 'directives[2] (directive 3): missing the required member "children"'] },
  { file: 'gold-unknown-field', expected: ['gold-unknown-field', 'warning', 'gold-unknown-field.gold.json:49:7', 'directives[0] (directive 1): unknown member "note" (known: id, span, text, actors, deadlines, domains, children)'] },
  { file: 'source-missing', expected: ['source-missing', 'error', 'source-missing.gold.json:3:13', 'source "missing.txt": no such file'] },
  // The text exists (fixtures/diff/002-edited.txt) but is outside the folder validated: nothing of it is quoted.
  { file: 'source-outside', expected: ['source-outside', 'error', 'source-outside.gold.json:3:13', 'source "../diff/002-edited.txt" resolves outside the validated folder fixtures/gold; it is not read'] },
  { file: 'source-unreadable', expected: ['source-unreadable', 'error', 'empty.txt:1:1', 'cannot be read as text: empty file'] },
  { file: 'span-range', expected: ['span-range', 'error', 'notice.txt:13:1', 'directive 3: span [427, 656] ends after the end of the text (length 646)'] },
  {
    file: 'span-text',
    expected: ['span-text', 'error', 'notice.txt:9:2', 'directive 1: text differs from span [171, 313] at character 0: the text file has "." (U+002E) in ". Bộ Công Thương chủ trì, phối…", the gold has "1" (U+0031) in "1. Bộ Công Thương chủ trì, phố…"'],
  },
  { file: 'text-empty', expected: ['text-empty', 'error', 'text-empty.gold.json:90:19', 'directive 2.b: the text is empty'] },
  { file: 'child-outside-parent', expected: ['child-outside-parent', 'error', 'notice.txt:9:141', 'directive 2.a: span [310, 389] is not inside its parent 2 [313, 426]'] },
  { file: 'sibling-overlap', expected: ['sibling-overlap', 'error', 'notice.txt:12:32', 'directive 3: span [421, 524] overlaps its previous sibling 2 [313, 426] by 5 characters'] },
  { file: 'sibling-order', expected: ['sibling-order', 'error', 'notice.txt:10:1', 'directive 2: span [313, 426] starts before its previous sibling 3 [427, 524]'] },
  { file: 'id-duplicate', expected: ['id-duplicate', 'error', 'id-duplicate.gold.json:106:13', 'directive id "1" is used twice (first at line 15)'] },
  { file: 'id-malformed', expected: ['id-malformed', 'error', 'id-malformed.gold.json:106:13', 'directive id "3)" is not a label path: expected labels such as 1, II, a, đ, s2 or T4, joined by dots (II.3.b)'] },
  { file: 'numbering-gap', expected: ['numbering-gap', 'warning', 'numbering-gap.gold.json:85:17', 'directive id "2.c" comes after "2.a": b is missing, and the text has no label b between them'] },
  { file: 'unknown-domain', expected: ['unknown-domain', 'error', 'unknown-domain.gold.json:46:9', 'directives[0].domains[0] (directive 1): "econ" is not a known domain id; did you mean "economy"?'] },
  { file: 'unknown-role', expected: ['unknown-role', 'error', 'unknown-role.gold.json:32:19', 'directives[0].actors[2].role (directive 1): "cooperate" is not a known role; did you mean "coordinate"?'] },
  { file: 'unknown-actor-type', expected: ['unknown-actor-type', 'error', 'unknown-actor-type.gold.json:29:19', 'directives[0].actors[1].type (directive 1): "ministy" is not a known actor type; did you mean "ministry"?'] },
  {
    file: 'unknown-deadline-kind',
    expected: ['unknown-deadline-kind', 'error', 'unknown-deadline-kind.gold.json:125:19', 'directives[2].deadlines[0].kind (directive 3): "until" is not a known deadline kind (one of by, from, period, recurring, horizon)'],
  },
  { file: 'unknown-document-type', expected: ['unknown-document-type', 'error', 'unknown-document-type.gold.json:6:13', 'document.type: "TBao" is not a known document type; did you mean "TB"?'] },
  { file: 'date-invalid', expected: ['date-invalid', 'error', 'date-invalid.gold.json:41:20', 'directive 1: deadline value "2024-02-30" is not a real date: February 2024 has 29 days'] },
  {
    file: 'value-kind-mismatch',
    expected: ['value-kind-mismatch', 'error', 'value-kind-mismatch.gold.json:94:24', 'directive 2.b: deadline value "2024" does not fit kind "recurring": expected a duration such as P1Y or P3M, or null'],
  },
  // The real gazetteer (src/extract/actors/) is wired into the command.
  { file: 'actor-unknown', expected: ['actor-unknown', 'warning', 'actor-unknown.gold.json:31:19', 'directive 1: actor "Bộ Tài chánh" is not in the gazetteer; nearest known name: "Bộ Tài chính"'] },
  {
    file: 'role-conflict',
    expected: ['role-conflict', 'warning', 'role-conflict.gold.json:79:23', 'directive 2.a: "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" is lead here but assignee on 2, above it; a body takes one scored role on a path (move it onto the children)'],
  },
];

describe('fixtures/gold: one broken gold file per code', () => {
  it.each(CASES)('$file gives exactly its finding', async ({ file, expected }) => {
    const { code, rows } = await findings(`${file}.gold.json`);
    expect(rows).toEqual([expected]);
    expect(code).toBe(expected[1] === 'error' ? 1 : 0);
  });

  it('clean.gold.json, the file they were all made from, has no findings', async () => {
    expect(await findings('clean.gold.json')).toEqual({ code: 0, rows: [] });
  });

  it('actor-unknown.gold.json warns with the nearest known name of an injected gazetteer', () => {
    const file = 'fixtures/gold/actor-unknown.gold.json';
    const read = readGoldFile(readFileSync(join(ROOT, file), 'utf8'), file);
    const text = readFileSync(join(DIR, 'notice.txt'), 'utf8');
    const gazetteer = knownNames(['Bộ Công Thương', 'Bộ Tài chính', 'Thủ tướng Chính phủ', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    const rows = checkGold(read, { kind: 'read', file: 'fixtures/gold/notice.txt', text }, { gazetteer }).map((f) => [f.code, f.severity, `${f.file}:${f.line}:${f.column}`, f.message]);
    expect(rows).toEqual([['actor-unknown', 'warning', `${file}:31:19`, 'directive 1: actor "Bộ Tài chánh" is not in the gazetteer; nearest known name: "Bộ Tài chính"']]);
    // Without a gazetteer the check does not run.
    expect(checkGold(read, { kind: 'read', file: 'fixtures/gold/notice.txt', text })).toEqual([]);
  });

  it('a dangling link named like a gold file is gold-unreadable, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-unreadable-'));
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'lost.gold.json'));
    const { code, stdout } = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(code).toBe(2);
    expect(JSON.parse(stdout).findings).toEqual([{ code: 'gold-unreadable', severity: 'error', message: 'cannot read the gold file: no such file', file: 'lost.gold.json' }]);
  });

  it('covers every code but those no file can cause', () => {
    const covered = new Set([...CASES.map((c) => c.expected[0]), 'gold-unreadable']);
    // extract-failed is the extractor crashing under --score: no gold file causes it.
    expect(CODES.map((c) => c.code).filter((code) => !covered.has(code))).toEqual(['extract-failed']);
    for (const { expected } of CASES) expect(CODES.find((c) => c.code === expected[0])?.severity).toBe(expected[1]);
  });

  it('has no fixture without a case', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', '')).sort();
    expect(files).toEqual([...CASES.map((c) => c.file), 'clean'].sort());
  });
});
