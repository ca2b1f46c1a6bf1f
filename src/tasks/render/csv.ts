// The register as CSV (RFC 4180 through csv-stringify: CRLF line ends, fields quoted when they hold
// a comma, a quote or a line break), one row per task — with a leading group column when grouped.
// `bom` starts the file with U+FEFF so that Excel reads the UTF-8 Vietnamese correctly.
import { stringify } from 'csv-stringify/sync';
import type { Labels } from '../../render/labels.js';
import { COLUMNS, type ViewRow } from './columns.js';

const OPTIONS = { record_delimiter: 'windows' } as const;

export interface CsvOptions {
  bom?: boolean;
  grouped?: boolean;
}

/** The header line; labels translate with --lang vi, the machine names stay with en. */
export function csvHeader(L: Labels, options: CsvOptions): string {
  const names = COLUMNS.map((c) => (L.lang === 'en' ? c.name : L.t(c.label)));
  return (options.bom ? '\uFEFF' : '') + stringify([options.grouped ? ['group', ...names] : names], OPTIONS);
}

export function csvRow(v: ViewRow, L: Labels, group?: string): string {
  const values = COLUMNS.map((c) => c.value(v, L));
  return stringify([group === undefined ? values : [group, ...values]], OPTIONS);
}
