// The compiled CLI (dist/, built by `npm test`) with worker threads: the same bytes as one thread,
// in input order; and an interrupted run leaves only complete files.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THREADS_FROM } from '../src/cli/pool.js';

const BIN = 'bin/chidao.js';

function manyCopies(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-many-'));
  const texts = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort();
  for (let i = 0; i < count; i++) cpSync(join('corpus', texts[i % texts.length]!), join(dir, `${String(i).padStart(4, '0')}.txt`));
  return dir;
}

describe('extract --jobs', () => {
  it('two worker threads give byte-identical JSON Lines, in input order (from the bundle and from the start-up snapshot)', () => {
    const count = THREADS_FROM; // fewer run in one thread
    const dir = manyCopies(count);
    const one = spawnSync(process.execPath, [BIN, 'extract', dir, '--jobs', '1'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const two = spawnSync(process.execPath, [BIN, 'extract', dir, '--jobs', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    // Run as a program, bin/chidao.js starts node from the snapshot (test/startup.test.ts).
    const snapshot = spawnSync(BIN, ['extract', dir, '--jobs', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(one.status).toBe(0);
    for (const threads of [two, snapshot]) {
      expect(threads.status).toBe(0);
      expect(threads.stderr).toBe('');
      expect(threads.stdout).toBe(one.stdout);
    }
    expect(two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path.slice(-8))).toEqual(
      Array.from({ length: count }, (_, i) => `${String(i).padStart(4, '0')}.txt`),
    );
  }, 120_000);

  it('a document too large for a worker\'s heap cap is read again in the main thread: the same bytes, nothing lost', () => {
    const dir = manyCopies(THREADS_FROM);
    // ~5 MB of notices one after another: it needs ~60 MB of old space, over a 40 MB cap.
    const texts = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('corpus', f), 'utf8'));
    const cycle = texts.join('\n\n');
    writeFileSync(join(dir, '0100.txt'), Array.from({ length: Math.ceil(5e6 / Buffer.byteLength(cycle)) }, () => cycle).join('\n\n'));
    const one = spawnSync(process.execPath, [BIN, 'extract', dir, '--jobs', '1'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const env = { ...process.env, CHIDAO_WORKER_HEAP_MB: '40' };
    const two = spawnSync(process.execPath, [BIN, 'extract', dir, '--jobs', '2'], { encoding: 'utf8', maxBuffer: 1 << 28, env });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('SIGINT stops the run: exit 130, a report on stderr, and only complete files in -o DIR', async () => {
    const dir = manyCopies(400);
    const out = join(mkdtempSync(join(tmpdir(), 'chidao-int-')), 'out');
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, 'extract', dir, '-o', out, '--jobs', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    // Interrupt once the first outputs are there.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(out).filter((f) => f.endsWith('.json')).length >= 3) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        }
      }, 20);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const files = readdirSync(out);
    expect(files.every((f) => f.endsWith('.json'))).toBe(true); // no temporary file left behind
    expect(files.length).toBeLessThan(400);
    for (const f of files) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).schemaVersion).toBe(1);
    expect(stderr).toBe(`chidao: interrupted: ${files.length} of 400 documents written to ${out}, each complete\nchidao: ${files.length} written, 0 failed, ${400 - files.length} skipped (in ${out})\n`);
  }, 120_000);
});
