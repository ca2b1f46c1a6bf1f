import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boilerplate } from '../src/ingest/boilerplate.js';

const text = (f: string) => readFileSync(`corpus/${f}`, 'utf8').normalize('NFC');
const skipped = (t: string) => boilerplate(t).map(([s, e]) => t.slice(s, e));

describe('news-page furniture', () => {
  it('corpus/003 (VOH): phone lines, icons, the "Sự kiện" bar and the caption printed twice', () => {
    expect(skipped(text('003_282706f9053aedd7.txt'))).toEqual([
      '028.38225933 (Hotline) - 028 3822 1188 (FM 95.6) - 028 38291 357',
      'icon-radio-fm-999-mhz',
      'logo-voh-radio-online',
      'Điện thoại: 028.38225933 - 028.38225934',
      'Đường dây nóng bạn nghe đài: 028.3891 357 - 0948747571',
      'Sự kiện:\u00A0\u00A0tin tức trong ngày',
      'Phó Thủ tướng Vũ Đức Đam kết luận cuộc họp.',
      'Phó Thủ tướng Vũ Đức Đam kết luận cuộc họp.',
    ]);
  });

  it('corpus/000: "Xem cỡ chữ … In trang" and "Xem thêm »"', () => {
    expect(skipped(text('000_0170ae969454aa54.txt'))).toEqual(['Xem cỡ chữ Đọc bài viết In trang Google', 'Xem thêm »']);
  });

  it('corpus/001: the line of related headlines ending in "|"', () => {
    expect(skipped(text('001_f3a2eb2b02236d08.txt'))).toEqual([
      'Nghị quyết 22-NQ/TW: Bước chuyển quan trọng trong tư duy hội nhập quốc tế của Việt Nam Nâng cao chất lượng cán bộ ngành Công Thương cho hội nhập quốc tế |',
    ]);
  });

  it('an article sentence is never furniture', () => {
    expect(boilerplate('Phó Thủ tướng yêu cầu các bộ, ngành, địa phương nghiêm túc thực hiện báo cáo định kỳ.')).toEqual([]);
  });
});
