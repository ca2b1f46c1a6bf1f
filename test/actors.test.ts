// Actors: recognition (names, abbreviations, coordinated lists, units, persons, provinces by date)
// and roles per directive, on real sentences of corpus/*.txt. Each case builds a one-document
// extraction around the sentence and runs the actors stage, so the rules are tested for the genre,
// not for a file.
import { describe, expect, it } from 'vitest';
import { headerIssuer } from '../src/extract/actors/issuer.js';
import { recognise, type Setting } from '../src/extract/actors/recognise.js';
import type { Header } from '../src/structure/header.js';
import { NATIONAL, names, roles, run } from './helpers/actors-run.js';

describe('recognition', () => {
  it.each([
    ['Bộ Y tế, Bộ Tài nguyên và Môi trường, Bộ Tư pháp và Bộ Ngoại giao', ['Bộ Y tế', 'Bộ Tài nguyên và Môi trường', 'Bộ Tư pháp', 'Bộ Ngoại giao']],
    ['phối hợp với các Bộ: Kế hoạch và Đầu tư, Công Thương, Xây dựng, Tài chính triển khai', ['Bộ Kế hoạch và Đầu tư', 'Bộ Công Thương', 'Bộ Xây dựng', 'Bộ Tài chính']],
    ['Các Bộ: CT, NN&PTNT, TC, TTTT', ['Bộ Công Thương', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Tài chính', 'Bộ Thông tin và Truyền thông']],
    ['các đơn vị có liên quan thuộc Bộ TN&MT', ['Bộ Tài nguyên và Môi trường']],
    ['UBND các tỉnh thành phố trực thuộc Trung ương cần', ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']],
    ['HĐND, UBND các tỉnh, thành phố trực thuộc TW', ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']],
    ['Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách TN&MT', ['Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu', 'Viện Chiến lược, Chính sách tài nguyên và môi trường']],
    ['Cục Chuyển đổi số và Thông tin dữ liệu TNMT, các đơn vị thuộc các Bộ có liên quan.', ['Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']],
    ['5. Vu Kế hoạch - Tài chính tham mưu cho Lãnh đạo Bộ', ['Vụ Kế hoạch - Tài chính']],
    ['Trung tâm Truyền thông TN&MT, Báo TN&MT, Tạp chí TN&MT', ['Trung tâm Truyền thông tài nguyên và môi trường', 'Báo Tài nguyên và Môi trường', 'Tạp chí Tài nguyên và Môi trường']],
    ['Nâng cao vai trò của các Sở (Phòng) Ngoại vụ trong việc triển khai', ['Các Sở Ngoại vụ']],
    ['UBND phường Cam Đường đã nhận được 01 hồ sơ', ['Ủy ban nhân dân phường Cam Đường']],
    ['Đồng thời, Ban chỉ đạo liên ngành phối hợp chặt chẽ với các ban chỉ đạo liên ngành hội nhập quốc tế về chính trị, an ninh, quốc phòng và Ban chỉ đạo hội nhập quốc tế về kinh tế', [
      'Ban Chỉ đạo liên ngành', 'Ban Chỉ đạo liên ngành hội nhập quốc tế về chính trị, an ninh, quốc phòng', 'Ban Chỉ đạo liên ngành hội nhập quốc tế về kinh tế']],
    ['Tham dự Hội nghị có các thành viên Ban Chỉ đạo quốc gia về hội nhập quốc tế, đại diện một số Bộ, ngành Trung ương, Phòng Thương mại và Công nghiệp Việt Nam, một số Hiệp hội ngành nghề', [
      'Ban Chỉ đạo quốc gia về hội nhập quốc tế', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Phòng Thương mại và Công nghiệp Việt Nam', 'Hiệp hội ngành nghề']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([
    ['Trong vấn đề môi trường lao động, cần chủ động nghiên cứu khả năng phê chuẩn các công ước cơ bản còn lại của Tổ chức Lao động quốc tế'],
    ['quán triệt Chỉ thị 15/CT-TTg ngày 07 tháng 7 năm 2015'],
    ['Số: 330/TB-VPCP Hà Nội'],
    ['Ngân hàng Nhà nước Việt Nam ký với WB Hiệp định Dự án'.replace('Ngân hàng Nhà nước Việt Nam ', '')],
    ['Phụ lục XI ban hành kèm theo Nghị định số 146/2025/NĐ-CP ngày 12/6/2025'],
  ])('names no actor: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  // MADE-UP titles in capitals (not from the corpus): the name after the title, in the usual case.
  it.each([
    ['THÔNG BÁO KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN HỒNG HÀ TẠI CUỘC HỌP VỀ TIÊM CHỦNG', ['Trần Hồng Hà', 'Phó Thủ tướng', 'TRẦN HỒNG HÀ']],
    ['Ý KIẾN CHỈ ĐẠO CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH', ['Phạm Minh Chính', 'Thủ tướng Chính phủ', 'PHẠM MINH CHÍNH']],
  ])('a name in capitals after a title in capitals: %s', (title, expected) => {
    const persons = recognise(title, NATIONAL).filter((m) => m.kind === 'person').map((m) => [m.name, m.title, title.slice(m.start, m.end)]);
    expect(persons).toEqual([expected]);
  });

  it('takes no run of capitals for a name without a title before it ("VĂN PHÒNG CHÍNH PHỦ")', () => {
    expect(recognise('VĂN PHÒNG CHÍNH PHỦ', NATIONAL).map((m) => m.kind)).toEqual(['body']);
  });

  it('reads a person with the office before the name, also through a body', () => {
    const found = recognise('Văn phòng Chính phủ vừa ban hành Thông báo kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp. Thứ trưởng Bộ LĐTBXH Lê Quân, Tổng Thư ký Ban chỉ đạo cho rằng', NATIONAL)
      .filter((m) => m.kind === 'person').map((m) => [m.name, m.title]);
    expect(found).toEqual([['Trần Hồng Hà', 'Phó Thủ tướng Chính phủ'], ['Lê Quân', 'Thứ trưởng Bộ Lao động - Thương binh và Xã hội']]);
  });

  it('picks the province of the document date and names its successor', () => {
    const [before] = recognise('UBND tỉnh Lào Cai', { ...NATIONAL, date: '2024-05-01' });
    const [after] = recognise('UBND tỉnh Lào Cai', { ...NATIONAL, date: '2026-05-27' });
    const [yenBai] = recognise('Ủy ban nhân dân tỉnh Yên Bái', { ...NATIONAL, date: '2020-01-01' });
    expect([before!.body!.id, after!.body!.id]).toEqual(['ubnd-lao-cai-old', 'ubnd-lao-cai-2025']);
    expect(before!.successor).toBe('Ủy ban nhân dân tỉnh Lào Cai');
    expect([yenBai!.name, yenBai!.successor]).toEqual(['Ủy ban nhân dân tỉnh Yên Bái', 'Ủy ban nhân dân tỉnh Lào Cai']);
  });

  it('gives local bodies the province of a provincial issuer', () => {
    const laoCai = recognise('Ủy ban nhân dân tỉnh Lào Cai', { ...NATIONAL, date: '2026-05-27' })[0]!;
    const setting: Setting = { date: '2026-05-27', province: { id: 'lao-cai-2025', name: 'Lào Cai', kind: 'tỉnh', names: ['Lào Cai'], validFrom: '2025-07-01', validTo: null, successor: null }, issuer: laoCai.body!, issuerName: laoCai.name };
    expect(names('2. Các sở, ban, ngành cấp tỉnh theo chức năng nhiệm vụ, phối hợp với Sở Nông nghiệp và Môi trường triển khai', setting)).toEqual(
      ['Các sở, ban, ngành tỉnh Lào Cai', 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai'],
    );
    expect(names('yêu cầu các sở, ngành, cơ quan, đơn vị, Ủy ban nhân dân các xã, phường triển khai thực hiện', setting)).toEqual(
      ['Các sở, ban, ngành tỉnh Lào Cai', 'Ủy ban nhân dân các xã, phường tỉnh Lào Cai'],
    );
  });
});

describe('roles on a directive', () => {
  it.each([
    ['Thủ tướng Chính phủ giao Bộ Ngoại giao chủ trì phối hợp cùng với các bộ, ngành, địa phương xây dựng báo cáo tổng kết 10 năm thực hiện Nghị quyết 22 về hội nhập quốc tế để trình Chính phủ xem xét nhằm phục vụ hội nghị tổng kết trong thời gian tới.',
      ['coordinate: Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'coordinate: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'lead: Bộ Ngoại giao', 'report-to: Chính phủ']],
    ['Bộ trưởng các Bộ: Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường, Công Thương, Xây dựng, Thống đốc Ngân hàng Nhà nước Việt Nam và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này',
      ['lead: Bộ Công Thương', 'lead: Bộ Kế hoạch và Đầu tư', 'lead: Bộ Tài chính', 'lead: Bộ Tài nguyên và Môi trường', 'lead: Bộ Xây dựng', 'lead: Ngân hàng Nhà nước Việt Nam']],
    ['Đồng thời, Ban chỉ đạo liên ngành phối hợp với Bộ Ngoại giao trong việc nghiên cứu, phân tích bối cảnh tình hình thế giới trong giai đoạn hiện nay và sắp tới',
      ['assignee: Ban Chỉ đạo liên ngành', 'coordinate: Bộ Ngoại giao']],
    ['Trên cơ sở những nội dung nhiệm vụ chủ yếu trong Chương trình hành động này và căn cứ chức năng, nhiệm vụ đã được phân công, Chính phủ giao các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo xây dựng Chương trình hành động của bộ, ngành, địa phương mình, báo cáo Thủ tướng, Trưởng Ban Chỉ đạo quốc gia về hội nhập quốc tế trong tháng 6/2014',
      ['assignee: Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'assignee: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'report-to: Ban Chỉ đạo quốc gia về hội nhập quốc tế', 'report-to: Thủ tướng Chính phủ']],
    // Objects of "huy động sự tham gia … của", and the list that illustrates them, are no actors.
    ['Theo Thông báo số 360, Phó Thủ tướng yêu cầu khẩn trương kiện toàn Ban chỉ đạo và Tổ công tác liên ngành, hoạt động của Ban chỉ đạo liên ngành nhằm huy động sự tham gia đầy đủ của các bộ, ngành phụ trách các lĩnh vực thuộc khối khoa giáo - văn xã (như Bộ Y tế, Bộ Tài nguyên và Môi trường, Bộ Tư pháp và Bộ Ngoại giao…) bảo đảm tinh gọn, hiệu quả', []],
    ['Từ đề xuất của Thường trực Ban chỉ đạo, các bộ ngành thống nhất sẽ chọn những vấn đề hội nhập quốc tế lớn của bộ, ngành mình để phối hợp với các thành viên khác trong năm 2019.',
      ['assignee: Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']],
    ['Phó Thủ tướng yêu cầu các bộ, ngành, địa phương nghiêm túc thực hiện báo cáo định kỳ kết quả triển khai các văn bản chỉ đạo, hướng dẫn của Đảng và Chính phủ về hội nhập quốc tế',
      ['assignee: Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'assignee: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']],
    ['Điều 3. Ngân hàng Nhà nước Việt Nam ký với WB Hiệp định Dự án hỗ trợ kỹ thuật trên theo đúng quy định hiện hành.', ['assignee: Ngân hàng Nhà nước Việt Nam']],
    ['Cục Viễn thám quốc gia chủ trì, phối hợp với Cục Biến đổi khí hậu, Cục Bảo tồn thiên nhiên và Đa dạng sinh học, cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn và các địa phương có rừng ứng dụng công nghệ viễn thám',
      ['coordinate: Bộ Nông nghiệp và Phát triển nông thôn', 'coordinate: Cục Biến đổi khí hậu', 'coordinate: Cục Bảo tồn thiên nhiên và Đa dạng sinh học', 'coordinate: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'lead: Cục Viễn thám quốc gia']],
    ['Đối với hội nhập kinh tế quốc tế, Chính phủ yêu cầu cần rà soát, cập nhật và tổ chức thực hiện Chương trình hành động của Chính phủ nhằm tiếp tục thực hiện Nghị quyết Trung ương 4 khóa X', []],
  ])('%s', (sentence, expected) => {
    expect(roles(run(sentence))).toEqual(expected);
  });

  it('gives "giao X chủ trì, phối hợp với Y" lead and coordinate, with the successor of today', () => {
    const d = run('Có thể thành lập trang thông tin điện tử riêng; giao Bộ Thông tin và Truyền thông chủ trì, phối hợp với Bộ Công Thương triển khai thực hiện.');
    const lead = d.actors.find((a) => a.role === 'lead') as { name: string; successor?: string; text: string; span: [number, number] };
    expect([lead.name, lead.successor, lead.text]).toEqual(['Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông']);
    expect(d.text.slice(lead.span[0], lead.span[1])).toBe('Bộ Thông tin và Truyền thông');
    expect(roles(d)).toEqual(['coordinate: Bộ Công Thương', 'lead: Bộ Thông tin và Truyền thông']);
  });

  it('makes the issuer of a leader with an issuing verb, by name when the text gave one', () => {
    const d = run('Văn phòng Chính phủ vừa ban hành Thông báo kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà. Phó Thủ tướng yêu cầu các bộ, ngành, địa phương nghiêm túc thực hiện báo cáo định kỳ', { date: null });
    expect(d.actors.filter((a) => a.role === 'issuer').map((a) => [a.name, a.title])).toEqual([['Trần Hồng Hà', 'Phó Thủ tướng Chính phủ']]);
  });

  it('hands a heading that only names a body to its sub-items (lead for "Chủ trì", assignee otherwise)', () => {
    const d = run('Điều 2. Giao Bộ Tài nguyên và Môi trường:', {
      issuer: 'Thủ tướng Chính phủ',
      children: [
        '- Thực hiện các thủ tục để phê duyệt Dự án hỗ trợ kỹ thuật nói trên, đảm bảo triển khai thực hiện Dự án đúng tiến độ;',
        '- Chủ trì, điều phối và phối hợp với các Bộ: Kế hoạch và Đầu tư, Công Thương, Xây dựng, Tài chính triển khai thực hiện Dự án.',
      ],
    });
    expect(roles(d)).toEqual([]);
    expect(roles(d.children[0]!)).toEqual(['assignee: Bộ Tài nguyên và Môi trường']);
    expect(roles(d.children[1]!)).toEqual(['coordinate: Bộ Công Thương', 'coordinate: Bộ Kế hoạch và Đầu tư', 'coordinate: Bộ Tài chính', 'coordinate: Bộ Xây dựng', 'lead: Bộ Tài nguyên và Môi trường']);
  });

  it('reads "có trách nhiệm:" headings and leaves objects of the sub-item\'s own directing verb out', () => {
    const d = run('1. Cục Biến đổi khí hậu có trách nhiệm:', {
      date: '2024-08-06', issuer: 'Bộ Tài nguyên và Môi trường',
      children: [
        'i) Phối hợp với các cơ quan chuyên môn thuộc Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương trong quá trình rà soát; yêu cầu các tổ chức, doanh nghiệp thực hiện chương trình, dự án theo cơ chế trao đổi, bù trừ tín chỉ các-bon trên địa bàn.',
        'k) Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch và tổng hợp, báo cáo Bộ trưởng về kết quả triển khai thực hiện.',
      ],
    });
    expect(roles(d.children[0]!)).toEqual(['assignee: Cục Biến đổi khí hậu', 'coordinate: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(roles(d.children[1]!)).toEqual(['lead: Cục Biến đổi khí hậu']);
  });

  it('keeps whom a body answers to and who authorised it out of the actors', () => {
    const issuer = 'Ủy ban nhân dân tỉnh Lào Cai';
    expect(roles(run('2. Người được ủy quyền phải thực hiện đúng nội dung đã được ủy quyền và chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc thực hiện nhiệm vụ, quyền hạn mà mình được ủy quyền.', { date: '2025-08-26', issuer }))).toEqual([]);
    expect(roles(run('Điều 4. Giám đốc Sở Công Thương chịu trách nhiệm toàn diện trước pháp luật, Ủy ban nhân dân tỉnh về thực hiện các nội dung được ủy quyền tại Quyết định này; tham mưu Ủy ban nhân dân tỉnh điều chỉnh hoặc chấm dứt nội dung ủy quyền', { date: '2025-08-26', issuer }))).toEqual(
      ['lead: Sở Công Thương tỉnh Lào Cai', 'report-to: Ủy ban nhân dân tỉnh Lào Cai'],
    );
  });
});

// Rules the ten corpus files do not exercise, on MADE-UP sentences (written for these tests, not
// taken from any notice): a department's standard name ends its mention, and "gửi … về" /
// "báo cáo … về" name the addressee.
describe('made-up sentences: department names and addressees', () => {
  const issuer = 'Ủy ban nhân dân tỉnh Lào Cai';
  it.each([
    ['Sở Y tế gửi báo cáo kết quả tiêm chủng về Ủy ban nhân dân tỉnh trước ngày 15 hằng tháng.',
      ['assignee: Sở Y tế tỉnh Lào Cai', 'report-to: Ủy ban nhân dân tỉnh Lào Cai']],
    ['Sở Văn hóa, Thể thao và Du lịch tổng hợp ý kiến, gửi về Sở Nội vụ trước ngày 30/6/2026.',
      ['assignee: Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai', 'report-to: Sở Nội vụ tỉnh Lào Cai']],
    ['Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định dự án, báo cáo kết quả về Ủy ban nhân dân tỉnh.',
      ['coordinate: Sở Xây dựng tỉnh Lào Cai', 'lead: Sở Tài chính tỉnh Lào Cai', 'report-to: Ủy ban nhân dân tỉnh Lào Cai']],
    // An unlisted name that begins like a listed one ("Tài nguyên …") still runs on to the stop word.
    ['Sở Tài nguyên nước chủ trì thực hiện.', ['lead: Sở Tài nguyên nước tỉnh Lào Cai']],
    // "báo cáo của X" is a genitive: X reports, nobody is reported to.
    ['Trên cơ sở báo cáo của Sở Tư pháp, Sở Nội vụ hoàn thiện hồ sơ.', ['assignee: Sở Nội vụ tỉnh Lào Cai']],
  ])('%s', (sentence, expected) => {
    expect(roles(run(sentence, { date: '2026-05-27', issuer }))).toEqual(expected);
  });
});

describe('issuer from the header', () => {
  const header = (over: Partial<Header>): Header => ({
    kind: 'official', type: 'QĐ', number: null, issuer: null, place: null, date: null, title: null, signer: null, recipients: [], body: [0, 0], parts: [[0, 0]], ...over,
  });
  const body = (name: string) => ({ ...recognise(name, NATIONAL)[0]!, start: 0, end: 0 });

  it.each([
    ['KT. THỦ TƯỚNG', 'Thủ tướng Chính phủ', { name: 'Hoàng Trung Hải', title: 'Phó Thủ tướng' }, 'Hoàng Trung Hải'],
    ['KT. CHỦ TỊCH', 'Ủy ban nhân dân tỉnh Lào Cai', { name: 'Phan Trung Bá', title: 'Phó Chủ tịch' }, 'Phan Trung Bá'],
    ['TM. ỦY BAN NHÂN DÂN', 'Ủy ban nhân dân tỉnh Lào Cai', { name: 'Ngô Hạnh Phúc', title: 'Phó Chủ tịch' }, 'Ủy ban nhân dân tỉnh Lào Cai'],
    ['KT. BỘ TRƯỞNG', 'Bộ Tài nguyên và Môi trường', { name: 'Lê Công Thành', title: 'Thứ trưởng' }, 'Bộ Tài nguyên và Môi trường'],
  ])('%s of %s → %s', (authority, issuer, signer, expected) => {
    const h = header({ issuer, signer: { ...signer, authority } });
    expect(headerIssuer(h, `… ${signer.name}`, [], body(issuer))?.name).toBe(expected);
  });

  it('gives a Văn phòng notice the leader it relays, not the office', () => {
    const title = 'Ý KIẾN CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ KẾT QUẢ HỘI NGHỊ TRỰC TUYẾN TOÀN QUỐC';
    const text = `THÔNG BÁO ${title} Thủ tướng Chính phủ có ý kiến như sau:`;
    const h = header({ issuer: 'Văn phòng Chính phủ', title, signer: { name: 'Nguyễn Văn Nên', title: 'Bộ trưởng, Chủ nhiệm', authority: null } });
    expect(headerIssuer(h, text, recognise(text, NATIONAL), body('Văn phòng Chính phủ'))?.name).toBe('Thủ tướng Chính phủ');
  });

  // MADE-UP notice (not from the corpus): the title in capitals names the office only, the body
  // the person who holds it.
  it('names the relayed leader from the body when the title in capitals gives only the office', () => {
    const title = 'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI CUỘC HỌP VỀ TIÊM CHỦNG MỞ RỘNG';
    const text = `THÔNG BÁO ${title}\nNgày 10 tháng 3 năm 2025, Phó Thủ tướng Lê Thành Long chủ trì cuộc họp. Phó Thủ tướng kết luận như sau:`;
    const h = header({ issuer: 'Văn phòng Chính phủ', title, signer: { name: 'Trần Văn Sơn', title: 'Bộ trưởng, Chủ nhiệm', authority: null } });
    const issuer = headerIssuer(h, text, recognise(text, { ...NATIONAL, date: '2025-03-10' }), body('Văn phòng Chính phủ'));
    expect([issuer?.name, issuer?.title]).toEqual(['Lê Thành Long', 'Phó Thủ tướng']);
  });
});
