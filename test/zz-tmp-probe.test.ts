import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { instructs, startsWithContinuation } from '../src/structure/cues.js';
import { fold } from '../src/ingest/match.js';
const C = (f: string) => readFileSync(new URL('../corpus/' + f, import.meta.url), 'utf8');
const cut = (f: string, a: string, b: string) => { const t = C(f); const s = t.indexOf(a); if (s<0) throw new Error(a); const e = t.indexOf(b, s); if (e<0) throw new Error(b); return t.slice(s, e + b.length); };
it('probe', () => {
  const cases: [string, string, string][] = [
    ['000', '(kiemtoannn.gov.vn) - Ngày 13', 'về hội nhập Quốc tế.'],
    ['000', 'Được biết, Nghị quyết số 22', 'chủ nghĩa. '],
    ['000', 'Nghị quyết đã chỉ rõ mục tiêu', 'trong thời gian tới.'],
    ['000', 'Thực hiện sự phân công Bộ Chính trị', 'Nghị quyết 22-NQ/TW.'],
    ['000', 'Chương trình hành động này sẽ xác định', 'trong thời gian tới.'],
    ['000', 'Xem cỡ chữ', 'Google'],
    ['001', 'Nghị quyết 22-NQ/TW: Bước', 'quốc tế |'],
    ['001', 'Văn phòng Chính phủ vừa ban hành', 'và đào tạo.'],
    ['002', 'Ngày 27 tháng 8 năm 2015', 'của Thủ tướng Chính phủ.'],
    ['002', 'Tham dự Hội nghị có', 'thành phố.'],
    ['002', 'Trên cơ sở kết quả của Hội nghị', 'doanh nghiệp...'],
    ['002', 'Văn phòng Chính phủ xin thông báo', 'thực hiện./.'],
    ['003', '(VOH) - Ngày 11/12', 'với các bộ ngành.'],
    ['003', 'Tiếp tục phát huy, có trách nhiệm khi', 'điều ước quốc tế'],
    ['003', 'Phó Thủ tướng Vũ Đức Đam kết luận', 'cuộc họp.'],
    ['003', 'Báo cáo của Thường trực', 'là thành viên.'],
    ['003', 'Bên cạnh những nhiệm vụ', 'đề xuất cụ thể.'],
    ['003', 'Nhiều ý kiến làm rõ', 'về hội nhập quốc tế.'],
    ['003', 'Đến nay, vẫn chưa có', 'còn hạn chế.'],
    ['003', 'Đa phần các cán bộ', 'kiêm nhiệm.'],
    ['003', 'Thứ trưởng Bộ LĐTBXH Lê Quân', 'rõ nét hơn.'],
    ['003', 'Kết luận cuộc họp, Phó Thủ tướng', 'đánh giá cao.'],
    ['004', 'Sáng 2/8, tại Hà Nội', 'của Ban Chỉ đạo.'],
    ['004', 'Đồng chí Đoàn Thu Hà, Phó Chủ tịch', 'tỉnh Lạng Sơn'],
    ['004', 'Tham dự phiên họp có', 'thành viên Ban Chỉ đạo.'],
    ['004', 'Phiên họp được tổ chức', 'trên toàn quốc.'],
    ['004', 'Dự tại điểm cầu', 'của tỉnh.'],
    ['004', 'Trong 10 năm qua', 'trường quốc tế.'],
    ['004', 'Từ năm 2013 đến nay', 'phát triển đất nước.'],
    ['004', 'Đối với tỉnh Lạng Sơn', 'hợp tác và phát triển.'],
    ['004', 'Tại hội nghị, các đại biểu', 'những năm tiếp theo.'],
    ['004', 'Phát biểu chỉ đạo tại phiên họp', 'hội nhập quốc tế;…'],
    ['006', 'Thực hiện Chỉ thị số 13/CT-TTg ngày 02', 'các nội dung sau:'],
    ['006', 'Trên đây là Kế hoạch', 'quốc gia tự quyết định.'],
    ['006', '- Các đơn vị chủ trì nhiệm vụ', 'quy định của pháp luật.'],
    ['005', 'Điều 4. Quyết định này', 'kể từ ngày ký.'],
    ['005', 'Điều 1. Phê duyệt', 'Ngân hàng Thế giới (WB) tài trợ'],
    ['007', 'Thực hiện Nghị định số 180/2026', 'tỉnh giao:'],
    ['008', 'Ủy ban nhân dân phường Cam Đường công khai', 'như sau:'],
    ['008', 'Từ ngày 22/7/2026', 'phường Cam\nĐường.'],
    ['008', 'UBND phường Cam Đường đã nhận được', 'cụ thể như sau:'],
    ['008', 'Đến 17 giờ 00 phút', 'Trường Sơn.'],
    ['008', 'Ủy ban nhân dân phường Cam Đường xin', 'thông báo./.'],
    ['009', 'Điều 2. Thời hạn ủy quyền', 'năm 2025.'],
    ['009', 'Điều 5. Quyết định này', 'ký ban hành.'],
  ];
  const files: Record<string,string> = { '000':'000_0170ae969454aa54.txt','001':'001_f3a2eb2b02236d08.txt','002':'002_01045addc55f0d23.txt','003':'003_282706f9053aedd7.txt','004':'004_5fed355252d6cdb1.txt','005':'005_qd-1803-ttg-2015.txt','006':'006_kh-09-btnmt-2024.txt','007':'007_cv-4390-ubnd-laocai-2026.txt','008':'008_tb-831-ubnd-camduong-2026.txt','009':'009_qd-904-ubnd-laocai-2025.txt' };
  for (const [f, a, b] of cases) { try { const s = cut(files[f]!, a, b); console.log('R', f, instructs(fold(s)), startsWithContinuation(fold(s)), JSON.stringify(a)); } catch (e) { console.log('R', f, 'ERR', String(e)); } }
});
