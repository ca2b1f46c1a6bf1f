// Integrity of the gazetteer data (src/data/gazetteer): ids unique, no printed form pointing at two
// bodies at the same date, every successor known and ending at a body that still exists, dates
// ordered, and the counts the 2025 resolutions fix (14 ministries + 3 ministry-level agencies from
// 1 March 2025; 63 provinces until 30 June 2025, 34 from 1 July 2025).
import { describe, expect, it } from 'vitest';
import { nameKey } from '../src/ingest/match.js';
import {
  bodies, bodyById, collectives, currentProvince, formIndex, provinces, successorOf, validAt,
} from '../src/extract/actors/gazetteer.js';

const overlap = (a: { validFrom: string | null; validTo: string | null }, b: { validFrom: string | null; validTo: string | null }): boolean =>
  (a.validFrom ?? '0000') <= (b.validTo ?? '9999') && (b.validFrom ?? '0000') <= (a.validTo ?? '9999');

describe('gazetteer data', () => {
  it('has unique body ids and unique province ids', () => {
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    expect(new Set(provinces.map((p) => p.id)).size).toBe(provinces.length);
  });

  it('never lets one printed form name two bodies at the same date', () => {
    const clashes: string[] = [];
    for (const [form, list] of formIndex()) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (overlap(list[i]!, list[j]!)) clashes.push(`${form}: ${list[i]!.id} / ${list[j]!.id}`);
    }
    expect(clashes).toEqual([]);
  });

  it('gives each ministry short form (as in "các Bộ: …") to one ministry at a time', () => {
    const clashes: string[] = [];
    const seen = new Map<string, typeof bodies>();
    for (const b of bodies) for (const s of b.short) seen.set(nameKey(s), [...(seen.get(nameKey(s)) ?? []), b]);
    for (const [form, list] of seen) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (overlap(list[i]!, list[j]!)) clashes.push(form);
    expect(clashes).toEqual([]);
  });

  it('orders validity dates and knows every successor', () => {
    for (const b of bodies) {
      if (b.validFrom && b.validTo) expect(b.validFrom <= b.validTo, b.id).toBe(true);
      for (const s of [...b.successor, ...b.successorParts.map((p) => p.id)]) expect(bodyById(s), `${b.id} → ${s}`).toBeDefined();
      // A body that ended has a successor; one with a successor has ended.
      expect(b.validTo === null ? b.successor.length === 0 : b.successor.length > 0, b.id).toBe(true);
    }
  });

  it('ends every successor chain at a body of today', () => {
    for (const b of bodies) expect(successorOf(b).successor.validTo, b.id).toBeNull();
  });

  it('starts each successor the day after its predecessor ended', () => {
    for (const b of bodies) {
      for (const id of b.successor) {
        const next = bodyById(id)!;
        if (!next.validFrom || !b.validTo) continue;
        const dayAfter = new Date(Date.parse(b.validTo) + 86_400_000).toISOString().slice(0, 10);
        expect(next.validFrom <= dayAfter, `${b.id} → ${id}`).toBe(true);
      }
    }
  });

  it.each([
    ['Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính'],
    ['Bộ Giao thông vận tải', 'Bộ Xây dựng'],
    ['Bộ Tài nguyên và Môi trường', 'Bộ Nông nghiệp và Môi trường'],
    ['Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Nông nghiệp và Môi trường'],
    ['Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ'],
    ['Bộ Lao động - Thương binh và Xã hội', 'Bộ Nội vụ'],
    ['Ủy ban Dân tộc', 'Bộ Dân tộc và Tôn giáo'],
    ['Ủy ban nhân dân tỉnh Yên Bái', 'Ủy ban nhân dân tỉnh Lào Cai'],
    ['Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'Ủy ban nhân dân thành phố Huế'],
    ['Ủy ban nhân dân tỉnh Bình Dương', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['Ban Đối ngoại Trung ương', 'Bộ Ngoại giao'],
  ])('%s is succeeded by %s', (name, successor) => {
    const body = bodies.find((b) => b.name === name && b.validTo !== null)!;
    expect(body).toBeDefined();
    expect(successorOf(body).successor.name).toBe(successor);
  });

  it('names where a split portfolio went (Lao động - Thương binh và Xã hội)', () => {
    const parts = successorOf(bodies.find((b) => b.id === 'bo-ldtbxh')!).parts.map((p) => p.name);
    expect(parts).toEqual(['Bộ Nội vụ', 'Bộ Giáo dục và Đào tạo', 'Bộ Y tế', 'Bộ Công an']);
  });

  it('has 14 ministries and 3 ministry-level agencies from 1 March 2025 (Resolution 176/2025/QH15)', () => {
    const at = '2025-03-01';
    expect(bodies.filter((b) => b.type === 'ministry' && validAt(b, at))).toHaveLength(14);
    expect(bodies.filter((b) => b.type === 'ministry-level' && validAt(b, at)).map((b) => b.name).sort()).toEqual(
      ['Ngân hàng Nhà nước Việt Nam', 'Thanh tra Chính phủ', 'Văn phòng Chính phủ'],
    );
    expect(bodies.filter((b) => b.type === 'ministry' && validAt(b, '2025-02-28'))).toHaveLength(18);
  });

  it('has 63 provinces until 30 June 2025 and 34 from 1 July 2025 (Resolution 202/2025/QH15)', () => {
    expect(provinces.filter((p) => validAt(p, '2024-06-01'))).toHaveLength(63);
    expect(provinces.filter((p) => validAt(p, '2025-06-30'))).toHaveLength(63);
    const now = provinces.filter((p) => validAt(p, '2025-07-01'));
    expect(now).toHaveLength(34);
    expect(now.filter((p) => p.kind === 'thành phố').map((p) => p.name).sort()).toEqual(['Cần Thơ', 'Huế', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
  });

  it('maps every old province into one of the 34', () => {
    const now = new Set(provinces.filter((p) => validAt(p, '2025-07-01')).map((p) => p.id));
    for (const p of provinces.filter((x) => validAt(x, '2024-06-01'))) expect(now.has(currentProvince(p).id), p.id).toBe(true);
    const into = (name: string): string[] => provinces.filter((p) => p.validTo !== null && currentProvince(p).name === name && p.validFrom === null).map((p) => p.name).sort();
    expect(into('Phú Thọ')).toEqual(['Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc']);
    expect(into('Lào Cai')).toEqual(['Lào Cai', 'Yên Bái']);
    expect(into('Cần Thơ')).toEqual(['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']);
  });

  it('lets no collective mention name two collectives', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of [...collectives.national, ...collectives.provincial]) {
      for (const m of c.mentions) {
        const key = nameKey(m);
        if (seen.has(key) && seen.get(key) !== c.name) clashes.push(m);
        seen.set(key, c.name);
      }
    }
    for (const n of collectives.noBody) if (seen.has(nameKey(n))) clashes.push(n);
    expect(clashes).toEqual([]);
  });
});
