// bytes → Source: decode (encoding detected or given), HTML to text, then the normalised text of
// SPEC.md. Pure: the caller reads the bytes. `ingest` reads text formats synchronously;
// `ingestAny` also reads DOCX and PDF (their readers are asynchronous and loaded on first use).
import { createHash } from 'node:crypto';
import type { EncodingName, ReaderInfo, Source, SourceFormat } from '../types.js';
import { decode, DecodeError, type StrayBytes } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { normalise } from './normalise.js';
import { sniff } from './sniff.js';

export { DecodeError } from './decode.js';

export interface IngestOptions {
  path: string;
  encoding?: EncodingName;
  /** Bytes that are not UTF-8 in a UTF-8 text: refused (default) or read as U+FFFD (decode.ts). */
  encodingErrors?: 'strict' | 'replace';
  /** Told of the bytes read as U+FFFD, for the caller's warning. */
  onStray?: (stray: StrayBytes) => void;
}

export interface ReadOptions extends IngestOptions {
  /** Run OCR on a PDF without a (readable) text layer. */
  ocr?: boolean;
}

function formatOf(path: string, decoded: string): SourceFormat {
  const lower = path.toLowerCase();
  if (/\.html?$/u.test(lower)) return 'html';
  if (/\.(?:md|markdown)$/u.test(lower)) return 'markdown';
  if (/\.txt$/u.test(lower)) return 'text';
  return looksLikeHtml(decoded) ? 'html' : 'text';
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Why a file that is no text notice cannot be read, in one line. */
export function binaryReason(bytes: Uint8Array, path: string): string | null {
  const kind = sniff(bytes);
  if (kind === 'ole2-encrypted') return 'a password-protected DOCX: remove the password in Word and save again';
  if (kind === 'ole2') {
    return /\.(?:xls|ppt)$/iu.test(path)
      ? 'an Office 97-2003 file, not a notice chidao reads'
      : 'a legacy Word file (.doc): convert it to DOCX (Word: Save As; or soffice --headless --convert-to docx FILE)';
  }
  if (kind === 'zip') return 'a ZIP archive, not a DOCX (no word/document.xml)';
  return null;
}

export function ingest(bytes: Uint8Array, options: IngestOptions): Source {
  const kind = sniff(bytes);
  if (kind === 'pdf' || kind === 'docx') throw new DecodeError(`a ${kind.toUpperCase()} file: read it with ingestAny`);
  const reason = binaryReason(bytes, options.path);
  if (reason) throw new DecodeError(reason);
  const { text: decoded, encoding, stray } = decode(bytes, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.encodingErrors ? { errors: options.encodingErrors } : {}),
  });
  if (stray) options.onStray?.(stray);
  const format = formatOf(options.path, decoded);
  const text = normalise(format === 'html' ? htmlToText(decoded) : decoded);
  return { path: options.path, sha256: sha256(bytes), encoding, format, text };
}

/** Any input chidao reads: text, HTML, Markdown, DOCX, PDF (with OCR when asked). */
export async function ingestAny(bytes: Uint8Array, options: ReadOptions): Promise<Source> {
  const kind = sniff(bytes);
  if (kind !== 'pdf' && kind !== 'docx') return ingest(bytes, options);
  let text: string;
  let format: SourceFormat = kind;
  let reader: ReaderInfo | undefined;
  if (kind === 'docx') text = await (await import('./docx.js')).docxToText(bytes);
  else ({ text, format, reader } = await (await import('./pdf-read.js')).readPdf(bytes, { ocr: options.ocr ?? false }));
  const source: Source = { path: options.path, sha256: sha256(bytes), encoding: 'utf-8', format, text: normalise(text) };
  return reader ? { ...source, reader } : source;
}
