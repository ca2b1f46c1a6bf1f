// The DOCX and PDF readers load on the first DOCX or PDF: a run over text notices never pays for
// pdf.js (~90 ms to load) or mammoth. Checked on the start-up bundle (built by `npm test`) by the
// modules Node has loaded once the run is over; the same check on a PDF and a DOCX shows that it
// sees them when they are loaded.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const io = `{ stdout: () => {}, stderr: (s) => process.stderr.write(s), readStdin: async () => new Uint8Array(), stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: process.cwd(), cores: 1 }`;
/** The packages under node_modules that a bundled run of `argv` loaded. */
function loadedPackages(argv: string[]): string[] {
  const script = `
    import { createRequire } from 'node:module';
    import { loadBundle } from './bin/load-bundle.js';
    const code = await loadBundle().exports.run(${JSON.stringify(argv)}, ${io});
    const cache = createRequire(import.meta.url).cache;
    const names = new Set(Object.keys(cache).flatMap((p) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/u.exec(p)?.[1] ?? []));
    console.log(JSON.stringify({ code, names: [...names].sort() }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const { code, names } = JSON.parse(r.stdout) as { code: number; names: string[] };
  expect(code).toBe(0);
  return names;
}

describe('readers are loaded lazily', () => {
  it('a text notice loads neither pdf.js nor mammoth (nor the HTML parser)', () => {
    const names = loadedPackages(['extract', 'corpus/007_cv-4390-ubnd-laocai-2026.txt']);
    expect(names.filter((n) => ['pdfjs-dist', 'mammoth', 'rehype-parse'].includes(n))).toEqual([]);
  });

  it.each([
    ['fixtures/formats/cv-4390.pdf', ['pdfjs-dist']],
    ['fixtures/formats/cv-4390.docx', ['mammoth', 'rehype-parse']],
  ])('%s loads %j', (path, packages) => {
    const names = loadedPackages(['extract', path]);
    expect(names.filter((n) => ['pdfjs-dist', 'mammoth', 'rehype-parse'].includes(n))).toEqual(packages);
  });
});
