// Rules found by running chidao on public notices and news reports outside the corpus (read on
// their sites, not copied here), each tested on MADE-UP texts written for these tests in the
// layouts those documents use — not taken from any notice — and on corpus/005 where it shows the
// same fault. What they found: a decision's authority line taken into its title, an execution
// article lost to its entry-into-force sentence, a news dateline read as a deadline, "(qua Sở …)"
// read as an assignee, the deputies of a council read as the council, "các bộ phận" read as the
// ministries, the provincial Fatherland Front read as the central one, "các huyện/thành phố" and
// a hyphenated steering committee cut short.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { sentences } from '../src/structure/sentences.js';
import type { Directive, ExtractedDocument } from '../src/types.js';

const extract = (text: string, path = 'made-up.txt'): ExtractedDocument =>
  extractDocument(ingest(new TextEncoder().encode(text), { path }));
const walk = (ds: Directive[]): Directive[] => ds.flatMap((d) => [d, ...walk(d.children)]);
const actors = (d: Directive): string[] => d.actors.filter((a) => a.role !== 'issuer').map((a) => `${a.role}: ${a.name}`).sort();

// A MADE-UP provincial decision (invented number, date, names and content) in the layout of a web
// copy: the authority line right under the title, the execution article ending with the entry
// into force.
const DECISION = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LÀO CAI',
  'Số: 77/QĐ-UBND',
  'Lào Cai, ngày 10 tháng 3 năm 2026',
  'QUYẾT ĐỊNH',
  'VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ',
  'TRÊN ĐỊA BÀN TỈNH LÀO CAI',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ.',
  'Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện/thành',
  'phố; Các thành viên Ban Chỉ đạo phát triển chợ - Thương mại tỉnh Lào Cai căn cứ Quyết định thi hành.',
  'Quyết định này có hiệu lực kể từ ngày ký./.',
  'Nơi nhận:',
  '- Như Điều 2;',
].join('\n');

describe('a decision in the layout of a web copy (MADE-UP)', () => {
  const doc = extract(DECISION);
  it('ends the title before the authority line', () => {
    expect(doc.document.title).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH LÀO CAI');
    expect(doc.document.issuer).toBe('Ủy ban nhân dân tỉnh Lào Cai');
  });
  it('keeps the execution article whose second sentence is the entry into force, with its bodies', () => {
    expect(walk(doc.directives).map((d) => d.id)).toEqual(['2']);
    expect(actors(doc.directives[0]!)).toEqual([
      'assignee: Các sở, ban, ngành tỉnh Lào Cai',
      'assignee: Văn phòng Ủy ban nhân dân tỉnh Lào Cai',
      'assignee: Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Lào Cai',
    ]);
  });
  it('reads the committee with its dash and place as one (blocked: its members act, not it)', () => {
    const text = doc.directives[0]!.text;
    expect(text.includes('Ban Chỉ đạo phát triển chợ - Thương mại tỉnh Lào Cai')).toBe(true);
    expect(doc.directives[0]!.actors.some((a) => a.name === 'Ủy ban nhân dân tỉnh Lào Cai' && a.role !== 'issuer')).toBe(false);
  });
  it('keeps a wrapped title line that ends with the issuer\'s name but is no authority line', () => {
    const wrapped = DECISION.replace('TRÊN ĐỊA BÀN TỈNH LÀO CAI\nCHỦ TỊCH', 'CỦA ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCHỦ TỊCH');
    expect(extract(wrapped).document.title).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ CỦA ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
  });
});

describe('corpus/005: the authority line under the title', () => {
  it('is not part of the title ("THỦ TƯỚNG CHÍNH PHỦ")', () => {
    const text = readFileSync('corpus/005_qd-1803-ttg-2015.txt');
    const doc = extractDocument(ingest(text, { path: 'corpus/005_qd-1803-ttg-2015.txt' }));
    expect(doc.document.title).toBe('PHÊ DUYỆT DANH MỤC DỰ ÁN HỖ TRỢ KỸ THUẬT “CHUẨN BỊ SẴN SÀNG CHO XÂY DỰNG THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM” DO WB TÀI TRỢ');
  });
});

describe('sentences end at a line break too', () => {
  it.each([
    ['Các sở căn cứ Quyết định thi hành.\nQuyết định này có hiệu lực kể từ ngày ký.', ['Các sở căn cứ Quyết định thi hành.', 'Quyết định này có hiệu lực kể từ ngày ký.']],
    ['Trụ sở tại TP.\nHồ Chí Minh.', ['Trụ sở tại TP.\nHồ Chí Minh.']],
  ])('%j', (text, expected) => {
    expect(sentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

// MADE-UP news reports (invented dates, numbers and contents).
describe('news reports (MADE-UP)', () => {
  it('takes no deadline from the dateline the news date was read from', () => {
    const doc = extract('Rà soát chợ tạm trên địa bàn\n\nNgày 12/3/2024, UBND tỉnh ban hành Công văn số 801/UBND-KT yêu cầu các sở, ngành rà soát chợ tạm.\n\nCác sở, ngành báo cáo kết quả về UBND tỉnh trước ngày 30/3/2024.\n');
    expect(doc.document.date).toBe('2024-03-12');
    expect(walk(doc.directives).flatMap((d) => d.deadlines.map((x) => [d.id, x.kind, x.value]))).toEqual([['s2', 'by', '2024-03-30']]);
  });
  it.each([
    // The channel of a report is report-to with its addressee.
    ['Chủ tịch UBND tỉnh đề nghị các sở, ngành triển khai và báo cáo Chủ tịch UBND tỉnh (qua Sở Tư pháp) những vướng mắc.',
      ['assignee: Các sở, ban, ngành', 'report-to: Sở Tư pháp', 'report-to: Ủy ban nhân dân']],
    // The council's deputies are no act of the council; after the semicolon a new clause has its own subject.
    ['Để trả lời chất vấn của Đại biểu HĐND tỉnh; Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát.', ['assignee: Các sở, ban, ngành']],
    // "bộ phận" is a unit of a body, not "các bộ".
    ['Chủ tịch UBND tỉnh yêu cầu các sở, ngành chỉ đạo các bộ phận chuyên môn tổng hợp số liệu.', ['assignee: Các sở, ban, ngành']],
    // The provincial committee of the Fatherland Front; the commune level with "thị trấn".
    ['Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và UBND các xã, phường, thị trấn phối hợp tuyên truyền.',
      ['assignee: Ủy ban Mặt trận Tổ quốc Việt Nam', 'assignee: Ủy ban nhân dân các xã, phường']],
  ])('%s', (sentence, expected) => {
    const doc = extract(`Tin địa phương\n\n${sentence}\n`);
    expect(walk(doc.directives).flatMap(actors).sort()).toEqual(expected);
  });
  it.each([
    // An abbreviation defined inside the name; the leader gives the directive through a document.
    ['Chủ tịch Ủy ban nhân dân (UBND) tỉnh vừa ban hành chỉ thị yêu cầu các sở, ngành tăng cường phòng, chống thiên tai.',
      ['issuer: Ủy ban nhân dân', 'assignee: Các sở, ban, ngành']],
    ['Thủ tướng Chính phủ vừa có công điện số 5/CĐ-TTg yêu cầu Bộ Y tế khẩn trương bảo đảm thuốc chữa bệnh.',
      ['issuer: Thủ tướng Chính phủ', 'assignee: Bộ Y tế']],
    // Any body that gives the directive through a document it names issues it …
    ['UBND tỉnh ban hành Công văn số 801/UBND-KT, yêu cầu các sở, ngành rà soát chợ tạm.',
      ['issuer: Ủy ban nhân dân', 'assignee: Các sở, ban, ngành']],
    // … while a body that is no leader, with a bare directing verb, directs its own units (no actor).
    ['Bộ Y tế yêu cầu các Sở Y tế rà soát thuốc.', ['assignee: Bộ Y tế']],
  ])('%s', (sentence, expected) => {
    const doc = extract(`Tin địa phương\n\n${sentence}\n`);
    expect(walk(doc.directives).flatMap((d) => d.actors.map((a) => `${a.role}: ${a.name}`))).toEqual(expected);
  });
  it('gives the provincial Fatherland Front its province when the text names one province twice', () => {
    const doc = extract('Lào Cai tuyên truyền\n\nTỉnh Lào Cai tổ chức hội nghị. Chủ tịch UBND tỉnh Lào Cai đề nghị Ủy ban MTTQ Việt Nam tỉnh chủ trì tuyên truyền.\n');
    expect(walk(doc.directives).flatMap(actors)).toContain('lead: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai');
  });
});

// fixtures/layouts/qd-web-copy.txt (hand-made, see its README): a decision as a legal-documents
// website's text gives it, cells one under the other and wrapped.
describe('a decision copied from a website (fixtures/layouts/qd-web-copy.txt)', () => {
  const doc = extractDocument(ingest(readFileSync('fixtures/layouts/qd-web-copy.txt'), { path: 'qd-web-copy.txt' }));
  it('reads the header through the wrapped cells and the "|" lines', () => {
    expect(doc.document).toMatchObject({
      kind: 'official', type: 'QĐ', number: '318/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Lào Cai', place: 'Lào Cai', date: '2026-04-09',
      title: 'VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ BẾN THỦY NỘI ĐỊA TRÊN ĐỊA BÀN TỈNH LÀO CAI',
    });
  });
  it('gives the articles their bodies, deadline and domain', () => {
    expect(doc.directives.map((d) => [d.id, actors(d), d.deadlines.map((x) => x.value), d.domains.map((x) => x.id)])).toEqual([
      ['2', ['coordinate: Công an tỉnh Lào Cai', 'lead: Sở Xây dựng tỉnh Lào Cai', 'report-to: Ủy ban nhân dân tỉnh Lào Cai'], ['2026-06-30'], ['infrastructure']],
      ['3', ['assignee: Các sở, ban, ngành tỉnh Lào Cai', 'assignee: Văn phòng Ủy ban nhân dân tỉnh Lào Cai', 'assignee: Ủy ban nhân dân các xã, phường tỉnh Lào Cai'], [], ['infrastructure']],
    ]);
  });
});

describe('a dateline over a line break (MADE-UP headers)', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 5/UBND-VX\nLào\nCai, ngày 3 tháng 4\nnăm 2026\nV/v tiêm chủng\n', 'Lào Cai'],
    // The place opens its line; a capitalised word ending the line before is not part of it.
    ['BỘ Y TẾ\nSố: 5/BYT-KCB\nBộ Y Tế\nHà Nội, ngày 3 tháng 4 năm 2026\nV/v tiêm chủng\n', 'Hà Nội'],
  ])('%j', (text, place) => {
    expect(extract(text).document).toMatchObject({ kind: 'official', place, date: '2026-04-03' });
  });
});
