// Builds a scale corpus from corpus/*.txt: numbers and dates varied, one file in five flattened
// onto a single line, one in ten as HTML, one in ten in TCVN3.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TCVN3_TO_UNICODE } from '../dist/ingest/legacy-tables.js';

const toTcvn3 = new Map([...TCVN3_TO_UNICODE].map(([byte, ch]) => [ch, byte]));

function tcvn3(text) {
  const out = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(toTcvn3.get(ch) ?? toTcvn3.get(ch.toLowerCase()) ?? 0x3f);
  }
  return Buffer.from(out);
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const corpusTexts = () => readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('corpus', f), 'utf8'));

/** The i-th generated notice: a corpus text with its number and years varied. */
export function noticeText(sources, i) {
  return sources[i % sources.length]
    .replace(/Số:(\s*)(\d+)/u, (_, s, n) => `Số:${s}${Number(n) + i}`)
    .replace(/năm (20\d\d)/gu, (_, y) => `năm ${Number(y) + (i % 5)}`);
}

export function buildCorpus(dir, count) {
  const sources = corpusTexts();
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    let text = noticeText(sources, i);
    let name = `${String(i).padStart(6, '0')}.txt`;
    let data;
    if (i % 10 === 3) {
      name = name.replace('.txt', '.html');
      data = `<!doctype html><html><body>${text.split('\n').map((l) => `<p>${escape(l)}</p>`).join('\n')}</body></html>`;
    } else if (i % 10 === 7) {
      data = tcvn3(text);
    } else {
      if (i % 5 === 1) text = text.replace(/\n+/gu, ' ');
      data = text;
    }
    writeFileSync(join(sub, name), data);
    bytes += Buffer.byteLength(data);
  }
  return bytes;
}
