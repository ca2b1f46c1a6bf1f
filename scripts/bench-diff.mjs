// Benchmark of the diff alignment, called by `npm run bench` after the build. Two synthetic sets of
// 5,000 directives built from corpus/ — the new set is the old one with items removed (8%), added,
// moved (one in ten) and edited (a quarter: words replaced, a year changed, a sentence dropped or
// added, sentences reordered) — aligned with alignDirectiveSets. Prints one line on standard
// output: the alignment time (best of 3, wall and CPU), the candidate graph, and how many of the
// kept directives were matched to their origin.
//
// The directives are sentences drawn from a syllable bigram model of the corpus's directives: the
// corpus has ~100 leaf directives, and 5,000 made by recombining its ~400 sentences would share
// whole sentences by the dozen — a graph no real pair of years produces. BENCH_DIFF_MODE=recombine
// builds that degenerate case anyway (a stress test). BENCH_DIFF_SIZE changes the size of a set.
//
// `node scripts/bench-diff.mjs --threshold-study` prints instead the similarity distributions the
// default --threshold was chosen from (README, "chidao diff"): directives of different corpus
// documents against their nearest neighbour, and corpus directives against edited copies.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignDirectiveSets, DEFAULT_THRESHOLD } from '../dist/diff/align.js';
import { cosine, vectorise } from '../dist/diff/tfidf.js';
import { ngrams, wording } from '../dist/diff/tokens.js';
import { extractDocument } from '../dist/extract/pipeline.js';
import { ingest } from '../dist/ingest/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZE = Number(process.env.BENCH_DIFF_SIZE ?? 5000);
const MODE = process.env.BENCH_DIFF_MODE ?? 'bigram';

// mulberry32: a seeded generator, so every run builds the same sets.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20140513);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

/** The leaf wordings (labels stripped) of each corpus document. */
function corpusLeaves() {
  const dir = join(ROOT, 'corpus');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => {
    const doc = extractDocument(ingest(readFileSync(join(dir, name)), { path: name }));
    const out = [];
    const walk = (ds) => {
      for (const d of ds) {
        if (d.children.length) walk(d.children);
        else out.push(wording(d).replace(/\s+/gu, ' ').trim());
      }
    };
    walk(doc.directives);
    return { name, leaves: out };
  });
}

const docs = corpusLeaves();
const leafTexts = docs.flatMap((d) => d.leaves);
// Sentences end at a full stop or semicolon followed by a capital.
const sentencesOf = (text) => text.split(/(?<=[.;!?])\s+(?=\p{Lu})/u);
const sentences = [...new Set(leafTexts.flatMap(sentencesOf).filter((s) => s.length > 30))];
const corpusWords = leafTexts.join(' ').split(' ').filter((w) => /\p{L}/u.test(w));

// ---- edits --------------------------------------------------------------------------------------

const MINISTRIES = ['Bộ Ngoại giao', 'Bộ Tài chính', 'Bộ Công Thương', 'Bộ Kế hoạch và Đầu tư', 'Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ', 'Bộ Tư pháp', 'Bộ Tài nguyên và Môi trường'];

function replaceWords(text, count) {
  const ws = text.split(' ');
  for (let k = 0; k < count; k++) ws[Math.floor(rand() * ws.length)] = pick(corpusWords);
  return ws.join(' ');
}

/** Each edit returns the edited wording, or null when it does not apply to this one. */
const EDITS = {
  'a year moved': (t) => (/20\d\d/u.test(t) ? t.replace(/20\d\d/u, (y) => String(Number(y) + 1)) : null),
  'an actor replaced': (t) => {
    const m = MINISTRIES.find((x) => t.includes(x));
    return m ? t.replace(m, MINISTRIES[(MINISTRIES.indexOf(m) + 3) % MINISTRIES.length]) : null;
  },
  '1 word replaced': (t) => replaceWords(t, 1),
  '3 words replaced': (t) => replaceWords(t, 3),
  '10% of words replaced': (t) => replaceWords(t, Math.max(1, Math.round(t.split(' ').length * 0.1))),
  '20% of words replaced': (t) => replaceWords(t, Math.max(1, Math.round(t.split(' ').length * 0.2))),
  '30% of words replaced': (t) => replaceWords(t, Math.max(1, Math.round(t.split(' ').length * 0.3))),
  '50% of words replaced': (t) => replaceWords(t, Math.max(1, Math.round(t.split(' ').length * 0.5))),
  'a sentence dropped': (t) => {
    const s = sentencesOf(t);
    if (s.length < 2) return null;
    const drop = Math.floor(rand() * s.length);
    return s.filter((_, i) => i !== drop).join(' ');
  },
  'a sentence added': (t) => `${t} ${pick(sentences)}`,
  'sentences reordered': (t) => {
    const s = sentencesOf(t);
    return s.length < 2 ? null : [...s.slice(1), s[0]].join(' ');
  },
};

// ---- the threshold study ------------------------------------------------------------------------

const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const row = (name, xs, cut) =>
  `| ${name} | ${xs.length} | ${[0, 0.05, 0.5, 0.95, 1].map((p) => quantile(xs, p).toFixed(3)).join(' | ')} | ${xs.filter((x) => x >= cut).length} |`;

function thresholdStudy() {
  const cut = DEFAULT_THRESHOLD;
  const lines = [`| pairs | n | min | 5% | median | 95% | max | ≥ ${cut} |`, '|---|---|---|---|---|---|---|---|'];
  // Different directives: each leaf of a document against its nearest leaf of another document
  // (IDF over the two documents, as `chidao diff A B` computes it).
  const nearest = [];
  for (const a of docs) {
    for (const b of docs) {
      if (a === b || !a.leaves.length || !b.leaves.length) continue;
      const { vectors } = vectorise([...a.leaves, ...b.leaves].map(ngrams));
      const left = vectors.slice(0, a.leaves.length);
      const right = vectors.slice(a.leaves.length);
      for (const x of left) nearest.push(Math.max(...right.map((y) => cosine(x, y))));
    }
  }
  lines.push(row('different documents: nearest other directive', nearest, cut));
  // The same directive edited: a document against its copy with every leaf edited one way.
  const edited = [];
  for (const [name, edit] of Object.entries(EDITS)) {
    const scores = [];
    for (const d of docs) {
      if (!d.leaves.length) continue;
      const edited = d.leaves.map((t) => edit(t) ?? t);
      const { vectors } = vectorise([...d.leaves, ...edited].map(ngrams));
      d.leaves.forEach((t, i) => {
        if (edited[i] !== t) scores.push(cosine(vectors[i], vectors[d.leaves.length + i]));
      });
    }
    lines.push(row(`same directive, ${name}`, scores, cut));
    // Half the words replaced is a new wording more than an edit: not counted as a miss below.
    if (!name.startsWith('50%')) edited.push(...scores);
  }
  lines.push('', '| threshold | different directives at or above it (false matches) | edited directives below it (missed) |', '|---|---|---|');
  for (let t = 0.3; t < 0.651; t += 0.05) {
    lines.push(`| ${t.toFixed(2)} | ${nearest.filter((x) => x >= t).length} of ${nearest.length} | ${edited.filter((x) => x < t).length} of ${edited.length} |`);
  }
  console.log(lines.join('\n'));
}

// ---- the benchmark ------------------------------------------------------------------------------

// Syllable bigram model: after each word (or punctuation mark), the words that follow it in the corpus.
const follows = new Map();
for (const text of leafTexts) {
  const tokens = ['^', ...(text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [])];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!follows.has(tokens[i])) follows.set(tokens[i], []);
    follows.get(tokens[i]).push(tokens[i + 1]);
  }
}

function bigramSentence() {
  const out = [];
  for (let w = pick(follows.get('^')); out.length < 60; w = pick(follows.get(w) ?? ['.'])) {
    out.push(w);
    if (w === '.' && out.length > 8) break;
  }
  if (out[out.length - 1] !== '.') out.push('.');
  return out.join(' ').replace(/ ([.,;:)])/gu, '$1');
}

function freshDirective() {
  const n = 1 + Math.floor(rand() * 3);
  return Array.from({ length: n }, () => (MODE === 'recombine' ? pick(sentences) : bigramSentence())).join(' ');
}

const BENCH_EDITS = ['1 word replaced', '3 words replaced', 'a year moved', 'a sentence dropped', 'a sentence added', 'sentences reordered'];
const editOnce = (text) => EDITS[pick(BENCH_EDITS)](text) ?? EDITS['3 words replaced'](text);

function bench() {
  const old = Array.from({ length: SIZE }, freshDirective);
  const next = [];
  const origin = []; // origin[j] = the old index of new j, or -1 when added
  old.forEach((text, i) => {
    const r = rand();
    if (r < 0.08) return; // removed
    next.push(r < 0.33 ? editOnce(text) : text);
    origin.push(i);
  });
  while (next.length < SIZE) {
    const at = Math.floor(rand() * (next.length + 1));
    next.splice(at, 0, freshDirective());
    origin.splice(at, 0, -1);
  }
  for (let k = 0; k < SIZE / 10; k++) {
    const a = Math.floor(rand() * SIZE);
    const b = Math.floor(rand() * SIZE);
    [next[a], next[b]] = [next[b], next[a]];
    [origin[a], origin[b]] = [origin[b], origin[a]];
  }
  // Numbered as printed: every label differs after the removals, which must change nothing.
  const numbered = (xs) => xs.map((t, i) => `${i + 1}. ${t}`);
  const oldSet = numbered(old);
  const newSet = numbered(next);

  const wall = [];
  const cpu = [];
  let result;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    const c = process.cpuUsage();
    result = alignDirectiveSets(oldSet, newSet, { threshold: DEFAULT_THRESHOLD });
    wall.push((performance.now() - t) / 1000);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1e6);
  }
  const kept = origin.filter((o) => o >= 0).length;
  const found = result.pairs.filter((p) => origin[p.new] === p.old).length;
  const s = result.stats;
  console.log(
    `align 2×${SIZE} directives${MODE === 'recombine' ? ' (recombined corpus sentences)' : ''} at threshold ${DEFAULT_THRESHOLD}: ` +
      `${Math.min(...wall).toFixed(2)} s best of 3 (${wall.map((x) => x.toFixed(2)).join(', ')}; CPU ${Math.min(...cpu).toFixed(2)} s); ` +
      `${s.candidates} candidate pairs, ${s.edges} at or above the threshold, ${s.components} components (largest ${s.largestComponent} directives); ` +
      `${result.pairs.length} pairs, ${found}/${kept} kept directives matched to their origin`,
  );
}

if (process.argv.includes('--threshold-study')) thresholdStudy();
else bench();
