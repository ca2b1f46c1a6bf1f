import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { ingest } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/pipeline.js';
it('dump', () => {
  const dir = new URL('../corpus/', import.meta.url);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(new URL(f, dir));
    const src = ingest(bytes, { path: 'corpus/' + f });
    const doc = extractDocument(src);
    writeFileSync('/tmp/chk/' + f + '.json', JSON.stringify(doc, (k, v) => (k === 'actors' || k === 'deadlines' || k === 'domains' || k === 'cells' ? undefined : v), 1));
  }
});
