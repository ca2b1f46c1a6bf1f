// The Markdown summary (`extract --format md`):
// 1. golden files, one per corpus document, under test/golden/ — reviewed by eye once; regenerate
//    them after a deliberate change with `UPDATE_GOLDEN=1 npx vitest run test/markdown.test.ts`
//    and read the diff before committing;
// 2. the output parsed back with remark-parse + remark-gfm: every table row has as many cells as
//    its header, text with "|" and "*" comes back as it went in, the gantt block is there;
// 3. the CLI: several documents on standard output separated by a rule, `-o DIR` one .md each.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Code, Heading, Root, Table, ThematicBreak } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { gist, shorten } from '../src/render/gist.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { gantt, rangeOf, timeline } from '../src/render/timeline.js';
import type { Deadline, ExtractedDocument } from '../src/types.js';
import { runCli } from './helpers/run-cli.js';

const GOLDEN = 'test/golden';
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const texts = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort();

function extract(name: string): ExtractedDocument {
  return extractDocument(ingest(readFileSync(`corpus/${name}`), { path: `corpus/${name}` }));
}

const parse = (md: string): Root => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

function tablesOf(tree: Root): Table[] {
  return tree.children.filter((n): n is Table => n.type === 'table');
}

function cellText(node: { type: string; value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => cellText(c as typeof node)).join('');
}

describe('golden Markdown per corpus document (UPDATE_GOLDEN=1 rewrites them)', () => {
  if (UPDATE) mkdirSync(GOLDEN, { recursive: true });
  it.each(texts)('%s', (name) => {
    const md = renderMarkdown(extract(name));
    const file = join(GOLDEN, name.replace(/\.txt$/u, '.md'));
    if (UPDATE) writeFileSync(file, md);
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/markdown.test.ts`).toBe(true);
    expect(md).toBe(readFileSync(file, 'utf8'));
  });
});

describe('the Markdown parses back with remark-gfm', () => {
  it.each(texts)('%s: tables keep their shape, sections are all there', (name) => {
    const doc = extract(name);
    const tree = parse(renderMarkdown(doc));
    const h2 = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map((h) => cellText(h));
    expect(h2).toEqual(['Document', 'Directives', 'Actors', 'Deadlines', 'Domains', 'References']);
    const tables = tablesOf(tree);
    for (const t of tables) {
      const width = t.children[0]!.children.length;
      for (const row of t.children) expect(row.children).toHaveLength(width);
    }
    const headers = tables.map((t) => t.children[0]!.children.map(cellText).join(' | '));
    expect(headers[0]).toBe('field | value');
    // Document fields: ten rows below the header, whatever the document, and the Kính gửi list of a letter that has one.
    expect(tables[0]!.children).toHaveLength(doc.document.addressees ? 12 : 11);
    const hasDeadlines = doc.directives.some(function any(d): boolean { return d.deadlines.length > 0 || d.children.some(any); });
    const mermaid = tree.children.filter((n): n is Code => n.type === 'code' && n.lang === 'mermaid');
    if (!hasDeadlines) expect(mermaid).toHaveLength(0);
    for (const m of mermaid) expect(m.value.split('\n')[0]).toBe('gantt');
  });

  it('a title line with type, number, issuer and date (002)', () => {
    const tree = parse(renderMarkdown(extract('002_01045addc55f0d23.txt')));
    const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1)!;
    expect(cellText(h1)).toBe('Thông báo 330/TB-VPCP · Văn phòng Chính phủ · 2015-10-02');
  });

  it('"|" and "*" in Vietnamese text never break a table (a task-table row of 006 as a title)', () => {
    const doc = extract('006_kh-09-btnmt-2024.txt');
    const row = doc.directives.find((d) => d.id === 'T1')!.text; // "1. | Hoàn thiện dự thảo … | Cục Biến đổi khí hậu | … | Tháng 8/2024"
    const tricky = `${row} *Phụ lục* _kèm theo_`;
    const md = renderMarkdown({ ...doc, document: { ...doc.document, title: tricky } });
    const fields = tablesOf(parse(md))[0]!;
    const title = fields.children.find((r) => cellText(r.children[0]!) === 'title')!;
    expect(title.children).toHaveLength(2);
    expect(cellText(title.children[1]!)).toBe(tricky.replace(/\s+/gu, ' '));
  });

  it('several documents on one stream: a horizontal rule between them, one title each', async () => {
    const { code, stdout } = await runCli(['extract', 'corpus/002_01045addc55f0d23.txt', 'corpus/007_cv-4390-ubnd-laocai-2026.txt', '--format', 'md']);
    expect(code).toBe(0);
    const tree = parse(stdout);
    expect(tree.children.filter((n): n is ThematicBreak => n.type === 'thematicBreak')).toHaveLength(1);
    const titles = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 1).map(cellText);
    expect(titles).toEqual(['Thông báo 330/TB-VPCP · Văn phòng Chính phủ · 2015-10-02', 'Công văn 4390/UBND-NLN · Ủy ban nhân dân tỉnh Lào Cai · 2026-05-27']);
    // The rule comes after the first document's last table, never under a paragraph line.
    expect(stdout).toContain('\n\n---\n\n# Công văn 4390/UBND-NLN');
  });

  it('-o DIR writes one .md per input, each a document of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-md-'));
    const { code, stdout } = await runCli(['extract', 'corpus/003_282706f9053aedd7.txt', 'corpus/005_qd-1803-ttg-2015.txt', '-o', dir, '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['003_282706f9053aedd7.md', '005_qd-1803-ttg-2015.md']);
    const written = readFileSync(join(dir, '005_qd-1803-ttg-2015.md'), 'utf8');
    expect(written).toBe(renderMarkdown(extract('005_qd-1803-ttg-2015.txt')));
    expect(written.startsWith('# Quyết định 1803/QĐ-TTg')).toBe(true);
  });
});

describe('gist and timeline', () => {
  it.each([
    ['3. Về hội nhập kinh tế, cần tập trung hoàn thiện thể chế kinh tế thị trường, phát huy và nâng cao nội lực. Tích cực đẩy mạnh tái cơ cấu nền kinh tế.', 'Về hội nhập kinh tế, cần tập trung hoàn thiện thể chế kinh tế thị trường, phát huy và nâng cao nội lực.'],
    ['k) Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch và tổng hợp, báo cáo Bộ trưởng về kết quả triển khai thực hiện.', 'Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch và tổng hợp, báo cáo Bộ trưởng về kết quả triển khai thực hiện.'],
  ])('gist of %j', (text, expected) => {
    expect(gist({ id: 'x', numbered: true, text, span: [0, text.length], urgent: false, actors: [], deadlines: [], domains: [], children: [] })).toBe(expected);
  });

  it('a long first sentence is cut at a word, with "…"', () => {
    const s = shorten('Chủ trì, phối hợp với các Bộ, cơ quan liên quan xây dựng, trình Chính phủ Nghị định sửa đổi, bổ sung một số điều của Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ về giảm nhẹ phát thải khí nhà kính');
    expect(s).toBe('Chủ trì, phối hợp với các Bộ, cơ quan liên quan xây dựng, trình Chính phủ Nghị định sửa đổi, bổ sung một số điều của Nghị định số 06/2022/NĐ-CP ngày 07 tháng…');
    expect(s.length).toBeLessThanOrEqual(160);
  });

  it.each([
    ['2023-09-08', { start: '2023-09-08', end: '2023-09-08' }],
    ['2014-06', { start: '2014-06-01', end: '2014-06-30' }],
    ['2024-Q3', { start: '2024-07-01', end: '2024-09-30' }],
    ['2024-H1', { start: '2024-01-01', end: '2024-06-30' }],
    ['2016', { start: '2016-01-01', end: '2016-12-31' }],
    ['2024/2030', { start: '2024-01-01', end: '2030-12-31' }],
    ['2024-02-30', null],
    ['2030/2024', null],
    ['P1Y', null],
  ])('the range of %j', (value, expected) => {
    expect(rangeOf(value)).toEqual(expected);
  });

  it('sorted by date, "by" at the end of its range; gantt milestones and bars; recurring not drawn', () => {
    const d = (text: string, kind: Deadline['kind'], value: string | null): Deadline => ({ text, kind, value, precision: null, span: [0, 0] });
    const entries = timeline([
      { id: 'T3', deadlines: [d('2024 - 2025', 'period', '2024/2025')] },
      { id: 'T1', deadlines: [d('Tháng 8/2024', 'by', '2024-08')] },
      { id: 's8', deadlines: [d('hàng năm', 'recurring', 'P1Y'), d('trong tháng 6/2014', 'by', '2014-06')] },
    ]);
    expect(entries.map((e) => `${e.directive} ${e.deadline.text}`)).toEqual(['s8 trong tháng 6/2014', 'T3 2024 - 2025', 'T1 Tháng 8/2024', 's8 hàng năm']);
    expect(gantt(entries, '09/KH-BTNMT')).toBe([
      'gantt',
      '  title 09/KH-BTNMT',
      '  dateFormat YYYY-MM-DD',
      '  axisFormat %Y-%m',
      '  section Deadlines',
      '  s8 trong tháng 6/2014 :milestone, d1, 2014-06-30, 0d',
      '  T3 2024 - 2025 :d2, 2024-01-01, 2025-12-31',
      '  T1 Tháng 8/2024 :milestone, d3, 2024-08-31, 0d',
    ].join('\n'));
    expect(gantt(entries.slice(3), 'x')).toBeNull();
  });
});
