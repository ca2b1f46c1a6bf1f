// Issue 18, "no surprises for a user or a CI job": each case through run(argv) with its exact exit
// code and message — gold sources outside the validated folder, diff sides holding extract outputs
// and digests, -o folders that cannot be written and names mirrored below each argument, pipes and
// devices, stray bytes, scores on nothing, one message prefix, standard input without a path.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..');
const C002 = join(ROOT, 'corpus', '002_01045addc55f0d23.txt');
const C007 = join(ROOT, 'corpus', '007_cv-4390-ubnd-laocai-2026.txt');
const CLEAN_GOLD = readFileSync(join(ROOT, 'fixtures', 'gold', 'clean.gold.json'), 'utf8');
const NOTICE = readFileSync(join(ROOT, 'fixtures', 'gold', 'notice.txt'));

const temp = (): string => mkdtempSync(join(tmpdir(), 'chidao-18-'));
const lines = (s: string): string[] => s.trimEnd().split('\n');

describe('1. validate: a gold source outside the validated folder', () => {
  /** A folder g/ with a.gold.json naming `source`, and a secret beside g/. */
  function corpus(source: string): string {
    const dir = temp();
    writeFileSync(join(dir, 'secret.txt'), 'MẬT KHẨU: hunter2\n');
    mkdirSync(join(dir, 'g'));
    writeFileSync(join(dir, 'g', 'notice.txt'), NOTICE);
    writeFileSync(join(dir, 'g', 'a.gold.json'), CLEAN_GOLD.replace('"source": "notice.txt"', `"source": ${JSON.stringify(source)}`));
    return dir;
  }

  it.each([
    ['a parent path', '../secret.txt'],
    ['a path to the root', '../../../../../../../../etc/hostname'],
    ['an absolute path', '/etc/hostname'],
    ['a missing file outside', '../nowhere.txt'],
  ])('%s: source-outside, exit 1, nothing of the file in the report', async (_name, source) => {
    const dir = corpus(source);
    const { code, stdout, stderr } = await runCli(['validate', 'g', '--format', 'github'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(`::error file=g/a.gold.json,line=3,col=13::source-outside: source ${JSON.stringify(source)} resolves outside the validated folder g; it is not read\n`);
  });

  it('a symbolic link inside the folder to a file outside it is outside (after symlinks), even with --score', async () => {
    const dir = corpus('link.txt');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'g', 'link.txt'));
    const { code, stdout } = await runCli(['validate', 'g', '--score', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).not.toContain('hunter2');
    const report = JSON.parse(stdout);
    expect(report.findings).toEqual([{ code: 'source-outside', severity: 'error', message: 'source "link.txt" resolves outside the validated folder g; it is not read', file: 'g/a.gold.json', line: 3, column: 13 }]);
  });

  it('a source in a subfolder, and a link that stays inside, are read as before', async () => {
    const dir = corpus('texts/notice.txt');
    mkdirSync(join(dir, 'g', 'texts'));
    writeFileSync(join(dir, 'g', 'texts', 'notice.txt'), NOTICE);
    expect(await runCli(['validate', 'g'], { cwd: dir })).toEqual({ code: 0, stdout: '1 gold file, no findings\n', stderr: '' });
    const linked = corpus('same.txt');
    symlinkSync(join(linked, 'g', 'notice.txt'), join(linked, 'g', 'same.txt'));
    expect((await runCli(['validate', 'g'], { cwd: linked })).code).toBe(0);
  });
});

describe('2. diff: a folder side takes the extract outputs, never the digests', () => {
  async function outputs(): Promise<string> {
    const dir = temp();
    for (const f of ['002_01045addc55f0d23.txt', '003_282706f9053aedd7.txt']) cpSync(join(ROOT, 'corpus', f), join(dir, f));
    // Both commands of the README, into one folder.
    expect((await runCli(['extract', '.', '-o', 'out', '-q'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['extract', '.', '--format', 'md', '-o', 'out', '-q'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['002_01045addc55f0d23.json', '002_01045addc55f0d23.md', '003_282706f9053aedd7.json', '003_282706f9053aedd7.md']);
    return dir;
  }

  it('JSON outputs and Markdown digests in one folder: the outputs are read, one warning line, nothing changed', async () => {
    const dir = await outputs();
    const { code, stdout, stderr } = await runCli(['diff', 'out', '*.txt', '--format', 'json'], { cwd: dir });
    expect(stderr).toBe('chidao: out: warning: reading its 2 extract outputs (.json, .jsonl); 2 other files (.txt, .md, .html) left out\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.counts).toMatchObject({ changed: 0, added: 0, removed: 0 });
  });

  it('a folder of digests only: exit 2, the folder named and why', async () => {
    const dir = await outputs();
    mkdirSync(join(dir, 'md'));
    for (const f of readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.md'))) cpSync(join(dir, 'out', f), join(dir, 'md', f));
    const { code, stdout, stderr } = await runCli(['diff', 'md', '*.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('chidao: md: holds only Markdown digests: a Markdown digest of chidao extract is a summary, not a notice; diff the notices or their JSON output (extract -o DIR)\n');
  });

  it('notices with a digest among them: the digest left out with one warning line', async () => {
    const dir = await outputs();
    mkdirSync(join(dir, 'notices'));
    for (const f of ['002_01045addc55f0d23.txt', '003_282706f9053aedd7.txt']) cpSync(join(dir, f), join(dir, 'notices', f));
    cpSync(join(dir, 'out', '002_01045addc55f0d23.md'), join(dir, 'notices', 'digest.md'));
    const { code, stderr } = await runCli(['diff', 'notices', '*.txt', '--exit-code'], { cwd: dir });
    expect(stderr).toBe('chidao: notices: warning: 1 Markdown digest of chidao extract left out; reading its 2 documents\n');
    expect(code).toBe(0);
  });

  it('a folder whose only files are JSON but no extract output: each named with its reason', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'j'));
    writeFileSync(join(dir, 'j', 'x.json'), '[1, 2]');
    const { code, stderr } = await runCli(['diff', 'j', C002], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('chidao: j/x.json: expected extract output: a JSON object, an array of objects, or JSON Lines\n');
  });

  it('a digest named as a side: exit 2 with the reason', async () => {
    const dir = await outputs();
    const { code, stderr } = await runCli(['diff', 'out/002_01045addc55f0d23.md', '002_01045addc55f0d23.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('chidao: out/002_01045addc55f0d23.md: a Markdown digest of chidao extract is a summary, not a notice; diff the notices or their JSON output (extract -o DIR)\n');
  });
});

describe('3. -o: the output folder checked once, before any work', () => {
  const three = [C002, C007, join(ROOT, 'corpus', '003_282706f9053aedd7.txt')];

  it.each([
    ['a file in the way', (dir: string) => { writeFileSync(join(dir, 'out.txt'), 'x'); return 'out.txt'; }, 'not a folder: -o needs a folder (a file is in the way)'],
    ['a file where a parent folder should be', (dir: string) => { writeFileSync(join(dir, 'f.txt'), 'x'); return 'f.txt/out'; }, 'cannot create the output folder: f.txt is a file, not a folder'],
    ['a broken symbolic link', (dir: string) => { symlinkSync(join(dir, 'gone'), join(dir, 'link')); return 'link/out'; }, 'cannot create the output folder: link is a broken symbolic link'],
  ])('%s: one line naming it and the reason, exit 2, no input read', async (_name, make, reason) => {
    const dir = temp();
    const out = make(dir);
    const { code, stdout, stderr } = await runCli(['extract', ...three, '-o', out], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`chidao: ${out}: ${reason}\n`);
  });

  it('missing parent folders are created (as mkdir -p); the summary closes the run', async () => {
    const dir = temp();
    const { code, stderr } = await runCli(['extract', C002, '-o', 'a/b/c'], { cwd: dir });
    expect(stderr).toBe('chidao: 1 written, 0 failed, 0 skipped (in a/b/c)\n');
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'a', 'b', 'c'))).toEqual(['002_01045addc55f0d23.json']);
  });

  it.skipIf(process.getuid?.() === 0)('a folder without write permission: permission denied', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    const { code, stderr } = await runCli(['extract', ...three, '-o', 'ro'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('chidao: ro: cannot write in the output folder: permission denied\n');
  });

  // /sys refuses new files even to root (EACCES, or EROFS where it is mounted read-only).
  it.skipIf(!existsSync('/sys/fs'))('a folder of a file system that takes no files: one line, exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['extract', ...three, '-o', '/sys/fs']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^chidao: \/sys\/fs: cannot write in the output folder: (?:permission denied|read-only file system)\n$/u);
  });
});

describe('4. pipes are read as streams; devices are refused', () => {
  it('a named pipe (FIFO) is read to its end', async () => {
    const dir = temp();
    const fifo = join(dir, 'notice.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', C007, fifo]);
    const { code, stdout, stderr } = await runCli(['extract', fifo]);
    await new Promise((resolve) => writer.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).document.number).toBe('4390/UBND-NLN');
    expect(JSON.parse(stdout).source.path).toBe(fifo);
  });

  it.each([
    ['/dev/null', 'not a regular file (a character device)'],
    ['/dev/zero', 'not a regular file (a character device)'],
  ])('%s: "%s", exit 2, the other inputs complete', async (device, reason) => {
    const { code, stdout, stderr } = await runCli(['extract', C002, device]);
    expect(code).toBe(2);
    expect(stderr).toBe(`chidao: ${device}: ${reason}\n`);
    expect(lines(stdout).map((l) => JSON.parse(l).document.number)).toEqual(['330/TB-VPCP']);
  });

  // The compiled command (dist/, built by `npm test`) in a shell: process substitution and /dev/stdin.
  const bin = join(ROOT, 'bin', 'chidao.js');
  it.skipIf(!existsSync(join(ROOT, 'dist')))('bash process substitution <(…) and /dev/stdin on a pipe', () => {
    const sub = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" extract <(cat "${C007}")`], { encoding: 'utf8' });
    expect(sub.stderr).toBe('');
    expect(sub.status).toBe(0);
    expect(JSON.parse(sub.stdout).document.number).toBe('4390/UBND-NLN');
    // /dev/stdin on a shell pipe (a FIFO), and on the socket Node gives a child: read as "-".
    const piped = spawnSync('bash', ['-c', `cat "${C007}" | "${process.execPath}" "${bin}" extract /dev/stdin`], { encoding: 'utf8' });
    const socket = spawnSync(process.execPath, [bin, 'extract', '/dev/stdin'], { input: readFileSync(C007), encoding: 'utf8' });
    for (const run of [piped, socket]) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ source: { path: '-' }, document: { number: '4390/UBND-NLN' } });
    }
  });
});

describe('5. stray bytes: where, and --encoding-errors replace', () => {
  // corpus/007 with one Windows-1252 right quote (0x92) pasted at the end of its third line.
  const original = readFileSync(C007);
  let at = -1;
  for (let n = 0; n < 3; n++) at = original.indexOf(0x0a, at + 1);
  const third = original.subarray(0, at).toString('utf8').split('\n').length;
  function strayFile(bytes: number[] = [0x92]): string {
    const file = join(temp(), 'cv.txt');
    writeFileSync(file, Buffer.concat([original.subarray(0, at), Buffer.from(bytes), original.subarray(at)]));
    return file;
  }

  it('one stray byte: refused with its byte offset and line, and the way to keep going', async () => {
    const file = strayFile();
    const { code, stdout, stderr } = await runCli(['extract', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(third).toBe(3);
    expect(stderr).toBe(`chidao: ${file}: not valid UTF-8: byte 0x92 at byte offset ${at}, line 3; --encoding-errors replace reads such bytes as U+FFFD\n`);
  });

  it('several: the first, and how many more; the same with --encoding utf-8', async () => {
    const file = strayFile([0xff, 0x41, 0xc3]);
    const { code, stderr } = await runCli(['extract', file, '--encoding', 'utf-8']);
    expect(code).toBe(2);
    expect(stderr).toBe(`chidao: ${file}: not valid UTF-8: byte 0xFF at byte offset ${at}, line 3 (and 1 more); --encoding-errors replace reads such bytes as U+FFFD\n`);
  });

  it('--encoding-errors replace: U+FFFD in the text, one warning line, exit 0', async () => {
    const file = strayFile();
    const { code, stdout, stderr } = await runCli(['extract', file, '--encoding-errors', 'replace']);
    expect(stderr).toBe(`chidao: ${file}: warning: 1 byte not valid UTF-8 read as U+FFFD, the first byte 0x92 at byte offset ${at}, line 3\n`);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.document.number).toBe('4390/UBND-NLN');
    expect(doc.source.encoding).toBe('utf-8');
    // The text is the original's with one U+FFFD more.
    const plain = JSON.parse((await runCli(['extract', C007])).stdout);
    expect(doc.source.length).toBe(plain.source.length + 1);
    expect(doc.directives.length).toBe(plain.directives.length);
  });

  it('--encoding-errors takes strict or replace', async () => {
    expect(await runCli(['extract', C002, '--encoding-errors', 'ignore'])).toEqual({ code: 2, stdout: '', stderr: 'chidao: --encoding-errors must be strict or replace, not "ignore"\n' });
  });
});

describe('6. -o mirrors the folders below each argument', () => {
  function tree(): string {
    const dir = temp();
    for (const sub of ['d1', 'd2', 'd1/sub']) mkdirSync(join(dir, sub));
    cpSync(C002, join(dir, 'd1', 'a.txt'));
    cpSync(C007, join(dir, 'd2', 'a.txt'));
    cpSync(C007, join(dir, 'd1', 'sub', 'b.txt'));
    return dir;
  }
  const numberIn = (file: string): string => JSON.parse(readFileSync(file, 'utf8')).document.number;

  it('a directory argument: its subfolders kept, the argument itself not', async () => {
    const dir = tree();
    const { code, stderr } = await runCli(['extract', 'd1', '-o', 'out'], { cwd: dir });
    expect(stderr).toBe('chidao: 2 written, 0 failed, 0 skipped (in out)\n');
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'out'), { recursive: true }).sort()).toEqual(['a.json', 'sub', 'sub/b.json']);
  });

  it('two arguments with the same name below them: the second refused, never renamed; a later run names it the same', async () => {
    const dir = tree();
    const both = await runCli(['extract', 'd1', 'd2', '-o', 'out'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('chidao: d2/a.txt: not written: out/a.json is the output of d1/a.txt in this run (give them separate -o folders)\nchidao: 2 written, 1 failed, 0 skipped (in out)\n');
    expect(numberIn(join(dir, 'out', 'a.json'))).toBe('330/TB-VPCP');
    expect(readdirSync(join(dir, 'out'), { recursive: true }).sort()).toEqual(['a.json', 'sub', 'sub/b.json']);
    const alone = await runCli(['extract', 'd2', '-o', 'out2'], { cwd: dir });
    const withOther = await runCli(['extract', 'd1/sub', 'd2', '-o', 'out3'], { cwd: dir });
    expect([alone.code, withOther.code]).toEqual([0, 0]);
    expect(readdirSync(join(dir, 'out2'))).toEqual(['a.json']);
    expect(readdirSync(join(dir, 'out3')).sort()).toEqual(['a.json', 'b.json']);
    expect(numberIn(join(dir, 'out3', 'a.json'))).toBe('4390/UBND-NLN');
  });

  it('a glob: folders below its fixed part; a named file: its own name; standard input: stdin', async () => {
    const dir = tree();
    expect((await runCli(['extract', 'd1/**/*.txt', '-o', 'g'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'g'), { recursive: true }).sort()).toEqual(['a.json', 'sub', 'sub/b.json']);
    expect((await runCli(['extract', 'd1/sub/b.txt', '-', '-o', 'f'], { cwd: dir, stdin: readFileSync(C002) })).code).toBe(0);
    expect(readdirSync(join(dir, 'f')).sort()).toEqual(['b.json', 'stdin.json']);
  });
});

describe('7. scores on nothing: n/a, and a gate on it fails', () => {
  it('a field with no gold and no prediction prints n/a; a --min-f1 gate naming it fails (exit 1)', async () => {
    const { code, stdout, stderr } = await runCli(['validate', 'fixtures/gold/clean.gold.json', '--min-f1', 'references=0.5,directives=0.9'], { cwd: ROOT });
    expect(code).toBe(1);
    expect(stderr).toBe('chidao: references has no data (nothing in the gold files, nothing extracted): the gate 0.5 cannot pass\n');
    expect(stdout).toContain('\nreferences        n/a    n/a    n/a        0     0     0  < 0.5 FAILED\n');
    expect(stdout).toContain('\ndirectives        1.000  1.000  1.000      4     0     0  ≥ 0.9\n');
  });

  it('json: null rates and a failed gate with f1 null', async () => {
    const { code, stdout } = await runCli(['validate', 'fixtures/gold/clean.gold.json', '--min-f1', 'references=0', '--format', 'json'], { cwd: ROOT });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.score.references).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(report.gates).toEqual([{ field: 'references', min: 0, f1: null, passed: false }]);
  });

  it('a notice without deadlines, its gold drafted by annotate: deadlines n/a, a deadlines gate fails', async () => {
    const dir = temp();
    // A made-up notice: two tasks, no date to meet.
    writeFileSync(join(dir, 'tb.txt'), 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 15/TB-UBND\nLào Cai, ngày 02 tháng 4 năm 2025\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n1. Sở Tài chính chủ trì tham mưu phương án sắp xếp trụ sở.\n2. Sở Nội vụ phối hợp rà soát biên chế.\n');
    expect((await runCli(['annotate', 'tb.txt'], { cwd: dir })).code).toBe(0);
    const { code, stdout, stderr } = await runCli(['validate', '.', '--min-f1', 'deadlines=0.5'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^deadlines +n\/a +n\/a +n\/a +0 +0 +0 +< 0\.5 FAILED$/mu);
    expect(stderr).toBe('chidao: deadlines has no data (nothing in the gold files, nothing extracted): the gate 0.5 cannot pass\n');
  });
});

describe('8. messages: one prefix, "did you mean", the summary', () => {
  it.each([
    [['extract', '--fromat', 'json', 'x.txt'], "chidao: unknown option '--fromat' (did you mean --format?)\n"],
    [['extrat', 'x.txt'], "chidao: unknown command 'extrat' (did you mean extract?)\n"],
    [['annotate'], "chidao: missing required argument 'files'\n"],
    [['extract', '--out'], "chidao: option '-o, --out <dir>' argument missing\n"],
    [['validate', 'corpus', '--min-f1', 'deadline=0.9'], 'chidao: --min-f1: unknown field "deadline" (did you mean deadlines?); fields: document, references, directives, actors, actorsMatched, roles, deadlines, deadlinesMatched, domains\n'],
  ])('%j → exit 2, one line', async (argv, message) => {
    expect(await runCli(argv, { cwd: ROOT })).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('an -o run ends with the summary on standard error: written, failed, skipped', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, stdout, stderr } = await runCli(['extract', C002, 'empty.txt', 'missing.txt', C007, '-o', 'out'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('chidao: empty.txt: empty file\nchidao: missing.txt: no such file or directory\nchidao: 2 written, 2 failed, 0 skipped (in out)\n');
    expect((await runCli(['extract', C002, '-o', 'out', '-q'], { cwd: dir })).stderr).toBe('');
  });
});

describe('9. extract without a path reads piped standard input', () => {
  const bin = join(ROOT, 'bin', 'chidao.js');
  it.skipIf(!existsSync(join(ROOT, 'dist')))('the compiled command: a shell pipe is read; standard input from /dev/null is empty', () => {
    const piped = spawnSync('bash', ['-c', `cat "${C007}" | "${process.execPath}" "${bin}" extract`], { encoding: 'utf8' });
    expect([piped.status, piped.stderr, JSON.parse(piped.stdout).document.number]).toEqual([0, '', '4390/UBND-NLN']);
    const nothing = spawnSync(process.execPath, [bin, 'extract'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    expect([nothing.status, nothing.stdout, nothing.stderr]).toEqual([2, '', 'chidao: no input: standard input is empty; give files, directories, globs or -\n']);
  });

  it('piped: read as "-"', async () => {
    const { code, stdout, stderr } = await runCli(['extract'], { stdin: readFileSync(C007) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.path).toBe('-');
  });

  it('on a terminal: a usage error; piped but empty: a usage error', async () => {
    expect(await runCli(['extract'])).toEqual({ code: 2, stdout: '', stderr: 'chidao: no input: give files, directories, globs or - for standard input\n' });
    expect(await runCli(['extract'], { stdin: new Uint8Array() })).toEqual({ code: 2, stdout: '', stderr: 'chidao: no input: standard input is empty; give files, directories, globs or -\n' });
  });
});
