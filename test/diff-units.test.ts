// The pieces of `chidao diff`, one module at a time, on real sentences of the corpus: labels,
// n-grams, TF-IDF, candidate pruning (exact against brute force), the assignment (optimal against
// brute force), the word diff (minimal against an LCS), field changes with a hand-made successor
// map, and the summary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDirectiveSets } from '../src/diff/align.js';
import { assign, hungarian, type WeightedEdge } from '../src/diff/assign.js';
import { candidatePairs } from '../src/diff/candidates.js';
import { diffSides } from '../src/diff/diff.js';
import { currentNames, diffActors, diffDeadlines, diffDomains, type SuccessorLookup } from '../src/diff/fields.js';
import { groupByYear, parseExtractOutput } from '../src/diff/sides.js';
import { cosine, vectorise } from '../src/diff/tfidf.js';
import { ngrams, stripLabel, wording, words } from '../src/diff/tokens.js';
import { editScript, sameWords, wordDiff } from '../src/diff/words.js';
import type { Actor, Deadline, Directive, ExtractedDocument } from '../src/types.js';

// Real sentences of corpus/002 (items 3, 4, 7) and corpus/006 (II.6, III.1.g).
const ITEM_3 = '3. Về hội nhập kinh tế, cần tập trung hoàn thiện thể chế kinh tế thị trường, phát huy và nâng cao nội lực.';
const ITEM_3_YEAR = 'bảo đảm thực hiện được mục tiêu trong năm 2016 đạt mức trung bình của ASEAN-4';
const ITEM_7_LEAD = 'giao Bộ Thông tin và Truyền thông chủ trì, phối hợp với Bộ Công Thương triển khai thực hiện.';
const II_6 = '6. Phối hợp với Bộ Nông nghiệp và Phát triển nông thôn và các cơ quan liên quan và địa phương có rừng xác định tiềm năng giảm phát thải và hấp thụ các-bon từ rừng';
const III_1_G = 'g) Phối hợp với cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn trong việc xác định tiềm năng giảm phát thải và hấp thụ các-bon từ rừng';

describe('stripLabel and wording: the directive\'s own label is never compared', () => {
  const rows: [string, string][] = [
    [ITEM_3, 'Về hội nhập kinh tế, cần tập trung hoàn thiện thể chế kinh tế thị trường, phát huy và nâng cao nội lực.'],
    [III_1_G, III_1_G.slice(3)],
    ['Điều 3. Ngân hàng Nhà nước Việt Nam ký với WB Hiệp định', 'Ngân hàng Nhà nước Việt Nam ký với WB Hiệp định'],
    ['II. NHIỆM VỤ CỤ THỂ', 'NHIỆM VỤ CỤ THỂ'],
    ['- Văn phòng Chính phủ theo dõi, đôn đốc', 'Văn phòng Chính phủ theo dõi, đôn đốc'],
    ['7. giao Bộ Thông tin và Truyền thông chủ trì', 'giao Bộ Thông tin và Truyền thông chủ trì'],
    ['a) xây dựng và triển khai Chiến lược', 'xây dựng và triển khai Chiến lược'],
    ['1. | Hoàn thiện dự thảo Nghị định sửa đổi | Cục Biến đổi khí hậu |', 'Hoàn thiện dự thảo Nghị định sửa đổi | Cục Biến đổi khí hậu |'],
    // Not labels: a year, "63 tỉnh", an unnumbered sentence of a news report.
    ['2016 đạt mức trung bình của ASEAN-4', '2016 đạt mức trung bình của ASEAN-4'],
    ['63 tỉnh, thành phố', '63 tỉnh, thành phố'],
    ['1.000 tỷ đồng cho dự án', '1.000 tỷ đồng cho dự án'],
    ['Thủ tướng Chính phủ giao Bộ Ngoại giao chủ trì', 'Thủ tướng Chính phủ giao Bộ Ngoại giao chủ trì'],
  ];
  it.each(rows)('%s', (text, expected) => expect(stripLabel(text)).toBe(expected));

  it('a table row is compared by its cells other than the number', () => {
    const row: Pick<Directive, 'text' | 'cells'> = {
      text: '1. | Hoàn thiện dự thảo Nghị định | Cục Biến đổi khí hậu | Tháng 8/2024 |',
      cells: [
        { column: 'number', header: 'TT', text: '1.', span: [0, 2] },
        { column: 'task', header: 'Nhiệm vụ', text: 'Hoàn thiện dự thảo\nNghị định', span: [5, 30] },
        { column: 'lead', header: 'Cơ quan chủ trì', text: 'Cục Biến đổi khí hậu', span: [33, 53] },
        { column: 'deadline', header: 'Thời gian', text: 'Tháng 8/2024', span: [56, 68] },
      ],
    };
    expect(wording(row)).toBe('Hoàn thiện dự thảo Nghị định | Cục Biến đổi khí hậu | Tháng 8/2024');
  });
});

describe('words and ngrams', () => {
  it('words are folded for comparison and keep what was written', () => {
    const ws = words('Uỷ ban  nhân dân, HOÀ BÌNH');
    expect(ws.map((w) => w.key)).toEqual(['ủy', 'ban', 'nhân', 'dân', ',', 'hòa', 'bình']);
    expect(ws.map((w) => w.text)).toEqual(['Uỷ', 'ban', 'nhân', 'dân', ',', 'HOÀ', 'BÌNH']);
    expect(ws.map((w) => w.lead)).toEqual(['', ' ', '  ', ' ', '', ' ', ' ']);
  });

  it('syllable unigrams and bigrams; no bigram across punctuation', () => {
    expect(ngrams('kinh tế, xã hội')).toEqual(['kinh', 'tế', 'kinh tế', 'xã', 'hội', 'xã hội']);
    expect(ngrams('Hòa bình')).toEqual(ngrams('hoà  bình'));
  });
});

describe('TF-IDF cosine', () => {
  it('1 for the same wording, renumbered; 0 with nothing in common; high for a one-word edit', () => {
    const { vectors } = vectorise([ITEM_3, '4. ' + stripLabel(ITEM_3), 'Đẩy mạnh hợp tác', ITEM_3.replace('nội lực', 'ngoại lực')].map((t) => ngrams(stripLabel(t))));
    expect(cosine(vectors[0]!, vectors[1]!)).toBe(1);
    expect(cosine(vectors[0]!, vectors[2]!)).toBe(0);
    expect(cosine(vectors[0]!, vectors[3]!)).toBeGreaterThan(0.8);
  });

  it('the same task restated for another body (corpus/006 II.6 and III.1.g) scores high', () => {
    const { vectors } = vectorise([II_6, III_1_G, ITEM_7_LEAD].map((t) => ngrams(stripLabel(t))));
    expect(cosine(vectors[0]!, vectors[1]!)).toBeGreaterThan(0.6);
    expect(cosine(vectors[0]!, vectors[2]!)).toBeLessThan(0.2);
  });
});

// Texts made of corpus words, so that n-grams repeat as in real directives.
const VOCAB = `${ITEM_3} ${ITEM_3_YEAR} ${ITEM_7_LEAD} ${II_6} ${III_1_G}`.split(/\s+/u);
const textArb = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));

describe('candidate pruning over rare n-grams', () => {
  it('finds every pair at or above the threshold that brute force finds (property)', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 25 }), fc.array(textArb, { minLength: 1, maxLength: 25 }), fc.constantFrom(0.2, 0.4, 0.6, 0.9), (olds, news, t) => {
        const { vectors, vocabulary } = vectorise([...olds, ...news].map((x) => ngrams(x)));
        const a = vectors.slice(0, olds.length);
        const b = vectors.slice(olds.length);
        const found = new Set(candidatePairs(a, b, t, vocabulary).filter((e) => e.score >= t).map((e) => `${e.old}:${e.new}`));
        const brute = new Set<string>();
        a.forEach((x, i) => b.forEach((y, j) => cosine(x, y) >= t && brute.add(`${i}:${j}`)));
        expect(found).toEqual(brute);
      }),
      { numRuns: 150 },
    );
  });
});

/** Best total weight of a one-to-one matching, by trying everything (small graphs only). */
function bruteBest(edges: readonly WeightedEdge[]): number {
  const go = (k: number, usedOld: Set<number>, usedNew: Set<number>): number => {
    if (k === edges.length) return 0;
    const e = edges[k]!;
    let best = go(k + 1, usedOld, usedNew);
    if (!usedOld.has(e.old) && !usedNew.has(e.new)) {
      usedOld.add(e.old);
      usedNew.add(e.new);
      best = Math.max(best, e.weight + go(k + 1, usedOld, usedNew));
      usedOld.delete(e.old);
      usedNew.delete(e.new);
    }
    return best;
  };
  return go(0, new Set(), new Set());
}

const edgesArb = fc
  .uniqueArray(fc.record({ old: fc.nat(5), new: fc.nat(5), weight: fc.double({ min: 0.4, max: 1, noNaN: true }) }), { selector: (e) => `${e.old}:${e.new}`, maxLength: 14 });

describe('assignment', () => {
  it('is one-to-one and as heavy as the best matching (property, against brute force)', () => {
    fc.assert(
      fc.property(edgesArb, (edges) => {
        const chosen = assign(edges);
        expect(new Set(chosen.map((e) => e.old)).size).toBe(chosen.length);
        expect(new Set(chosen.map((e) => e.new)).size).toBe(chosen.length);
        const total = chosen.reduce((s, e) => s + e.weight, 0);
        expect(total).toBeCloseTo(bruteBest(edges), 9);
      }),
      { numRuns: 300 },
    );
  });

  it('is not first-come greedy: 0.9 + 0.85 beats 0.95 alone', () => {
    // Old 0 is most like new 0, but new 0 is the only match of old 1.
    const edges = [
      { old: 0, new: 0, weight: 0.95 },
      { old: 0, new: 1, weight: 0.9 },
      { old: 1, new: 0, weight: 0.85 },
    ];
    expect(hungarian(edges).map((e) => [e.old, e.new])).toEqual([[1, 0], [0, 1]]);
  });

  it('a component too big to solve exactly is thinned, and stays one-to-one and near the best', () => {
    const edges: WeightedEdge[] = [];
    for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) edges.push({ old: i, new: j, weight: i === j ? 0.99 : 0.5 + ((i * 7 + j * 13) % 17) / 100 });
    const chosen = assign(edges, 10);
    expect(new Set(chosen.map((e) => e.old)).size).toBe(chosen.length);
    expect(new Set(chosen.map((e) => e.new)).size).toBe(chosen.length);
    expect(chosen.filter((e) => e.old === e.new)).toHaveLength(30);
  });
});

describe('alignDirectiveSets', () => {
  it('renumbered and reordered items align to themselves; an unrelated one stays unmatched', () => {
    const olds = [ITEM_3, II_6, ITEM_7_LEAD];
    const news = ['1. ' + stripLabel(ITEM_7_LEAD), '2. ' + stripLabel(ITEM_3), '3. Đẩy mạnh công tác thông tin đối ngoại.'];
    const a = alignDirectiveSets(olds, news, { threshold: 0.4 });
    expect(a.pairs.map((p) => [p.old, p.new, p.score])).toEqual([[0, 1, 1], [2, 0, 1]]);
  });

  it('two identical wordings on each side pair in order', () => {
    const a = alignDirectiveSets([ITEM_3, ITEM_3], [ITEM_3, ITEM_3], { threshold: 0.4 });
    expect(a.pairs.map((p) => [p.old, p.new])).toEqual([[0, 0], [1, 1]]);
  });
});

describe('word diff', () => {
  it('the year of corpus/002 item 3, word by word', () => {
    expect(wordDiff(ITEM_3_YEAR, ITEM_3_YEAR.replace('2016', '2017'))).toEqual([
      { op: 'equal', text: 'bảo đảm thực hiện được mục tiêu trong năm' },
      { op: 'delete', text: ' 2016' },
      { op: 'insert', text: ' 2017' },
      { op: 'equal', text: ' đạt mức trung bình của ASEAN-4' },
    ]);
  });

  it('equal + delete runs give the old wording, equal + insert the new one', () => {
    const a = stripLabel(ITEM_7_LEAD);
    const b = a.replace('Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ').replace('triển khai', 'tổ chức');
    const ops = wordDiff(a, b);
    expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(a);
    expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(b);
  });

  it('sameWords ignores case, tone placement and spacing, not words or punctuation', () => {
    expect(sameWords('Ủy ban nhân dân tỉnh', 'UỶ BAN  nhân dân tỉnh')).toBe(true);
    expect(sameWords('quốc tế,chuẩn bị', 'quốc tế, chuẩn bị')).toBe(true);
    expect(sameWords('quốc tế, chuẩn bị', 'quốc tế; chuẩn bị')).toBe(false);
  });

  it('the edit script is a shortest one (property, against an LCS)', () => {
    const lcs = (a: string[], b: string[]): number => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      return t[a.length]![b.length]!;
    };
    const seq = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const steps = editScript(a, b);
        expect(steps.filter((s) => s.op !== 'insert').map((s) => a[s.a])).toEqual(a);
        expect(steps.filter((s) => s.op !== 'delete').map((s) => b[s.b])).toEqual(b);
        for (const s of steps) if (s.op === 'equal') expect(a[s.a]).toBe(b[s.b]);
        expect(steps.filter((s) => s.op === 'equal')).toHaveLength(lcs(a, b));
      }),
      { numRuns: 300 },
    );
  });
});

const actor = (name: string, role: Actor['role'], extra: Partial<Actor> & { successor?: string | string[] | null } = {}): Actor =>
  ({ name, role, type: 'ministry', text: name, span: [0, 0], ...extra }) as Actor;

// A hand-made successor map (REFERENCES.md, "The 2025 reorganisation"), as the gazetteer gives it.
const MAP: Record<string, string | string[]> = {
  'Bộ Thông tin và Truyền thông': 'Bộ Khoa học và Công nghệ',
  'Bộ Kế hoạch và Đầu tư': 'Bộ Tài chính',
  'Bộ Lao động - Thương binh và Xã hội': ['Bộ Nội vụ', 'Bộ Giáo dục và Đào tạo', 'Bộ Y tế', 'Bộ Công an'],
};
const lookup: SuccessorLookup = (name) => MAP[name];

describe('actors compared by current successor (a hand-made map)', () => {
  it('"Bộ Thông tin và Truyền thông" (2015) and "Bộ Khoa học và Công nghệ" (2025) are one portfolio: renamed', () => {
    const changes = diffActors([actor('Bộ Thông tin và Truyền thông', 'lead'), actor('Bộ Công Thương', 'coordinate')], [actor('Bộ Khoa học và Công nghệ', 'lead'), actor('Bộ Công Thương', 'coordinate')], lookup);
    expect(changes).toEqual({
      added: [],
      removed: [],
      renamed: [{ role: 'lead', from: 'Bộ Thông tin và Truyền thông', to: 'Bộ Khoa học và Công nghệ', current: ['Bộ Khoa học và Công nghệ'] }],
    });
  });

  it('without the map, the names are compared as they are', () => {
    const changes = diffActors([actor('Bộ Thông tin và Truyền thông', 'lead')], [actor('Bộ Khoa học và Công nghệ', 'lead')]);
    expect(changes.renamed).toEqual([]);
    expect(changes.removed.map((a) => a.name)).toEqual(['Bộ Thông tin và Truyền thông']);
    expect(changes.added.map((a) => a.name)).toEqual(['Bộ Khoa học và Công nghệ']);
  });

  it('a split portfolio matches any of its successors; another role is another actor', () => {
    const changes = diffActors([actor('Bộ Lao động - Thương binh và Xã hội', 'lead'), actor('Bộ Kế hoạch và Đầu tư', 'lead')], [actor('Bộ Y tế', 'lead'), actor('Bộ Tài chính', 'coordinate')], lookup);
    expect(changes.renamed.map((r) => [r.from, r.to])).toEqual([['Bộ Lao động - Thương binh và Xã hội', 'Bộ Y tế']]);
    expect(changes.removed.map((a) => [a.name, a.role])).toEqual([['Bộ Kế hoạch và Đầu tư', 'lead']]);
    expect(changes.added.map((a) => [a.name, a.role])).toEqual([['Bộ Tài chính', 'coordinate']]);
  });

  it('the actor\'s own successor (from the actors stage) comes before the lookup', () => {
    expect(currentNames(actor('Bộ Thông tin và Truyền thông', 'lead', { successor: 'Bộ Khoa học và Công nghệ' }))).toEqual(['Bộ Khoa học và Công nghệ']);
    expect(currentNames(actor('Bộ Kế hoạch và Đầu tư', 'lead', { successor: null }), lookup)).toEqual(['Bộ Tài chính']);
    expect(currentNames(actor('Bộ Ngoại giao', 'lead'), lookup)).toEqual(['Bộ Ngoại giao']);
  });

  it('the summary counts lead roles by current name (diffSides with the lookup)', () => {
    const doc = (path: string, date: string, lead: string): ExtractedDocument => ({
      schemaVersion: 1,
      source: { path, sha256: '0'.repeat(64), encoding: 'utf-8', format: 'text', length: 0 },
      document: { kind: 'official', type: 'TB', number: null, issuer: null, place: null, date, title: null, signer: null, recipients: [], references: [] },
      directives: [{ id: '1', numbered: true, text: `1. Giao ${lead} chủ trì xây dựng hệ thống thông tin về các FTA.`, span: [0, 0], urgent: false, actors: [actor(lead, 'lead')], deadlines: [], domains: [], children: [] }],
    });
    const d = diffSides({ label: '2015', documents: [doc('a', '2015-10-02', 'Bộ Thông tin và Truyền thông')] }, { label: '2025', documents: [doc('b', '2025-10-02', 'Bộ Khoa học và Công nghệ')] }, { threshold: 0.4, successor: lookup });
    expect(d.entries.map((e) => e.class)).toEqual(['changed']);
    expect(d.entries[0]!.actors!.renamed).toHaveLength(1);
    expect(d.summary.leads).toEqual([]);
  });
});

const deadline = (kind: Deadline['kind'], value: string | null, text = ''): Deadline => ({ kind, value, text, precision: null, span: [0, 0] });

describe('deadlines and domains', () => {
  it('multisets: 2017 twice after 2017 + 2016 is a move of 2016 (corpus/002 item 3)', () => {
    expect(diffDeadlines([deadline('by', '2017', 'Trong 2 năm tới'), deadline('by', '2016', 'trong năm 2016')], [deadline('by', '2017', 'Trong 2 năm tới'), deadline('by', '2017', 'trong năm 2017')])).toEqual({
      added: [],
      removed: [],
      moved: [{ kind: 'by', from: '2016', to: '2017', fromText: 'trong năm 2016', toText: 'trong năm 2017' }],
    });
  });

  it('another kind is not a move; the same value twice is no change', () => {
    expect(diffDeadlines([deadline('by', '2016')], [deadline('from', '2016')])).toEqual({ added: [{ kind: 'from', value: '2016', text: '' }], removed: [{ kind: 'by', value: '2016', text: '' }], moved: [] });
    expect(diffDeadlines([deadline('period', '2021/2025')], [deadline('period', '2021/2025')])).toEqual({ added: [], removed: [], moved: [] });
  });

  it('domains by id, scores aside', () => {
    const d = (ids: string[]) => ({ domains: ids.map((id, k) => ({ id, score: 0.5 + k / 10, evidence: [] })) });
    expect(diffDomains(d(['economy', 'law']), d(['law', 'economy', 'foreign-affairs']))).toEqual({ added: ['foreign-affairs'], removed: [] });
  });
});

describe('sides', () => {
  it('extract output: one object, an array, or JSON Lines', () => {
    expect(parseExtractOutput('{"a":1}')).toEqual([{ a: 1 }]);
    expect(parseExtractOutput('[{"a":1},{"a":2}]')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(parseExtractOutput('{"a":1}\n\n{"a":2}\n')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(() => parseExtractOutput('{"a":1}\nnot json')).toThrow(/line 2: not JSON/u);
    expect(() => parseExtractOutput('[1, 2]')).toThrow(/expected extract output/u);
    expect(() => parseExtractOutput('  ')).toThrow(/empty file/u);
  });

  it('groups by year, oldest first, undated apart', () => {
    const doc = (path: string, date: string | null) => ({ source: { path }, document: { date } }) as unknown as ExtractedDocument;
    const { groups, undated } = groupByYear([doc('a', '2023-08-02'), doc('b', '2014-05-15'), doc('c', null), doc('d', '2014-12-01')]);
    expect(groups.map((g) => [g.year, g.documents.map((x) => x.source.path)])).toEqual([['2014', ['b', 'd']], ['2023', ['a']]]);
    expect(undated.map((x) => x.source.path)).toEqual(['c']);
  });
});

describe('the diff\'s regular expressions stay linear on hostile text', () => {
  // Growth, not absolute time (as test/regex-safety.test.ts): t(160k) / t(40k) stays near 4.
  const time = (f: () => unknown): number => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      f();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  const hostile: [string, (n: number) => string][] = [
    ['label-like runs', (n) => '1.1.1.'.repeat(n / 6)],
    ['a pipe row without its end', (n) => `| 1. ${' '.repeat(n)}`],
    ['letters without a space', (n) => 'ạ'.repeat(n)],
    ['punctuation only', (n) => '.,;|'.repeat(n / 4)],
    ['dashes and spaces', (n) => '- '.repeat(n / 2)],
  ];
  it.each(hostile)('%s', (_, make) => {
    const run = (n: number): number => {
      const text = make(n);
      return time(() => {
        stripLabel(text);
        ngrams(text);
        words(text);
      });
    };
    run(10_000);
    const small = run(40_000);
    const large = run(160_000);
    expect(large / Math.max(small, 1)).toBeLessThan(12);
  });
});
