// sentences() and trimEnd() (structure/sentences.ts) on real corpus paragraphs, with exact spans
// (ANNOTATION.md, "What is a directive" 3: a sentence ends at ".", "!" or "?"; ";" does not end
// it; "…" inside a paragraph does not either; "./." keeps its first "."). Where a sentence is a
// gold directive (an "s" id), its span is the gold span: the gold id is named in the case.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentences, trimEnd, trimStart } from '../src/structure/sentences.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');

/** [start, end) of a paragraph: from its first words to the end of its last words. */
function range(text: string, first: string, last: string): [number, number] {
  const start = text.indexOf(first);
  const end = text.indexOf(last, start) + last.length;
  if (start < 0 || end < start + last.length) throw new Error(`not in the text: ${first} … ${last}`);
  return [start, end];
}

// [what it shows, file, paragraph from … to, expected sentences: [start, end, first words, last words]]
type Case = readonly [string, string, string, string, ReadonlyArray<readonly [number, number, string, string]>];

const cases: readonly Case[] = [
  [
    '"…" inside a paragraph does not end a sentence (003 s4, s5)',
    '003_282706f9053aedd7.txt', 'Từng bộ ngành cũng cần', 'ở trong nước.',
    [
      [3369, 3591, 'Từng bộ ngành cũng cần tìm ra', 'dân tộc ít người… để hợp tác, hỗ trợ cho những nước kém phát triển, qua đó nâng cao vị thế quốc tế của Việt Nam.'],
      [3592, 3705, 'Đồng thời tham khảo kinh nghiệm', 'những vấn đề đang gặp phải ở trong nước.'],
    ],
  ],
  [
    '";" does not end a sentence; a final "…" stays inside it (003 s1, s2)',
    '003_282706f9053aedd7.txt', 'Từ đề xuất của Thường trực', 'APEC, ASEM…',
    [
      [2278, 2454, 'Từ đề xuất của Thường trực Ban chỉ đạo', 'phối hợp với các thành viên khác trong năm 2019.'],
      [2455, 2773, 'Đồng thời, khẩn trương chuẩn bị', 'khi Việt Nam làm Chủ tịch; lồng ghép các hoạt động hội nhập quốc tế vào công tác và kinh phí thường xuyên; củng cố quan hệ hợp tác song phương và các diễn đàn đa phương như ASEAN, APEC, ASEM…'],
    ],
  ],
  [
    'six ";" and a final ";…" make one sentence (004 s2)',
    '004_5fed355252d6cdb1.txt', 'Trọng tâm là tiếp tục', 'linh hoạt trong thực hiện;…',
    [[3513, 4078, 'Trọng tâm là tiếp tục phát huy', 'tiếp tục kiên định với chiến lược hội nhập quốc tế, linh hoạt trong thực hiện;…']],
  ],
  [
    '": " followed by a capital does not end a sentence',
    '004_5fed355252d6cdb1.txt', 'Phát biểu chỉ đạo tại phiên họp', 'trong quá trình hội nhập quốc tế;…',
    [[2738, 3216, 'Phát biểu chỉ đạo tại phiên họp, Thủ tướng Chính phủ Phạm Minh Chính nêu rõ: Bên cạnh', 'còn thiếu kinh nghiệm trong quá trình hội nhập quốc tế;…']],
  ],
  [
    'a quotation closed by "”," runs on into its sentence (003 s3)',
    '003_282706f9053aedd7.txt', '“Chúng ta chủ động', 'thông tin với nhau.',
    [[3008, 3367, '“Chúng ta chủ động hội nhập không chỉ vì lợi ích của đất nước, dân tộc mà còn đóng góp cho hoà bình, ổn định, phát triển trong khu vực và trên thế giới”, Phó Thủ tướng nói và đề nghị', 'tích cực trao đổi, thông tin với nhau.']],
  ],
  [
    '"…)." ends the sentence at its "." (001 s5)',
    '001_f3a2eb2b02236d08.txt', 'Phó Thủ tướng lưu ý', 'phát triển bền vững…).',
    [[2154, 2617, 'Phó Thủ tướng lưu ý báo cáo', 'Chương trình nghị sự 2030 của Liên hợp quốc vì sự phát triển bền vững…).']],
  ],
  [
    'a final "..." stays inside the sentence (001 s6)',
    '001_f3a2eb2b02236d08.txt', 'Phó Thủ tướng yêu cầu các bộ', 'văn xã...',
    [[2618, 2897, 'Phó Thủ tướng yêu cầu các bộ, ngành, địa phương nghiêm túc thực hiện', 'trong các lĩnh vực khoa giáo - văn xã...']],
  ],
  [
    '"..." before a capital ends a sentence; "sau:" ends the next at the paragraph end (flattened 002)',
    '002_01045addc55f0d23.txt', 'Trên cơ sở kết quả của Hội nghị', 'nhiệm vụ chủ yếu sau:',
    [
      [907, 1450, 'Trên cơ sở kết quả của Hội nghị, Thủ tướng Chính phủ có ý kiến như sau: Đánh giá cao', 'gắn với thực tế tại các địa phương, doanh nghiệp...'],
      [1451, 1618, 'Để đẩy mạnh hội nhập quốc tế sâu rộng', 'các Bộ, ngành, địa phương, doanh nghiệp cần tập trung các nhiệm vụ chủ yếu sau:'],
    ],
  ],
  [
    'an item of the flattened 002 splits at ". " + capital; its unpunctuated end is kept',
    '002_01045addc55f0d23.txt', 'Tiếp tục đẩy mạnh hội nhập quốc tế toàn diện', 'hàng đầu của hội nhập quốc tế',
    [
      [1622, 1788, 'Tiếp tục đẩy mạnh hội nhập quốc tế toàn diện', 'tạo môi trường hòa bình và điều kiện thuận lợi để phát triển đất nước.'],
      [1789, 1973, 'Chủ động và tích cực hội nhập, hợp tác quốc tế phải', 'không can thiệp vào công việc nội bộ của nhau, bình đẳng, cùng có lợi.'],
      [1974, 2202, 'Hội nhập quốc tế với trọng tâm là Hội nhập kinh tế', 'để đất nước ta không bị rơi vào bẫy thu nhập trung bình.'],
      [2203, 2271, 'Đây là nguyên tắc, nhiệm vụ quan trọng', 'hàng đầu của hội nhập quốc tế'],
    ],
  ],
  [
    'an inline task list ("; Tiếp tục …; Kiện toàn …") stays one sentence (000 s2, s3)',
    '000_0170ae969454aa54.txt', 'Đồng thời, các Bộ, cơ quan', 'cho cán bộ, công chức, viên chức các cấp, các ngành.',
    [
      [1763, 1931, 'Đồng thời, các Bộ, cơ quan ngang Bộ', 'cần xây dựng thể chế và nâng cao năng lực hội nhập quốc tế.'],
      [1932, 2863, 'Trong đó, xây dựng và triển khai Chiến lược', '; Tăng cường đào tạo, bối dưỡng nâng cao nhận thức và năng lực hội nhập quốc tế cho cán bộ, công chức, viên chức các cấp, các ngành.'],
    ],
  ],
  [
    '"./." keeps its first "." (000 s8)',
    '000_0170ae969454aa54.txt', 'Trên cơ sở những nội dung', 'hàng năm./.',
    [[5593, 6106, 'Trên cơ sở những nội dung nhiệm vụ chủ yếu', 'cụ thể hóa thành các nhiệm vụ trong kế hoạch công tác hàng năm.']],
  ],
  [
    '"./." keeps its first "." (005 s1)',
    '005_qd-1803-ttg-2015.txt', 'Bộ trưởng các Bộ: Kế hoạch', 'Quyết định này./.',
    [[3968, 4181, 'Bộ trưởng các Bộ: Kế hoạch và Đầu tư', 'Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.']],
  ],
  [
    '"./." after a first sentence of its paragraph (006 s1)',
    '006_kh-09-btnmt-2024.txt', 'Trên đây là Kế hoạch', 'hiệu quả./.',
    [
      [9649, 9855, 'Trên đây là Kế hoạch của Bộ Tài nguyên và Môi trường', 'nhằm thực hiện Đóng góp do quốc gia tự quyết định.'],
      [9856, 9987, 'Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương', 'bảo đảm chất lượng và hiệu quả.'],
    ],
  ],
  [
    '"./." at the end of a paragraph wrapped over two lines (007 s1)',
    '007_cv-4390-ubnd-laocai-2026.txt', 'Căn cứ nội dung chỉ đạo trên', 'thực hiện./.',
    [[1915, 2037, 'Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành, cơ quan, đơn vị, Ủy\nban nhân dân', 'các xã, phường triển khai thực hiện.']],
  ],
  [
    '"./." of a PDF paragraph over four lines, with four ";" (009 s1)',
    '009_qd-904-ubnd-laocai-2025.txt', 'Chánh Văn phòng Ủy ban', 'Quyết định này./.',
    [[3938, 4178, 'Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Thủ\ntrưởng', 'chịu trách nhiệm thi hành\nQuyết định này.']],
  ],
  [
    '"./." of the closing formula, before the "Nơi nhận" of the same line (002)',
    '002_01045addc55f0d23.txt', 'Văn phòng Chính phủ xin thông báo', 'thực hiện./.',
    [[6802, 6881, 'Văn phòng Chính phủ xin thông báo', 'để các Bộ, ngành, địa phương biết, thực hiện.']],
  ],
  [
    // The module's contract: a mark ends a sentence when a space follows it. "đào tạo.Việc" and
    // "định lượng … đào tạo.Nguồn" are typos of the article; they stay inside one sentence.
    '"." glued to the next word does not end a sentence (003)',
    '003_282706f9053aedd7.txt', 'Đến nay, vẫn chưa có', 'kiêm nhiệm.',
    [
      [1591, 1988, 'Đến nay, vẫn chưa có cơ chế đánh giá', 'giáo dục, đào tạo.Việc thu thập số liệu gặp khó khăn dẫn đến tình trạng khó giám sát, đánh giá về mặt định lượng các hoạt động hội nhập quốc tế về văn hóa, xã hội, khoa học công nghệ và giáo dục đào tạo.Nguồn lực bố trí cho công tác hội nhập quốc tế còn hạn chế.'],
      [1989, 2066, 'Đa phần các cán bộ', 'làm công tác đối ngoại và hội nhập quốc tế đều kiêm nhiệm.'],
    ],
  ],
];

describe('sentences: corpus paragraphs', () => {
  it.each(cases)('%s', (_name, file, first, last, expected) => {
    const text = corpus(file);
    const [start, end] = range(text, first, last);
    const got = sentences(text, start, end);
    expect(got).toEqual(expected.map(([s, e]) => ({ start: s, end: e })));
    for (const [s, e, head, tail] of expected) {
      expect(text.slice(s, e).startsWith(head)).toBe(true);
      expect(text.slice(s, e).endsWith(tail)).toBe(true);
    }
  });
});

describe('sentences: the gold "s" directives are sentences of their paragraphs', () => {
  // Every unnumbered top-level gold directive of a prose paragraph is exactly one sentence.
  const gold = (name: string) => JSON.parse(readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8')) as {
    source: string; directives: Array<{ id: string; span: [number, number] }>;
  };
  const rows: Array<readonly [string, string, number, number]> = [];
  for (const name of ['000_0170ae969454aa54', '001_f3a2eb2b02236d08', '003_282706f9053aedd7', '004_5fed355252d6cdb1']) {
    for (const d of gold(`${name}.gold.json`).directives) rows.push([name, d.id, d.span[0], d.span[1]]);
  }
  it.each(rows)('%s %s = [%i, %i)', (name, _id, start, end) => {
    const text = corpus(`${name}.txt`);
    // The paragraph around the directive: from the line start to the line end.
    const from = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    const to = lineEnd === -1 ? text.length : lineEnd;
    expect(sentences(text, from, to)).toContainEqual({ start, end });
  });
});

describe('sentences: abbreviations with a dot do not end a sentence', () => {
  // The corpus prints no "TP." or "Tp.": this is 004's sentence "Phiên họp được tổ chức … tại 63
  // tỉnh, thành phố trên toàn quốc." with "63 tỉnh" written as "TP. Hồ Chí Minh và 62 tỉnh" (or
  // "Tp. Hà Nội và 62 tỉnh"), followed by 004's next sentence.
  const next = 'Dự tại điểm cầu tỉnh Lạng Sơn có đồng chí Đoàn Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh và lãnh đạo các sở, ban, ngành của tỉnh.';
  const variants: ReadonlyArray<readonly [string, string]> = [
    ['TP.', 'TP. Hồ Chí Minh'],
    ['Tp.', 'Tp. Hà Nội'],
  ];
  it.each(variants)('"%s"', (_abbr, city) => {
    const first = `Phiên họp được tổ chức theo hình trực tuyến, kết nối từ Trụ sở Chính phủ tới các điểm cầu tại ${city} và 62 tỉnh, thành phố trên toàn quốc.`;
    const text = `${first} ${next}`;
    expect(sentences(text, 0, text.length)).toEqual([
      { start: 0, end: first.length },
      { start: first.length + 1, end: text.length },
    ]);
  });

  it('"TP." does not end 004\'s sentence when it stands in the middle of the corpus text', () => {
    const original = corpus('004_5fed355252d6cdb1.txt');
    const text = original.replace('tại 63 tỉnh, thành phố', 'tại TP. Hồ Chí Minh và 62 tỉnh, thành phố');
    const [start, end] = range(text, 'Phiên họp được tổ chức', 'trên toàn quốc.');
    // 004's sentence is [602, 730); the city and "62" add 19 characters in place of "63".
    expect(sentences(text, start, end)).toEqual([{ start: 602, end: 730 + 'TP. Hồ Chí Minh và 62'.length - '63'.length }]);
  });
});

describe('trimEnd and trimStart', () => {
  const text = corpus('000_0170ae969454aa54.txt');
  const [start, end] = range(text, 'Trên cơ sở những nội dung', 'hàng năm./.');
  const cases: ReadonlyArray<readonly [string, () => number, number]> = [
    ['trimEnd drops the "/." of "./." (000 s8 ends at 6106)', () => trimEnd(text, start, end), 6106],
    ['trimEnd drops the "/." and the line break after it', () => trimEnd(text, start, end + 1), 6106],
    ['trimEnd keeps a plain "." (000 s1 ends at "Nghị quyết.")', () => trimEnd(text, 1482, 1760), 1760],
    ['trimEnd drops a no-break-space line (000 prints " " lines between paragraphs)', () => trimEnd(text, 1482, 1763), 1760],
    ['trimStart skips the line break and the no-break-space line before 000 s2', () => trimStart(text, 1760, 1931), 1763],
  ];
  it.each(cases)('%s', (_name, got, expected) => {
    expect(got()).toBe(expected);
  });
});
