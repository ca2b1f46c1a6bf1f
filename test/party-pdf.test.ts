// Party documents and text that came out of a PDF or OCR (issue 14, points 1, 2 and 7): made-up
// headers and sentences in the real layouts, beside the corpus lines they generalise (corpus/013,
// a Central Committee conclusion read by OCR). Exact values.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { fold } from '../src/ingest/match.js';
import { evidence, isDescriptiveHeading } from '../src/structure/cues.js';
import { references } from '../src/extract/references.js';
import { parseHeader } from '../src/structure/header.js';
import { labelAt } from '../src/structure/labels.js';
import { pageFurniture } from '../src/structure/pages.js';
import { issuerFromCell } from '../src/structure/issuer-cell.js';
import { mottoAt } from '../src/structure/shape.js';
import { isStampLine, signingTime } from '../src/structure/stamp.js';

const run = (text: string) => extractDocument(ingest(new TextEncoder().encode(text), { path: 'made-up.txt' }));

describe('labels as Party documents print them', () => {
  it.each([
    ['II- NHIỆM VỤ, GIẢI PHÁP', { style: 'roman', value: 'II', contentStart: 4 }], // corpus/013
    ['IV- TỔ CHỨC THỰC HIỆN', { style: 'roman', value: 'IV', contentStart: 4 }],
    ['III - GIẢI PHÁP CHỦ YẾU', { style: 'roman', value: 'III', contentStart: 6 }],
    ['3- Các tỉnh ủy, thành ủy chỉ đạo …', { style: 'arabic', value: '3', contentStart: 3 }],
  ])('"%s"', (text, label) => {
    expect(labelAt(text, 0)).toMatchObject(label);
  });
  it.each(['2020-2025 là giai đoạn', 'II-NQ/TW', 'I-ốt'])('"%s" is no label', (text) => {
    expect(labelAt(text, 0)).toBeNull();
  });
});

describe('page furniture of a PDF or OCR text', () => {
  const text = [
    'Đoạn một kết thúc.', '', '===== Trang 2 =====', '18.KLTW7S.DOC 2', '', 'đoạn hai tiếp tục.', '',
    '- 3 -', '18.KLTW7S.DOC 3', 'Đoạn ba.', 'Trang 4/9', 'Đoạn bốn: 2/3 số xã.', '2/3',
  ].join('\n');
  const lineAt = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
  it('marks page markers and the running header that recurs after them, nothing else', () => {
    expect(pageFurniture(text)).toEqual([
      lineAt('===== Trang 2 ====='), lineAt('18.KLTW7S.DOC 2'), lineAt('- 3 -'), lineAt('18.KLTW7S.DOC 3'), lineAt('Trang 4/9'),
      [text.lastIndexOf('2/3'), text.length],
    ]);
  });
  it('a line after one page marker only is no running header', () => {
    expect(pageFurniture('===== Trang 2 =====\nSố liệu năm 2025\nViệc tiếp.')).toEqual([[0, 19]]);
  });
});

describe('cue discipline', () => {
  it.each([
    // corpus/013, an assessment: passive and copula readings of action cues, nouns of "yêu cầu".
    ['Chính sách, pháp luật tiếp tục được hoàn thiện; tổ chức bộ máy được sắp xếp, kiện toàn tinh gọn hơn.', 'neutral'],
    ['Tuy nhiên, vấn đề môi trường tiếp tục là thách thức lớn.', 'neutral'],
    ['Công tác phòng, chống thiên tai có lúc chưa đáp ứng yêu cầu.', 'neutral'],
    ['Trong bối cảnh đó, trước yêu cầu phát triển nhanh, cần đổi mới tư duy.', 'instructs'],
    // made-up variants
    ['Công tác cải cách hành chính được đẩy mạnh, nhiều thủ tục được cắt giảm.', 'neutral'],
    ['Theo đề nghị của Sở Nội vụ, danh sách đã được công bố.', 'describes'],
    ['Các sở phải được kiểm tra định kỳ.', 'instructs'],
    ['Tiếp tục đẩy mạnh cải cách hành chính.', 'instructs'],
    ['Ủy ban nhân dân tỉnh yêu cầu các sở rà soát ngay.', 'instructs'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(evidence(fold(sentence))).toBe(expected);
  });

  it.each([
    ['Quan điểm, mục tiêu:', true],
    ['QUAN ĐIỄM, MỤC TIỂU', true], // corpus/013: OCR noise in the marks
    ['Mục đích và yêu cầu', true],
    ['Bối cảnh, tình hình', true],
    ['Nhiệm vụ, giải pháp', false],
    ['Mục tiêu, nhiệm vụ', false],
  ])('heading "%s" descriptive: %s', (heading, expected) => {
    expect(isDescriptiveHeading(fold(heading))).toBe(expected);
  });

  it('an item whose sentences open with bare actions is a task even with a descriptive phrase in one', () => {
    const text = `BỘ TƯ PHÁP\nSố: 12/KH-BTP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nThực hiện công tác pháp chế\nI. NHIỆM VỤ\n1. Rà soát văn bản quy phạm pháp luật\nRà soát các văn bản hết hiệu lực. Công bố danh mục văn bản, gắn với mục tiêu cải cách hành chính.\n2. Tăng cường kiểm tra văn bản\nKiểm tra văn bản của các địa phương.\n`;
    expect(run(text).directives.map((d) => [d.id, d.children.map((c) => c.id)])).toEqual([['I', ['I.1', 'I.2']]]);
  });
});

describe('headers of Party documents and of PDF or OCR text', () => {
  it.each([
    ['BAN CHẤP HÀNH TRUNG ƯƠNG ĐÁNG CỘNG SẢN VIỆT NAM', 'BAN CHẤP HÀNH TRUNG ƯƠNG '.length], // corpus/013
    ['TỈNH ỦY NINH BÌNH ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY NINH BÌNH '.length],
    ['ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN NHÂN DÂN '.length],
    ['BỘ TÀI CHÍNH', -1],
  ])('motto in "%s" at %i', (line, at) => {
    expect(mottoAt(line)).toBe(at);
  });

  it.each([
    ['Ký bởi: Ủy ban nhân dân tỉnh Ninh Bình', true],
    ['Cơ quan: Tỉnh Ninh Bình', true],
    ['Thời gian ký: 02/11/2026 09:41:12 +07:00', true],
    ['28-07-2026 09:58:36 +07:00', true],
    ['Hà Nội, ngày 28 tháng 7 năm 2026', false],
  ])('stamp line "%s": %s', (line, expected) => {
    expect(isStampLine(line)).toBe(expected);
  });

  it('reads the signing time as a date', () => {
    expect(signingTime('x\nThời gian ký: 02/11/2026 09:41:12 +07:00\n')).toEqual({ iso: '2026-11-02', span: [16, 42] });
    expect(signingTime('30/02/2026 09:41:12')).toBeNull();
  });

  it('a provincial Party committee\'s programme: issuer under its parent, a number with a space, a stamp above', () => {
    const text = `Ký bởi: Văn phòng Tỉnh ủy\nThời gian ký: 12/09/2026 10:02:11 +07:00\nĐẢNG BỘ TỈNH NINH BÌNH\nTỈNH ỦY\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12 -CTr/TU\nNinh Bình, ngày 10 tháng 9 năm 2026\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nI. NHIỆM VỤ\n1. Các cấp ủy, tổ chức đảng phải quán triệt Nghị quyết.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nLê Văn Minh\n`;
    const h = parseHeader(text);
    expect({ kind: h.kind, type: h.type, number: h.number, issuer: h.issuer, date: h.date }).toEqual({
      kind: 'official', type: 'CTr', number: '12-CTr/TU', issuer: 'Tỉnh ủy Ninh Bình', date: '2026-09-10',
    });
  });

  it('a letter numbered and dated at signing: blank number and dateline, the signing time dates it', () => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:       /UBND-KT\nNinh Bình, ngày      tháng 11 năm 2026\nV/v triển khai kế hoạch chuyển đổi số\nKính gửi: Các sở, ban, ngành tỉnh.\nỦy ban nhân dân tỉnh yêu cầu các sở khẩn trương triển khai.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nThời gian ký: 02/11/2026 09:41:12 +07:00\n`;
    const h = parseHeader(text);
    expect({ kind: h.kind, type: h.type, number: h.number, issuer: h.issuer, date: h.date, title: h.title }).toEqual({
      kind: 'official', type: 'CV', number: null, issuer: 'Ủy ban nhân dân tỉnh Ninh Bình', date: '2026-11-02', title: 'V/v triển khai kế hoạch chuyển đổi số',
    });
  });

  it('an OCR-garbled number is null, never a wrong value; the document stays official', () => {
    const text = `BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4Z1Ø/BCT-KH\nHà Nội, ngày 05 tháng 11 năm 2026\nV/v báo cáo tình hình thực hiện\nKính gửi: Các Sở Công Thương.\nBộ Công Thương đề nghị các Sở báo cáo trước ngày 30/11/2026.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`;
    const h = parseHeader(text);
    expect({ kind: h.kind, type: h.type, number: h.number, date: h.date }).toEqual({ kind: 'official', type: 'CV', number: null, date: '2026-11-05' });
  });
});

describe('the issuing body\'s cell', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'], 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI'], // corpus/007: one name over two lines
    [['BỘ NÔNG NGHIỆP VÀ', 'MÔI TRƯỜNG'], 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
    [['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'SỞ TÀI CHÍNH'], 'SỞ TÀI CHÍNH TỈNH LÀO CAI'],
    [['UBND TỈNH SƠN LA', 'BAN QUẢN LÝ CÁC KHU', 'CÔNG NGHIỆP'], 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH SƠN LA'],
    [['ĐẢNG BỘ TỈNH NINH BÌNH', 'TỈNH ỦY'], 'TỈNH ỦY NINH BÌNH'],
    [['TỈNH ỦY LÀO CAI', 'BAN TUYÊN GIÁO'], 'BAN TUYÊN GIÁO TỈNH ỦY LÀO CAI'],
    [['ĐẢNG BỘ TỈNH LÀO CAI', 'TỈNH ỦY LÀO CAI'], 'TỈNH ỦY LÀO CAI'],
    [['BỘ CÔNG THƯƠNG', 'CỤC HÓA CHẤT'], 'CỤC HÓA CHẤT'],
    [['UBND TỈNH LÀO CAI', 'VĂN PHÒNG'], 'VĂN PHÒNG UBND TỈNH LÀO CAI'],
    [['ỦY', 'BAN NHÂN DÂN', 'TỈNH LÀO CAI'], 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI'], // a web copy (fixtures/layouts/qd-web-copy.txt)
    [['BAN CHẤP HÀNH TRUNG ƯƠNG'], 'BAN CHẤP HÀNH TRUNG ƯƠNG'],
    [['SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN'], 'SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN'],
  ])('%j → %s', (lines, expected) => {
    expect(issuerFromCell(lines)).toBe(expected);
  });
});

describe('cited symbols of Party documents and of the National Assembly', () => {
  it.each([
    // corpus/011 and 014, then made-up variants
    ['tại Tờ trình số 562-TTr/ĐU ngày 13/3/2026 của Đảng ủy', { number: '562-TTr/ĐU', type: 'TTr', date: '2026-03-13' }],
    ['Chương trình hành độ số 104-CTr/Tu ngày 30/8/2026', { number: '104-CTr/Tu', type: 'CTr', date: '2026-08-30' }],
    ['Điều I Luật số 146/2025/QH15 của Quốc hội', { number: '146/2025/QH15', type: 'L', date: null }],
    ['theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội', { number: '202/2025/QH15', type: 'NQ', date: '2025-06-12' }],
    ['Kế hoạch số 15-KH/TU ngày 02/3/2026 của Ban Thường vụ Tỉnh ủy', { number: '15-KH/TU', type: 'KH', date: '2026-03-02' }],
  ])('"%s"', (sentence, expected) => {
    const [ref] = references(sentence, { number: null, skip: [] });
    expect({ number: ref!.number, type: ref!.type, date: ref!.date }).toEqual(expected);
  });
  it.each(['tỷ lệ 1-2/3 số hộ', 'năm 2025/2026 và 146/2025'])('"%s" cites nothing', (sentence) => {
    expect(references(sentence, { number: null, skip: [] })).toEqual([]);
  });
});

describe('a dateline left blank and a symbol in the issuer\'s cell', () => {
  const text = `UBND TỈNH LÀO CAI      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG         Độc lập - Tự do - Hạnh phúc
Số: 1050 /QĐ-SCT       Lào Cai, ngày      tháng 3 năm 2026
QUYẾT ĐỊNH
Kiểm tra việc chấp hành pháp luật
`;
  it('the place is read, the date is null (the day is blank), the number is read with its space', () => {
    const h = parseHeader(text);
    expect({ kind: h.kind, type: h.type, number: h.number, place: h.place, date: h.date, issuer: h.issuer }).toEqual({
      kind: 'official', type: 'QĐ', number: '1050/QĐ-SCT', place: 'Lào Cai', date: null, issuer: 'Sở Công Thương tỉnh Lào Cai',
    });
  });
  it('a team named after its decision keeps the decision\'s symbol as printed', () => {
    const h = parseHeader(`SỞ CÔNG THƯƠNG LÀO CAI      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN KIỂM TRA THEO QĐ SỐ 2872/QĐ-SCT      Độc lập - Tự do - Hạnh phúc\nSố: /ĐKT-SCT      Lào Cai, ngày tháng 6 năm 2026\nBÁO CÁO\nKết quả kiểm tra\n`);
    expect(h.issuer).toMatch(/^Đoàn Kiểm Tra .* 2872\/QĐ-SCT$/u);
  });
});
