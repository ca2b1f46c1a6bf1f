// Multi-part acts (issue 14, point 3) and tables printed one cell per line (point 4), on made-up
// documents in real layouts (the corpus sentence is corpus/010, scored in accuracy.test.ts).
// Exact ids and spans.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { attachmentStarts } from '../src/structure/attachments.js';
import type { Directive } from '../src/types.js';

const run = (text: string) => extractDocument(ingest(new TextEncoder().encode(text), { path: 'made-up.txt' }));
const tree = (ds: Directive[]): unknown[] => ds.map((d) => (d.children.length ? [d.id, tree(d.children)] : d.id));
const at = (text: string, words: string): number => {
  const i = text.indexOf(words);
  if (i < 0) throw new Error(`not in the text: ${words}`);
  return i;
};

const HEAD = `ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 15/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 04 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý cụm công nghiệp
ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
`;
const SIGNATURE = `Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lâm
`;

describe('a text attached after the signature is part of the document', () => {
  // A regulation whose articles would clash with the decision's: they take the number of the
  // article that issues it ("1.2"), as ANNOTATION.md "Articles" does inside an article.
  const regulation = `${HEAD}Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
${SIGNATURE}QUY CHẾ
PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH
(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 04/3/2026 của Ủy ban nhân dân tỉnh)
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp quản lý cụm công nghiệp.
Điều 2. Trách nhiệm của Sở Công Thương
Sở Công Thương chủ trì, hướng dẫn chủ đầu tư lập hồ sơ; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.
Điều 3. Trách nhiệm của Sở Tài chính
Sở Tài chính phải thẩm định phương án giá thuê hạ tầng trong 10 ngày làm việc.
`;

  it('finds the regulation after "Nơi nhận", at its title line', () => {
    expect(attachmentStarts(regulation, at(regulation, 'Nơi nhận'))).toEqual([at(regulation, 'QUY CHẾ\n')]);
  });

  it('reads its articles, numbered under the issuing article where ids clash', () => {
    const doc = run(regulation);
    expect(tree(doc.directives)).toEqual(['3', '1.2', '1.3']);
    const second = doc.directives[1]!;
    expect(second.span).toEqual([at(regulation, 'Điều 2. Trách nhiệm'), at(regulation, 'Điều 3. Trách nhiệm') - 1]);
    expect(doc.document.signer?.name).toBe('Trần Văn Lâm');
  });

  // A plan with Roman sections: no clash, the sections keep their own ids; the plan's lead-in is
  // a preamble, its aims are descriptive; a closing "./." ends the last item before the appendix.
  const plan = `${HEAD.replace('Quy chế phối hợp quản lý cụm công nghiệp', 'Kế hoạch chuyển đổi số năm 2026')}Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.
Điều 2. Giám đốc Sở Khoa học và Công nghệ chịu trách nhiệm thi hành Quyết định này./.
${SIGNATURE}KẾ HOẠCH
CHUYỂN ĐỔI SỐ NĂM 2026
(Kèm theo Quyết định số 15/QĐ-UBND ngày 04/3/2026)
Thực hiện chỉ đạo của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng dịch vụ công trực tuyến.
II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh.
2. Các sở, ngành rà soát, số hóa hồ sơ thủ tục hành chính.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp./.
PHỤ LỤC
DANH MỤC NHIỆM VỤ
| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn hoàn thành |
| --- | --- | --- | --- |
| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Quý II/2026 |
`;

  it('reads the plan\'s sections and its appendix table', () => {
    const doc = run(plan);
    expect(tree(doc.directives)).toEqual(['2', ['II', ['II.1', 'II.2']], 'III', 'T1']);
    const iii = doc.directives[2]!;
    expect(iii.text).toBe('III. TỔ CHỨC THỰC HIỆN\nCác cơ quan báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp.');
  });

  it('a title in capitals without a caption is no attachment (a heading of the signature block)', () => {
    const text = `${SIGNATURE}KẾ HOẠCH SỐ 12\nĐiều 1. Nội dung`;
    expect(attachmentStarts(text, 0)).toEqual([]);
  });
});

describe('a pipe header over cells printed one per line', () => {
  // The header's fifth cell spilled onto its own line; "1" heads "1.1" and "1.2" (a group row);
  // row 1.2 is broken by a page: its task and lead go on after its time cell.
  const text = `${HEAD}Điều 1. Giao các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.
PHỤ LỤC
| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp |
| --- | --- | --- | --- |
Thời hạn hoàn thành
1
Hoàn thiện thể chế
1.1
Xây dựng quy định về quản lý cụm công nghiệp.
Sở Công Thương
Sở Tư pháp
Quý II/2026
1.2
Rà soát quy hoạch các cụm công nghiệp và đề xuất
Sở Xây
Sở Tài chính
Năm 2026
điều chỉnh cho phù hợp.
dựng
2
Kiểm tra việc chấp hành pháp luật về đất đai.
Sở Nông nghiệp và Môi trường
Công an tỉnh
Hằng năm
`;

  it('gives one directive per task row, group rows skipped, spans from the number to the last line', () => {
    const doc = run(text);
    const rows = doc.directives.filter((d) => d.id.startsWith('T'));
    expect(rows.map((d) => d.id)).toEqual(['T1', 'T2', 'T3']);
    expect(rows.map((d) => d.span)).toEqual([
      [at(text, '1.1\n'), at(text, '\n1.2') ],
      [at(text, '1.2\n'), at(text, '\n2\n')],
      [at(text, '2\nKiểm tra'), text.length - 1],
    ]);
  });

  it('reads a broken row\'s cells in pieces, from the task column on', () => {
    const doc = run(text);
    const cells = doc.directives.find((d) => d.id === 'T2')!.cells!;
    expect(cells.map((c) => [c.column, c.text])).toEqual([
      ['number', '1.2'],
      ['task', 'Rà soát quy hoạch các cụm công nghiệp và đề xuất điều chỉnh cho phù hợp.'],
      ['lead', 'Sở Xây dựng'],
      ['coordinate', 'Sở Tài chính'],
      ['deadline', 'Năm 2026'],
    ]);
  });

  it('leaves the cells to no other directive (the table is skipped by the body)', () => {
    const doc = run(text);
    expect(doc.directives.filter((d) => !d.id.startsWith('T')).map((d) => d.id)).toEqual(['1']);
  });
});

describe('pipe rows without the outer pipes', () => {
  const text = `${HEAD}Điều 1. Giao các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.
PHỤ LỤC
TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn
--- | --- | --- | ---
1 | Giám sát véc tơ truyền bệnh | Sở Y tế | Quý II/2026
2 | Tập huấn cho y tế cơ sở | Trung tâm Kiểm soát bệnh tật tỉnh | Tháng 6/2026
`;
  it('are a task table: one row each, cells typed by the header', () => {
    const rows = run(text).directives.filter((d) => d.id.startsWith('T'));
    expect(rows.map((d) => [d.id, d.text, d.cells!.map((c) => c.column)])).toEqual([
      ['T1', '1 | Giám sát véc tơ truyền bệnh | Sở Y tế | Quý II/2026', ['number', 'task', 'lead', 'deadline']],
      ['T2', '2 | Tập huấn cho y tế cơ sở | Trung tâm Kiểm soát bệnh tật tỉnh | Tháng 6/2026', ['number', 'task', 'lead', 'deadline']],
    ]);
  });
});
