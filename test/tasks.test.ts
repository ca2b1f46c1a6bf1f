// `chidao tasks`: status, filters and renderers as table tests, and the register of corpus/ checked
// against the gold files (CSV through a CSV reader, iCalendar through an iCalendar parser).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/index.js';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { actorMatcher } from '../src/tasks/filters.js';
import { rowsOf, type TaskRow } from '../src/tasks/register.js';
import { wrap } from '../src/tasks/render/table.js';
import { parseSoon, statusOf } from '../src/tasks/status.js';
import type { Deadline, Directive, ExtractedDocument } from '../src/types.js';
import { runCli } from './helpers/run-cli.js';

// ---- gold ---------------------------------------------------------------------------------------

interface GoldDirective {
  id: string;
  actors: Array<{ name: string; role: string }>;
  deadlines: Array<{ kind: string; value: string | null }>;
  children: GoldDirective[];
}
interface Gold {
  source: string;
  document: { number: string | null; date: string | null };
  directives: GoldDirective[];
}

const goldFiles = readdirSync('corpus').filter((f) => f.endsWith('.gold.json')).sort();
const gold = new Map(goldFiles.map((f) => [f.slice(0, 3), JSON.parse(readFileSync(`corpus/${f}`, 'utf8')) as Gold]));
const goldLeaves = (ds: GoldDirective[]): GoldDirective[] => ds.flatMap((d) => (d.children.length ? goldLeaves(d.children) : [d]));
// Where the extractor matches the gold today (every score 1.0): 000–009. On 010, 011, 013 and 014,
// added later in new layouts, it finds other directives than the gold's (010: 1 of 27 leaves;
// 011: 75 for 61; 013: ids "1" … for "II.1" …; 014: 2 for 3), so the gold cannot be the
// expectation there; the register's rows are checked against the extractor's own leaves instead.
const MATCHING = ['000', '001', '002', '003', '004', '005', '006', '007', '008', '009'];

const sorted = (xs: readonly string[]): string[] => [...xs].sort();
const splitList = (s: string): string[] => (s === '' ? [] : s.split('; '));

// ---- made-up rows -------------------------------------------------------------------------------

function row(deadlines: Array<Partial<Deadline> & Pick<Deadline, 'kind' | 'value'>>, date = '2026-01-10'): TaskRow {
  const leaf: Directive = {
    id: '1', numbered: true, text: '1. Bộ Công Thương chủ trì xây dựng đề án.', span: [0, 41], urgent: false,
    actors: [{ name: 'Bộ Công Thương', role: 'lead', type: 'ministry', text: 'Bộ Công Thương', span: [3, 17] }],
    deadlines: deadlines.map((d) => ({ text: 'trước …', precision: null, span: [0, 1], ...d })), domains: [], children: [],
  };
  const doc: ExtractedDocument = {
    schemaVersion: 1, source: { path: 'x.txt', sha256: '0'.repeat(64), encoding: 'utf-8', format: 'text', length: 41 },
    document: { kind: 'official', type: 'TB', number: '1/TB-X', issuer: null, place: null, date, title: null, signer: null, recipients: [], references: [] },
    directives: [leaf],
  };
  return rowsOf(doc, 0)[0]!;
}

describe('status on --as-of 2026-12-01, due soon within 14 days', () => {
  const cases: Array<[string, Parameters<typeof row>[0], string]> = [
    ['a day before', [{ kind: 'by', value: '2026-11-30' }], 'overdue'],
    ['due that very day', [{ kind: 'by', value: '2026-12-01' }], 'due-soon'],
    ['the 14th day after', [{ kind: 'by', value: '2026-12-15' }], 'due-soon'],
    ['the 15th day after', [{ kind: 'by', value: '2026-12-16' }], 'open'],
    ['a month that has ended (its last day)', [{ kind: 'by', value: '2026-11' }], 'overdue'],
    ['the current month: due on its last day, beyond 14 days', [{ kind: 'by', value: '2026-12' }], 'open'],
    ['a quarter', [{ kind: 'by', value: '2027-Q1' }], 'open'],
    ['a half-year that has ended', [{ kind: 'by', value: '2026-H1' }], 'overdue'],
    ['a year', [{ kind: 'by', value: '2025' }], 'overdue'],
    ['a period: due at its end', [{ kind: 'period', value: '2024/2027' }], 'open'],
    ['a period that ended', [{ kind: 'period', value: '2021/2025' }], 'overdue'],
    ['recurring only', [{ kind: 'recurring', value: 'P1M' }], 'recurring'],
    ['recurring with no period', [{ kind: 'recurring', value: null }], 'recurring'],
    ['recurring beside a date: the date decides', [{ kind: 'recurring', value: 'P1Y' }, { kind: 'by', value: '2026-06' }], 'overdue'],
    ['a start only', [{ kind: 'from', value: '2026' }], 'open'],
    ['an occasion without a date ("trước Tết")', [{ kind: 'by', value: null }], 'open'],
    ['none', [], 'no-deadline'],
    ['two dates: the first due decides', [{ kind: 'by', value: '2027' }, { kind: 'by', value: '2026-10-01' }], 'overdue'],
  ];
  it.each(cases)('%s → %s', (_name, deadlines, expected) => {
    expect(statusOf(row(deadlines), '2026-12-01', 14)).toBe(expected);
  });

  it.each([['14d', 14], ['2w', 14], ['30', 30], ['0d', 0]] as const)('--soon %s is %d days', (value, days) => {
    expect(parseSoon(value)).toBe(days);
  });
  it.each(['', 'soon', '-3d', '1m', '2 weeks'])('--soon %j is refused', (value) => {
    expect(parseSoon(value)).toBeNull();
  });
});

describe('actor match (folded; successors from the gazetteer)', () => {
  const valid: Array<[string, string, boolean]> = [
    ['Bộ Công Thương', 'Bộ Công Thương', false],
    ['bộ công thương', 'Bộ Công Thương', false],
    ['Uỷ ban nhân dân tỉnh Lào Cai', 'Ủy ban nhân dân tỉnh Lào Cai', false], // spelling Uỷ/Ủy
    ['Bộ Văn hoá, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch', false], // tone placement hoá/hóa
    ['Lào Cai', 'Sở Công Thương tỉnh Lào Cai', false], // whole words inside the name
    ['Bộ TN&MT', 'Bộ Tài nguyên và Môi trường', false], // a printed form of the gazetteer
    ['Bộ Nông nghiệp và Môi trường', 'Bộ Tài nguyên và Môi trường', true], // its predecessor's tasks
    ['Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông', true], // a split portfolio's lead part
    ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Thông tin và Truyền thông', true], // and its other part
    ['Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư', true], // merged in 2025 (Resolution 176/2025/QH15)
    ['Bộ Nội vụ', 'Bộ Lao động - Thương binh và Xã hội', true],
    ['Ủy ban nhân dân tỉnh Lào Cai', 'Ủy ban nhân dân tỉnh Yên Bái', true], // provinces merged (Resolution 202/2025/QH15)
  ];
  it.each(valid)('%j finds %j (successor: %s)', (query, name, successor) => {
    expect(actorMatcher(query, successor)(name)).toBe(true);
  });
  const invalid: Array<[string, string, boolean]> = [
    ['Bộ Công Thương', 'Sở Công Thương tỉnh Lào Cai', false],
    ['Bộ Công Thương', 'Sở Công Thương tỉnh Lào Cai', true],
    ['bo cong thuong', 'Bộ Công Thương', false], // the kernel folds case and tone placement, not the tones away
    ['Lào', 'Ủy ban nhân dân tỉnh Lạng Sơn', false],
    ['Cai', 'Ủy ban nhân dân tỉnh Caix', false], // made up: words, not letters
    ['Bộ Nông nghiệp và Môi trường', 'Bộ Tài nguyên và Môi trường', false], // without --successor
    ['Bộ Tài nguyên và Môi trường', 'Bộ Nông nghiệp và Môi trường', true], // successors do not match backwards
    ['Ủy ban nhân dân tỉnh Yên Bái', 'Ủy ban nhân dân tỉnh Lào Cai', true],
    ['Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư', false],
    ['Bộ Tài chính', 'Bộ Tài nguyên và Môi trường', true],
  ];
  it.each(invalid)('%j does not find %j (successor: %s)', (query, name, successor) => {
    expect(actorMatcher(query, successor)(name)).toBe(false);
  });
});

describe('wrap', () => {
  it.each([
    ['Bộ Công Thương chủ trì', 10, ['Bộ Công', 'Thương chủ', 'trì']],
    ['Ủy ban nhân dân', 40, ['Ủy ban nhân dân']],
    ['abcdefghijkl', 5, ['abcde', 'fghij', 'kl']],
    ['', 5, ['']],
  ] as const)('%j at %d', (s, width, lines) => {
    expect(wrap(s, width)).toEqual(lines);
  });
});

// ---- the corpus --------------------------------------------------------------------------------

const csv = await runCli(['tasks', 'corpus/', '--format', 'csv', '--as-of', '2026-12-01']);
const csvRows = parseCsv(csv.stdout, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;

describe('tasks corpus/ --format csv', () => {
  it('exits 0 with nothing on standard error', () => {
    expect({ code: csv.code, stderr: csv.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('has one row per leaf directive the extractor finds, in every document', () => {
    for (const f of readdirSync('corpus').filter((n) => n.endsWith('.txt'))) {
      const doc = extractDocument(ingest(readFileSync(`corpus/${f}`), { path: `corpus/${f}` }));
      const leaves = (ds: Directive[]): string[] => ds.flatMap((d) => (d.children.length ? leaves(d.children) : [d.id]));
      expect(csvRows.filter((r) => r.source === `corpus/${f}`).map((r) => r.directive), f).toEqual(leaves(doc.directives));
    }
  });

  it.each(MATCHING)('%s: exactly the gold leaves, with the gold lead and deadline values', (n) => {
    const g = gold.get(n)!;
    const rows = csvRows.filter((r) => r.source === `corpus/${g.source}`);
    const expected = goldLeaves(g.directives).map((d) => ({
      directive: d.id,
      lead: sorted(d.actors.filter((a) => a.role === 'lead').map((a) => a.name)),
      deadlines: sorted(d.deadlines.filter((x) => x.kind !== 'horizon').map((x) => `${x.kind} ${x.value ?? ''}`)),
    }));
    const kinds = (r: Record<string, string>): string[] => splitList(r.deadline_kind!);
    const actual = rows.map((r) => ({
      directive: r.directive,
      lead: sorted(splitList(r.lead!)),
      // One value per kind, an empty one for a deadline without a value ("báo cáo định kỳ").
      deadlines: sorted(kinds(r).map((k, i) => `${k} ${r.deadline_value!.split('; ')[i]}`)),
    }));
    expect(actual).toEqual(expected);
  });

  it('with --bom starts with U+FEFF and the header; lines end in CRLF (RFC 4180)', async () => {
    const r = await runCli(['tasks', 'corpus/007_cv-4390-ubnd-laocai-2026.txt', '--format', 'csv', '--bom']);
    expect(r.stdout.startsWith('\uFEFFdocument_type,document_number,document_date,issuer,source,directive,gist,lead,')).toBe(true);
    expect(r.stdout.split('\r\n')).toHaveLength(5 + 2);
  });

  it('--lang vi gives Vietnamese headers', async () => {
    const r = await runCli(['tasks', 'corpus/007_cv-4390-ubnd-laocai-2026.txt', '--format', 'csv', '--lang', 'vi']);
    expect(r.stdout.split('\r\n')[0]).toBe('loại,số, ký hiệu,ngày,cơ quan ban hành,nguồn,mục,nhiệm vụ,cơ quan chủ trì,cơ quan phối hợp,cơ quan thực hiện,nơi nhận báo cáo,thời hạn,loại thời hạn,nguyên văn,hạn,lĩnh vực,khẩn,tình trạng'.replace('số, ký hiệu', '"số, ký hiệu"'));
  });
});

// ---- iCalendar ----------------------------------------------------------------------------------

describe('tasks --format ics on the documents that match their gold', () => {
  const paths = MATCHING.map((n) => `corpus/${gold.get(n)!.source}`);
  const addDay = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const lastDay = (v: string): string => {
    if (/^\d{4}-\d{2}-\d{2}$/u.test(v)) return v;
    if (/^\d{4}-\d{2}$/u.test(v)) return new Date(Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)), 0)).toISOString().slice(0, 10);
    return `${v.slice(0, 4)}-12-31`; // the years of the gold
  };
  const firstDay = (v: string): string => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  // One event per dated deadline of the gold: [start, end exclusive, rule].
  const expected: string[] = [];
  for (const n of MATCHING) {
    const g = gold.get(n)!;
    for (const d of goldLeaves(g.directives)) {
      for (const x of d.deadlines) {
        if (x.kind === 'by' && x.value) expected.push(`${lastDay(x.value)} ${addDay(lastDay(x.value))} -`);
        if (x.kind === 'from' && x.value) expected.push(`${firstDay(x.value)} ${addDay(firstDay(x.value))} -`);
        if (x.kind === 'period' && x.value) {
          const [a, b] = x.value.split('/') as [string, string];
          expected.push(`${firstDay(a)} ${addDay(lastDay(b))} -`);
        }
        if (x.kind === 'recurring' && x.value && g.document.date) {
          const freq = { Y: 'YEARLY', M: 'MONTHLY' }[x.value.slice(-1)]!;
          expected.push(`${g.document.date} ${addDay(g.document.date)} FREQ=${freq}`);
        }
      }
    }
  }

  it('parses with ical.js into one event per dated deadline, on the days the deadlines allow', async () => {
    const r = await runCli(['tasks', ...paths, '--format', 'ics', '--as-of', '2026-12-01']);
    expect(r.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(r.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const got = events.map((e) => {
      const rule = e.component.getFirstPropertyValue('rrule') as ICAL.Recur | null;
      return `${e.startDate.toString()} ${e.endDate.toString()} ${rule ? `FREQ=${rule.freq}` : '-'}`;
    });
    expect(sorted(got)).toEqual(sorted(expected));
    expect(events.every((e) => e.startDate.isDate)).toBe(true); // all-day
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.find((e) => e.uid === '09-KH-BTNMT.T3.1@chidao')?.summary).toBe('09/KH-BTNMT T3: Thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải khí nhà kính và tín chỉ các-bon.');
  });

  it('gives the same UIDs from another run, another path and another --as-of', async () => {
    const uids = (s: string): string[] => [...s.matchAll(/^UID:(.*)$/gmu)].map((m) => m[1]!.trim());
    const a = await runCli(['tasks', 'corpus/006_kh-09-btnmt-2024.txt', 'corpus/000_0170ae969454aa54.txt', '--format', 'ics', '--as-of', '2026-12-01']);
    const b = await runCli(['tasks', './corpus/000_0170ae969454aa54.txt', './corpus/006_kh-09-btnmt-2024.txt', '--format', 'ics', '--as-of', '2027-03-01']);
    expect(sorted(uids(b.stdout))).toEqual(sorted(uids(a.stdout)));
    expect(uids(a.stdout)).toHaveLength(12); // 000: from 2014, by 2014-06, recurring P1Y; 006: nine periods and dates
  });
});

// ---- filters -----------------------------------------------------------------------------------

const tmp = mkdtempSync(join(tmpdir(), 'chidao-tasks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A made-up plan: the real 006 output with its task table's first four rows given to other
// bodies and other deadlines (what a 2026 plan of the Ministry of Industry and Trade could assign).
function madeUpPlan(): ExtractedDocument {
  const doc = extractDocument(ingest(readFileSync('corpus/006_kh-09-btnmt-2024.txt'), { path: 'made-up/99-kh-bct.txt' }));
  doc.document.number = '99/KH-BCT';
  doc.document.issuer = 'Bộ Công Thương';
  doc.document.date = '2026-03-02';
  const walk = (ds: Directive[]): Directive[] => ds.flatMap((d) => [d, ...walk(d.children)]);
  const rows = walk(doc.directives).filter((d) => /^T\d$/u.test(d.id));
  const assign = (id: string, name: string, role: 'lead' | 'coordinate', deadline: Pick<Deadline, 'kind' | 'value'> | null): void => {
    const d = rows.find((r) => r.id === id)!;
    d.actors = [{ name, role, type: name.startsWith('Bộ') ? 'ministry' : 'local', text: name, span: d.span }];
    d.deadlines = deadline ? [{ ...deadline, text: 'made up', precision: null, span: d.span }] : [];
  };
  assign('T1', 'Bộ Công Thương', 'lead', { kind: 'by', value: '2026-09' });
  assign('T2', 'Bộ Công Thương', 'coordinate', { kind: 'by', value: '2026-12-10' });
  assign('T3', 'Bộ Công Thương', 'lead', { kind: 'by', value: '2027-Q2' });
  assign('T4', 'Sở Công Thương tỉnh Lào Cai', 'lead', { kind: 'by', value: '2026-06-30' });
  assign('T5', 'Bộ Công Thương', 'lead', { kind: 'period', value: '2024/2025' });
  assign('T6', 'Bộ Công Thương', 'lead', { kind: 'recurring', value: 'P3M' });
  return doc;
}
writeFileSync(join(tmp, 'plan.jsonl'), JSON.stringify(madeUpPlan()) + '\n');

const ids = async (argv: string[]): Promise<string[]> => {
  const r = await runCli(['tasks', ...argv, '--format', 'jsonl']);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean).map((l) => {
    const o = JSON.parse(l) as { document: { number: string | null; path: string }; directive: string };
    return `${o.document.number ?? o.document.path} ${o.directive}`;
  });
};

describe('filters (exact rows)', () => {
  const cases: Array<[string, string[], string[]]> = [
    // corpus/: its three tasks of Bộ Công Thương (002 item 7, 005 items 2.2 and s1) carry no
    // deadline in the gold or in the output, so none is overdue.
    ['corpus: Bộ Công Thương, overdue', ['corpus/', '--actor', 'Bộ Công Thương', '--status', 'overdue', '--as-of', '2026-12-01'], []],
    ['corpus: Bộ Công Thương, any status', ['corpus/', '--actor', 'Bộ Công Thương', '--as-of', '2026-12-01'], ['330/TB-VPCP 7', '1803/QĐ-TTg 2.2', '1803/QĐ-TTg s1']],
    ['corpus: Bộ Công Thương as lead only', ['corpus/', '--actor', 'Bộ Công Thương', '--role', 'lead'], ['1803/QĐ-TTg s1']],
    // The gold of 006: lead of T1 (2024-08), T2 (2024-08), T3 (2024/2025); coordinate of T8 (2024/2025).
    ['corpus: Cục Biến đổi khí hậu, overdue', ['corpus/', '--actor', 'Cục Biến đổi khí hậu', '--status', 'overdue', '--as-of', '2026-12-01'], ['09/KH-BTNMT T1', '09/KH-BTNMT T2', '09/KH-BTNMT T3', '09/KH-BTNMT T8']],
    ['corpus: Cục Biến đổi khí hậu as coordinate, overdue', ['corpus/', '--actor', 'Cục Biến đổi khí hậu', '--role', 'coordinate', '--status', 'overdue', '--as-of', '2026-12-01'], ['09/KH-BTNMT T8']],
    ['corpus: due before 2025, by deadline', ['corpus/', '--due-before', '2025-01-01', '--sort', 'deadline'], [
      'corpus/000_0170ae969454aa54.txt s8', '330/TB-VPCP 3', 'corpus/003_282706f9053aedd7.txt s1', 'corpus/001_f3a2eb2b02236d08.txt s1', '09/KH-BTNMT T1', '09/KH-BTNMT T2',
    ]],
    ['corpus: recurring', ['corpus/001_f3a2eb2b02236d08.txt', 'corpus/006_kh-09-btnmt-2024.txt', '--status', 'recurring'], ['corpus/001_f3a2eb2b02236d08.txt s6']],
    ['corpus: Bộ Nông nghiệp và Môi trường with --successor (Bộ TN&MT tasks)', ['corpus/005_qd-1803-ttg-2015.txt', '--actor', 'Bộ Nông nghiệp và Môi trường', '--successor'], ['1803/QĐ-TTg 2.1', '1803/QĐ-TTg 2.2', '1803/QĐ-TTg s1']],
    ['corpus: the same without --successor', ['corpus/005_qd-1803-ttg-2015.txt', '--actor', 'Bộ Nông nghiệp và Môi trường'], []],
    // The seven leaves of 009's gold (its issuer spelt 'Ủy' there); 007 and 014 are CV, 011 a KH.
    ['corpus: type and issuer', ['corpus/', '--type', 'QĐ', '--issuer', 'Uỷ ban nhân dân tỉnh Lào Cai'], ['904/QĐ-UBND 1', '904/QĐ-UBND 3.1', '904/QĐ-UBND 3.2', '904/QĐ-UBND 3.3', '904/QĐ-UBND 3.4', '904/QĐ-UBND 4', '904/QĐ-UBND s1']],
    ['made-up plan: Bộ Công Thương, overdue', [tmp, '--actor', 'Bộ Công Thương', '--status', 'overdue', '--as-of', '2026-12-01'], ['99/KH-BCT T1', '99/KH-BCT T5']],
    ['made-up plan: due soon within 14 days', [tmp, '--actor', 'Bộ Công Thương', '--status', 'due-soon', '--as-of', '2026-12-01'], ['99/KH-BCT T2']],
    ['made-up plan: due soon within 5 days', [tmp, '--actor', 'Bộ Công Thương', '--status', 'due-soon', '--soon', '5d', '--as-of', '2026-12-01'], []],
    ['made-up plan: open, recurring', [tmp, '--actor', 'bộ công thương', '--status', 'open,recurring', '--as-of', '2026-12-01'], ['99/KH-BCT T3', '99/KH-BCT T6']],
    ['made-up plan: the provincial department is another body', [tmp, '--actor', 'Sở Công Thương', '--status', 'overdue', '--as-of', '2026-12-01'], ['99/KH-BCT T4']],
    // T7 and T9 keep 006's period 2024/2030.
    ['made-up plan: due after, by deadline', [tmp, '--due-after', '2026-11-30', '--sort', 'deadline'], ['99/KH-BCT T2', '99/KH-BCT T3', '99/KH-BCT T7', '99/KH-BCT T9']],
  ];
  it.each(cases)('%s', async (_name, argv, expected) => {
    expect(await ids(argv)).toEqual(expected);
  });
});

// ---- labels, terminal, groups, bad input --------------------------------------------------------

describe('--lang vi: every fixed label in Vietnamese', () => {
  it('extract --format md: headings and table headers', async () => {
    const r = await runCli(['extract', 'corpus/007_cv-4390-ubnd-laocai-2026.txt', '--format', 'md', '--lang', 'vi']);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toEqual([
      '# Công văn 4390/UBND-NLN · Ủy ban nhân dân tỉnh Lào Cai · 2026-05-27',
      '## Văn bản', '## Nhiệm vụ', '## Cơ quan', '## Thời hạn', '## Lĩnh vực', '## Văn bản dẫn chiếu',
    ]);
    expect(lines).toContain('**5 nhiệm vụ · 5 cơ quan thực hiện · 0 thời hạn**');
    expect(lines).toContain('| cơ quan | loại | cơ quan chủ trì | cơ quan phối hợp | cơ quan thực hiện | nơi nhận báo cáo | chỉ đạo | mục |');
    expect(lines).toContain('_Không có thời hạn._');
    expect(lines).toContain('| nguồn | `corpus/007_cv-4390-ubnd-laocai-2026.txt` · utf-8 · text · 2447 ký tự |');
  });

  it('tasks: the table header and the statuses', async () => {
    const r = await runCli(['tasks', 'corpus/006_kh-09-btnmt-2024.txt', '--lang', 'vi', '--as-of', '2026-12-01', '--status', 'overdue', '--actor', 'Cục Biến đổi khí hậu', '--role', 'lead']);
    const lines = r.stdout.split('\n');
    expect(lines[0]!.split(/ {2,}/u)).toEqual(['tình trạng', 'hạn', 'văn bản', 'mục', 'nhiệm vụ', 'cơ quan chủ trì', 'cơ quan thực hiện', 'thời hạn']);
    expect(lines.filter((l) => /^\S/u.test(l)).slice(1).map((l) => l.split(/ {2,}/u).slice(0, 2))).toEqual([
      ['quá hạn', '2024-08-31'], ['quá hạn', '2024-08-31'], ['quá hạn', '2025-12-31'],
    ]);
  });

  it('tasks --format html: the page in Vietnamese', async () => {
    const r = await runCli(['tasks', 'corpus/006_kh-09-btnmt-2024.txt', '--format', 'html', '--lang', 'vi', '--as-of', '2026-12-01']);
    expect(r.stdout).toContain('<html lang="vi">');
    expect(r.stdout).toContain('<h1>Danh mục nhiệm vụ</h1>');
    expect(r.stdout).toContain('<p class="meta">32 nhiệm vụ · 1 văn bản · tính đến 2026-12-01</p>');
    expect(r.stdout).toContain('<td class="status s-overdue" data-sort="0">quá hạn</td>');
  });

  it('refuses a language it does not have', async () => {
    const r = await runCli(['tasks', 'corpus/', '--lang', 'fr']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: 'chidao: --lang takes en or vi, not "fr"\n' });
  });
});

describe('tasks: the terminal table', () => {
  const runTty = async (env: Record<string, string>, tty: boolean): Promise<string> => {
    let out = '';
    await run(['tasks', 'corpus/006_kh-09-btnmt-2024.txt', '--as-of', '2026-12-01'], {
      stdout: (s) => { out += s; }, stderr: () => {}, readStdin: async () => new Uint8Array(), stdoutIsTTY: tty, stderrIsTTY: tty, env, cwd: process.cwd(),
    });
    return out;
  };
  const ESC = '\u001b[';
  it.each([
    ['a terminal', {}, true, true],
    ['a terminal with NO_COLOR', { NO_COLOR: '1' }, true, false],
    ['a pipe', {}, false, false],
  ] as const)('on %s: colours %s', async (_name, env, tty, coloured) => {
    expect((await runTty({ ...env }, tty)).includes(ESC)).toBe(coloured);
  });

  it('wraps every line to the width given by COLUMNS, keeping one row per task', async () => {
    const r = await runCli(['tasks', 'corpus/006_kh-09-btnmt-2024.txt', '--as-of', '2026-12-01'], { env: { COLUMNS: '150' } });
    const lines = r.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(150);
    // A row starts with its status in the first column; continuation lines start with spaces.
    expect(lines.slice(1).filter((l) => /^\S/u.test(l))).toHaveLength(32);
  });
});

describe('tasks: groups and sorts', () => {
  it('--group-by actor lists a task under each of its bodies, groups by name', async () => {
    const r = await runCli(['tasks', 'corpus/005_qd-1803-ttg-2015.txt', '--group-by', 'actor', '--format', 'csv']);
    const rows = parseCsv(r.stdout, { columns: true }) as Array<Record<string, string>>;
    const groups = [...new Set(rows.map((x) => x.group))];
    // The gold of 005: 2.1 Bộ TN&MT; 2.2 Bộ TN&MT leads with four ministries; 3 the State Bank; s1 all six lead.
    expect(groups).toEqual(['Bộ Công Thương', 'Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', 'Bộ Tài nguyên và Môi trường', 'Bộ Xây dựng', 'Ngân hàng Nhà nước Việt Nam']);
    expect(rows.filter((x) => x.group === 'Bộ Công Thương').map((x) => x.directive)).toEqual(['2.2', 's1']);
    expect(rows.filter((x) => x.group === 'Bộ Tài nguyên và Môi trường').map((x) => x.directive)).toEqual(['2.1', '2.2', 's1']);
    expect(rows).toHaveLength(13);
  });

  it('--group-by domain in Markdown: a heading and a GFM table per domain', async () => {
    const r = await runCli(['tasks', 'corpus/007_cv-4390-ubnd-laocai-2026.txt', '--group-by', 'domain', '--format', 'md', '--as-of', '2026-12-01']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Register of tasks', '## agriculture (5 tasks)', '## environment (5 tasks)', '## information (2 tasks)']);
    expect(r.stdout).toContain('| status | due | document | directive | task | lead | coordinate | assignee | report to | deadline | domains | urgent |');
  });

  it.each([
    // Documents by date (the news texts without one last), in input order among equals.
    ['document', ['2014-05-15', '2015-10-02', '2024-08-06', '']],
  ] as const)('--sort %s', async (key, dates) => {
    const r = await runCli(['tasks', 'corpus/001_f3a2eb2b02236d08.txt', 'corpus/006_kh-09-btnmt-2024.txt', 'corpus/002_01045addc55f0d23.txt', 'corpus/000_0170ae969454aa54.txt', '--sort', key, '--format', 'csv']);
    const rows = parseCsv(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect([...new Set(rows.map((x) => x.document_date))]).toEqual(dates);
  });

  it('--sort actor: by the first body of each task (lead first), folded; tasks without one last', async () => {
    const r = await runCli(['tasks', 'corpus/005_qd-1803-ttg-2015.txt', '--sort', 'actor', '--format', 'jsonl']);
    const rows = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { directive: string; lead: string[]; assignee: string[] });
    // The gold of 005: s1 led by Bộ Kế hoạch và Đầu tư first, 2.1 and 2.2 by Bộ Tài nguyên và Môi trường, 3 the State Bank.
    expect(rows.map((x) => x.directive)).toEqual(['s1', '2.1', '2.2', '3']);
  });

  it('--sort deadline puts the earliest due first and undated tasks last, in input order', async () => {
    const r = await runCli(['tasks', 'corpus/006_kh-09-btnmt-2024.txt', '--sort', 'deadline', '--format', 'jsonl']);
    const dues = r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { due: string | null }).due);
    expect(dues.slice(0, 10)).toEqual(['2024-08-31', '2024-08-31', '2025-12-31', '2025-12-31', '2027-12-31', '2030-12-31', '2030-12-31', '2030-12-31', '2030-12-31', null]);
  });
});

describe('tasks - (standard input)', () => {
  it.each([
    ['extract output (JSON Lines)', () => new TextEncoder().encode(['005_qd-1803-ttg-2015.txt', '007_cv-4390-ubnd-laocai-2026.txt'].map((f) => JSON.stringify(extractDocument(ingest(readFileSync(`corpus/${f}`), { path: `corpus/${f}` })))).join('\n') + '\n'), ['1803/QĐ-TTg', '4390/UBND-NLN'], 9],
    ['a notice', () => new Uint8Array(readFileSync('corpus/007_cv-4390-ubnd-laocai-2026.txt')), ['4390/UBND-NLN'], 5],
  ] as const)('reads %s', async (_name, bytes, numbers, rows) => {
    const r = await runCli(['tasks', '-', '--format', 'jsonl'], { stdin: bytes() });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const got = r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { document: { number: string } }).document.number);
    expect([...new Set(got)]).toEqual(numbers);
    expect(got).toHaveLength(rows);
  });
});

describe('tasks -o FILE', () => {
  it('writes the HTML page to the file, nothing to standard output, and the page needs no network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-tasks-out-'));
    try {
      const r = await runCli(['tasks', 'corpus/007_cv-4390-ubnd-laocai-2026.txt', '--format', 'html', '-o', join(dir, 'register.html'), '--as-of', '2026-12-01']);
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
      const html = readFileSync(join(dir, 'register.html'), 'utf8');
      expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
      expect(html.match(/<tr id="task-\d+"/gu)).toHaveLength(5);
      // Nothing fetched when viewed: no external script, style sheet, image or font.
      expect(html).not.toMatch(/<(?:script|img|iframe)[^>]*\ssrc=|<link[\s>]|url\(|@import/u);
      expect(readdirSync(dir)).toEqual(['register.html']); // atomic: no temporary file left
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tasks: bad input and usage', () => {
  it('names a broken extract output, exit 2, and still lists the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-tasks-bad-'));
    try {
      writeFileSync(join(dir, 'a-broken.json'), '{"schemaVersion": 1, "source": ');
      writeFileSync(join(dir, 'b-not-ours.json'), '{"hello": "world"}');
      const doc = extractDocument(ingest(readFileSync('corpus/007_cv-4390-ubnd-laocai-2026.txt'), { path: 'corpus/007_cv-4390-ubnd-laocai-2026.txt' }));
      writeFileSync(join(dir, 'c-good.json'), JSON.stringify(doc));
      const r = await runCli(['tasks', dir, '--format', 'csv']);
      expect(r.code).toBe(2);
      const errors = r.stderr.trimEnd().split('\n');
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatch(/^chidao: .*a-broken\.json: expected extract output|^chidao: .*a-broken\.json: line 1: not JSON/u);
      expect(errors[1]).toMatch(/^chidao: .*b-not-ours\.json: not chidao extract output \(/u);
      expect(parseCsv(r.stdout, { columns: true })).toHaveLength(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads JSON Lines a line at a time: a bad line is named, the lines around it still count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-tasks-lines-'));
    try {
      const doc = (f: string): string => JSON.stringify(extractDocument(ingest(readFileSync(`corpus/${f}`), { path: `corpus/${f}` })));
      writeFileSync(join(dir, 'all.jsonl'), `${doc('007_cv-4390-ubnd-laocai-2026.txt')}\n{"broken": \n\n${doc('005_qd-1803-ttg-2015.txt')}\n`);
      const r = await runCli(['tasks', join(dir, 'all.jsonl'), '--format', 'jsonl']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^chidao: ${join(dir, 'all.jsonl')}: line 2: not JSON \\([^\n]*\\)\n$`, 'u'));
      const numbers = r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { document: { number: string } }).document.number);
      expect([...new Set(numbers)]).toEqual(['4390/UBND-NLN', '1803/QĐ-TTg']);
      expect(numbers).toHaveLength(5 + 4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--status', 'late'], '--status takes overdue, due-soon, open, recurring, no-deadline, not "late"'],
    [['--role', 'lead,boss'], '--role takes lead, coordinate, assignee, report-to, not "boss"'],
    [['--as-of', '2026-02-30'], '--as-of must be a real date YYYY-MM-DD, not "2026-02-30"'],
    [['--soon', 'soon'], '--soon takes a number of days or weeks (14d, 2w), not "soon"'],
    [['--format', 'xlsx'], '--format must be table, csv, jsonl, md, ics, html, not "xlsx"'],
    [['--sort', 'urgency'], '--sort takes deadline, document, actor, not "urgency"'],
    [['--domain', 'sport'], '--domain takes economy, foreign-affairs, defence, security, law, culture, society, health, education, science-technology, environment, information, organization, infrastructure, agriculture, not "sport"'],
  ])('%j: one line, exit 2', async (argv, message) => {
    const r = await runCli(['tasks', 'corpus/', ...argv]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 2, stdout: '', stderr: `chidao: ${message}\n` });
  });
});
