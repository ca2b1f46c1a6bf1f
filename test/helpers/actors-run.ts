// Shared by the actors tests: a one-document extraction around a sentence (and its children), run
// through the actors stage, so that the rules are tested for the genre, not for a file.
import { actorsStage } from '../../src/extract/actors/index.js';
import { recognise, type Setting } from '../../src/extract/actors/recognise.js';
import { fold } from '../../src/ingest/match.js';
import type { StageContext } from '../../src/extract/pipeline.js';
import type { Header } from '../../src/structure/header.js';
import type { Directive, ExtractedDocument } from '../../src/types.js';

export const NATIONAL: Setting = { date: '2015-10-02', province: null, issuer: null, issuerName: null };

export function names(sentence: string, setting: Setting = NATIONAL): string[] {
  return recognise(sentence, setting).filter((m) => m.kind !== 'nobody').map((m) => m.name);
}

export interface Options {
  date?: string | null;
  issuer?: string | null;
  /** Directive texts below the first ("II. …" then "8. …"): children of the first. */
  children?: string[];
}

/** One document whose body is the sentence (and its children), run through the actors stage. */
export function run(sentence: string, options: Options = {}): Directive {
  const parts = [sentence, ...(options.children ?? [])];
  const text = parts.join('\n');
  let at = 0;
  const spans = parts.map((p) => {
    const span: [number, number] = [at, at + p.length];
    at += p.length + 1;
    return span;
  });
  const directive = (i: number, id: string, children: Directive[] = []): Directive => ({
    id, numbered: false, text: parts[i]!, span: [spans[i]![0], i === 0 ? text.length : spans[i]![1]], urgent: false,
    actors: [], deadlines: [], domains: [], children,
  });
  const children = (options.children ?? []).map((_c, k) => directive(k + 1, `c${k + 1}`));
  const doc: ExtractedDocument = {
    schemaVersion: 1,
    source: { path: 't.txt', sha256: '', encoding: 'utf-8', format: 'text', length: text.length },
    document: {
      kind: options.issuer ? 'official' : 'news', type: null, number: null, issuer: options.issuer ?? null, place: null,
      date: options.date === undefined ? '2015-10-02' : options.date, title: null, signer: null, recipients: [], references: [],
    },
    directives: [directive(0, 's1', children)],
  };
  const header = { ...doc.document, kind: 'news', signer: null, body: [0, text.length], parts: [[0, text.length]] } as unknown as Header;
  const ctx: StageContext = {
    source: { path: 't.txt', sha256: '', encoding: 'utf-8', format: 'text', text }, folded: fold(text), header, tables: [],
    boilerplate: [], options: {}, warnings: [],
  };
  return actorsStage(doc, ctx).directives[0]!;
}

export const roles = (d: Directive): string[] => d.actors.filter((a) => a.role !== 'issuer').map((a) => `${a.role}: ${a.name}`).sort();

