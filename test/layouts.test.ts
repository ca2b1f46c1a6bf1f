// Layouts the corpus does not cover yet, from the hand-made fixtures/layouts/ (see its README:
// real layouts, invented contents). Exact document fields and leaf ids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import type { Directive } from '../src/types.js';
import { paragraphs } from '../src/structure/paragraphs.js';
import { validateOutput } from '../src/validate/output-schema.js';

function extract(name: string) {
  const path = `fixtures/layouts/${name}`;
  return extractDocument(ingest(readFileSync(path), { path }));
}

const leafIds = (ds: Directive[]): string[] => ds.flatMap((d) => (d.children.length ? leafIds(d.children) : [d.id]));

describe.each([
  {
    file: 'tb-ket-luan-nested.txt',
    fields: { kind: 'official', type: 'TB', number: '123/TB-VPCP', issuer: 'Văn phòng Chính phủ', place: 'Hà Nội', date: '2024-03-15' },
    signer: { name: 'Nguyễn Sỹ Hiệp', title: 'Phó Chủ nhiệm' },
    tree: [['II', ['II.1', 'II.2', 'II.3']]],
    leaves: ['II.1.a', 'II.1.b', 'II.2', 'II.3'],
  },
  {
    file: 'ct-trailing.txt',
    fields: { kind: 'official', type: 'CT', number: '20/CT-TTg', issuer: 'Thủ tướng Chính phủ', place: 'Hà Nội', date: '2023-07-12', title: 'Về việc tăng cường công tác phòng, chống thiên tai' },
    signer: { name: 'Phạm Minh Chính', title: 'Thủ tướng' },
    tree: [['1', ['1.1', '1.2']], ['2', []], ['3', []], ['4', []], ['s1', []]],
    leaves: ['1.1', '1.2', '2', '3', '4', 's1'],
  },
  {
    file: 'kl-party-flattened.txt',
    fields: { kind: 'official', type: 'KL', number: '75-KL/TW', issuer: 'Ban Chấp hành Trung ương Đảng', place: 'Hà Nội', date: '2024-04-10' },
    signer: { name: 'Trần Cẩm Tú', title: 'Thường trực Ban Bí thư' },
    tree: [['II', ['II.1', 'II.2', 'II.3']]],
    leaves: ['II.1', 'II.2.a', 'II.2.b', 'II.3'],
  },
])('$file', ({ file, fields, signer, tree, leaves }) => {
  const doc = extract(file);

  it('is valid output', () => {
    expect(validateOutput(doc)).toEqual([]);
  });

  it('has the document fields', () => {
    expect(doc.document).toMatchObject(fields);
    expect(doc.document.signer).toMatchObject(signer);
  });

  it('has the tree and the leaves', () => {
    expect(doc.directives.map((d) => [d.id, d.children.map((c) => c.id)])).toEqual(tree);
    expect(leafIds(doc.directives)).toEqual(leaves);
  });

  it('gives every directive the text of its span', () => {
    const text = readFileSync(`fixtures/layouts/${file}`, 'utf8').normalize('NFC');
    const visit = (d: Directive): void => {
      expect(d.text).toBe(text.slice(d.span[0], d.span[1]));
      d.children.forEach(visit);
    };
    doc.directives.forEach(visit);
  });
});

it('a closing formula inside the last item\'s paragraph ends the item (flattened text)', () => {
  const doc = extract('tb-ket-luan-nested.txt');
  const last = doc.directives[0]!.children[2]!;
  expect(last.text).toBe('3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương rà soát, báo cáo kết quả trong quý III/2024.');
  expect(last.urgent).toBe(true);
});

describe('a task table in space-aligned columns (PDF text layer)', () => {
  const doc = extract('kh-pdf-table.txt');

  it('gives one directive per numbered row, after the plan\'s own sentence', () => {
    expect(doc.directives.map((d) => d.id)).toEqual(['s1', 'T1', 'T2', 'T3']);
    expect(validateOutput(doc)).toEqual([]);
  });

  it('joins wrapped cells and types the columns from a two-line header', () => {
    expect(doc.directives[1]!.cells!.map((c) => [c.column, c.header, c.text])).toEqual([
      ['number', 'TT', '1'],
      ['task', 'Nhiệm vụ', 'Xây dựng Đề án sắp xếp các đơn vị thuộc Bộ'],
      ['lead', 'Cơ quan chủ trì', 'Vụ Tổ chức - Biên chế'],
      ['coordinate', 'Cơ quan phối hợp', 'Các đơn vị thuộc Bộ'],
      ['deadline', 'Thời gian hoàn thành', 'Tháng 4/2025'],
    ]);
    expect(doc.directives[3]!.cells!.find((c) => c.column === 'lead')!.text).toBe('Trường Đào tạo, bồi dưỡng cán bộ');
  });

  it('spans a row from its first cell to its last, over both lines', () => {
    const t3 = doc.directives[3]!;
    expect(t3.text.startsWith('3    Tổ chức tập huấn')).toBe(true);
    expect(t3.text.endsWith('bồi dưỡng cán bộ')).toBe(true);
  });

  it('keeps a wrapped cell\'s pieces, one per line, so that no other column is read as its text', () => {
    const t2 = doc.directives[2]!;
    const task = t2.cells!.find((c) => c.column === 'task')!;
    const { text } = ingest(readFileSync('fixtures/layouts/kh-pdf-table.txt'), { path: 'kh-pdf-table.txt' });
    expect(task.pieces!.map(([s, e]) => text.slice(s, e))).toEqual(['Rà soát, sửa đổi quy chế làm', 'việc của Bộ']);
    expect(t2.cells!.find((c) => c.column === 'lead')!.pieces).toBeUndefined();
  });

  // The lead cell "Văn phòng Bộ" of a Bộ Nội vụ plan is the ministry's own office (issue 15).
  it('gives the coordinating column\'s body the coordinate role, not the task cell\'s wrapped span', () => {
    expect(doc.directives[2]!.actors.filter((a) => a.role !== 'issuer').map((a) => `${a.role}: ${a.name}`)).toEqual(['lead: Văn phòng Bộ Nội vụ', 'coordinate: Vụ Pháp chế']);
  });
});

// Paragraphs of one-paragraph-per-line text (MADE-UP lines, not from any notice): a line that
// reaches the wrap width of a hard-wrapped text and stops mid-sentence goes on in the next line,
// even when that line starts with a capital; a short heading without a full stop does not.
describe('paragraphs: hard-wrapped lines pasted one per line', () => {
  const wrapped = [
    'Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Thủ',
    'trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường',
    'và các tổ chức, cá nhân có liên quan chịu trách nhiệm tổ chức thực hiện và thi hành',
    'Quyết định này kể từ ngày ký ban hành cho đến khi có văn bản thay thế khác./.',
    'Điều 6. Sở Tài chính chủ trì, phối hợp với các sở, ngành có liên quan hướng dẫn',
    'các đơn vị triển khai thực hiện đúng quy định của pháp luật hiện hành về đầu tư công',
    'và báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm theo',
    'Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh về triển khai nhiệm vụ năm 2026.',
  ].join('\n');

  it('joins a wrapped line whose next line opens with a capital', () => {
    const { layout, paragraphs: paras } = paragraphs(wrapped, () => false);
    expect(layout).toBe('lines');
    expect(paras.map((p) => wrapped.slice(p.start, p.end).split('\n').length)).toEqual([4, 4]);
  });

  it('keeps a short heading without a full stop apart from the paragraph below it', () => {
    const page = ['1. Mục đích', 'Bảo đảm triển khai kịp thời, hiệu quả các nhiệm vụ được giao.', wrapped].join('\n');
    const { paragraphs: paras } = paragraphs(page, () => false);
    expect(page.slice(paras[0]!.start, paras[0]!.end)).toBe('1. Mục đích');
  });
});

// A MADE-UP notice flattened onto one line (not from any notice): the last item has no full stop,
// and the closing formula follows in the same sentence; the item keeps its words, the formula
// is no part of it.
describe('flattened notice: the closing formula after an unpunctuated last item', () => {
  const text = 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI Số: 12/TB-UBND Lào Cai, ngày 10 tháng 3 năm 2026 THÔNG BÁO Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiêm chủng Ngày 9/3/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau: 1. Giao Sở Y tế chủ trì triển khai tiêm chủng mở rộng 2. Giao Sở Tài chính bố trí kinh phí thực hiện Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./. Nơi nhận: - Như trên; - Lưu: VT. TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Nguyễn Văn An';
  it.each([
    ['office subject', text, '2. Giao Sở Tài chính bố trí kinh phí thực hiện'],
    ['"Trên đây là" in capitals', text.replace('Văn phòng Ủy ban nhân dân tỉnh thông báo để', 'Trên đây là kết luận của Chủ tịch Ủy ban nhân dân tỉnh, thông báo để'), '2. Giao Sở Tài chính bố trí kinh phí thực hiện'],
  ])('%s', (_name, input, last) => {
    const doc = extractDocument(ingest(new TextEncoder().encode(input), { path: 'flat.txt' }));
    expect(doc.directives.map((d) => d.text)).toEqual(['1. Giao Sở Y tế chủ trì triển khai tiêm chủng mở rộng', last]);
  });
});

// A MADE-UP provincial news report (not from any notice): it names one province only, twice, so
// its bare "Ủy ban nhân dân tỉnh" and "các sở, ngành" are that province's; a task with a dated
// time limit is a directive though it has no cue word. Named once, the province may be a place
// a national text mentions: the bare bodies stay without it.
describe('provincial news report: one province named', () => {
  const head = 'Lào Cai triển khai tiêm chủng mở rộng\n\n10/03/2026\n\nNgày 10/3, Ủy ban nhân dân tỉnh Lào Cai tổ chức hội nghị về tiêm chủng mở rộng.';
  const task = '\n\nCác sở, ngành báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12/2026.\n';
  const run = (text: string) => extractDocument(ingest(new TextEncoder().encode(text), { path: 'news.txt' })).directives
    .map((d) => [d.id, d.actors.map((a) => `${a.role}: ${a.name}`), d.deadlines.map((x) => x.value)]);
  it('gives the local bodies the province and the task its deadline', () => {
    expect(run(`${head} Chủ tịch Ủy ban nhân dân tỉnh Lào Cai chủ trì hội nghị.${task}`)).toEqual([
      ['s1', ['assignee: Các sở, ban, ngành tỉnh Lào Cai', 'report-to: Ủy ban nhân dân tỉnh Lào Cai'], ['2026-12-15']],
    ]);
  });
  it('leaves them without a province when it is named once', () => {
    expect(run(`${head}${task}`)).toEqual([
      ['s1', ['assignee: Các sở, ban, ngành', 'report-to: Ủy ban nhân dân'], ['2026-12-15']],
    ]);
  });
});
