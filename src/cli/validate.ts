// `chidao validate [dir]`: every NAME.gold.json under dir checked against the gold schema and its
// text (src/validate/); with --score the extractor is scored against the gold files and
// --min-f1 gates the result. Reads only: nothing is written into the corpus (--junit refuses a
// path inside it). Exit 0 clean (warnings allowed), 1 errors or a failed gate, 2 a usage error or
// a gold file that could not be read.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Chalk } from 'chalk';
import { extractDocument } from '../extract/pipeline.js';
import { DecodeError, ingestAny } from '../ingest/index.js';
import type { Finding, Source } from '../types.js';
import { knownActors, type KnownNames } from '../validate/actors.js';
import { nearest } from '../validate/nearest.js';
import { readGoldFile } from '../validate/gold-file.js';
import { allFindings, gateMessage, gateResults, plain, type DocumentReport, type Report, type Style } from '../validate/report.js';
import { githubReport } from '../validate/report-github.js';
import { jsonReport } from '../validate/report-json.js';
import { junitReport } from '../validate/report-junit.js';
import { textReport } from '../validate/report-text.js';
import { combine, SCORE_FIELDS, scoreDocument, type ScoreField } from '../validate/score.js';
import { checkGold, type SourceState } from '../validate/validate-gold.js';
import { fileError, UsageError, type Io } from './io.js';
import { writeAtomic } from './write.js';

export interface ValidateFlags {
  score?: boolean;
  minF1?: string;
  format?: string;
  perDoc?: boolean;
  junit?: string;
  /** commander's --no-color: false when given. */
  color?: boolean;
}

const FORMATS = ['text', 'json', 'github'] as const;

/** NAME.gold.json files under a directory: sorted, hidden entries skipped, symlink loops survived. */
export function goldFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, ancestors: ReadonlySet<string>): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        // A dangling link named like a gold file is a gold file that cannot be read: say so.
        if (name.endsWith('.gold.json')) out.push(p);
        continue;
      }
      if (st.isDirectory()) {
        const real = realpathSync(p);
        if (!ancestors.has(real)) walk(p, new Set([...ancestors, real]));
      } else if (name.endsWith('.gold.json')) out.push(p);
    }
  };
  walk(dir, new Set([realpathSync(dir)]));
  return out;
}

/** "directives=0.95,actors-matched=0.8" → gates; field names as in SCORE_FIELDS (kebab-case accepted). */
export function parseGates(spec: string): Partial<Record<ScoreField, number>> {
  const gates: Partial<Record<ScoreField, number>> = {};
  const fields = new Set<string>(SCORE_FIELDS.map((f) => f.field));
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z-]+)=(0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/u.exec(part);
    const field = m?.[1]!.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());
    if (m && field && !fields.has(field)) {
      // As commander does for a mistyped command: the nearest field name, when one is near.
      const near = nearest(field, fields, 0.8);
      throw new UsageError(`--min-f1: unknown field "${m[1]}"${near ? ` (did you mean ${near.name}?)` : ''}; fields: ${[...fields].join(', ')}`);
    }
    if (!m || !field) {
      throw new UsageError(`--min-f1: "${part}" is not field=value with a field of ${[...fields].join(', ')} and a value in [0, 1]`);
    }
    gates[field as ScoreField] = Number(m[2]);
  }
  if (Object.keys(gates).length === 0) throw new UsageError('--min-f1: no gate given (e.g. directives=0.95)');
  return gates;
}

function styleFor(io: Io, flags: ValidateFlags): Style {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  if (!io.stdoutIsTTY || noColor || flags.color === false) return plain;
  const c = new Chalk({ level: 1 });
  return { error: c.red, warning: c.yellow, info: c.cyan, dim: c.dim, bold: c.bold };
}

/** A path as the user sees it: relative to the working directory when inside it, else absolute. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? path : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const isInside = (path: string, dir: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The reason a file cannot be opened, in words. */
function openError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read (${code ?? (error as Error).message})`;
}

interface Target {
  /** The folder the corpus lives in: nothing may be written inside it. */
  root: string;
  files: string[];
}

function target(arg: string, io: Io): Target {
  const path = resolve(io.cwd, arg);
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UsageError(`${arg}: no such file or directory`);
  }
  if (st.isDirectory()) {
    const files = goldFiles(path);
    if (files.length === 0) throw new UsageError(`${arg}: no *.gold.json files`);
    return { root: realOrSelf(path), files };
  }
  if (!path.endsWith('.gold.json')) throw new UsageError(`${arg}: not a directory or a NAME.gold.json file`);
  return { root: realOrSelf(dirname(path)), files: [path] };
}

/** The gold file's text: read and ingested, or why not (a missing file, undecodable bytes). */
async function readSource(path: string, shown: string): Promise<{ state: SourceState; source: Source | null }> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { state: { kind: 'missing', file: shown, reason: openError(error) }, source: null };
  }
  try {
    const source = await ingestAny(bytes, { path: shown });
    return { state: { kind: 'read', file: shown, text: source.text }, source };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { state: { kind: 'unreadable', file: shown, reason: error.message }, source: null };
  }
}

interface Checked {
  report: DocumentReport;
  /** The gold file itself could not be read (exit 2). */
  unreadable: boolean;
}

/** The real path of a file, or of its folder when the file does not exist (a lexical path otherwise). */
function realOrNearest(path: string): string {
  const real = realOrSelf(path);
  return real !== path ? real : join(realOrSelf(dirname(path)), basename(path));
}

async function checkOne(file: string, io: Io, options: { root: string; score: boolean; gazetteer?: KnownNames }): Promise<Checked> {
  const shown = shownPath(io.cwd, file);
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    const finding: Finding = { code: 'gold-unreadable', severity: 'error', message: `cannot read the gold file: ${openError(error)}`, file: shown };
    return { report: { gold: shown, findings: [finding] }, unreadable: true };
  }
  const read = readGoldFile(json, shown);
  if (!read.gold) return { report: { gold: shown, findings: read.findings }, unreadable: false };

  const textPath = resolve(dirname(file), read.gold.source);
  const textShown = shownPath(io.cwd, textPath);
  const outside = !isInside(realOrNearest(textPath), options.root);
  const { state, source } = outside
    ? { state: { kind: 'outside', folder: shownPath(io.cwd, options.root) } as const, source: null }
    : await readSource(textPath, textShown);
  const findings = checkGold(read, state, options.gazetteer ? { gazetteer: options.gazetteer } : {});
  const report: DocumentReport = { gold: shown, source: textShown, findings };
  if (options.score && source) {
    try {
      report.score = scoreDocument(extractDocument(source), read.gold);
    } catch (error) {
      findings.push({ code: 'extract-failed', severity: 'error', message: `the extractor failed on this text, please report: ${(error as Error).message}`, file: textShown });
    }
  }
  return { report, unreadable: false };
}

/**
 * The actors stage's gazetteer (src/extract/actors/) as known names: the bodies and collectives
 * it lists, the names its recogniser builds from patterns (units, local bodies: a name is known
 * when the recogniser reads the whole of it as that same canonical name), offices by their
 * titles, persons by their family names. Loaded only when validating, and only once.
 */
let gazetteer: Promise<KnownNames> | undefined;
function loadGazetteer(): Promise<KnownNames> {
  gazetteer ??= (async () => {
    const [{ bodies, collectives, personWords }, { recognise }, { nameKey }] = await Promise.all([
      import('../extract/actors/gazetteer.js'), import('../extract/actors/recognise.js'), import('../ingest/match.js'),
    ]);
    const setting = { date: null, province: null, issuer: null, issuerName: null };
    const recognises = (name: string): boolean => {
      const found = recognise(name, setting);
      return found.length === 1 && found[0]!.start === 0 && found[0]!.end === name.length && nameKey(found[0]!.name) === nameKey(name);
    };
    return knownActors({
      names: [...bodies.map((b) => b.name), ...collectives.national.map((c) => c.name)],
      recognises,
      titles: [...personWords.titles, ...personWords.bodyTitles],
      surnames: personWords.surnames,
    });
  })();
  return gazetteer;
}


export async function validateCommand(dirArg: string | undefined, flags: ValidateFlags, io: Io): Promise<number> {
  const format = flags.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be text, json or github, not "${format}"`);
  const gates = flags.minF1 !== undefined ? parseGates(flags.minF1) : {};
  const score = Boolean(flags.score) || flags.minF1 !== undefined; // a gate needs a score
  if (flags.perDoc && !score) throw new UsageError('--per-doc needs --score');
  const { root, files } = target(dirArg ?? '.', io);
  let junitPath: string | undefined;
  if (flags.junit !== undefined) {
    if (flags.junit === '') throw new UsageError('--junit needs a file name');
    junitPath = resolve(io.cwd, flags.junit);
    if (isInside(join(realOrSelf(dirname(junitPath)), basename(junitPath)), root)) {
      throw new UsageError(`--junit ${flags.junit}: refusing to write inside the corpus ${shownPath(io.cwd, root)}`);
    }
  }

  const known = await loadGazetteer();
  const checked: Checked[] = [];
  for (const file of files) checked.push(await checkOne(file, io, { root, score, gazetteer: known }));
  const documents = checked.map((c) => c.report);
  const overall = score ? combine(documents.flatMap((d) => (d.score ? [d.score] : []))) : undefined;
  const report: Report = { documents, perDoc: Boolean(flags.perDoc), gates: overall ? gateResults(overall, gates) : [], ...(overall ? { score: overall } : {}) };

  const style = styleFor(io, flags);
  if (format === 'json') io.stdout(jsonReport(report));
  else if (format === 'github') io.stdout(githubReport(report));
  else io.stdout(textReport(report, style));
  if (format !== 'github') for (const gate of report.gates) if (!gate.passed) io.stderr(`chidao: ${gateMessage(gate)}\n`);

  let code = allFindings(report).some((f) => f.severity === 'error') || report.gates.some((g) => !g.passed) ? 1 : 0;
  if (checked.some((c) => c.unreadable)) code = 2;
  if (junitPath) {
    try {
      writeAtomic(dirname(junitPath), basename(junitPath), junitReport(report), new Set());
    } catch (error) {
      fileError(io, flags.junit!, `cannot write the JUnit report: ${openError(error)}`);
      code = 2;
    }
  }
  return code;
}
