// `chidao diff` as a command: arguments and flags, bad inputs (exit 2, the file named, the rest
// still diffed), standard input, globs, --group-by year, and colours only on a terminal.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/index.js';
import { runCli } from './helpers/run-cli.js';

const C002 = 'corpus/002_01045addc55f0d23.txt';
const EDITED = 'fixtures/diff/002-edited.txt';
const ESC = '\u001b[';

/** run() with standard output on a terminal (runCli's is a pipe). */
async function onTerminal(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await run(argv, {
    stdout: (s) => { stdout += s; },
    stderr: () => {},
    readStdin: async () => new Uint8Array(),
    stdoutIsTTY: true,
    stderrIsTTY: true,
    env,
    cwd: process.cwd(),
  });
  return { code, stdout };
}

describe('chidao diff: usage', () => {
  const usage: [string, string[], RegExp][] = [
    ['one side only', ['diff', C002], /give two sides/u],
    ['three sides', ['diff', C002, C002, C002], /give two sides/u],
    ['two sides with --group-by year', ['diff', 'corpus', 'corpus', '--group-by', 'year'], /takes one folder/u],
    ['--group-by month', ['diff', 'corpus', '--group-by', 'month'], /--group-by takes "year"/u],
    ['--format xml', ['diff', C002, C002, '--format', 'xml'], /--format must be text, json or md/u],
    ['--threshold 0', ['diff', C002, C002, '--threshold', '0'], /--threshold must be a number above 0 and at most 1/u],
    ['--threshold 1.5', ['diff', C002, C002, '--threshold', '1.5'], /--threshold must be/u],
    ['--threshold abc', ['diff', C002, C002, '--threshold', 'abc'], /--threshold must be/u],
    ['both sides on standard input', ['diff', '-', '-'], /only one side can be standard input/u],
  ];
  it.each(usage)('%s: exit 2, one line on standard error, nothing on standard output', async (_, argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--threshold 1 keeps only identical wordings: item 3 becomes removed + added', async () => {
    const { code, stdout } = await runCli(['diff', C002, EDITED, '--threshold', '1', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.counts).toEqual({ unchanged: 5, changed: 0, added: 2, removed: 2 });
  });

  it('is listed in --help', async () => {
    const { stdout } = await runCli(['diff', '--help']);
    expect(stdout).toMatch(/--threshold <cosine>/u);
    expect(stdout).toMatch(/--exit-code/u);
    expect(stdout).toMatch(/--group-by <key>/u);
  });
});

describe('chidao diff: inputs', () => {
  it('a side that cannot be read: exit 2, the file named, no output', async () => {
    const { code, stdout, stderr } = await runCli(['diff', 'no/such.txt', C002]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('chidao: no/such.txt: no such file or directory\n');
  });

  it('a bad file among good ones: exit 2, the file named, the others diffed in full', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-diff-cli-'));
    writeFileSync(join(dir, '002.txt'), readFileSync(C002));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, stdout, stderr } = await runCli(['diff', dir, C002, '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toBe(`chidao: ${join(dir, 'empty.txt')}: empty file\n`);
    expect(JSON.parse(stdout).summary.counts).toEqual({ unchanged: 7, changed: 0, added: 0, removed: 0 });
  });

  it('a JSON file that is not extract output is named with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-diff-cli-'));
    writeFileSync(join(dir, 'x.json'), '{"hello": 1}');
    const { code, stderr } = await runCli(['diff', join(dir, 'x.json'), C002]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/x\.json: not chidao extract output \(/u);
  });

  it('a folder with neither documents nor extract outputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-diff-cli-'));
    mkdirSync(join(dir, 'empty'));
    const { code, stderr } = await runCli(['diff', join(dir, 'empty'), C002]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no documents \(\.txt, \.md, \.html\) or extract outputs \(\.json, \.jsonl\) in this directory/u);
  });

  it('standard input as one side (a text, or extract JSON)', async () => {
    const text = await runCli(['diff', '-', EDITED, '--exit-code'], { stdin: readFileSync(C002) });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^--- - \(330\/TB-VPCP, 2015-10-02\): 7 directives$/mu);
    const json = (await runCli(['extract', C002])).stdout;
    const fromJson = await runCli(['diff', C002, '-', '--exit-code'], { stdin: new TextEncoder().encode(json) });
    expect(fromJson.stderr).toBe('');
    expect(fromJson.code).toBe(0);
  });

  it('a glob on each side: several documents, ids shown with their paths', async () => {
    const { code, stdout } = await runCli(['diff', 'corpus/00[0-2]_*.txt', 'corpus/00[1-3]_*.txt']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^--- corpus\/00\[0-2\]_\*\.txt \(3 documents\): 32 directives$/mu);
    expect(stdout).toContain('= corpus/002_01045addc55f0d23.txt#3 → corpus/002_01045addc55f0d23.txt#3 (1.000)');
  });

  it('--group-by year: each year against the previous one; undated documents named on standard error', async () => {
    const { code, stdout, stderr } = await runCli(['diff', 'corpus', '--group-by', 'year', '--exit-code']);
    expect(code).toBe(1);
    expect(stdout.match(/^=== .* ===$/gmu)).toEqual(['=== 2014 → 2015 ===', '=== 2015 → 2024 ===', '=== 2024 → 2025 ===', '=== 2025 → 2026 ===']);
    expect(stderr).toMatch(/^chidao: corpus\/001_f3a2eb2b02236d08\.txt: no date; left out of --group-by year$/mu);
  });

  it('--group-by year with a single year: exit 2 and why', async () => {
    const { code, stdout, stderr } = await runCli(['diff', C002, '--group-by', 'year']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/needs dated documents of at least two years \(found 2015\)/u);
  });
});

describe('chidao diff: formats and colours', () => {
  it('plain text when piped: [-…-] and {+…+}, no escape codes', async () => {
    const { stdout } = await runCli(['diff', C002, EDITED]);
    expect(stdout).not.toContain(ESC);
    expect(stdout).toContain('trong năm [-2016-]{+2017+} đạt mức');
    expect(stdout).toContain('    ~ deadline by 2016 → 2017 (moved)');
  });

  it('colours on a terminal; none with NO_COLOR or --no-color', async () => {
    const coloured = await onTerminal(['diff', C002, EDITED]);
    expect(coloured.stdout).toContain(`${ESC}31m2016${ESC}39m`);
    expect(coloured.stdout).not.toContain('[-2016-]');
    expect((await onTerminal(['diff', C002, EDITED], { NO_COLOR: '1' })).stdout).not.toContain(ESC);
    expect((await onTerminal(['diff', C002, EDITED, '--no-color'])).stdout).not.toContain(ESC);
    // NO_COLOR set but empty does not turn colour off (no-color.org).
    expect((await onTerminal(['diff', C002, EDITED], { NO_COLOR: '' })).stdout).toContain(ESC);
  });

  it('md: tables and the word diff as ~~deleted~~ and **inserted**, never on a terminal escape', async () => {
    const { stdout } = await onTerminal(['diff', C002, EDITED, '--format', 'md']);
    expect(stdout).not.toContain(ESC);
    expect(stdout).toContain('| unchanged | changed | added | removed |');
    expect(stdout).toContain('trong năm ~~2016~~ **2017** đạt mức');
    expect(stdout).toContain('### 3 → 3 (0.991)');
    expect(stdout).toContain('| 3 | 3 | by | 2016 | 2017 |');
  });

  it('json: pure JSON on standard output', async () => {
    const { stdout } = await onTerminal(['diff', C002, EDITED, '--format', 'json']);
    expect(JSON.parse(stdout).summary.counts).toEqual({ unchanged: 5, changed: 1, added: 1, removed: 1 });
  });
});
