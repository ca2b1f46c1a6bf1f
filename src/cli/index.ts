// The command-line program: run(argv, io) → exit code. Commands are imported when used, so that
// `chidao --version` loads nothing heavy. Exit codes (SPEC.md): 0 success, 1 findings, 2 usage
// error or an input that could not be read.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { UsageError, type Io } from './io.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export type { Io } from './io.js';

/** In a worker thread of `--jobs` started from the bundle (bin/worker.js): answer the pool's messages. */
export async function serveWorker(): Promise<void> {
  await import('./worker.js');
}

/**
 * Commander's own errors in chidao's form: "error: unknown option '--fromat'\n(Did you mean
 * --format?)" becomes one line, "chidao: unknown option '--fromat' (did you mean --format?)".
 */
export function commanderError(message: string): string {
  const [first = '', ...rest] = message.trim().split('\n');
  const hint = rest.map((line) => line.trim().replace(/^\((.*)\)$/u, '$1')).filter(Boolean);
  const text = first.replace(/^error: /u, '');
  return `chidao: ${text}${hint.length ? ` (${hint.join('; ').replace(/^Did/u, 'did')})` : ''}\n`;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  /** A command's usage error is one line on standard error and exit 2. */
  const usage = async (body: () => Promise<number>): Promise<number> => {
    try {
      return await body();
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`chidao: ${error.message}\n`);
      return 2;
    }
  };
  const program = new Command()
    .name('chidao')
    .description('Read Vietnamese government notices: directives, actors, deadlines, domains.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(commanderError(message)) })
    .showSuggestionAfterError();

  /** extract and text read their inputs alike: one function runs both. */
  const reading = (name: string, description: string, format?: 'text') => program
    .command(name)
    .description(description)
    .argument('[paths...]', 'files, directories, globs, pipes, or - for standard input (the default when it is piped)')
    .option('-o, --out <dir>', 'write one file per input into this directory')
    .option('--encoding <name>', 'force the input encoding: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni-windows')
    .option('--encoding-errors <mode>', 'strict (default: refuse a file with bytes that are not UTF-8, saying where) | replace (read them as U+FFFD, with a warning)')
    .option('--ocr', 'read scanned PDFs (and unreadable text layers) with Tesseract')
    .option('-q, --quiet', 'no progress line on standard error')
    .action(async (paths: string[], flags) => {
      const { extractCommand } = await import('./extract.js');
      code = await usage(() => extractCommand(paths, format ? { ...flags, format } : flags, io));
    });

  reading('extract', 'extract the document fields and the directive tree of each input as JSON')
    .option('-f, --format <format>', 'json (one input) | jsonl (several) | md (a Markdown summary per document) | text (the text as read)')
    .option('--date <YYYY-MM-DD>', 'reference date for relative deadlines (default: the document date)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores; few inputs run in one thread)')
    .option('--lang <lang>', 'labels of --format md in en (default) or vi');
  reading('text', 'print the text chidao reads from each input (a DOCX, a PDF, …): the text that spans index', 'text');

  program
    .command('validate')
    .description('check gold annotation files against their texts; --score measures the extractor against them')
    .argument('[dir]', 'a folder of NAME.gold.json files beside their texts (or one such file)', '.')
    .option('--score', 'run the extractor and print precision, recall and F1 per field')
    .option('--per-doc', 'with --score, a table per document as well')
    .option('--min-f1 <gates>', 'fail (exit 1) when a field is below its gate, e.g. directives=0.95,references=0.9')
    .option('-f, --format <format>', 'text | json | github (GitHub Actions annotations)')
    .option('--junit <file>', 'also write a JUnit XML report, one test case per gold file')
    .option('--no-color', 'no colours in the text report')
    .action(async (dir: string, flags) => {
      const { validateCommand } = await import('./validate.js');
      code = await usage(() => validateCommand(dir, flags, io));
    });

  program
    .command('annotate')
    .description('write a draft NAME.gold.json beside each text, from the extractor, for a person to correct')
    .argument('<files...>', 'text files (.txt, .md, .html)')
    .option('--force', 'overwrite an existing NAME.gold.json')
    .option('--date <YYYY-MM-DD>', 'reference date for relative deadlines (default: the document date)')
    .option('--encoding <name>', 'force the input encoding: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni-windows')
    .action(async (files: string[], flags) => {
      const { annotateCommand } = await import('./annotate.js');
      code = await usage(() => annotateCommand(files, flags, io));
    });

  program
    .command('diff')
    .description('align the directives of two notices, folders or years and report what persisted, changed, appeared or vanished')
    .argument('[sides...]', 'OLD NEW: files, folders, globs, extract output (.json/.jsonl) or -; one folder with --group-by year')
    .option('-f, --format <format>', 'text | json | md', 'text')
    .option('--threshold <cosine>', 'similarity (0–1] at or above which two directives are the same one (default 0.4)')
    .option('--group-by <key>', 'year: diff each year of one folder against the previous year')
    .option('--exit-code', 'exit 1 when anything differs, as git diff --exit-code')
    .option('--no-color', 'no colours, even on a terminal')
    .action(async (sides: string[], flags) => {
      const { diffCommand } = await import('./diff.js');
      code = await usage(() => diffCommand(sides, flags, io));
    });

  const repeat = (value: string, previous: string[] = []): string[] => [...previous, value];
  program
    .command('tasks')
    .description('one register of who must do what by when across notices (or extract outputs): table, csv, jsonl, md, ics, html')
    .argument('[paths...]', 'notices, folders, globs, extract outputs (.json, .jsonl) or -')
    .option('-f, --format <format>', 'table | csv | jsonl | md | ics (iCalendar of dated deadlines) | html (one self-contained file)')
    .option('--as-of <YYYY-MM-DD>', 'the day statuses are computed for (default: today)')
    .option('--soon <days>', 'due-soon window, e.g. 14d or 2w (default 14d)')
    .option('--actor <name>', 'tasks of this body (folded match; repeatable)', repeat)
    .option('--successor', 'with --actor, a body also matches the tasks of the bodies it took over')
    .option('--role <roles>', 'roles for --actor and --group-by actor: lead,coordinate,assignee,report-to')
    .option('--domain <ids>', 'policy domains, comma-separated')
    .option('--due-before <YYYY-MM-DD>', 'due strictly before this day')
    .option('--due-after <YYYY-MM-DD>', 'due strictly after this day')
    .option('--status <statuses>', 'overdue,due-soon,open,recurring,no-deadline')
    .option('--type <codes>', 'document types, e.g. TB,CT,QĐ')
    .option('--issuer <name>', 'documents of this issuer (folded match; repeatable)', repeat)
    .option('--sort <key>', 'deadline | document | actor (default: input order)')
    .option('--group-by <key>', 'actor | domain | document')
    .option('--lang <lang>', 'labels in en (default) or vi')
    .option('--bom', 'with --format csv, start with a UTF-8 BOM (Excel)')
    .option('-o, --out <file>', 'write to this file (atomically) instead of standard output')
    .option('--date <YYYY-MM-DD>', 'reference date for relative deadlines of notices (default: each document date)')
    .option('--encoding <name>', 'force the input encoding of notices')
    .option('-j, --jobs <n>', 'worker threads for notices (default: the number of cores)')
    .option('--no-color', 'no colours, even on a terminal')
    .action(async (paths: string[], flags) => {
      const { tasksCommand } = await import('./tasks.js');
      code = await usage(() => tasksCommand(paths, flags, io));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit "successfully" through the same path.
      return error.exitCode === 0 ? 0 : 2;
    }
    io.stderr(`chidao: internal error, please report: ${(error as Error).message}\n`);
    return 2;
  }
  return code;
}
