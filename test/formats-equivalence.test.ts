// One notice as TXT, DOCX and PDF gives the same directives and fields: corpus/007 (Công văn
// 4390/UBND-NLN) and fixtures/formats/cv-4390.{docx,pdf}, made from it by LibreOffice
// (scripts/make-format-fixtures.sh). Also the one-line refusals of files chidao cannot read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateOutput } from '../src/validate/output-schema.js';
import { runCli } from './helpers/run-cli.js';

interface Directive {
  id: string;
  text: string;
  actors: { name: string; role: string }[];
  deadlines: { kind: string; value: string | null }[];
  domains: { id: string }[];
  children?: Directive[];
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
/** What must not depend on the format: every field but spans and the text's own line breaks. */
function comparable(doc: { document: Record<string, unknown>; directives: Directive[] }) {
  const walk = (ds: Directive[]): unknown[] => ds.map((d) => ({
    id: d.id, text: squash(d.text), actors: d.actors.map((a) => `${a.name}: ${a.role}`),
    deadlines: d.deadlines.map((k) => `${k.kind} ${k.value}`), domains: d.domains.map((k) => k.id), children: walk(d.children ?? []),
  }));
  // A reference's span and the mention it quotes are where it is first read, which line breaks move.
  const { references, title, ...fields } = doc.document as { references: { number: string; type: string; date: string }[]; title: string };
  return { fields, title: squash(title), references: references.map((r) => `${r.type} ${r.number} ${r.date}`), directives: walk(doc.directives) };
}

async function extract(path: string) {
  const r = await runCli(['extract', path]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(validateOutput(doc)).toEqual([]);
  return doc;
}

describe('the same notice as TXT, DOCX and PDF', () => {
  it('gives the same fields and directives (ids, words, actors, deadlines, domains)', async () => {
    const txt = await extract('corpus/007_cv-4390-ubnd-laocai-2026.txt');
    const docx = await extract('fixtures/formats/cv-4390.docx');
    const pdf = await extract('fixtures/formats/cv-4390.pdf');
    expect(docx.source).toMatchObject({ format: 'docx' });
    expect(pdf.source).toMatchObject({ format: 'pdf', pages: 1 });
    expect(comparable(txt).directives.map((d) => (d as { id: string }).id)).toEqual(['1', '2', '3', '4', 's1']);
    expect(comparable(docx)).toEqual(comparable(txt));
    expect(comparable(pdf)).toEqual(comparable(txt));
  });

  it('chidao text prints what the spans index, for each format', async () => {
    for (const path of ['fixtures/formats/cv-4390.docx', 'fixtures/formats/cv-4390.pdf']) {
      const [text, json] = await Promise.all([runCli(['text', path]), runCli(['extract', path])]);
      const doc = JSON.parse(json.stdout);
      expect(text.stdout.length).toBe(doc.source.length);
      for (const d of doc.directives as (Directive & { span: [number, number] })[]) expect(text.stdout.slice(...d.span)).toBe(d.text);
    }
    const md = await runCli(['extract', '--format', 'text', 'fixtures/formats/cv-4390.docx']);
    expect(md.stdout.split('\n').slice(0, 3)).toEqual([
      'ỦY BAN NHÂN DÂN      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH LÀO CAI         Độc lập - Tự do - Hạnh phúc',
      'Số: 4390/UBND-NLN                     Lào Cai, ngày 27 tháng 5 năm 2026',
    ]);
  });

  it('sniffs the format from the bytes, not the name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-sniff-'));
    writeFileSync(join(dir, 'notice'), readFileSync('fixtures/formats/cv-4390.pdf'));
    writeFileSync(join(dir, 'notice.txt'), readFileSync('fixtures/formats/cv-4390.docx'));
    const pdf = JSON.parse((await runCli(['extract', 'notice'], { cwd: dir })).stdout);
    const docx = JSON.parse((await runCli(['extract', 'notice.txt'], { cwd: dir })).stdout);
    expect([pdf.source.format, pdf.document.number, docx.source.format, docx.document.number]).toEqual(['pdf', '4390/UBND-NLN', 'docx', '4390/UBND-NLN']);
  });
});

describe('files chidao cannot read: one line each, the other inputs still read', () => {
  it.each([
    ['fixtures/formats/legacy.doc', 'a legacy Word file (.doc): convert it to DOCX (Word: Save As; or soffice --headless --convert-to docx FILE)'],
    ['fixtures/formats/password.pdf', 'a password-protected PDF: chidao cannot open it'],
  ])('%s', async (path, reason) => {
    const r = await runCli(['extract', path, 'corpus/007_cv-4390-ubnd-laocai-2026.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`chidao: ${path}: ${reason}\n`);
    expect(JSON.parse(r.stdout.split('\n')[0]!).document.number).toBe('4390/UBND-NLN');
  });

  it.each([
    ['a truncated PDF', '%PDF-1.4\n1 0 obj << /Type /Catalog', /^chidao: broken\.pdf: not a readable PDF \([^\n]+\)\n$/u],
    ['a ZIP that is no DOCX', 'PK\u0003\u0004 xl/workbook.xml', /^chidao: broken\.pdf: a ZIP archive, not a DOCX \(no word\/document\.xml\)\n$/u],
    ['a damaged DOCX', 'PK\u0003\u0004 word/document.xml', /^chidao: broken\.pdf: not a readable DOCX \([^\n]+\)\n$/u],
  ])('%s', async (_, content, line) => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-broken-'));
    writeFileSync(join(dir, 'broken.pdf'), content, 'latin1');
    const r = await runCli(['extract', 'broken.pdf'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(line);
  });
});

describe('gold files and diffs over DOCX and PDF', () => {
  it('annotate drafts gold files for a PDF and a DOCX and validate checks its spans against the PDF\'s text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-gold-'));
    writeFileSync(join(dir, 'cv-4390.pdf'), readFileSync('fixtures/formats/cv-4390.pdf'));
    writeFileSync(join(dir, 'cv-4390-word.docx'), readFileSync('fixtures/formats/cv-4390.docx'));
    const annotate = await runCli(['annotate', 'cv-4390.pdf', 'cv-4390-word.docx'], { cwd: dir });
    expect(annotate.code).toBe(0);
    expect(annotate.stderr).toContain('chidao: wrote cv-4390.gold.json (5 top-level directives)');
    const gold = JSON.parse(readFileSync(join(dir, 'cv-4390.gold.json'), 'utf8'));
    expect(gold.source).toBe('cv-4390.pdf');
    const validate = await runCli(['validate', dir, '--format', 'json', '--score']);
    const report = JSON.parse(validate.stdout);
    expect([report.files, report.errors, report.findings]).toEqual([2, 0, []]);
    expect([report.score.directives.f1, report.score.document.f1]).toEqual([1, 1]);
    expect(validate.code).toBe(0);
  });

  it('diff takes a TXT and a PDF of the same notice as its sides: all five directives unchanged', async () => {
    const r = await runCli(['diff', 'corpus/007_cv-4390-ubnd-laocai-2026.txt', 'fixtures/formats/cv-4390.pdf', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.counts).toEqual({ unchanged: 5, changed: 0, added: 0, removed: 0 });
  });
});

describe('DOCX and PDF in the worker threads of --jobs', () => {
  it('give the bytes of a one-thread run (the bundle, 20 inputs, 2 threads)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-jobs-'));
    // 20 PDF and DOCX inputs weigh as 200 texts: enough for threads (src/cli/pool.ts THREADS_FROM).
    for (let k = 0; k < 10; k++) {
      writeFileSync(join(dir, `n${k}.pdf`), readFileSync('fixtures/formats/cv-4390.pdf'));
      writeFileSync(join(dir, `n${k}.docx`), readFileSync('fixtures/formats/cv-4390.docx'));
    }
    const threads = spawnSync(process.execPath, [join(process.cwd(), 'bin/chidao.js'), 'extract', '.', '--jobs', '2', '-q'], { cwd: dir, encoding: 'utf8' });
    const one = await runCli(['extract', '.', '--jobs', '1', '-q'], { cwd: dir });
    expect(threads.stderr).toBe('');
    expect(threads.status).toBe(0);
    expect(threads.stdout.split('\n').filter(Boolean)).toHaveLength(20);
    expect(threads.stdout).toBe(one.stdout);
  });
});
