import { describe, expect, it } from 'vitest';
import { fold, foldPattern, nameKey, wordPattern } from '../src/ingest/match.js';

describe('fold: same length, both tone placements, both spellings', () => {
  it.each([
    ['hoà bình', 'hòa bình'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['thuỷ sản', 'thủy sản'],
    ['CỘNG HOÀ XÃ HỘI', 'CỘNG HÒA XÃ HỘI'],
    ['khoẻ', 'khỏe'],
    ['Lao động\u00A0-\u00A0Thương binh', 'lao động - thương binh'],
    ['tinh thần “chủ động, tích cực"', 'tinh thần "chủ động, tích cực"'],
    ['giai đoạn 2013 – 2022', 'giai đoạn 2013 - 2022'],
  ])('%j folds like %j', (a, b) => {
    expect(fold(a)).toBe(fold(b));
    expect(fold(a)).toHaveLength(a.length);
  });

  it.each([
    ['hoàn thành', 'hòan thành'],
    ['tuyên truyền', 'tùyên truyền'],
  ])('a closed syllable %j has one placement only, not %j', (a, b) => {
    expect(fold(a)).not.toBe(fold(b));
  });

  it('keeps line breaks and every offset', () => {
    const text = 'Ủy ban nhân dân tỉnh\nLào Cai';
    expect(fold(text).indexOf('\n')).toBe(text.indexOf('\n'));
    expect(fold(text)).toHaveLength(text.length);
  });
});

describe('patterns over folded text', () => {
  it('a phrase matches across a line break and either spelling', () => {
    const re = new RegExp(foldPattern('Ủy ban nhân dân tỉnh Lào Cai'), 'u');
    expect(re.exec(fold('của Uỷ ban nhân\ndân tỉnh Lào Cai'))?.index).toBe(4);
  });

  it('whole words only, Vietnamese letters included ("giao" is not in "giaođ")', () => {
    const re = wordPattern(['giao', 'giao thông']);
    const text = fold('Giao Bộ Giao thông vận tải; bàn giaođ');
    expect([...text.matchAll(re)].map((m) => [m.index, m[0]])).toEqual([[0, 'giao'], [8, 'giao thông']]);
  });

  it('nameKey folds case, spacing and tone placement', () => {
    expect(nameKey(' Bộ  Tài nguyên và Môi trường ')).toBe(nameKey('bộ tài nguyên và môi trường'));
    expect(nameKey('Ủy ban Dân tộc')).toBe(nameKey('Uỷ ban Dân tộc'));
  });
});
