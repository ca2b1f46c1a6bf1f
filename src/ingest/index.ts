// bytes → Source: decode (encoding detected or given), HTML to text, then the normalised text of
// SPEC.md. Pure: the caller reads the bytes.
import { createHash } from 'node:crypto';
import type { EncodingName, Source, SourceFormat } from '../types.js';
import { decode, type StrayBytes } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { normalise } from './normalise.js';

export { DecodeError } from './decode.js';

export interface IngestOptions {
  path: string;
  encoding?: EncodingName;
  /** Bytes that are not UTF-8 in a UTF-8 text: refused (default) or read as U+FFFD (decode.ts). */
  encodingErrors?: 'strict' | 'replace';
  /** Told of the bytes read as U+FFFD, for the caller's warning. */
  onStray?: (stray: StrayBytes) => void;
}

function formatOf(path: string, decoded: string): SourceFormat {
  const lower = path.toLowerCase();
  if (/\.html?$/u.test(lower)) return 'html';
  if (/\.(?:md|markdown)$/u.test(lower)) return 'markdown';
  if (/\.txt$/u.test(lower)) return 'text';
  return looksLikeHtml(decoded) ? 'html' : 'text';
}

export function ingest(bytes: Uint8Array, options: IngestOptions): Source {
  const { text: decoded, encoding, stray } = decode(bytes, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.encodingErrors ? { errors: options.encodingErrors } : {}),
  });
  if (stray) options.onStray?.(stray);
  const format = formatOf(options.path, decoded);
  const text = normalise(format === 'html' ? htmlToText(decoded) : decoded);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { path: options.path, sha256, encoding, format, text };
}
