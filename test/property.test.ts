// Property tests over the whole pipeline (issue 8): arbitrary text and bytes never crash or hang
// it, spans stay in range and ordered, and the output is always valid against the schema.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { DecodeError, ingest } from '../src/ingest/index.js';
import type { Directive, ExtractedDocument } from '../src/types.js';
import { validateOutput } from '../src/validate/output-schema.js';

const CORPUS_LINES = readFileSync('corpus/002_01045addc55f0d23.txt', 'utf8').split(/(?<=[.:;])\s+/u).slice(0, 80)
  .concat(readFileSync('corpus/006_kh-09-btnmt-2024.txt', 'utf8').split('\n').slice(0, 80));

function checkSpans(doc: ExtractedDocument, length: number): void {
  const visit = (ds: Directive[], parent: [number, number] | null): void => {
    let last = -1;
    for (const d of ds) {
      const [s, e] = d.span;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(length);
      expect(s).toBeLessThanOrEqual(e);
      expect(s).toBeGreaterThanOrEqual(last);
      if (parent) {
        expect(s).toBeGreaterThanOrEqual(parent[0]);
        expect(e).toBeLessThanOrEqual(parent[1]);
      }
      last = e;
      for (const a of d.actors) expect(a.span[1]).toBeLessThanOrEqual(length);
      for (const t of d.deadlines) expect(t.span[1]).toBeLessThanOrEqual(length);
      visit(d.children, d.span);
    }
  };
  visit(doc.directives, null);
}

function extractText(text: string): ExtractedDocument | null {
  try {
    const source = ingest(new TextEncoder().encode(text), { path: 'prop.txt' });
    const doc = extractDocument(source);
    expect(validateOutput(doc)).toEqual([]);
    checkSpans(doc, source.text.length);
    return doc;
  } catch (error) {
    if (error instanceof DecodeError) return null;
    throw error;
  }
}

// Pieces that look like the genre: labels, dashes, corpus sentences, headers, pipes.
const piece = fc.oneof(
  fc.constantFrom(...CORPUS_LINES),
  fc.constantFrom('1. ', '2. ', 'a) ', 'đ) ', '- ', '+ ', 'II. ', 'Điều 3. ', '| ', ' | ', '\n', '\n\n', '    ', ': ', '; ', './.', 'Nơi nhận:', 'Số: 12/TB-VPCP', 'Hà Nội, ngày 30 tháng 2 năm 2024', 'KT. THỦ TƯỚNG', '…', '“', '”'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('pipeline properties', () => {
  it('arbitrary genre-like text: no crash, spans in range and ordered, output valid', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      extractText(parts.join(''));
    }), { numRuns: 150 });
  });

  it('arbitrary Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      extractText(text);
    }), { numRuns: 150 });
  });

  it('random bytes: a DecodeError or a valid document, never anything else', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      try {
        const source = ingest(bytes, { path: 'random.bin' });
        const doc = extractDocument(source);
        expect(validateOutput(doc)).toEqual([]);
        checkSpans(doc, source.text.length);
      } catch (error) {
        expect(error).toBeInstanceOf(DecodeError);
      }
    }), { numRuns: 150 });
  });

  it.each([
    ['thousands of "1." in a row', '1. '.repeat(5000)],
    ['deep numbering', Array.from({ length: 300 }, (_, i) => `${'1.'.repeat(1 + (i % 3))} Thực hiện nhiệm vụ ${i}.`).join('\n')],
    ['a long single line of a real notice, repeated', readFileSync('corpus/002_01045addc55f0d23.txt', 'utf8').replace(/\n/g, ' ').repeat(40)],
    ['many dashes and pluses', '- + - + '.repeat(4000)],
    ['a very long line without spaces', 'Bộ'.repeat(50000)],
  ])('%s', (_name, text) => {
    const doc = extractText(text);
    expect(doc).not.toBeNull();
  });
});

it('a 10 MB single-line file (a real notice flattened and repeated) is read to the end', () => {
  const base = readFileSync('corpus/002_01045addc55f0d23.txt', 'utf8').replace(/\n/g, ' ');
  const text = base.repeat(Math.ceil(10e6 / Buffer.byteLength(base)));
  const doc = extractText(text)!;
  // The header's items "1."–"7." recur with every copy; the last copy's item 7 is the last leaf.
  expect(doc.directives.at(-1)!.text.startsWith('7. Đẩy manh hơn nữa công tác thông tin')).toBe(true);
}, 180_000);
