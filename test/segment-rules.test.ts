// Segmentation rules found on corpus/011 and 014 (a provincial plan and letter from PDF text
// layers), each on a made-up plan in other words. Exact ids and spans.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { fold } from '../src/ingest/match.js';
import { evidence } from '../src/structure/cues.js';
import type { Directive } from '../src/types.js';

const run = (text: string) => extractDocument(ingest(new TextEncoder().encode(text), { path: 'made-up.txt' }));
const tree = (ds: Directive[]): unknown[] => ds.map((d) => (d.children.length ? [d.id, tree(d.children)] : d.id));
const find = (ds: Directive[], id: string): Directive | undefined => {
  for (const d of ds) {
    if (d.id === id) return d;
    const inner = find(d.children, id);
    if (inner) return inner;
  }
  return undefined;
};
const span = (text: string, from: string, to: string): [number, number] => {
  const s = text.indexOf(from);
  return [s, text.indexOf(to, s) + to.length];
};

/** The header of a Sở under its province (two columns on three lines), for the made-up letters below. */
const soTail = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Hòa\n';
const soHead = (number: string, day: string): string =>
  `UBND TỈNH HÀ TĨNH      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ XÂY DỰNG            Độc lập - Tự do - Hạnh phúc\nSố: ${number}        Hà Tĩnh, ngày ${day} tháng 4 năm 2026\n`;

const HEAD = `ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 5 năm 2026
KẾ HOẠCH
Phát triển nông nghiệp công nghệ cao năm 2026
`;
const TAIL = `Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Trọng Hải
`;

describe('a plan\'s items, notes and closing paragraph', () => {
  const text = `${HEAD}I. NHIỆM VỤ
1. Xây dựng vùng sản xuất tập trung
- Sở Nông nghiệp và Môi trường chủ trì xây dựng tiêu chí vùng sản xuất.
- Ủy ban nhân dân cấp xã: rà soát quỹ đất, tổng hợp nhu cầu; Chủ trì, phối hợp với các sở lập danh mục vùng.
(chi tiết Phụ lục 01 kèm theo)
2. Di dời các cơ sở chăn nuôi ra khỏi khu dân cư.
Ủy ban nhân dân phường Bắc Hà chủ trì, phối hợp với Sở Xây dựng thực hiện việc di dời, hoàn thành trong quý III năm 2026.
3. Hỗ trợ doanh nghiệp
+ Hỗ trợ lãi suất vốn vay;
+ Hỗ trợ chi phí chứng nhận;
- Sở Tài chính hướng dẫn thủ tục hỗ trợ.
4. Sở Khoa học và Công nghệ chủ trì chuyển giao công nghệ. Cụ thể: (i) Đánh giá nhu cầu công nghệ của hợp tác xã; (ii) Tổ chức tập huấn cho nông dân; (iii) Xây dựng mô hình trình diễn.
Căn cứ nội dung Kế hoạch, đề nghị các sở, ngành, địa phương tổ chức thực hiện./.
${TAIL}`;
  const doc = run(text);

  it('gives the tree', () => {
    expect(tree(doc.directives)).toEqual([
      ['I', [['I.1', ['I.1.1', 'I.1.2']], 'I.2', ['I.3', ['I.3.1', 'I.3.2', 'I.3.3']], ['I.4', ['I.4.1', 'I.4.2', 'I.4.3']]]],
      's1',
    ]);
  });

  it('a note line after dashes belongs to the item, not to its last dash', () => {
    expect(find(doc.directives, 'I.1.2')!.span).toEqual(span(text, '- Ủy ban nhân dân cấp xã', 'lập danh mục vùng.'));
    expect(find(doc.directives, 'I.1')!.span).toEqual(span(text, '1. Xây dựng vùng', '(chi tiết Phụ lục 01 kèm theo)'));
  });

  it('";" after a colon and a lower-case first task separates clauses of one task, not tasks', () => {
    expect(find(doc.directives, 'I.1.2')!.children).toEqual([]);
  });

  it('a paragraph with its own subject between items 2 and 3 stays in item 2', () => {
    expect(find(doc.directives, 'I.2')!.span).toEqual(span(text, '2. Di dời', 'quý III năm 2026.'));
  });

  it('"+" and "-" items under one item are numbered in one run', () => {
    expect(find(doc.directives, 'I.3.3')!.text).toBe('- Sở Tài chính hướng dẫn thủ tục hỗ trợ.');
  });

  it('an inline list after "(i)", "(ii)" labels: one child per task, from its label', () => {
    expect(find(doc.directives, 'I.4')!.children.map((c) => c.text)).toEqual([
      '(i) Đánh giá nhu cầu công nghệ của hợp tác xã', '(ii) Tổ chức tập huấn cho nông dân', '(iii) Xây dựng mô hình trình diễn.',
    ]);
  });

  it('the text\'s closing paragraph, closed with "./.", is its own directive', () => {
    expect(find(doc.directives, 's1')!.text).toBe('Căn cứ nội dung Kế hoạch, đề nghị các sở, ngành, địa phương tổ chức thực hiện.');
  });
});

describe('"đã" in a task list', () => {
  it.each([
    // corpus/011 II.1.2: the past of an object, then an instruction after ";"
    ['Ủy ban nhân dân cấp xã: hoàn thiện hạ tầng tại các cụm đã được đầu tư một phần; Chủ trì, phối hợp với các sở thực hiện giải phóng mặt bằng.', 'instructs'],
    ['Sở Tài chính: thẩm định các dự án đã phê duyệt chủ trương; chủ trì bố trí vốn đối ứng.', 'instructs'],
    // a relative clause after the action: no account of the past
    ['Ban Quản lý khu kinh tế hoàn thiện hạ tầng tại các khu đã thành lập.', 'neutral'],
    // the past before the action: an account
    ['Năm 2025, tỉnh đã hoàn thiện hạ tầng tại các khu công nghiệp.', 'describes'],
    ['Các sở đã chủ trì triển khai nhiều mô hình.', 'describes'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(evidence(fold(sentence))).toBe(expected);
  });
});

describe('labels as printed, at any depth (issue 14, point 5)', () => {
  const text = `${HEAD}I. NHIỆM VỤ
1. Hoàn thiện thể chế
1.1. Rà soát, sửa đổi các quy định về thương mại điện tử.
1.2. Xây dựng quy định về dữ liệu ngành.
1.2.1. Xây dựng danh mục dữ liệu mở.
1.2.2. Ban hành quy chế chia sẻ dữ liệu.
a) Sở Tư pháp chủ trì thẩm định.
- Hoàn thành trước ngày 30/6/2026.
+ Báo cáo Ủy ban nhân dân tỉnh.
2. Phát triển hạ tầng số
2.1. Nâng cấp trung tâm dữ liệu của tỉnh.
${TAIL}`;
  it('ids follow the printed path: "1.1." under "1." is "I.1.1", "1.2.1" under "1.2", no level merged', () => {
    expect(tree(run(text).directives)).toEqual([
      ['I', [['I.1', ['I.1.1', ['I.1.2', ['I.1.2.1', ['I.1.2.2', [['I.1.2.2.a', [['I.1.2.2.a.1', ['I.1.2.2.a.1.1']]]]]]]]]], ['I.2', ['I.2.1']]]],
    ]);
  });
});

describe('conclusions relayed as a list (issue 14, point 6)', () => {
  const notice = (leadIn: string) => `VĂN PHÒNG CHÍNH PHỦ
Số: 412/TB-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 20 tháng 10 năm 2026
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp về năng lượng tái tạo
Ngày 15 tháng 10 năm 2026, Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì cuộc họp. Sau khi nghe báo cáo của Bộ Công Thương, ${leadIn}
1. Bộ Công Thương hoàn thiện dự thảo Nghị định về cơ chế mua bán điện trực tiếp.
2. Bộ Tài chính nghiên cứu cơ chế ưu đãi thuế đối với điện gió ngoài khơi.
Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Sỹ Hiệp
`;
  it.each([
    ['Phó Thủ tướng Trần Hồng Hà kết luận như sau:', ['1', '2']],
    ['Phó Thủ tướng có ý kiến chỉ đạo như sau:', ['1', '2']],
    ['Hội nghị thống nhất các nội dung sau đây:', ['1', '2']],
    ['các đại biểu đã phát biểu các ý kiến sau:', []],
  ])('after "%s" the items are %j', (leadIn, ids) => {
    const doc = run(notice(leadIn));
    expect(doc.directives.map((d) => d.id)).toEqual(ids);
  });
  it('the trích yếu under the type word is the title, though in mixed case', () => {
    expect(run(notice('Phó Thủ tướng kết luận như sau:')).document.title).toBe('Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp về năng lượng tái tạo');
  });
});

describe('a plan\'s sections are not alike; a captioned table after the signature is attached', () => {
  // The layout of a Sở's training plan (wild hl-vlncn KH-3898, read through the DOCX reader), in other words.
  const text = `${HEAD}I. MỤC ĐÍCH, YÊU CẦU
1. Bồi dưỡng kiến thức an toàn cho người quản lý kho.
II. NỘI DUNG
1. Thời gian: 02 ngày, bắt đầu từ ngày 06/7/2026.
2. Địa điểm: Hội trường Sở Nông nghiệp và Môi trường.
III. TỔ CHỨC THỰC HIỆN
1. Giao Chi cục Trồng trọt tổ chức lớp bồi dưỡng.
2. Các đơn vị cử người tham dự đầy đủ.
${TAIL}PHÂN CÔNG NHIỆM VỤ TỔ GIÚP VIỆC
(Kèm theo Kế hoạch số 77/KH-UBND ngày 12/5/2026)
| TT | Nhiệm vụ | Người thực hiện |
| --- | --- | --- |
| 1 | Chuẩn bị tài liệu | Trần Văn Bình |
`;
  const doc = run(text);
  it('a section of logistics is no directive because the section after it instructs', () => {
    expect(tree(doc.directives)).toEqual([['III', ['III.1', 'III.2']], 'T1']);
  });
  it('the signer is read before the attached table', () => {
    expect(doc.document.signer?.name).toBe('Võ Trọng Hải');
  });
});

describe('a dated sentence of an official letter is an account', () => {
  const letter = `${soHead('215/SXD-QLN', '08')}V/v báo cáo tình hình nhà ở xã hội
Kính gửi: Ủy ban nhân dân các xã, phường.
Ngày 10 tháng 01 năm 2026, Sở Xây dựng có Văn bản số 35/SXD-QLN đề nghị các địa phương báo cáo trước ngày 15/02/2026.
Ngày 20/02/2026, Sở Xây dựng đã tổng hợp báo cáo của 12 địa phương.
Sở Xây dựng đề nghị các địa phương chưa báo cáo gửi báo cáo trước ngày 20/4/2026.
${soTail}`;
  it('only the sentence that asks now is a directive', () => {
    expect(run(letter).directives.map((d) => d.text)).toEqual(['Sở Xây dựng đề nghị các địa phương chưa báo cáo gửi báo cáo trước ngày 20/4/2026.']);
  });
  it('a news report\'s dated sentence still reports a directive (test/outside-corpus.test.ts)', () => {
    const news = 'Rà soát chợ tạm trên địa bàn\n\nNgày 12/3/2024, UBND tỉnh ban hành Công văn số 801/UBND-KT yêu cầu các sở, ngành rà soát chợ tạm.\n';
    expect(run(news).directives.map((d) => d.id)).toEqual(['s1']);
  });
});

describe('a decision that sets up a team (wild hc QĐ thành lập đoàn kiểm tra, in other words)', () => {
  const decision = `${soHead('88/QĐ-SXD', '08')}QUYẾT ĐỊNH
Thành lập Tổ công tác kiểm tra nhà ở xã hội
GIÁM ĐỐC SỞ XÂY DỰNG HÀ TĨNH
Căn cứ Luật Nhà ở năm 2023;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác kiểm tra nhà ở xã hội, gồm các ông, bà sau đây:
1. Ông Lê Văn Hòa - Phó Giám đốc, Tổ trưởng;
2. Bà Trần Thị Mai - Chuyên viên, thành viên.
Điều 2. Tổ công tác có nhiệm vụ kiểm tra các dự án nhà ở xã hội, báo cáo Giám đốc Sở trước ngày 30/6/2026.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn Nam
`;
  const doc = run(decision);
  it('the article that sets up the team and lists its members is the act, no directive', () => {
    expect(doc.directives.map((d) => d.id)).toEqual(['2']);
  });
  it('the authority line without the place\'s unit word ("… SỞ XÂY DỰNG HÀ TĨNH") is not the title', () => {
    expect(doc.document.title).toBe('Thành lập Tổ công tác kiểm tra nhà ở xã hội');
  });
});

describe('a lead-in that asks, ending with a colon, opens a list of tasks (ANNOTATION.md 1)', () => {
  const letter = (leadIn: string) => `${soHead('216/SXD-QLN', '09')}V/v đưa nhà ở xã hội vào sử dụng
Kính gửi: Công ty cổ phần Đầu tư Hồng Lĩnh
Căn cứ kết quả kiểm tra thực tế ngày 02/4/2026, ${leadIn}
1. Chỉ đưa công trình vào sử dụng khi đã hoàn thành nghiệm thu phòng cháy, chữa cháy.
2. Lưu giữ hồ sơ hoàn công theo quy định.
Sở Xây dựng thông báo để Công ty biết và thực hiện./.
${soTail}`;
  it.each([
    ['Sở Xây dựng đề nghị Công ty cổ phần Đầu tư Hồng Lĩnh:', ['1', '2']], // wild kho-vlncn CV to Mông Sơn, in other words
    ['Sở Xây dựng yêu cầu chủ đầu tư thực hiện một số nội dung sau:', ['1', '2']],
    ['kết quả kiểm tra như sau:', []],
  ])('after "%s" the items are %j', (leadIn, ids) => {
    expect(run(letter(leadIn)).directives.map((d) => d.id)).toEqual(ids);
  });
  it.each([
    ['Chỉ đưa công trình vào sử dụng khi đã hoàn thành nghiệm thu.', 'neutral'],
    ['Nếu đã được cấp phép, chủ đầu tư lưu giữ hồ sơ.', 'neutral'],
    ['Chủ đầu tư đã hoàn thành nghiệm thu.', 'describes'],
  ])('"%s" → %s ("đã" of a condition is no account)', (sentence, expected) => {
    expect(evidence(fold(sentence))).toBe(expected);
  });
});

describe('an item that agrees, then assigns, is one task; a wrapped addressee line (wild vbhc-vn CV UBND chỉ đạo)', () => {
  const letter = (item1: string, kinhGui: string) => `ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH      Độc lập - Tự do - Hạnh phúc
Số: 815/UBND-KT      Hà Tĩnh, ngày 10 tháng 6 năm 2026
V/v di dời chợ đầu mối
${kinhGui}
Xét đề nghị của Sở Công Thương tại Báo cáo số 31/BC-SCT ngày 04/6/2026, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:
1. ${item1}
2. Giao Sở Tài chính bố trí kinh phí di dời.
${TAIL}`;
  it.each([
    // real (wild), one item: agreement, then "; Giao …"
    ['Nhất trí chủ trương di dời CCN Đầm Hồng theo Kế hoạch số 134/KH-UBND ngày 26/3/2026 của Ủy ban nhân dân tỉnh; Giao Ủy ban nhân dân phường Yên Bái chủ trì xây dựng phương án di dời.', ['1', '2']],
    // made-up: agreement "theo đề nghị của" (a noun, no lead-in cue), then one task
    ['Đồng ý chủ trương di dời chợ Cốc Lếu theo đề nghị của Sở Công Thương; Giao Ủy ban nhân dân phường Cốc Lếu lập phương án.', ['1', '2']],
    // made-up: an inline list of actions still splits
    ['Rà soát mặt bằng chợ mới; Tổ chức lấy ý kiến tiểu thương; Lập phương án di dời.', [['1', ['1.1', '1.2', '1.3']], '2']],
  ])('%s', (item1, expected) => {
    const doc = run(letter(item1, 'Kính gửi:\n- Sở Công Thương;\n- Sở Tài chính.'));
    expect(tree(doc.directives)).toEqual(expected);
  });
  it.each([
    // wild (a provincial plan): the first task opens with an action; its "phải" is no lead-in.
    ['Thực hiện cấp phép sử dụng vật liệu nổ công nghiệp phải đảm bảo các điều kiện về an toàn; Tổ chức kiểm tra việc chấp hành quy định.', 'Thực hiện cấp phép sử dụng vật liệu nổ công nghiệp phải đảm bảo các điều kiện về an toàn'],
    // made-up: the same with "cần".
    ['Bố trí mặt bằng chợ tạm cần bảo đảm an toàn giao thông; Tổ chức di dời tiểu thương.', 'Bố trí mặt bằng chợ tạm cần bảo đảm an toàn giao thông'],
    // made-up: a lead-in that does not open with an action still stands before the first task.
    ['Chủ tịch Ủy ban nhân dân tỉnh yêu cầu cần Bố trí mặt bằng chợ tạm; Tổ chức di dời tiểu thương.', 'Bố trí mặt bằng chợ tạm'],
  ])('the first task of "%s" is "%s"', (item1, first) => {
    const doc = run(letter(item1, 'Kính gửi: Sở Công Thương'));
    expect(find(doc.directives, '1.1')?.text).toBe(first);
  });
  it('an item that agrees then assigns keeps the assignee as lead', () => {
    const doc = run(letter('Đồng ý chủ trương di dời chợ Cốc Lếu theo đề nghị của Sở Công Thương; Giao Ủy ban nhân dân phường Cốc Lếu chủ trì lập phương án.', 'Kính gửi: Sở Công Thương'));
    expect(find(doc.directives, '1')!.actors.filter((a) => a.role !== 'issuer').map((a) => [a.name, a.role])).toEqual([['Ủy ban nhân dân phường Cốc Lếu', 'lead']]);
  });
  it.each([
    // real (wild): the first entry wraps after a comma
    ['Kính gửi:\n- Các Sở: Công Thương, Tài chính, Xây dựng,\nNông nghiệp và Môi trường;\n- UBND các phường: Yên Bái, Văn Phú, Âu Lâu.', ['Các Sở: Công Thương, Tài chính, Xây dựng, Nông nghiệp và Môi trường', 'UBND các phường: Yên Bái, Văn Phú, Âu Lâu']],
    // made-up: an inline entry that wraps
    ['Kính gửi: Sở Công Thương, Sở Tài chính,\nỦy ban nhân dân phường Bắc Hà.', ['Sở Công Thương, Sở Tài chính, Ủy ban nhân dân phường Bắc Hà']],
    // made-up: an entry without a stop is not carried on into the body
    ['Kính gửi:\n- Sở Công Thương', ['Sở Công Thương']],
  ])('%j → %j, and the body starts at "Xét đề nghị"', (kinhGui, addressees) => {
    const doc = run(letter('Giao Sở Công Thương kiểm tra.', kinhGui));
    expect(doc.document.addressees).toEqual(addressees);
    expect(tree(doc.directives)).toEqual(['1', '2']);
  });
});

describe('a task\'s attribute lines after its dashes ("Đơn vị chủ trì: …; Đơn vị phối hợp: …") are the item\'s (wild vbhc-vn kế hoạch đề án 08)', () => {
  const plan = (attributes: string) => `${soHead('95/KH-SXD', '14')}KẾ HOẠCH
Thực hiện Đề án phát triển nhà ở xã hội năm 2026
I. NHIỆM VỤ TRỌNG TÂM
1. Phát triển nhà ở xã hội
- Rà soát quỹ đất dành cho nhà ở xã hội.
- Hướng dẫn chủ đầu tư hoàn thiện hồ sơ.
${attributes}
2. Quản lý chất lượng công trình
- Kiểm tra công tác nghiệm thu.
${soTail}`;
  it.each([
    // real lines (wild), then made-up headers in other words
    ['Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Phòng Quản lý Thương mại.',
      [['lead', 'Phòng Quản lý Công nghiệp'], ['coordinate', 'Phòng Quản lý Năng lượng, Phòng Quản lý Thương mại']]],
    ['Cơ quan chủ trì: Phòng Phát triển đô thị\nCơ quan phối hợp: Thanh tra Sở',
      [['lead', 'Phòng Phát triển đô thị'], ['coordinate', 'Thanh tra Sở']]],
  ])('%j', (attributes, cells) => {
    const text = plan(attributes);
    const doc = run(text);
    expect(tree(doc.directives)).toEqual([['I', [['I.1', ['I.1.1', 'I.1.2']], ['I.2', ['I.2.1']]]]]);
    // The dash before the attributes ends with its own sentence.
    expect(find(doc.directives, 'I.1.2')!.text).toBe('- Hướng dẫn chủ đầu tư hoàn thiện hồ sơ.');
    expect(find(doc.directives, 'I.1')!.cells?.map((c) => [c.column, c.text])).toEqual(cells);
  });
  it('the bodies of the attribute lines take the roles of their headers', () => {
    const doc = run(plan('Đơn vị chủ trì: Phòng Quản lý nhà; Đơn vị phối hợp: Phòng Kế hoạch - Tài chính.'));
    expect(find(doc.directives, 'I.1')!.actors.filter((a) => a.role !== 'issuer').map((a) => [a.role, a.name])).toEqual([
      ['lead', 'Phòng Quản lý nhà tỉnh Hà Tĩnh'], ['coordinate', 'Phòng Kế hoạch - Tài chính tỉnh Hà Tĩnh']]);
  });
});

describe('a trích yếu that opens with "Về" may end with a stop (wild vbhc-vn giấy mời họp)', () => {
  const invitation = (title: string) => `ỦY BAN NHÂN DÂN      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH         Độc lập - Tự do - Hạnh phúc
Số: 41/GM-UBND         Hà Tĩnh, ngày 9 tháng 6 năm 2026
GIẤY MỜI HỌP
${title}
Kính gửi:      - Sở Công Thương;
               - Sở Tài chính.
Ủy ban nhân dân tỉnh đề nghị các cơ quan chuẩn bị nội dung như sau:
1. Sở Công Thương chuẩn bị báo cáo tình hình chợ đầu mối.
${TAIL}`;
  it.each([
    ['Về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh.', 'Về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh.'], // real (wild)
    ['Về việc rà soát chợ đầu mối.', 'Về việc rà soát chợ đầu mối.'], // made-up
    ['Về tiến độ xây dựng chợ đầu mối', 'Về tiến độ xây dựng chợ đầu mối'], // made-up, no stop
  ])('%s', (title, expected) => {
    const doc = run(invitation(title));
    expect(doc.document.title).toBe(expected);
    expect(doc.document.addressees).toEqual(['Sở Công Thương', 'Sở Tài chính']);
    expect(tree(doc.directives)).toEqual(['1']);
  });
});

describe('an invitation\'s logistics are no tasks (Decree 30 form of a Giấy mời; wild vbhc-vn giấy mời họp)', () => {
  const invitation = (items: string) => `ỦY BAN NHÂN DÂN      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH         Độc lập - Tự do - Hạnh phúc
Số: 41/GM-UBND         Hà Tĩnh, ngày 9 tháng 6 năm 2026
GIẤY MỜI HỌP
Về tình hình xây dựng chợ đầu mối
Kính gửi: Sở Công Thương
Ủy ban nhân dân tỉnh tổ chức họp về tình hình xây dựng chợ đầu mối, cụ thể như sau:
${items}
${TAIL}`;
  it.each([
    // real headings (wild), then made-up wording
    ['1. Thời gian, hình thức họp: Từ 14h00 thứ Ba, ngày 16/6/2026, theo hình thức trực tiếp.\n2. Địa điểm, thành phần: Phòng họp số 1.\n3. Công tác chuẩn bị: Giao Sở Công Thương chuẩn bị báo cáo.', ['3']],
    ['1. Thời gian: 14h00 ngày 16/6/2026.\n2. Địa điểm: Phòng họp số 1.\n3. Thành phần: Lãnh đạo Sở Công Thương, Sở Tài chính.\n4. Công tác chuẩn bị: Giao Sở Công Thương chuẩn bị báo cáo.', ['4']],
  ])('%j', (items, ids) => {
    expect(run(invitation(items)).directives.map((d) => d.id)).toEqual(ids);
  });
});

describe('a cited letter\'s subject asks nothing of this text (wild hc CV đề nghị doanh nghiệp cung cấp thông tin)', () => {
  const letter = (first: string) => `${soHead('77/SXD-QLN', '10')}V/v báo cáo tình hình nhà ở công nhân
Kính gửi: Các doanh nghiệp trong khu công nghiệp
${first}
Sở Xây dựng đề nghị các doanh nghiệp báo cáo số lượng nhà ở công nhân trước ngày 20/6/2026.
${soTail}`;
  it.each([
    // real (wild), then made-up
    ['Sở Công Thương nhận được Văn bản số 3082/BCH-TM ngày 15/6/2026 của Bộ chỉ huy quân sự tỉnh Lào Cai về việc đề nghị phối hợp cung cấp thực trạng các cơ sở sản xuất hóa chất (gửi kèm theo).'],
    ['Sở Xây dựng nhận được Công văn số 512/LĐLĐ ngày 02/6/2026 của Liên đoàn Lao động tỉnh V/v đề nghị hỗ trợ nhà ở cho công nhân.'],
  ])('%s', (first) => {
    expect(run(letter(first)).directives.map((d) => d.text)).toEqual(['Sở Xây dựng đề nghị các doanh nghiệp báo cáo số lượng nhà ở công nhân trước ngày 20/6/2026.']);
  });
});
