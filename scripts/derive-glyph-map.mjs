// Derives the glyph table of src/data/pdf-layer.json (glyphShift.glyphs) from real PDFs whose
// text layer prints Times New Roman glyph ids instead of letters. Each page is rendered
// (pdftoppm, 300 dpi) and read by Tesseract (vie); every word of the text layer that holds a
// glyph-id character is paired with the OCR word at the same place, and when both have the same
// number of letters each glyph id votes for the OCR letter at its position. A glyph id is kept
// when at least 2 votes and 60 % of them agree. Prints the table as JSON (with the votes) for
// review; `--write` puts it into src/data/pdf-layer.json (its hand-checked `corrections` stay). Needs the build (dist/) and poppler +
// tesseract-ocr-vie. Usage: node scripts/derive-glyph-map.mjs [--write] [files…]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pageLines, pdfPages } from '../dist/ingest/pdf.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const WILD = '../shared/wild';
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  for (const name of readdirSync(WILD)) {
    if (/^(?:sd-vlncn__(?:TB-1894|QD-1050|KH-1105)|kho-vlncn__(?:3036|466)).*\.pdf$/u.test(name)) files.push(join(WILD, name));
  }
}

const DPI = 300;
const SHIFT = 29;
// A font prints glyph ids when its text holds code points no Vietnamese text uses: Cyrillic,
// Greek and combining marks standing alone, or ASCII control codes.
const GLYPH_ID_FONT = /[\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u0003-\u001f]/u;

function ocrWords(pdf, dir) {
  spawnSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', pdf, join(dir, 'p')]);
  const pages = [];
  for (const image of readdirSync(dir).filter((n) => n.endsWith('.png')).sort()) {
    const tsv = spawnSync('tesseract', [join(dir, image), 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } }).stdout;
    pages.push(tsv.split('\n').slice(1).map((l) => l.split('\t')).filter((c) => c[0] === '5' && c[11]?.trim())
      .map((c) => ({ left: +c[6] * 72 / DPI, right: (+c[6] + +c[8]) * 72 / DPI, top: +c[7] * 72 / DPI, bottom: (+c[7] + +c[9]) * 72 / DPI, text: c[11].trim().normalize('NFC') })));
    rmSync(join(dir, image));
  }
  return pages;
}

/** The words of a line: runs joined where they touch, each character with its font's verdict. */
function lineWords(line, glyphFonts) {
  const words = [];
  let word = null;
  let prevEnd = -Infinity;
  for (const item of line.items) {
    const chars = [...item.str];
    chars.forEach((ch, k) => {
      const x = item.x + (item.width * k) / chars.length;
      const gap = k === 0 ? x - prevEnd : 0;
      if (ch === ' ' || gap > 0.15 * item.size) {
        if (word) words.push(word);
        word = null;
        if (ch === ' ') return;
      }
      word ??= { chars: [], left: x, right: x, y: line.y };
      word.chars.push({ ch, glyph: glyphFonts.has(item.font) });
      word.right = item.x + (item.width * (k + 1)) / chars.length;
    });
    prevEnd = item.x + item.width;
  }
  if (word) words.push(word);
  return words;
}

const votes = new Map();
for (const file of files) {
  const pages = await pdfPages(new Uint8Array(readFileSync(file)));
  const glyphFonts = new Set();
  const byFont = new Map();
  for (const p of pages) for (const i of p.items) byFont.set(i.font, (byFont.get(i.font) ?? '') + i.str);
  for (const [font, text] of byFont) if (GLYPH_ID_FONT.test(text)) glyphFonts.add(font);
  const dir = mkdtempSync(join(tmpdir(), 'chidao-glyphs-'));
  const ocr = ocrWords(file, dir);
  rmSync(dir, { recursive: true, force: true });
  let paired = 0;
  pages.forEach((page, p) => {
    for (const line of pageLines(page.items)) {
      const top = page.height - line.y - line.size;
      const bottom = page.height - line.y;
      for (const w of lineWords(line, glyphFonts)) {
        if (!w.chars.some((c) => c.glyph)) continue;
        const candidates = (ocr[p] ?? []).filter((o) => o.bottom > top && o.top < bottom + 0.3 * line.size);
        let best = null;
        let bestOverlap = 0;
        for (const o of candidates) {
          const overlap = Math.min(o.right, w.right) - Math.max(o.left, w.left);
          if (overlap > bestOverlap) [best, bestOverlap] = [o, overlap];
        }
        if (!best || bestOverlap < 0.6 * (w.right - w.left)) continue;
        const read = [...best.text];
        if (read.length !== w.chars.length) continue;
        paired++;
        w.chars.forEach((c, k) => {
          if (!c.glyph) return;
          const code = c.ch.codePointAt(0);
          // ASCII glyph ids are a shift; count them only to check it.
          const key = code + SHIFT <= 0x7e && code >= 3 ? `ascii` : c.ch;
          const vote = key === 'ascii' ? (String.fromCodePoint(code + SHIFT) === read[k] ? 'agrees' : 'disagrees') : read[k];
          const tally = votes.get(key) ?? new Map();
          tally.set(vote, (tally.get(vote) ?? 0) + 1);
          votes.set(key, tally);
        });
      }
    }
  });
  console.error(`${basename(file)}: ${pages.length} pages, glyph-id fonts ${[...glyphFonts].join(' ')}, ${paired} words paired`);
}

const glyphs = {};
for (const [key, tally] of [...votes].sort((a, b) => a[0].localeCompare(b[0]))) {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  const [to, n] = [...tally].sort((a, b) => b[1] - a[1])[0];
  if (key === 'ascii') {
    console.error(`ASCII shift of ${SHIFT}: ${tally.get('agrees') ?? 0} letters agree with the OCR, ${tally.get('disagrees') ?? 0} disagree`);
    continue;
  }
  if (n >= 2 && n / total >= 0.6) glyphs[key] = { to, votes: n, of: total };
  else console.error(`left out: U+${key.codePointAt(0).toString(16).toUpperCase()} ${key} votes ${JSON.stringify([...tally])}`);
}
console.log(JSON.stringify(glyphs, null, 1));
if (write) {
  const path = 'src/data/pdf-layer.json';
  const data = JSON.parse(readFileSync(path, 'utf8'));
  data.glyphShift.glyphs = glyphs;
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
  console.error(`wrote ${Object.keys(glyphs).length} glyphs to ${path}`);
}
