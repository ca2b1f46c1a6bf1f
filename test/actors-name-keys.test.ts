// Issue 19 (actors): the keys of one document's names, kept while it is read (name-keys.ts), are
// exactly nameKey's — the same answer the first time and every time after.
import { describe, expect, it } from 'vitest';
import { bodies } from '../src/extract/actors/gazetteer.js';
import { nameKeys } from '../src/extract/actors/name-keys.js';
import { nameKey } from '../src/ingest/match.js';

describe('nameKeys', () => {
  it('gives nameKey of each name, folded (case, tone placement, spaces), the same when asked again', () => {
    const key = nameKeys();
    const names = ['Ủy ban nhân dân tỉnh Lào Cai', 'UỶ BAN NHÂN DÂN  TỈNH\nLÀO CAI', 'Sở Tài chính', 'Bộ Nông nghiệp và Môi trường', ' Thủ tướng Chính phủ '];
    const first = names.map(key);
    expect(first).toEqual(['ủy ban nhân dân tỉnh lào cai', 'ủy ban nhân dân tỉnh lào cai', 'sở tài chính', 'bộ nông nghiệp và môi trường', 'thủ tướng chính phủ']);
    expect(names.map(key)).toEqual(first);
    expect(first).toEqual(names.map(nameKey));
  });

  it('a made-up name in another spelling ("hoà"/"hòa") and the empty name', () => {
    const key = nameKeys();
    expect([key('Sở Văn hoá'), key('Sở Văn hóa'), key('')]).toEqual([nameKey('Sở Văn hóa'), nameKey('Sở Văn hóa'), '']);
  });

  it('each document its own: a new one starts empty and agrees', () => {
    expect(nameKeys()('Ban Chỉ đạo')).toBe(nameKeys()('BAN CHỈ ĐẠO'));
  });
});

describe('nameKeys on the gazetteer\'s canonical names', () => {
  it('a body\'s name has the same key in every document, as nameKey folds it', () => {
    const names = bodies.slice(0, 40).map((b) => b.name);
    const first = names.map(nameKeys());
    expect(first).toEqual(names.map(nameKey));
    expect(names.map(nameKeys())).toEqual(first);
    expect(nameKeys()('Ủy ban nhân dân tỉnh Lào Cai')).toBe('ủy ban nhân dân tỉnh lào cai');
  });
});
