// Loads the knowledge files once. JSON is read with require (no fs, and no experimental-JSON-module
// warning on Node 20's stderr); the build copies the files beside the compiled code.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

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
  trailingOpeners: string[];
  closing: string[];
  urgent: string[];
}

export interface DocType {
  code: string;
  name: string;
  /** Spellings of the type word in a title line ("THÔNG BÁO", "Thông báo kết luận"). */
  words: string[];
}

export const cues: Cues = require('./cues.json');
export const docTypes: DocType[] = require('./doc-types.json').types;

export interface Offices {
  titles: string[];
  bodies: string[];
  units: string[];
}

export const offices: Offices = require('./offices.json');

export const boilerplateCues: string[] = require('./boilerplate.json').lineCues;

export interface ColumnRule {
  role: 'number' | 'lead' | 'coordinate' | 'deadline' | 'product' | 'task';
  /** The whole header, folded. */
  exact?: string[];
  /** Anywhere in the header, folded. */
  contains?: string[];
}

/** Task-table column headers and their roles, first rule first. */
export const tableColumns: ColumnRule[] = require('./table-columns.json').columns;

/** Vietnamese family names (họ), shared by the header's signer and the actors' persons. */
export const surnames: string[] = require('./gazetteer/persons.json').surnames;
