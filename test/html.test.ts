import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../src/ingest/html.js';
import { normalise } from '../src/ingest/normalise.js';

const page = (body: string): string =>
  `<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>Thông báo</title>` +
  `<style>p { margin: 0 }</style><script>var menu = "Xem cỡ chữ";</script></head>\n<body>\n${body}\n</body>\n</html>\n`;

describe('htmlToText', () => {
  // Sentences from corpus/000, 001, 004, 006 and 007.
  const cases: [string, string, string][] = [
    [
      'paragraphs become one line each, inline whitespace collapsed',
      page(`<h1>Chương trình hành động của Chính phủ về hội nhập quốc tế</h1>
<p>
  Ban chỉ đạo liên ngành và các bộ, ngành, địa phương tăng cường công tác phổ biến,
  tuyên truyền, đào tạo và tập huấn về các cam kết quốc tế mà Việt Nam tham gia.
</p>
<p>Thủ tướng Chính phủ giao <b>Bộ Ngoại giao</b> chủ trì phối hợp cùng với các bộ, ngành, địa phương <i>xây dựng báo cáo tổng kết</i>.</p>`),
      'Chương trình hành động của Chính phủ về hội nhập quốc tế\n' +
        'Ban chỉ đạo liên ngành và các bộ, ngành, địa phương tăng cường công tác phổ biến, tuyên truyền, đào tạo và tập huấn về các cam kết quốc tế mà Việt Nam tham gia.\n' +
        'Thủ tướng Chính phủ giao Bộ Ngoại giao chủ trì phối hợp cùng với các bộ, ngành, địa phương xây dựng báo cáo tổng kết.\n',
    ],
    [
      '<br> breaks a line; nested divs each end a line; nav dropped',
      page(`<nav><a href="/">Trang chủ</a> | <a href="/in">In trang</a></nav>
<div class="noi-nhan"><div><b>Nơi nhận:</b><br>- Như trên;<br>- Chủ tịch UBND tỉnh;<br>- Lưu: VT, NLN (Thành).</div>
<div>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</div>Phan Trung Bá</div>`),
      'Nơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, NLN (Thành).\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan Trung Bá\n',
    ],
    [
      'entities decoded, NBSP kept as U+00A0',
      page('<p>Trọng tâm là tiếp tục&nbsp;n&#7855;m ch&#x1eaf;c tình hình; Bộ TN&amp;MT &lt;chủ trì&gt;.</p>'),
      'Trọng tâm là tiếp tục\u00a0nắm chắc tình hình; Bộ TN&MT <chủ trì>.\n',
    ],
    [
      'no more than one blank line in a row, none at the ends; empty blocks render nothing',
      page('<br><p>Xem cỡ chữ</p><br><br><br><p></p><p>  </p><div>Xem thêm »</div><br><br>'),
      'Xem cỡ chữ\n\nXem thêm »\n',
    ],
    [
      'list items keep their own text, no marker added',
      page('<ol><li>1. Mục đích</li><li>- Triển khai thực hiện hiệu quả các nhiệm vụ.</li><li>Yêu cầu</li></ol>'),
      '1. Mục đích\n- Triển khai thực hiện hiệu quả các nhiệm vụ.\nYêu cầu\n',
    ],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('renders a task table as Markdown pipe rows with a header separator', () => {
    // Rows 1–3 of the Phụ lục of corpus/006; the coordinate cell of row 2 is replaced by
    // "Bộ Công Thương, Bộ Ngoại giao" to check that commas stay inside their cell.
    const html = page(`<p>PHỤ LỤC</p>
<table border="1">
  <tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian thực hiện/ hoàn thành</th></tr>
  <tr><td>1.</td><td><p>Hoàn thiện dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 06/2022/NĐ-CP
      để trình Chính phủ.</p></td><td>Cục Biến đổi khí hậu</td><td>Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&amp;MT.</td><td>Tháng 8/2024</td></tr>
  <tr><td>2.</td><td>Hoàn thiện dự thảo Kế hoạch giảm phát thải khí nhà kính, bao gồm khí mê-tan<br>trong lĩnh vực quản lý chất thải đến năm 2030.</td><td>Cục Biến đổi khí hậu</td><td>Bộ Công Thương, Bộ Ngoại giao</td><td>Tháng 8/2024</td></tr>
  <tr><td>3.</td><td>Thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải khí nhà kính và tín chỉ các-bon.</td><td>Cục Biến đổi khí hậu</td><td>Cục Chuyển đổi số và Thông tin dữ liệu TNMT, các đơn vị thuộc các Bộ có liên quan.</td><td>2024 - 2025</td></tr>
</table>
<p>Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương tổ chức triển khai thực hiện.</p>`);
    expect(htmlToText(html)).toBe(
      'PHỤ LỤC\n' +
        '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/ hoàn thành |\n' +
        '| --- | --- | --- | --- | --- |\n' +
        '| 1. | Hoàn thiện dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 06/2022/NĐ-CP để trình Chính phủ. | Cục Biến đổi khí hậu | Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT. | Tháng 8/2024 |\n' +
        '| 2. | Hoàn thiện dự thảo Kế hoạch giảm phát thải khí nhà kính, bao gồm khí mê-tan trong lĩnh vực quản lý chất thải đến năm 2030. | Cục Biến đổi khí hậu | Bộ Công Thương, Bộ Ngoại giao | Tháng 8/2024 |\n' +
        '| 3. | Thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải khí nhà kính và tín chỉ các-bon. | Cục Biến đổi khí hậu | Cục Chuyển đổi số và Thông tin dữ liệu TNMT, các đơn vị thuộc các Bộ có liên quan. | 2024 - 2025 |\n' +
        'Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương tổ chức triển khai thực hiện.\n',
    );
  });

  it('takes the header from <thead> with <td> cells, pads colspan, keeps pipes, skips empty rows', () => {
    const html = page(`<table>
<thead><tr><td>TT</td><td colspan="2">Nội dung | Cơ quan</td></tr></thead>
<tbody><tr><td></td><td></td><td></td></tr>
<tr><td>9.</td><td>Xây dựng và triển khai các hoạt động truyền thông</td><td>Trung tâm Truyền thông TN&amp;MT</td></tr></tbody>
</table>`);
    expect(htmlToText(html)).toBe(
      '| TT | Nội dung | Cơ quan | |\n| --- | --- | --- |\n| 9. | Xây dựng và triển khai các hoạt động truyền thông | Trung tâm Truyền thông TN&MT |\n',
    );
  });

  it('has no header separator when the first row is made of <td> cells', () => {
    const html = page('<table><tr><td>Số: 09/KH-BTNMT</td><td><i>Hà Nội, ngày 06 tháng 8 năm 2024</i></td></tr></table>');
    expect(htmlToText(html)).toBe('| Số: 09/KH-BTNMT | Hà Nội, ngày 06 tháng 8 năm 2024 |\n');
  });

  it('keeps the line breaks of <pre>, trailing spaces removed', () => {
    const html = page('<pre>  ỦY BAN NHÂN DÂN        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM   \n    TỈNH LÀO CAI</pre>');
    expect(htmlToText(html)).toBe('  ỦY BAN NHÂN DÂN        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    TỈNH LÀO CAI\n');
  });

  it('returns an empty string for a page without text', () => {
    expect(htmlToText(page('<script>alert(1)</script><noscript>Bật JavaScript</noscript><template><p>x</p></template>'))).toBe('');
  });
});

describe('htmlToText round trip over the corpus', () => {
  const dir = join(import.meta.dirname, '..', 'corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // What is compared: each line of the normalised text (BOM dropped, LF, NFC) with runs of ASCII
  // spaces and tabs collapsed to one space and spaces trimmed at both ends, as HTML renders
  // whitespace. Lines left empty are dropped, since an empty <p></p> renders nothing. U+00A0 is
  // not whitespace here, so a line holding only NBSP is kept on both sides.
  const canon = (line: string): string => line.replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');

  it('covers the 14 corpus texts', () => expect(files).toHaveLength(14));
  it.each(files)('%s: every line wrapped in <p> comes back as that line', (file) => {
    const lines = normalise(readFileSync(join(dir, file), 'utf8')).split('\n');
    const html = page(lines.map((l) => `<p>${escape(l)}</p>`).join('\n'));
    const expected = lines.map(canon).filter(Boolean);
    expect(htmlToText(html).normalize('NFC')).toBe(expected.join('\n') + '\n');
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['\ufeff  <!DOCTYPE html><html>', true],
    ['\n<html lang="vi">', true],
    ['<meta charset="utf-8"><div class="content">Thông báo</div>', true],
    ['Tin tức <p>Phó Thủ tướng yêu cầu</p>', true],
    ['<p class="MsoNormal">Kính gửi:</p>', true],
    ['VĂN PHÒNG CHÍNH PHỦ ------- Số: 330/TB-VPCP', false],
    ['| TT | Nhiệm vụ | Cơ quan chủ trì |', false],
    ['x'.repeat(2000) + '<div>', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
