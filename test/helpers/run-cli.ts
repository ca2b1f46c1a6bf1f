// Runs the CLI in-process through run(argv, io), capturing standard output and error.
import { run } from '../../src/cli/index.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Standard input is a terminal unless `stdin` is given (then it is piped). */
export async function runCli(argv: string[], options: { stdin?: Uint8Array; cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readStdin: async () => options.stdin ?? new Uint8Array(),
    stdinIsTTY: options.stdin === undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
