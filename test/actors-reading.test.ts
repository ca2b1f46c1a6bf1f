// Issue 19 (actors): recognition reads a text once (`reading`: its folded copy, its words, and its
// scans by date) and resolves the scan for each setting (`recogniseIn`). The second pass of a
// document — with the province the text turned out to name — must give exactly what a fresh
// recognition gives, on a real provincial sentence and on made-up ones.
import { describe, expect, it } from 'vitest';
import { provinces } from '../src/extract/actors/gazetteer.js';
import { reading, recognise, recogniseIn, type Setting } from '../src/extract/actors/recognise.js';
import { fold } from '../src/ingest/match.js';

const laoCai = provinces.find((p) => p.id === 'lao-cai-2025')!;
const DATE = '2026-05-27';
const national: Setting = { date: DATE, province: null, issuer: null, issuerName: null };
const committee = recognise('Ủy ban nhân dân tỉnh Lào Cai', national)[0]!;
const provincial: Setting = { date: DATE, province: laoCai, issuer: committee.body!, issuerName: committee.name, provincialIssuer: true };
const named = (text: string, setting: Setting): Array<[string, string, string]> =>
  recognise(text, setting).map((m) => [m.kind, m.name, text.slice(m.from, m.end)]);

// A provincial notice's sentence (wild probe, Lào Cai) and made-up variants in other words.
const SENTENCES = [
  'Giao Sở Công Thương chủ trì, phối hợp với Ủy ban nhân dân các xã, phường và Giám đốc Sở Tài chính báo cáo Chủ tịch UBND tỉnh.',
  'Các địa phương, Công an tỉnh và Ban Quản lý Khu kinh tế tỉnh phối hợp với Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng; Sở Y tế gửi Ban Chỉ đạo phát triển du lịch.',
  'Liên đoàn Lao động tỉnh, các Sở Ngoại vụ và Văn phòng Bộ cùng UBND phường Cam Đường thực hiện.',
];

describe('reading and recogniseIn', () => {
  it('a second pass over the same reading, with a province, equals a fresh recognition', () => {
    for (const text of SENTENCES) {
      const r = reading(text);
      const first = recogniseIn(r, national);
      const second = recogniseIn(r, provincial);
      expect(first).toStrictEqual(recognise(text, national));
      expect(second).toStrictEqual(recognise(text, provincial));
      // And again in the other order: the scan is the same whatever setting read it first.
      const other = reading(text);
      expect(recogniseIn(other, provincial)).toStrictEqual(second);
      expect(recogniseIn(other, national)).toStrictEqual(first);
    }
  });

  it('the province changes the names, not the spans (exact values)', () => {
    const text = SENTENCES[0]!;
    expect(named(text, national)).toEqual([
      ['body', 'Sở Công Thương', 'Sở Công Thương'],
      ['body', 'Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, phường'],
      ['body', 'Sở Tài chính', 'Giám đốc Sở Tài chính'],
      ['body', 'Ủy ban nhân dân', 'Chủ tịch UBND tỉnh'],
    ]);
    expect(named(text, provincial)).toEqual([
      ['body', 'Sở Công Thương tỉnh Lào Cai', 'Sở Công Thương'],
      ['body', 'Ủy ban nhân dân các xã, phường tỉnh Lào Cai', 'Ủy ban nhân dân các xã, phường'],
      ['body', 'Sở Tài chính tỉnh Lào Cai', 'Giám đốc Sở Tài chính'],
      ['body', 'Ủy ban nhân dân tỉnh Lào Cai', 'Chủ tịch UBND tỉnh'],
    ]);
  });

  it('keeps one scan per date: a pass with another date scans again', () => {
    const text = 'UBND tỉnh Lào Cai giao Sở Xây dựng';
    const r = reading(text);
    recogniseIn(r, national);
    recogniseIn(r, provincial);
    expect([...r.scans.keys()]).toEqual([DATE]);
    const earlier = recogniseIn(r, { ...national, date: '2024-05-01' });
    expect([...r.scans.keys()]).toEqual([DATE, '2024-05-01']);
    expect(earlier).toStrictEqual(recognise(text, { ...national, date: '2024-05-01' }));
    expect(earlier[0]!.body!.id).toBe('ubnd-lao-cai-old');
  });

  it('holds the folded text (the infix abbreviation masked) and its words', () => {
    const r = reading('Ủy ban nhân dân (UBND) tỉnh Lào Cai');
    expect(r.folded).toBe(`${fold('Ủy ban nhân dân')}        tỉnh lào cai`);
    expect(r.words.at.map((at, i) => r.folded.slice(at, r.words.end[i]))).toEqual(['ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'lào', 'cai']);
    expect(r.words.at).toEqual([0, 3, 7, 12, 23, 28, 32]);
  });
});
