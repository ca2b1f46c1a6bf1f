// `chidao validate` end to end: the corpus validates clean; a broken copy gives coded, placed
// findings in every format; --score agrees with the scorer; gates, JUnit, colours, exit codes;
// nothing is ever written into the corpus.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/index.js';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { parseGold } from '../src/validate/gold.js';
import { githubLine } from '../src/validate/report-github.js';
import { xmlEscape } from '../src/validate/report-junit.js';
import { combine, SCORE_FIELDS, scoreDocument } from '../src/validate/score.js';
import { runCli } from './helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'corpus');
const GOLD_FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.gold.json')).sort();

/** A copy of the corpus (or of some of its documents) in a temporary folder, as `DIR/corpus`. */
function corpusCopy(names?: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-validate-'));
  if (!names) cpSync(CORPUS, join(dir, 'corpus'), { recursive: true });
  else for (const name of names) for (const ext of ['.txt', '.gold.json']) cpSync(join(CORPUS, name + ext), join(dir, 'corpus', name + ext));
  return dir;
}

/** 1-based line:column of an offset, computed here independently of src/ingest/locate.ts. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

type Json = Record<string, any>;

// The one finding on the corpus is true: 013's OCR printed its section III as "II-" (and II as
// "I-"), so the gold's "IV" follows "II" with no "III" in the text (corpus-notes 013).
const GAP_013 = {
  code: 'numbering-gap', severity: 'warning', file: 'corpus/013_kl-75-tw-2026.gold.json', line: 191, column: 13,
  message: 'directive id "IV" comes after "II": III is missing, and the text has no label III between them',
};
// The copies below leave 013 out, so that their findings are those made in them.
const WITHOUT_013 = GOLD_FILES.map((f) => f.replace(/\.gold\.json$/u, '')).filter((n) => !n.startsWith('013_'));

describe('chidao validate on the corpus', () => {
  it('validates with no error: exit 0, one true warning (013)', async () => {
    const { code, stdout, stderr } = await runCli(['validate', 'corpus'], { cwd: ROOT });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('0 errors, 1 warning in 14 gold files');
  });

  it('gives json with that one finding, and nothing in github format (warnings are not annotated as errors)', async () => {
    const json = await runCli(['validate', 'corpus', '--format', 'json'], { cwd: ROOT });
    expect(JSON.parse(json.stdout)).toEqual({ files: GOLD_FILES.length, errors: 0, warnings: 1, findings: [GAP_013], gates: [] });
    const github = await runCli(['validate', 'corpus', '--format', 'github'], { cwd: ROOT });
    expect(github.code).toBe(0);
    expect(github.stderr).toBe('');
  });

  it('a copy without 013 validates clean', async () => {
    const dir = corpusCopy(WITHOUT_013);
    const { code, stdout, stderr } = await runCli(['validate', 'corpus'], { cwd: dir });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${WITHOUT_013.length} gold files, no findings\n`, stderr: '' });
  });
});

describe('a broken copy of the corpus (the issue’s example)', () => {
  // 001: directive s2's span shifted by one, s3's first domain "econ", the deadline 2023-09-08 made
  // 2023-02-30; 002: a trailing comma after its last reference.
  const dir = corpusCopy(WITHOUT_013);
  const g1 = join(dir, 'corpus', '001_f3a2eb2b02236d08.gold.json');
  const gold = JSON.parse(readFileSync(g1, 'utf8')) as Json;
  const s2 = gold.directives[1];
  s2.span = [s2.span[0] + 1, s2.span[1] + 1];
  gold.directives[2].domains[0] = 'econ';
  const deadline = gold.directives.flatMap((d: Json) => d.deadlines).find((x: Json) => x.value === '2023-09-08');
  deadline.value = '2023-02-30';
  const json1 = JSON.stringify(gold, null, 2) + '\n';
  writeFileSync(g1, json1);
  const g2 = join(dir, 'corpus', '002_01045addc55f0d23.gold.json');
  const json2 = readFileSync(g2, 'utf8').replace('"22-NQ/TW"\n', '"22-NQ/TW",\n');
  writeFileSync(g2, json2);
  const text1 = readFileSync(join(dir, 'corpus', '001_f3a2eb2b02236d08.txt'), 'utf8');

  const expected = [
    { code: 'date-invalid', file: 'corpus/001_f3a2eb2b02236d08.gold.json', place: placeOf(json1, json1.indexOf('"2023-02-30"')) },
    { code: 'unknown-domain', file: 'corpus/001_f3a2eb2b02236d08.gold.json', place: placeOf(json1, json1.indexOf('"econ"')) },
    { code: 'span-text', file: 'corpus/001_f3a2eb2b02236d08.txt', place: placeOf(text1, s2.span[0]) },
    { code: 'gold-json', file: 'corpus/002_01045addc55f0d23.gold.json', place: placeOf(json2, json2.indexOf('"22-NQ/TW",') + '"22-NQ/TW"'.length) },
  ];

  it('json: the four findings with codes and positions, exit 1', async () => {
    const { code, stdout } = await runCli(['validate', 'corpus', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: Json[]; errors: number };
    expect(report.findings.map((f) => ({ code: f.code, file: f.file, place: `${f.line}:${f.column}` }))).toEqual(expected);
    expect(report.errors).toBe(4);
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('text: grouped by file, one line per finding, exit 1', async () => {
    const { code, stdout } = await runCli(['validate', 'corpus'], { cwd: dir });
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    for (const e of expected) {
      const header = lines.findIndex((l) => l.startsWith(e.file));
      expect(header).toBeGreaterThanOrEqual(0);
      expect(lines.slice(header + 1).find((l) => l.trimStart().startsWith(`${e.place} `))).toMatch(new RegExp(`error +${e.code} `));
    }
    expect(lines.at(-2)).toBe(`✖ 4 errors, 0 warnings in ${WITHOUT_013.length} gold files`);
  });

  it('github: one ::error line each, exit 1', async () => {
    const { code, stdout } = await runCli(['validate', 'corpus', '--format', 'github'], { cwd: dir });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => /^::error file=([^,]+),line=(\d+),col=(\d+)::([a-z-]+): /u.exec(l)?.slice(1).join(' '))).toEqual(
      expected.map((e) => `${e.file} ${e.place.replace(':', ' ')} ${e.code}`),
    );
  });

  it('names the differing characters of a shifted span', async () => {
    const { stdout } = await runCli(['validate', 'corpus', '--format', 'json'], { cwd: dir });
    const spanText = (JSON.parse(stdout).findings as Json[]).find((f) => f.code === 'span-text')!;
    expect(spanText.message).toMatch(/^directive s2: text differs from span \[\d+, \d+\] at character 0: the text file has "ồ" \(U\+1ED3\) in "ồng thời/u);
    expect(spanText.message).toMatch(/the gold has "Đ" \(U\+0110\) in "Đồng thời/u);
  });
});

describe('--score', () => {
  it('prints the overall table, and per document with --per-doc', async () => {
    const { code, stdout } = await runCli(['validate', 'corpus', '--score', '--per-doc'], { cwd: ROOT });
    expect(code).toBe(0);
    for (const file of GOLD_FILES) expect(stdout).toContain(`corpus/${file}\nfield`);
    const overall = stdout.slice(stdout.indexOf(`overall (${GOLD_FILES.length} documents)`));
    for (const { field } of SCORE_FIELDS) expect(overall).toMatch(new RegExp(`\\n${field} +\\d\\.\\d{3}  \\d\\.\\d{3}  \\d\\.\\d{3} `));
  });

  it('gives the scorer’s figures: extractor output against parseGold, summed over the corpus', async () => {
    const { stdout } = await runCli(['validate', 'corpus', '--score', '--per-doc', '--format', 'json'], { cwd: ROOT });
    const report = JSON.parse(stdout) as Json;
    const scores = GOLD_FILES.map((file) => {
      const g = parseGold(JSON.parse(readFileSync(join(CORPUS, file), 'utf8')));
      const text = `corpus/${g.source}`;
      return scoreDocument(extractDocument(ingest(readFileSync(join(ROOT, text)), { path: text })), g);
    });
    expect(report.score).toEqual(combine(scores));
    expect(report.documents.map((d: Json) => d.gold)).toEqual(GOLD_FILES.map((f) => `corpus/${f}`));
    expect(report.documents.map((d: Json) => d.score)).toEqual(scores);
  });

  it('gates: exit 1 below a gate (message on stderr), 0 at or above it; --min-f1 implies --score', async () => {
    const dir = corpusCopy(['002_01045addc55f0d23']);
    const file = join(dir, 'corpus', '002_01045addc55f0d23.gold.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"330/TB-VPCP"', '"331/TB-VPCP"'));
    const failed = await runCli(['validate', 'corpus', '--min-f1', 'document=1,directives=0.5'], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^chidao: document F1 0\.\d{3} is below the gate 1\n$/u);
    expect(failed.stdout).toMatch(/\ndocument +.* < 1 FAILED\n/u);
    expect(failed.stdout).toMatch(/\ndirectives +.* ≥ 0\.5\n/u);
    const passed = await runCli(['validate', 'corpus', '--min-f1', 'document=0.5', '--format', 'json'], { cwd: dir });
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.stdout).gates).toEqual([{ field: 'document', min: 0.5, f1: expect.any(Number), passed: true }]);
    const github = await runCli(['validate', 'corpus', '--min-f1', 'document=1', '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/\n::error::score gate: document F1 0\.\d{3} is below the gate 1\n$/u);
    const kebab = await runCli(['validate', 'corpus', '--min-f1', 'actors-matched=0', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(kebab.stdout).gates[0].field).toBe('actorsMatched');
  });
});

describe('usage errors: exit 2, one line on stderr', () => {
  it.each([
    [['validate', 'corpus', '--format', 'xml'], 'chidao: --format must be text, json or github, not "xml"\n'],
    [['validate', 'corpus', '--min-f1', 'directives=2'], 'chidao: --min-f1: "directives=2" is not field=value with a field of document, references, directives, actors, actorsMatched, roles, deadlines, deadlinesMatched, domains and a value in [0, 1]\n'],
    [['validate', 'corpus', '--min-f1', 'speed=0.5'], 'chidao: --min-f1: unknown field "speed"; fields: document, references, directives, actors, actorsMatched, roles, deadlines, deadlinesMatched, domains\n'],
    [['validate', 'corpus', '--min-f1', 'deadline=0.5'], 'chidao: --min-f1: unknown field "deadline" (did you mean deadlines?); fields: document, references, directives, actors, actorsMatched, roles, deadlines, deadlinesMatched, domains\n'],
    [['validate', 'corpus', '--min-f1', 'actor-matched=0.5'], 'chidao: --min-f1: unknown field "actor-matched" (did you mean actorsMatched?); fields: document, references, directives, actors, actorsMatched, roles, deadlines, deadlinesMatched, domains\n'],
    [['validate', 'corpus', '--per-doc'], 'chidao: --per-doc needs --score\n'],
    [['validate', 'nowhere'], 'chidao: nowhere: no such file or directory\n'],
    [['validate', 'src'], 'chidao: src: no *.gold.json files\n'],
    [['validate', 'README.md'], 'chidao: README.md: not a directory or a NAME.gold.json file\n'],
    [['validate', 'corpus', '--junit', 'corpus/report.xml'], 'chidao: --junit corpus/report.xml: refusing to write inside the corpus corpus\n'],
  ])('%j', async (argv, stderr) => {
    expect(await runCli(argv, { cwd: ROOT })).toEqual({ code: 2, stdout: '', stderr });
    expect(existsSync(join(ROOT, 'corpus', 'report.xml'))).toBe(false);
  });
});

describe('--junit', () => {
  it('writes one test case per gold file, failing where there are errors', async () => {
    const dir = corpusCopy();
    const file = join(dir, 'corpus', '003_282706f9053aedd7.gold.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"kind": "news"', '"kind": "news",'));
    const out = join(dir, 'reports', 'validate.xml');
    const { code } = await runCli(['validate', 'corpus', '--junit', out, '--min-f1', 'directives=0'], { cwd: dir });
    expect(code).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(new RegExp(`^<\\?xml version="1\\.0" encoding="UTF-8"\\?>\\n<testsuites name="chidao validate" tests="${GOLD_FILES.length + 1}" failures="1" errors="0">`, 'u'));
    expect(xml.match(/<testcase classname="chidao\.validate"/gu)).toHaveLength(GOLD_FILES.length);
    expect(xml).toContain('<testcase classname="chidao.validate" name="corpus/003_282706f9053aedd7.gold.json" file="corpus/003_282706f9053aedd7.gold.json">\n      <failure message="1 error, 0 warnings" type="gold-json">');
    expect(xml).toContain('<testcase classname="chidao.score" name="F1 directives ≥ 0">');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['validate.xml']); // no temporary file left
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlEscape('a < b & "c" \u0001 \'d\' >')).toBe('a &lt; b &amp; &quot;c&quot;  &apos;d&apos; &gt;');
  });
});

describe('never writes into the corpus', () => {
  it('leaves every file and its modification time as it was, with --score and --junit elsewhere', async () => {
    const dir = corpusCopy();
    const snapshot = () => readdirSync(join(dir, 'corpus')).map((f) => `${f} ${statSync(join(dir, 'corpus', f)).mtimeMs}`);
    const before = snapshot();
    await runCli(['validate', 'corpus', '--score', '--per-doc', '--junit', 'out.xml'], { cwd: dir });
    expect(snapshot()).toEqual(before);
  });
});

describe('colours and the github format', () => {
  async function withTerminal(argv: string[], env: Record<string, string> = {}): Promise<string> {
    let stdout = '';
    await run(argv, {
      stdout: (s) => void (stdout += s), stderr: () => {}, readStdin: async () => new Uint8Array(),
      stdoutIsTTY: true, stderrIsTTY: true, env, cwd: ROOT,
    });
    return stdout;
  }
  const ANSI = /\u001b\[/u;

  it('colours the text report on a terminal only, never with NO_COLOR or --no-color', async () => {
    expect(await withTerminal(['validate', 'fixtures/gold/date-invalid.gold.json'])).toMatch(ANSI);
    expect(await withTerminal(['validate', 'fixtures/gold/date-invalid.gold.json'], { NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(await withTerminal(['validate', 'fixtures/gold/date-invalid.gold.json', '--no-color'])).not.toMatch(ANSI);
    expect((await runCli(['validate', 'fixtures/gold/date-invalid.gold.json'], { cwd: ROOT })).stdout).not.toMatch(ANSI);
    expect(await withTerminal(['validate', 'fixtures/gold/date-invalid.gold.json', '--format', 'json'])).not.toMatch(ANSI);
  });

  it('escapes workflow-command data and properties as GitHub’s toolkit does', () => {
    expect(githubLine({ code: 'span-text', severity: 'error', message: '100% "a"\nb', file: 'a,b:c.txt', line: 3, column: 4 })).toBe(
      '::error file=a%2Cb%3Ac.txt,line=3,col=4::span-text: 100%25 "a"%0Ab',
    );
    expect(githubLine({ code: 'numbering-gap', severity: 'warning', message: 'm', file: 'g.json', line: 1, column: 2 })).toBe('::warning file=g.json,line=1,col=2::numbering-gap: m');
    expect(githubLine({ code: 'gold-unreadable', severity: 'error', message: 'm', file: 'g.json' })).toBe('::error file=g.json::gold-unreadable: m');
  });
});
