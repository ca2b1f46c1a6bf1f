// Loads the knowledge files once (load.ts).
import { loadData } from './load.js';

export interface Cues {
  instruct: string[];
  strong: string[];
  notInstruct: string[];
  notDirective: string[];
  past: string[];
  continuation: string[];
  leadInEnd: string[];
  actionVerbs: string[];
  descriptiveHeadings: string[];
  nonDirectiveArticles: string[];
  inForceAnywhere: string[];
  dueBy: string[];
  trailingOpeners: string[];
  closing: string[];
  urgent: string[];
  preambleOpeners: string[];
  passive: string[];
  passiveVerbs: string[];
  stateAfter: string[];
  nominalCues: string[];
  nounBefore: string[];
  relayLeadIn: string[];
  subordinatePast: string[];
}

export interface DocType {
  code: string;
  name: string;
  /** Spellings of the type word in a title line ("THÔNG BÁO", "Thông báo kết luận"). */
  words: string[];
}

export const cues: Cues = loadData<Cues>('cues.json');
export const docTypes: DocType[] = loadData<{ types: DocType[] }>('doc-types.json').types;

export interface Offices {
  titles: string[];
  bodies: string[];
  units: string[];
}

export const offices: Offices = loadData<Offices>('offices.json');

export const boilerplateCues: string[] = loadData<{ lineCues: string[] }>('boilerplate.json').lineCues;

export interface ColumnRule {
  role: 'number' | 'lead' | 'coordinate' | 'deadline' | 'product' | 'task';
  /** The whole header, folded. */
  exact?: string[];
  /** Anywhere in the header, folded. */
  contains?: string[];
}

/** Task-table column headers and their roles, first rule first. */
export const tableColumns: ColumnRule[] = loadData<{ columns: ColumnRule[] }>('table-columns.json').columns;

/** Vietnamese family names (họ), shared by the header's signer and the actors' persons. */
export const surnames: string[] = loadData<{ surnames: string[] }>('gazetteer/persons.json').surnames;

export interface HeaderVocabulary {
  attachment: { appendix: string[]; captions: string[]; captionWithin: number };
  stamp: { labels: string[] };
  title: { stopAllowedAfter: string[] };
  signature: { authorities: string[] };
  issuer: { heads: string[]; partyCommittees: string[]; joining: string[]; ownedUnits: string[] };
  motto: { lines: string[] };
}

/** Header and layout words (src/data/header.json): attachments, Party headers, signatures. */
export const headerWords: HeaderVocabulary = loadData<HeaderVocabulary>('header.json');
