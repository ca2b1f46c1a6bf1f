// `chidao diff` on real documents: corpus texts against edited copies built here from their real
// text (item removed, added, reordered, renumbered; a deadline moved; an actor replaced or renamed;
// words changed), with the exact classes and pairs expected; and corpus/000 (2014) against
// corpus/004 (2023) as a golden file, reviewed by eye. UPDATE_GOLDEN=1 rewrites the golden files
// and fixtures/diff/002-edited.txt.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { diffSides } from '../src/diff/diff.js';
import type { DiffResult, Entry } from '../src/diff/types.js';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import type { ExtractedDocument } from '../src/types.js';
import { runCli } from './helpers/run-cli.js';

const C002 = 'corpus/002_01045addc55f0d23.txt';
const C006 = 'corpus/006_kh-09-btnmt-2024.txt';
const EDITED = 'fixtures/diff/002-edited.txt';
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const schema = createRequire(import.meta.url)('../schema/diff.schema.json') as object;
const validateDiff = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);

const read = (path: string): string => readFileSync(path, 'utf8');
const extract = (text: string, path: string): ExtractedDocument => extractDocument(ingest(new TextEncoder().encode(text), { path }));
const diff = (a: ExtractedDocument, b: ExtractedDocument): DiffResult => diffSides({ label: 'old', documents: [a] }, { label: 'new', documents: [b] }, { threshold: 0.4 });

/** [class, old id, new id] of every entry, in reading order. */
const shape = (d: DiffResult): [string, string | null, string | null][] => d.entries.map((e) => [e.class, e.old?.id ?? null, e.new?.id ?? null]);
const only = (d: DiffResult, cls: Entry['class']): Entry[] => d.entries.filter((e) => e.class === cls);

// ---- building edited copies of corpus/002 ----------------------------------------------------------

const TEXT_002 = read(C002);
const DOC_002 = extract(TEXT_002, C002);
/** The wording of items 1–7 of corpus/002 without their labels "1. " … "7. ". */
const ITEMS_002 = DOC_002.directives.map((d) => d.text.replace(/^\d+\. /u, ''));
const HEAD_002 = TEXT_002.slice(0, DOC_002.directives[0]!.span[0]);
const TAIL_002 = TEXT_002.slice(DOC_002.directives[6]!.span[1]);

/** corpus/002 with these wordings as its items, numbered 1, 2, 3 … in this order (one line, as printed). */
const with002Items = (items: readonly string[]): string => HEAD_002 + items.map((t, k) => `${k + 1}. ${t}`).join(' ') + TAIL_002;

// A new task in the style of the notice (it names the body that leads and the date).
const NEW_TASK =
  'Bộ Ngoại giao chủ trì, phối hợp với các Bộ, ngành, địa phương tổng hợp kết quả thực hiện Chỉ thị 15/CT-TTg, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2016.';

/** The copy of the "Done when": item 4 deleted, 5 and 6 swapped, 2016 → 2017 in item 3, a task appended. */
function doneWhenCopy(): string {
  const items = [...ITEMS_002];
  items[2] = items[2]!.replace('trong năm 2016', 'trong năm 2017');
  return with002Items([items[0]!, items[1]!, items[2]!, items[5]!, items[4]!, items[6]!, NEW_TASK]);
}

describe('diff: the "Done when" example of issue 6 on corpus/002', () => {
  const copy = doneWhenCopy();

  it('the fixture fixtures/diff/002-edited.txt is this recipe applied to the real text', () => {
    if (UPDATE) writeFileSync(EDITED, copy);
    expect(read(EDITED)).toBe(copy);
    expect(copy).not.toBe(TEXT_002);
    expect(copy).toContain('3. Về hội nhập kinh tế');
    expect(copy).toContain('trong năm 2017 đạt mức trung bình');
  });

  it('gives exactly 1 removed (item 4), 1 added (the new 7), 1 changed (item 3) and 5 unchanged', () => {
    const d = diff(DOC_002, extract(copy, EDITED));
    expect(d.summary.counts).toEqual({ unchanged: 5, changed: 1, added: 1, removed: 1 });
    expect(shape(d)).toEqual([
      ['unchanged', '1', '1'],
      ['unchanged', '2', '2'],
      ['changed', '3', '3'],
      ['removed', '4', null],
      ['unchanged', '6', '4'],
      ['unchanged', '5', '5'],
      ['unchanged', '7', '6'],
      ['added', null, '7'],
    ]);
    for (const e of only(d, 'unchanged')) expect(e.score).toBe(1);
  });

  it('shows item 3 word by word (2016 → 2017) and its deadline moved 2016 → 2017, nothing else', () => {
    const d = diff(DOC_002, extract(copy, EDITED));
    const [change] = only(d, 'changed');
    expect(change!.words!.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: ' 2016' },
      { op: 'insert', text: ' 2017' },
    ]);
    // "Trong 2 năm tới" already resolves to 2017: the deadlines compare as multisets, so the
    // change of "trong năm 2016" is a move, not a removal.
    expect(change!.deadlines).toEqual({
      added: [],
      removed: [],
      moved: [{ kind: 'by', from: '2016', to: '2017', fromText: 'trong năm 2016', toText: 'trong năm 2017' }],
    });
    expect(change!.actors).toEqual({ added: [], removed: [], renamed: [] });
    expect(change!.domains).toEqual({ added: [], removed: [] });
    expect(d.summary.deadlinesMoved).toEqual([
      { kind: 'by', from: '2016', to: '2017', fromText: 'trong năm 2016', toText: 'trong năm 2017', old: { path: C002, id: '3' }, new: { path: EDITED, id: '3' } },
    ]);
    expect(change!.score).toBeGreaterThan(0.95);
  });

  it('--exit-code: 0 for a document against itself, 1 here; 0 without --exit-code', async () => {
    const self = await runCli(['diff', C002, C002, '--exit-code']);
    expect(self.stderr).toBe('');
    expect(self.code).toBe(0);
    expect(self.stdout).toContain('7 unchanged, 0 changed, 0 added, 0 removed');
    const edited = await runCli(['diff', C002, EDITED, '--exit-code']);
    expect(edited.stderr).toBe('');
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('5 unchanged, 1 changed, 1 added, 1 removed');
    expect(edited.stdout).toContain('[-2016-]{+2017+}');
    expect((await runCli(['diff', C002, EDITED])).code).toBe(0);
  });
});

describe('diff: edited copies of corpus/002, one edit each', () => {
  const against = (items: readonly string[]): DiffResult => diff(DOC_002, extract(with002Items(items), 'edited.txt'));

  it('an item removed and the rest renumbered: 1 removed, 6 unchanged', () => {
    const d = against([ITEMS_002[0]!, ...ITEMS_002.slice(2)]);
    expect(shape(d)).toEqual([
      ['unchanged', '1', '1'],
      ['removed', '2', null],
      ['unchanged', '3', '2'],
      ['unchanged', '4', '3'],
      ['unchanged', '5', '4'],
      ['unchanged', '6', '5'],
      ['unchanged', '7', '6'],
    ]);
  });

  it('an item added in the middle: 1 added, 7 unchanged', () => {
    const d = against([...ITEMS_002.slice(0, 3), NEW_TASK, ...ITEMS_002.slice(3)]);
    expect(d.summary.counts).toEqual({ unchanged: 7, changed: 0, added: 1, removed: 0 });
    expect(only(d, 'added').map((e) => e.new!.id)).toEqual(['4']);
    expect(d.summary.leads).toEqual([{ agency: 'Bộ Ngoại giao', old: 0, new: 1, change: 1 }]);
  });

  it('items 1–6 in reverse order: 7 unchanged, and nothing differs', () => {
    // Item 7 stays last: item 1 ends without a full stop, and as the last item the segmenter
    // rightly leaves its closing sentence out (that would be a change of wording, not of order).
    const d = against([...ITEMS_002.slice(0, 6).reverse(), ITEMS_002[6]!]);
    expect(shape(d)).toEqual(['6', '5', '4', '3', '2', '1', '7'].map((id, k) => ['unchanged', id, String(k + 1)]));
    expect(d.differs).toBe(false);
  });

  it('a deadline moved (trong năm 2016 → trong năm 2018): item 3 changed, its deadline moved', () => {
    const items = [...ITEMS_002];
    items[2] = items[2]!.replace('trong năm 2016', 'trong năm 2018');
    const d = against(items);
    expect(shape(d).filter(([c]) => c !== 'unchanged')).toEqual([['changed', '3', '3']]);
    expect(only(d, 'changed')[0]!.deadlines!.moved.map((m) => [m.kind, m.from, m.to])).toEqual([['by', '2016', '2018']]);
  });

  it('an actor replaced (the lead of item 7): removed and added, and the lead shifts in the summary', () => {
    const items = [...ITEMS_002];
    items[6] = items[6]!.replace('giao Bộ Thông tin và Truyền thông chủ trì', 'giao Bộ Ngoại giao chủ trì');
    const d = against(items);
    expect(shape(d).filter(([c]) => c !== 'unchanged')).toEqual([['changed', '7', '7']]);
    const actors = only(d, 'changed')[0]!.actors!;
    expect(actors.removed.map((a) => [a.name, a.role])).toEqual([['Bộ Thông tin và Truyền thông', 'lead']]);
    expect(actors.added.map((a) => [a.name, a.role])).toEqual([['Bộ Ngoại giao', 'lead']]);
    expect(actors.renamed).toEqual([]);
    // Agencies by their current name: the 2015 Ministry of Information now is Science and Technology.
    expect(d.summary.leads).toEqual([
      { agency: 'Bộ Ngoại giao', old: 0, new: 1, change: 1 },
      { agency: 'Bộ Khoa học và Công nghệ', old: 1, new: 0, change: -1 },
    ]);
  });

  it('an actor renamed to its 2025 successor: shown as renamed, not added or removed; no lead shift', () => {
    const items = [...ITEMS_002];
    items[6] = items[6]!.replace('giao Bộ Thông tin và Truyền thông chủ trì', 'giao Bộ Khoa học và Công nghệ chủ trì');
    const d = against(items);
    const [change] = only(d, 'changed');
    expect(change!.old!.id).toBe('7');
    expect(change!.actors).toEqual({
      added: [],
      removed: [],
      renamed: [{ role: 'lead', from: 'Bộ Thông tin và Truyền thông', to: 'Bộ Khoa học và Công nghệ', current: ['Bộ Khoa học và Công nghệ'] }],
    });
    expect(d.summary.leads).toEqual([]);
  });

  it('words changed in item 1: changed, with exactly those words', () => {
    const items = [...ITEMS_002];
    items[0] = items[0]!.replace('Tiếp tục đẩy mạnh hội nhập quốc tế toàn diện', 'Tập trung đẩy mạnh hội nhập quốc tế sâu rộng');
    const d = against(items);
    expect(shape(d).filter(([c]) => c !== 'unchanged')).toEqual([['changed', '1', '1']]);
    expect(only(d, 'changed')[0]!.words!.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: 'Tiếp tục' },
      { op: 'insert', text: 'Tập trung' },
      { op: 'delete', text: ' toàn diện' },
      { op: 'insert', text: ' sâu rộng' },
    ]);
  });

  it('tone placement and spacing alone ("hòa bình" → "hoà bình", "tế,chuẩn" → "tế, chuẩn") change nothing', () => {
    const items = [...ITEMS_002];
    items[3] = items[3]!.replaceAll('hòa bình', 'hoà bình').replace('quốc tế,chuẩn bị', 'quốc tế, chuẩn bị');
    expect(items[3]).not.toBe(ITEMS_002[3]);
    expect(against(items).differs).toBe(false);
  });
});

describe('diff: a task table (corpus/006, Phụ lục rows T1–T9)', () => {
  const text = read(C006);
  const doc = extract(text, C006);
  const lines = text.split('\n');
  const rowAt = (n: number): number => lines.findIndex((l) => l.startsWith(`| ${n}. |`));

  it('row 3 deleted, rows renumbered, row 9 moved to the top: exactly 1 removed (T3), the rest unchanged', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => lines[rowAt(n)]!.replace(/^\| \d+\. \|/u, ''));
    const order = [rows[8]!, rows[0]!, rows[1]!, ...rows.slice(3, 8)];
    const edited = [...lines.slice(0, rowAt(1)), ...order.map((r, k) => `| ${k + 1}. |${r}`), ...lines.slice(rowAt(9) + 1)].join('\n');
    const d = diff(doc, extract(edited, 'edited-006.txt'));
    expect(d.summary.counts).toEqual({ unchanged: 31, changed: 0, added: 0, removed: 1 });
    expect(only(d, 'removed').map((e) => e.old!.id)).toEqual(['T3']);
    const rowPairs = d.entries.filter((e) => e.old?.id.startsWith('T')).map((e) => [e.old!.id, e.new?.id ?? null]);
    expect(rowPairs).toEqual([['T9', 'T1'], ['T1', 'T2'], ['T2', 'T3'], ['T3', null], ['T4', 'T4'], ['T5', 'T5'], ['T6', 'T6'], ['T7', 'T7'], ['T8', 'T8']]);
  });
});

describe('diff: corpus/000 (2014 action programme) against corpus/004 (2023 review), golden files', () => {
  const golden = async (format: string, ext: string): Promise<void> => {
    const { code, stdout, stderr } = await runCli(['diff', 'corpus/000_0170ae969454aa54.txt', 'corpus/004_5fed355252d6cdb1.txt', '--format', format]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = `test/golden/diff-000-004.${ext}`;
    if (UPDATE) writeFileSync(file, stdout);
    expect(stdout).toBe(read(file));
  };

  it('text', () => golden('text', 'txt'));
  it('md', () => golden('md', 'md'));
  it('json, valid against schema/diff.schema.json', async () => {
    await golden('json', 'json');
    const d = JSON.parse(read('test/golden/diff-000-004.json'));
    expect(validateDiff(d), JSON.stringify(validateDiff.errors)).toBe(true);
    // The two texts share a subject (Resolution 22-NQ/TW) but no directive: all 18 of 2014 are
    // gone, the 4 of 2023 new, and the Ministry of Foreign Affairs gains a lead role.
    expect(d.summary.counts).toEqual({ unchanged: 0, changed: 0, added: 4, removed: 18 });
    expect(d.summary.leads).toEqual([{ agency: 'Bộ Ngoại giao', old: 0, new: 1, change: 1 }]);
  });
});

describe('diff: JSON output is valid against schema/diff.schema.json', () => {
  it('for the "Done when" copy, and for --group-by year over the corpus', async () => {
    const one = await runCli(['diff', C002, EDITED, '--format', 'json']);
    expect(validateDiff(JSON.parse(one.stdout)), JSON.stringify(validateDiff.errors)).toBe(true);
    const years = await runCli(['diff', 'corpus', '--group-by', 'year', '--format', 'json']);
    expect(years.code).toBe(0);
    const g = JSON.parse(years.stdout);
    expect(validateDiff(g), JSON.stringify(validateDiff.errors)).toBe(true);
    expect(g.diffs.map((d: DiffResult) => `${d.old.label}→${d.new.label}`)).toEqual(['2014→2015', '2015→2024', '2024→2025', '2025→2026']);
  });

  it('rejects what is not a diff (the schema is not a formality)', () => {
    const d = JSON.parse(read('test/golden/diff-000-004.json'));
    d.entries[0].class = 'moved';
    expect(validateDiff(d)).toBe(false);
  });
});

describe('diff: sides given as extract output', () => {
  it('JSON of one document, JSON Lines of a folder, and a folder of -o outputs diff like the texts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-diff-'));
    const json = join(dir, '002.json');
    writeFileSync(json, (await runCli(['extract', C002])).stdout);
    const fromJson = await runCli(['diff', json, EDITED, '--format', 'json']);
    const fromText = await runCli(['diff', C002, EDITED, '--format', 'json']);
    expect(fromJson.code).toBe(0);
    const strip = (s: string): unknown => ({ ...JSON.parse(s), old: null });
    expect(strip(fromJson.stdout)).toEqual(strip(fromText.stdout));

    const jsonl = join(dir, 'corpus.jsonl');
    writeFileSync(jsonl, (await runCli(['extract', 'corpus', '--format', 'jsonl'])).stdout);
    const same = await runCli(['diff', 'corpus', jsonl, '--exit-code']);
    expect(same.stderr).toBe('');
    expect(same.code).toBe(0);

    const out = join(dir, 'out');
    expect((await runCli(['extract', 'corpus', '-o', out])).code).toBe(0);
    const folder = await runCli(['diff', out, 'corpus', '--exit-code', '--format', 'json']);
    expect(folder.stderr).toBe('');
    expect(folder.code).toBe(0);
    const d = JSON.parse(folder.stdout);
    expect(d.old.documents).toHaveLength(14);
    expect(d.summary.counts.unchanged).toBe(d.old.directives);
  });
});
