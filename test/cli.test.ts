import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateOutput } from '../src/validate/output-schema.js';
import { runCli } from './helpers/run-cli.js';

const CORPUS = 'corpus';
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

describe('chidao extract', () => {
  it('prints the JSON of corpus/002 with its number, type, issuer, date, signer, references and items 1–7', async () => {
    const { code, stdout, stderr } = await runCli(['extract', 'corpus/002_01045addc55f0d23.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(validateOutput(doc)).toEqual([]);
    expect(doc.document).toMatchObject({
      kind: 'official', type: 'TB', number: '330/TB-VPCP', issuer: 'Văn phòng Chính phủ', place: 'Hà Nội', date: '2015-10-02',
      signer: { name: 'Nguyễn Văn Nên', title: 'Bộ trưởng, Chủ nhiệm' },
    });
    expect(doc.document.references.map((r: { number: string }) => r.number)).toEqual(['15/CT-TTg', '22-NQ/TW']);
    expect(doc.directives.map((d: { id: string; span: number[] }) => [d.id, d.span])).toEqual([
      ['1', [1619, 2271]], ['2', [2272, 2760]], ['3', [2761, 3872]], ['4', [3873, 5217]],
      ['5', [5218, 6042]], ['6', [6043, 6332]], ['7', [6333, 6801]],
    ]);
    expect(doc.source).toMatchObject({ path: 'corpus/002_01045addc55f0d23.txt', encoding: 'utf-8', format: 'text', length: 7377 });
  });

  it('writes JSON Lines for a directory, one valid document per corpus text, README skipped', async () => {
    const { code, stdout, stderr } = await runCli(['extract', CORPUS]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const docs = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.source.path)).toEqual(corpusFiles.map((f) => `corpus/${f}`));
    for (const doc of docs) expect(validateOutput(doc)).toEqual([]);
  });

  it('reads standard input with "-"', async () => {
    const bytes = readFileSync('corpus/007_cv-4390-ubnd-laocai-2026.txt');
    const { code, stdout } = await runCli(['extract', '-'], { stdin: bytes });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.source.path).toBe('-');
    expect(doc.document.number).toBe('4390/UBND-NLN');
  });

  it('expands globs, sorted', async () => {
    const { code, stdout } = await runCli(['extract', 'corpus/00[12]_*.txt']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([
      'corpus/001_f3a2eb2b02236d08.txt', 'corpus/002_01045addc55f0d23.txt',
    ]);
  });

  it.each([
    ['a missing file', (dir: string) => join(dir, 'missing.txt'), 'no such file or directory'],
    ['an empty file', (dir: string) => { writeFileSync(join(dir, 'empty.txt'), ''); return join(dir, 'empty.txt'); }, 'empty file'],
    ['a binary file', (dir: string) => { writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])); return join(dir, 'bin.txt'); }, 'binary file (NUL bytes)'],
    ['a directory without documents', (dir: string) => { mkdirSync(join(dir, 'nothing')); writeFileSync(join(dir, 'nothing', 'a.png'), 'x'); return join(dir, 'nothing'); }, 'no documents in this directory (.txt, .md, .html)'],
  ])('%s: one line naming the file and the reason, exit 2, the other inputs complete', async (_name, make, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-bad-'));
    const bad = make(dir);
    const { code, stdout, stderr } = await runCli(['extract', 'corpus/001_f3a2eb2b02236d08.txt', bad, 'corpus/002_01045addc55f0d23.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe(`chidao: ${bad}: ${reason}\n`);
    const docs = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.document.number)).toEqual([null, '330/TB-VPCP']);
  });

  it('bytes that decode in no supported encoding are refused with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-bad-'));
    const file = join(dir, 'noise.txt');
    writeFileSync(file, Buffer.from(Array.from({ length: 400 }, (_, i) => [0xc3, 0x28, 0x81, 0xfe, 0x9d][i % 5]!)));
    const { code, stderr } = await runCli(['extract', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^chidao: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid in any supported encoding`));
    expect(stderr.split('\n').length).toBe(2);
  });

  it('survives a symlink loop and skips hidden files when walking a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-walk-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'doc.txt'), readFileSync('corpus/007_cv-4390-ubnd-laocai-2026.txt'));
    writeFileSync(join(dir, 'a', '.hidden.txt'), 'Thủ tướng Chính phủ yêu cầu.');
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'loop'));
    const { code, stdout } = await runCli(['extract', dir, '--format', 'jsonl']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('-o DIR writes one file per input, atomically, and never over an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-out-'));
    const { code } = await runCli(['extract', 'corpus/001_f3a2eb2b02236d08.txt', 'corpus/002_01045addc55f0d23.txt', '-o', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['001_f3a2eb2b02236d08.json', '002_01045addc55f0d23.json']);
    expect(JSON.parse(readFileSync(join(dir, '002_01045addc55f0d23.json'), 'utf8')).document.number).toBe('330/TB-VPCP');
    const input = join(dir, 'x.json');
    writeFileSync(input, readFileSync('corpus/002_01045addc55f0d23.txt'));
    const again = await runCli(['extract', input, '-o', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/refusing to overwrite the input/);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync('corpus/002_01045addc55f0d23.txt', 'utf8'));
  });

  it.each([
    [['extract', '--date', '2024-02-30', 'corpus'], 'chidao: --date must be a real date YYYY-MM-DD, not "2024-02-30"\n'],
    [['extract', '--encoding', 'latin9', 'corpus'], 'chidao: --encoding: unknown encoding "latin9" (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni-windows)\n'],
    [['extract', '--format', 'xml', 'corpus'], 'chidao: --format must be json, jsonl, md or text, not "xml"\n'],
    [['extract'], 'chidao: no input: give files, directories, globs or - for standard input\n'],
  ])('usage error %j → exit 2 with one line', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const { code, stderr } = await runCli(['extract', '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toBe("chidao: unknown option '--frobnicate'\n");
  });

  it('--version prints the version only', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });
});
