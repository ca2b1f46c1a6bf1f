// Document → JSON text. `json`: one pretty-printed object; `jsonl`: one object per line.
import type { ExtractedDocument } from '../types.js';

export function renderJson(doc: ExtractedDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

export function renderJsonLine(doc: ExtractedDocument): string {
  return JSON.stringify(doc) + '\n';
}
