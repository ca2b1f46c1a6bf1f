// The issue's requirement: "A copy of a corpus document converted to TCVN3, to VNI-Windows, to
// UTF-16, to NFD, and to HTML gives the same directives and document fields as the original".
// For every corpus text this file builds those copies in memory (and CRLF and UTF-8-with-BOM
// ones), reads each with ingest(), extracts it, and compares with the original's extraction.
//
// - UTF-16LE/BE with BOM, UTF-8 with BOM, NFD and CRLF copies normalise to the very same text
//   (SPEC.md, "The normalised text and offsets"), so the whole directive tree — ids, texts and
//   spans — and the document fields must be equal.
// - TCVN3 and VNI-Windows cannot hold every character of a Unicode text: TCVN3 (VN3) has no
//   capitals with a tone ("Ủ" is stored as "ủ", as .VnTimeH files do) and some punctuation
//   collides with its letters; VNI has no "…" and typographic quotes. Those copies are written
//   with `encodeAs(…, { substitute: true })` (test/helpers/legacy-encode.ts), and they are
//   compared with the extraction of the SUBSTITUTED original text encoded as UTF-8 — the text a
//   reader of the legacy file actually has — not with the untouched original.
// - The HTML copy wraps each line in <p>…</p> (HTML-escaped) in a full page, path ".html". Its
//   text is the extracted text of the page (ingest/html.ts), so spans differ: ids and the texts
//   with white space collapsed are compared, and the document fields.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import type { Directive, EncodingName, ExtractedDocument, Source } from '../src/types.js';
import { encodeAs, substitute, utf8WithBom } from './helpers/legacy-encode.js';

const CORPUS = new URL('../corpus/', import.meta.url);
const names = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const original = (name: string): string => readFileSync(new URL(`${name}.txt`, CORPUS), 'utf8');

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function htmlPage(name: string, text: string): string {
  const body = text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>${name}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

interface Copy {
  name: string;
  /** The bytes of the copy. */
  bytes: (text: string, name: string) => Uint8Array;
  path: (name: string) => string;
  encoding: EncodingName;
  /** The Unicode text the copy stands for (what its extraction is compared with). */
  baseline: (text: string) => string;
  /** The copy's normalised text is the baseline's: spans compare too. */
  sameText: boolean;
}

const txt = (name: string) => `corpus/${name}.txt`;
const HTML = 'HTML, one <p> per line';
const COPIES: readonly Copy[] = [
  { name: 'UTF-16LE with BOM', bytes: (t) => encodeAs(t, 'utf-16le'), path: txt, encoding: 'utf-16le', baseline: (t) => t, sameText: true },
  { name: 'UTF-16BE with BOM', bytes: (t) => encodeAs(t, 'utf-16be'), path: txt, encoding: 'utf-16be', baseline: (t) => t, sameText: true },
  { name: 'UTF-8 with BOM', bytes: (t) => utf8WithBom(t), path: txt, encoding: 'utf-8', baseline: (t) => t, sameText: true },
  { name: 'NFD (combining marks), UTF-8', bytes: (t) => new TextEncoder().encode(t.normalize('NFD')), path: txt, encoding: 'utf-8', baseline: (t) => t, sameText: true },
  { name: 'CRLF line ends', bytes: (t) => new TextEncoder().encode(t.replace(/\n/g, '\r\n')), path: txt, encoding: 'utf-8', baseline: (t) => t, sameText: true },
  {
    name: 'TCVN3 (substituted)', bytes: (t) => encodeAs(t, 'tcvn3', { substitute: true }), path: txt, encoding: 'tcvn3',
    baseline: (t) => substitute(t, 'tcvn3'), sameText: true,
  },
  {
    name: 'VNI-Windows (substituted)', bytes: (t) => encodeAs(t, 'vni-windows', { substitute: true }), path: txt, encoding: 'vni-windows',
    baseline: (t) => substitute(t, 'vni-windows'), sameText: true,
  },
  {
    name: HTML, bytes: (t, name) => new TextEncoder().encode(htmlPage(name, t)), path: (name) => `corpus/${name}.html`,
    encoding: 'utf-8', baseline: (t) => t, sameText: false,
  },
];

const extract = (bytes: Uint8Array, path: string): { source: Source; doc: ExtractedDocument } => {
  const source = ingest(bytes, { path });
  return { source, doc: extractDocument(source) };
};

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

interface Node {
  id: string;
  text: string;
  span?: [number, number];
  children: Node[];
}
const tree = (ds: Directive[], withSpans: boolean): Node[] =>
  ds.map((d) => ({
    id: d.id,
    text: withSpans ? d.text : collapse(d.text),
    ...(withSpans ? { span: d.span } : {}),
    children: tree(d.children, withSpans),
  }));

const fields = (doc: ExtractedDocument) => ({
  kind: doc.document.kind,
  type: doc.document.type,
  number: doc.document.number,
  issuer: doc.document.issuer,
  date: doc.document.date,
  signer: doc.document.signer?.name ?? null,
  references: doc.document.references.map((r) => r.number),
});

// Known differences, `${copy} × ${file} × fields|tree`; those rows are `it.fails`.
// (None today. The last one, "HTML × 009 × tree", was a trailing paragraph hard-wrapped over
// printed lines, each its own <p>, whose last line starts with a capital: "… chịu trách nhiệm thi
// hành" / "Quyết định này./."; paragraphs.ts now joins a line that reaches the wrap width and
// stops mid-sentence.)
const KNOWN: ReadonlySet<string> = new Set<string>([]);

describe.each(COPIES)('$name', (copy) => {
  const baselines = new Map<string, ReturnType<typeof extract>>();
  const baseline = (name: string) => {
    if (!baselines.has(name)) baselines.set(name, extract(new TextEncoder().encode(copy.baseline(original(name))), txt(name)));
    return baselines.get(name)!;
  };
  const copies = new Map<string, ReturnType<typeof extract>>();
  const copyOf = (name: string) => {
    if (!copies.has(name)) copies.set(name, extract(copy.bytes(original(name), name), copy.path(name)));
    return copies.get(name)!;
  };

  describe.each(names)('%s', (name) => {
    const test = (what: 'fields' | 'tree') => (KNOWN.has(`${copy.name} × ${name} × ${what}`) ? it.fails : it);

    it(`is read as ${copy.encoding}${copy.sameText ? ', to the same normalised text' : ''}`, () => {
      const { source } = copyOf(name);
      expect(source.encoding).toBe(copy.encoding);
      expect(source.format).toBe(copy.sameText ? 'text' : 'html');
      if (copy.sameText) expect(source.text).toBe(baseline(name).source.text);
    });

    test('fields')('gives the same document fields', () => {
      expect(fields(copyOf(name).doc)).toEqual(fields(baseline(name).doc));
    });

    test('tree')(`gives the same directive tree (ids, ${copy.sameText ? 'texts and spans' : 'texts with white space collapsed'})`, () => {
      expect(tree(copyOf(name).doc.directives, copy.sameText)).toEqual(tree(baseline(name).doc.directives, copy.sameText));
    });
  });
});
