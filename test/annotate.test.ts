// `chidao annotate FILE`: a draft gold file beside the text, in gold format (it validates against
// the schema and its spans against the text), never over an existing one without --force,
// written atomically.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldPathFor } from '../src/cli/annotate.js';
import { runCli } from './helpers/run-cli.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const TEXTS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

function workdir(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-annotate-'));
  for (const f of files) cpSync(join(CORPUS, f), join(dir, f));
  return dir;
}

describe('chidao annotate', () => {
  it('writes NAME.gold.json beside each corpus text, drafts that validate with no errors', async () => {
    const dir = workdir(TEXTS);
    const { code, stdout, stderr } = await runCli(['annotate', ...TEXTS], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('chidao: wrote 002_01045addc55f0d23.gold.json (7 top-level directives), a draft to correct against ANNOTATION.md\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.gold.json'))).toEqual(TEXTS.map((t) => t.replace(/\.txt$/u, '.gold.json')));
    const validated = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(validated.stdout).findings as Array<{ severity: string }>).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes the gold format: the members of ANNOTATION.md, in its order', async () => {
    const dir = workdir(['002_01045addc55f0d23.txt']);
    await runCli(['annotate', '002_01045addc55f0d23.txt'], { cwd: dir });
    const draft = JSON.parse(readFileSync(join(dir, '002_01045addc55f0d23.gold.json'), 'utf8'));
    expect(Object.keys(draft)).toEqual(['schemaVersion', 'source', 'document', 'directives']);
    expect(draft.source).toBe('002_01045addc55f0d23.txt');
    expect(draft.document).toEqual({
      kind: 'official', type: 'TB', number: '330/TB-VPCP', issuer: 'Văn phòng Chính phủ', date: '2015-10-02', signer: 'Nguyễn Văn Nên', references: ['15/CT-TTg', '22-NQ/TW'],
    });
    expect(Object.keys(draft.directives[0])).toEqual(['id', 'span', 'text', 'actors', 'deadlines', 'domains', 'children']);
    expect(draft.directives.map((d: { id: string }) => d.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('refuses to overwrite without --force (exit 2, file untouched); --force replaces it', async () => {
    const dir = workdir(['007_cv-4390-ubnd-laocai-2026.txt']);
    const gold = join(dir, '007_cv-4390-ubnd-laocai-2026.gold.json');
    writeFileSync(gold, 'a person’s work\n');
    const refused = await runCli(['annotate', '007_cv-4390-ubnd-laocai-2026.txt'], { cwd: dir });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'chidao: 007_cv-4390-ubnd-laocai-2026.gold.json: exists; use --force to overwrite it\n' });
    expect(readFileSync(gold, 'utf8')).toBe('a person’s work\n');
    const forced = await runCli(['annotate', '--force', '007_cv-4390-ubnd-laocai-2026.txt'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(gold, 'utf8')).document.number).toBe('4390/UBND-NLN');
    expect(readdirSync(dir).sort()).toEqual(['007_cv-4390-ubnd-laocai-2026.gold.json', '007_cv-4390-ubnd-laocai-2026.txt']); // no temporary file left
  });

  it('reports an unreadable input and still writes the others', async () => {
    const dir = workdir(['004_5fed355252d6cdb1.txt']);
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, stderr } = await runCli(['annotate', 'missing.txt', 'empty.txt', '004_5fed355252d6cdb1.txt', 'x.gold.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr.split('\n').filter((l) => l.startsWith('chidao: ') && !l.startsWith('chidao: wrote '))).toEqual([
      'chidao: missing.txt: no such file',
      'chidao: empty.txt: empty file',
      'chidao: x.gold.json: is a JSON file; give the text file (NAME.txt, NAME.md, NAME.html)',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['004_5fed355252d6cdb1.gold.json', '004_5fed355252d6cdb1.txt', 'empty.txt']);
  });

  it.each([
    [['annotate', '-'], 'chidao: annotate needs files: a draft is written beside its text, and standard input has no place\n'],
    [['annotate', 'a.txt', '--date', '2024-02-30'], 'chidao: --date must be a real date YYYY-MM-DD, not "2024-02-30"\n'],
    [['annotate', 'a.txt', '--encoding', 'latin-9'], 'chidao: --encoding: unknown encoding "latin-9" (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni-windows)\n'],
  ])('usage error %j', async (argv, stderr) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('names the draft after the text, beside it', () => {
    expect(['corpus/a.txt', 'b.notice.md', '/x/c.html'].map(goldPathFor)).toEqual(['corpus/a.gold.json', 'b.notice.gold.json', '/x/c.gold.json']);
  });
});
