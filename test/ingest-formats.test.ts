// The readers of DOCX and PDF, piece by piece: sniffing, the glyph readings of lying text layers,
// the readability score that picks them, the layout of PDF text items, page furniture, Tesseract's
// TSV, and the HTML options a DOCX needs. Real lines from ../shared/wild/ and made-up variants.
import { describe, expect, it } from 'vitest';
import { readability, isReadable, readAs } from '../src/ingest/glyphs.js';
import { htmlToText } from '../src/ingest/html.js';
import { binaryReason, ingest, ingestAny } from '../src/ingest/index.js';
import { layoutLine, pageLines, type TextItem } from '../src/ingest/pdf.js';
import { layout } from '../src/ingest/pdf-read.js';
import { tsvToText } from '../src/ingest/ocr.js';
import { sniff } from '../src/ingest/sniff.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const wide = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

describe('sniff: the format from the first bytes', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), 'pdf'],
    ['a PDF after junk bytes (allowed within the first 1024)', bytes('\r\n\r\n%PDF-1.4\n'), 'pdf'],
    ['a DOCX: a ZIP naming word/document.xml', bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml'), 'docx'],
    ['a ZIP without word/document.xml (an XLSX)', bytes([0x50, 0x4b, 0x03, 0x04], '....xl/workbook.xml'), 'zip'],
    ['a Word 97 file', bytes(OLE2, '....WordDocument'), 'ole2'],
    ['an encrypted DOCX (OLE2 with an EncryptedPackage stream)', bytes(OLE2, [0, 0], wide('EncryptedPackage')), 'ole2-encrypted'],
    ['UTF-8 text', bytes('Số: 12/TB-VPCP'), 'text'],
    ['text that mentions %PDF- after 1024 bytes', bytes('x'.repeat(1100), '%PDF-'), 'text'],
  ])('%s → %s', (_, input, kind) => {
    expect(sniff(input)).toBe(kind);
  });

  it.each([
    ['notice.doc', bytes(OLE2), 'a legacy Word file (.doc): convert it to DOCX (Word: Save As; or soffice --headless --convert-to docx FILE)'],
    ['notice.docx', bytes(OLE2, wide('EncryptedPackage')), 'a password-protected DOCX: remove the password in Word and save again'],
    ['book.xls', bytes(OLE2), 'an Office 97-2003 file, not a notice chidao reads'],
    ['archive.zip', bytes([0x50, 0x4b, 0x03, 0x04], 'a.txt'), 'a ZIP archive, not a DOCX (no word/document.xml)'],
    ['notice.txt', bytes('Số: 12/TB-VPCP'), null],
  ])('binaryReason(%s)', (path, input, reason) => {
    expect(binaryReason(input, path)).toBe(reason);
  });

  it('ingest() refuses a legacy Word file in one line whatever its name; ingestAny() does too', async () => {
    expect(() => ingest(bytes(OLE2), { path: 'thong-bao.txt' })).toThrow('a legacy Word file (.doc): convert it to DOCX');
    await expect(ingestAny(bytes(OLE2), { path: 'thong-bao' })).rejects.toThrow('a legacy Word file (.doc)');
  });
});

describe('glyph readings of a lying text layer', () => {
  it.each([
    // Real: the first lines of sd-vlncn__TB-1894 as pdftotext prints them (its glyph-id font only).
    ['glyph-ids', '6Ӣ', 'SỞ'],
    ['glyph-ids', '7+ѬѪ1*', 'THƯƠNG'],
    ['glyph-ids', '&Ӝ1*', 'CỘNG'],
    ['glyph-ids', '9,ӊ7', 'VIỆT'],
    ['glyph-ids', 'NLӇP WUD', 'kiểm tra'],
    ['glyph-ids', 'FKXҭQ', 'chuẩn'],
    // Made up: other words in the same font.
    ['glyph-ids', 'ÿӏD SKѭѫQJ', 'địa phương'],
    ['glyph-ids', 'TXҧQ Oê', 'quản lê'],
    // Real: a WinAnsi font that pdf.js reads with the Mac Roman table (sd-vlncn__TB-1894, line 1).
    ['mac-roman', 'L¿O CAI', 'LÀO CAI'],
    ['mac-roman', 'H’A X√', 'HÕA XÃ'],
    ['mac-roman', 'ph˙c', 'phúc'],
    // Made up.
    ['mac-roman', 'Th·i BÏnh', 'Thái Bình'],
    // Real: kccn__1178-DCK-CTT; made up: a word with the small letter.
    ['look-alikes', 'BỘ CÔNG THƢƠNG', 'BỘ CÔNG THƯƠNG'],
    ['look-alikes', 'hƣớng dẫn', 'hướng dẫn'],
    ['as-printed', 'Sở Công Thương', 'Sở Công Thương'],
  ] as const)('%s: %s → %s', (reading, printed, read) => {
    expect(readAs(reading, printed)).toBe(read);
  });

  it.each([
    // Real text of a notice: most words legal syllables, most with diacritics.
    ['Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương về việc tiến hành kiểm tra việc chấp hành quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh', true],
    // Real: the OCR layer with the marks stripped of hc__QD-26 (pdftotext).
    ['BO CONG THIJoNG CVC H6A CHAT S6 ceNG noa xA Her cHU Ncuia vrET NAM DQc l6p Tu do Hanh phuc QUYET DINH Xu phat vi pham hanh chinh doi voi Cong ty trong linh vuc hoa chat', false],
    // Real: the glyph-id layer of sd-vlncn__QD-1050 read as printed.
    ['UBND 7ӌ1+ LÀO CAI &Ӝ1* HOÀ XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM 6Ӣ CÔNG 7+ѬѪ1* ĈӝF OұS 7ӵ GR +ҥQK SK~F 4a\\ӂ7 ĈӎNH 9Ӆ YLӋF WKjQK OұS ÿRjQ NLӇP WUD', false],
  ])('readable: %s', (text, readable) => {
    const r = readability(text);
    expect(r.words).toBeGreaterThanOrEqual(20);
    expect(isReadable(r)).toBe(readable);
  });

  it('a short text is never called unreadable (too few words to judge)', () => {
    expect(isReadable(readability('BO CONG THUONG'))).toBe(true);
  });
});

const item = (str: string, x: number, y: number, size = 12, font = 'f1'): TextItem => ({ str, x, y, width: str.length * size * 0.5, size, font });

describe('PDF lines from text items', () => {
  it('groups items by baseline, orders them left to right, and keeps the header columns apart', () => {
    const items = [
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 260, 774),
      item('BỘ XÂY DỰNG', 90, 774.4),
      item('Độc lập - Tự do - Hạnh phúc', 300, 760),
      item('Số: 1074/QĐ-BXD', 85, 730),
      item('Hà Nội, ngày 29 tháng 6 năm 2026', 280, 730.2),
      item('   ', 85, 745), // a line of printed spaces: no line
    ];
    const lines = pageLines(items);
    expect(lines.map((l) => l.items.map((i) => i.str))).toEqual([
      ['BỘ XÂY DỰNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Độc lập - Tự do - Hạnh phúc'],
      ['Số: 1074/QĐ-BXD', 'Hà Nội, ngày 29 tháng 6 năm 2026'],
    ]);
    // Column = (x − 85) / 6: "CỘNG HÒA" at x 260 is column 29, "Độc lập" at 300 column 36, "Hà Nội" at 280 column 33.
    expect(lines.map((l) => layoutLine(l, 85, 6))).toEqual([
      ` BỘ XÂY DỰNG${' '.repeat(29 - 12)}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
      `${' '.repeat(36)}Độc lập - Tự do - Hạnh phúc`,
      `Số: 1074/QĐ-BXD${' '.repeat(33 - 15)}Hà Nội, ngày 29 tháng 6 năm 2026`,
    ]);
  });

  it('joins the runs of one word and puts one space at a word gap, however wide the capitals', () => {
    // Real: "thầu" printed as three runs in two fonts (sd-vlncn__TB-1894), then a word gap.
    const line = { y: 500, size: 13, items: [item('th', 85, 500, 13), { ...item('ầ', 98, 500, 13) }, item('u', 104.5, 500, 13), item('số', 115, 500, 13)] };
    expect(layoutLine(line, 85, 6)).toBe('thầu số');
    // Made up: wide bold capitals that run past their columns stay one space apart.
    const caps = { y: 400, size: 14, items: [item('QUYẾT', 200, 400, 14), item('ĐỊNH', 248, 400, 14)] };
    expect(layoutLine(caps, 85, 6)).toBe('                   QUYẾT ĐỊNH');
  });

  it('lists page numbers, running heads and signature stamps, and keeps the first two out of the text', () => {
    const page = (n: number, extra: TextItem[] = []) => ({
      height: 842,
      items: [
        item('Công văn số 12/SCT-KT', 85, 800),
        item(`Nội dung trang ${n} của văn bản.`, 85, 700),
        ...extra,
        item(String(n), 300, 40),
      ],
    });
    const stamp = [item('Ký bởi: Sở Công Thương', 85, 300, 8), item('Cơ quan: Tỉnh Lào Cai', 85, 290, 8), item('Thời gian ký: 02.04.2026 10:15', 85, 280, 8)];
    const laid = layout([page(1), page(2, stamp), page(3)]);
    // The stamp stays in the text (the structure stage reads its signing time), after a blank line.
    expect(laid.text).toBe('Nội dung trang 1 của văn bản.\nNội dung trang 2 của văn bản.\n\nKý bởi: Sở Công Thương\nCơ quan: Tỉnh Lào Cai\n'
      + 'Thời gian ký: 02.04.2026 10:15\nNội dung trang 3 của văn bản.\n');
    expect(laid.furniture).toEqual([
      { page: 1, kind: 'running-header', text: 'Công văn số 12/SCT-KT' },
      { page: 1, kind: 'page-number', text: '1' },
      { page: 2, kind: 'running-header', text: 'Công văn số 12/SCT-KT' },
      { page: 2, kind: 'page-number', text: '2' },
      { page: 2, kind: 'signature-stamp', text: 'Ký bởi: Sở Công Thương' },
      { page: 2, kind: 'signature-stamp', text: 'Cơ quan: Tỉnh Lào Cai' },
      { page: 2, kind: 'signature-stamp', text: 'Thời gian ký: 02.04.2026 10:15' },
      { page: 3, kind: 'running-header', text: 'Công văn số 12/SCT-KT' },
      { page: 3, kind: 'page-number', text: '3' },
    ]);
    expect(laid.repaired).toBe(false);
  });

  it('a lone "Cơ quan: …" line of the notice is text, not a stamp', () => {
    const laid = layout([{ height: 842, items: [item('Cơ quan: Sở Tài chính chủ trì thực hiện.', 85, 700), item('Các sở phối hợp.', 85, 680)] }]);
    expect(laid.text).toBe('Cơ quan: Sở Tài chính chủ trì thực hiện.\nCác sở phối hợp.\n');
    expect(laid.furniture).toEqual([]);
  });

  it('reads a glyph-id font where that makes the text Vietnamese, and leaves the other fonts alone', () => {
    const f2 = (s: string, x: number, y: number): TextItem => item(s, x, y, 12, 'f2');
    const laid = layout([{ height: 842, items: [
      f2('6Ӣ', 85, 700), item('CÔNG', 100, 700), f2('7+ѬѪ1*', 140, 700),
      f2('7+Ð1*', 85, 680), f2('%È2', 120, 680), item('Kết quả kiểm tra việc chấp hành quy định', 150, 680),
    ] }]);
    expect(laid.text.split('\n')[0]).toBe('SỞ CÔNG THƯƠNG');
    expect(laid.repaired).toBe(true);
  });
});

describe('Tesseract TSV → lines', () => {
  const row = (block: number, line: number, word: number, left: number, width: number, conf: number, text: string) =>
    ['5', '1', String(block), '1', String(line), String(word), String(left), '100', String(width), '30', String(conf), text].join('\t');
  const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

  it('keeps a line\'s indentation and the gap between the header\'s columns, and sums the confidences', () => {
    const tsv = [header,
      row(1, 1, 1, 100, 40, 96, 'BỘ'), row(1, 1, 2, 150, 80, 95, 'CÔNG'), row(1, 1, 3, 240, 120, 94, 'THƯƠNG'),
      row(1, 1, 4, 700, 80, 90, 'CỘNG'), row(1, 1, 5, 790, 60, 91, 'HÒA'),
      row(2, 1, 1, 180, 40, 80, 'Kính'), row(2, 1, 2, 230, 40, 85, 'gửi:'),
      ['4', '1', '2', '1', '1', '0', '180', '100', '90', '30', '-1', ''].join('\t'),
    ].join('\n');
    const out = tsvToText(tsv);
    // The median letter is 20 px wide and the left margin 100 px: "CỘNG" at 700 px is column 30.
    expect(out.text).toBe(`BỘ CÔNG THƯƠNG${' '.repeat(16)}CỘNG HÒA\n    Kính gửi:\n`);
    expect(out.words).toBe(7);
    expect(out.confidenceSum).toBe(96 + 95 + 94 + 90 + 91 + 80 + 85);
  });

  it('gives nothing for a blank page', () => {
    expect(tsvToText(header + '\n')).toEqual({ text: '', confidenceSum: 0, words: 0 });
  });
});

describe('HTML of a Word document (mammoth\'s rendering)', () => {
  it('sets a header table side by side, skipping a spacer column, and numbers list items', () => {
    const html = '<table><tr><td><p>UBND TỈNH LÀO CAI<br/>SỞ CÔNG THƯƠNG</p></td><td></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table>'
      + '<p>KẾ HOẠCH</p><ol><li>Mục đích</li><li>Yêu cầu<ol><li>Đúng thành phần</li></ol></li></ol><ul><li>Lưu: VT</li></ul>';
    expect(htmlToText(html, { listMarkers: true, layoutTables: true })).toBe([
      'UBND TỈNH LÀO CAI      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ CÔNG THƯƠNG         Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH', '1. Mục đích', '2. Yêu cầu', 'a) Đúng thành phần', '- Lưu: VT', '',
    ].join('\n'));
  });

  it('numbers a task table\'s TT column down the rows and keeps tables of three columns or more as pipe rows', () => {
    const html = '<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Người thực hiện</td></tr>'
      + '<tr><td><ol><li></li></ol></td><td>Xây dựng bài kiểm tra</td><td>Vũ Việt Linh</td></tr>'
      + '<tr><td><ol><li></li></ol></td><td>Tổ chức chấm bài</td><td>Nguyễn Thị Loan</td></tr></table>';
    expect(htmlToText(html, { listMarkers: true, layoutTables: true })).toBe(
      '| TT | Nhiệm vụ | Người thực hiện |\n| 1. | Xây dựng bài kiểm tra | Vũ Việt Linh |\n| 2. | Tổ chức chấm bài | Nguyễn Thị Loan |\n');
  });

  it('drops what the caller says is no text (footnotes) and leaves web pages as before', () => {
    const html = '<p>Giao Sở Tài chính<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> chủ trì.</p><ol><li id="footnote-1"><p>Chú thích <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const isNote = (el: { properties: Record<string, unknown> }) => /^#?footnote-/u.test(String(el.properties.id ?? el.properties.href ?? ''));
    expect(htmlToText(html, { drop: isNote, listMarkers: true })).toBe('Giao Sở Tài chính chủ trì.\n');
    expect(htmlToText('<ol><li>Một</li></ol><table><tr><td>a</td><td>b</td></tr></table>')).toBe('Một\n| a | b |\n');
  });
});
