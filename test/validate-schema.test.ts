// schema/gold.schema.json: the corpus follows it, its lists agree with the data and the
// specification, and src/validate stays pure (no fs, commander or chalk).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docTypes } from '../src/data/index.js';
import { goldSchema, schemaIssues } from '../src/validate/gold-schema.js';

const ROOT = join(import.meta.dirname, '..');
type Json = Record<string, any>;
const defs = (goldSchema as Json).$defs as Json;

describe('gold.schema.json', () => {
  const files = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.gold.json')).sort();

  it.each(files)('corpus/%s follows it', (file) => {
    expect(schemaIssues(JSON.parse(readFileSync(join(ROOT, 'corpus', file), 'utf8')))).toEqual([]);
  });

  it('lists the document types of src/data/doc-types.json, and null', () => {
    expect(defs.document.properties.type.enum).toEqual([...docTypes.map((t) => t.code), null]);
  });

  // Transcribed from SPEC.md (Domains, Actors, Deadlines): the contract, not read from ../shared,
  // which a clone of this repository does not have.
  it('lists the domain ids, roles, actor types and deadline kinds of SPEC.md', () => {
    expect(defs.directive.properties.domains.items.enum).toEqual([
      'economy', 'foreign-affairs', 'defence', 'security', 'law', 'culture', 'society', 'health', 'education',
      'science-technology', 'environment', 'information', 'organization', 'infrastructure', 'agriculture',
    ]);
    expect(defs.actor.properties.role.enum).toEqual(['issuer', 'assignee', 'lead', 'coordinate', 'report-to']);
    expect(defs.actor.properties.type.enum).toEqual([
      'party', 'state-leader', 'government', 'ministry', 'ministry-level', 'government-agency', 'national-assembly',
      'steering-committee', 'province', 'local', 'mass-organization', 'business', 'collective', 'person',
    ]);
    expect(defs.deadline.properties.kind.enum).toEqual(['by', 'from', 'period', 'recurring', 'horizon']);
  });
});

describe('src/validate', () => {
  it('imports neither fs, commander nor chalk (the cli layer reads files and paints)', () => {
    const dir = join(ROOT, 'src', 'validate');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/^import [^;]*? from '([^']+)'/gmu)].map((m) => m[1]);
      expect({ file, bad: imports.filter((i) => /^(?:node:)?fs(?:\/|$)|^commander$|^chalk$/u.test(i!)) }).toEqual({ file, bad: [] });
    }
  });
});
