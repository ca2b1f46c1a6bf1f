// The domain's words, shared by every stage. Field names follow SPEC.md ("Output") exactly: they are
// the contract with consumers and with schema/output.schema.json.

/** [start, end) in UTF-16 code units of the normalised text (SPEC.md, "The normalised text and offsets"). */
export type Span = [number, number];

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni-windows';
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'pdf-ocr';

/** What a PDF printed that is not text of the notice: kept out of the text, listed here. */
export interface Furniture {
  page: number;
  kind: 'page-number' | 'running-header' | 'signature-stamp';
  text: string;
}

/** How a DOCX or PDF was read (absent for text files). */
export interface ReaderInfo {
  pages?: number;
  /** Tesseract's mean word confidence (0–100) over the pages, for `pdf-ocr`. */
  ocrConfidence?: number;
  /** A text layer whose fonts map glyphs to the wrong code points, repaired; or one left unreadable. */
  textLayer?: 'glyphs-repaired' | 'unreadable';
  furniture?: Furniture[];
  /** One line each, for standard error (the text is still extracted). */
  warnings?: string[];
}

/** Bytes turned into the normalised text every span indexes. */
export interface Source {
  path: string;
  sha256: string;
  encoding: EncodingName;
  format: SourceFormat;
  /** decode → drop BOM → CRLF/CR to LF → NFC; nothing else. */
  text: string;
  reader?: ReaderInfo;
}

export type DocumentKind = 'official' | 'news';

export interface Signer {
  name: string | null;
  title: string | null;
  /** The signing authority as printed: "KT. THỦ TƯỚNG", "TM. ỦY BAN NHÂN DÂN" (null when none). */
  authority?: string | null;
}

export interface Reference {
  number: string;
  type: string | null;
  date: string | null;
  text: string;
  span: Span;
}

export interface DocumentFields {
  kind: DocumentKind;
  type: string | null;
  number: string | null;
  issuer: string | null;
  place: string | null;
  date: string | null;
  title: string | null;
  signer: Signer | null;
  recipients: string[];
  /** A công văn's "Kính gửi" list, when it has one (an extra field: SPEC.md's recipients are "Nơi nhận"). */
  addressees?: string[];
  references: Reference[];
}

export type ActorType =
  | 'party' | 'state-leader' | 'government' | 'ministry' | 'ministry-level' | 'government-agency'
  | 'national-assembly' | 'steering-committee' | 'province' | 'local' | 'mass-organization'
  | 'business' | 'collective' | 'person';

export type Role = 'issuer' | 'assignee' | 'lead' | 'coordinate' | 'report-to';

export interface Actor {
  name: string;
  role: Role;
  type: ActorType;
  text: string;
  span: Span;
  title?: string | null;
}

export type DeadlineKind = 'by' | 'from' | 'period' | 'recurring' | 'horizon';
export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'duration' | null;

export interface Deadline {
  text: string;
  kind: DeadlineKind;
  value: string | null;
  precision: Precision;
  relative?: string | null;
  span: Span;
}

export interface DomainLabel {
  id: string;
  score: number;
  evidence: string[];
}

export interface Directive {
  id: string;
  numbered: boolean;
  text: string;
  span: Span;
  urgent: boolean;
  actors: Actor[];
  deadlines: Deadline[];
  domains: DomainLabel[];
  children: Directive[];
  /** For a task-table row: its cells by column role, kept for the actor and deadline stages. */
  cells?: TableCell[];
}

export type ColumnRole = 'number' | 'task' | 'lead' | 'coordinate' | 'deadline' | 'product' | 'other';

export interface TableCell {
  column: ColumnRole;
  header: string;
  text: string;
  span: Span;
  /** A cell wrapped over printed lines of a space-aligned table: its stretch on each line (the
   * span then covers the other columns' text in between). Absent for a one-piece cell. */
  pieces?: Span[];
}

/** A warning or error about one input; every reporter reads the same shape (vfile-style). */
export interface Finding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  cause?: string;
}

/** The output object of `extract` for one document (SPEC.md). */
export interface ExtractedDocument {
  schemaVersion: 1;
  source: {
    path: string; sha256: string; encoding: EncodingName; format: SourceFormat; length: number;
    pages?: number; ocrConfidence?: number; textLayer?: ReaderInfo['textLayer']; furniture?: Furniture[];
  };
  document: DocumentFields;
  directives: Directive[];
  warnings?: Finding[];
}
