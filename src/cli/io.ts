// What a command may touch of the outside world, passed in by bin/chidao.js (the only file that
// touches `process`) or by a test.
export interface Io {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** All of standard input, for the path "-". */
  readStdin: () => Promise<Uint8Array>;
  /** False when standard input is piped or redirected: `extract` with no path reads it then. */
  stdinIsTTY?: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Call `handler` on SIGINT (instead of dying); returns the function that removes it. */
  onInterrupt?: (handler: () => void) => () => void;
  /** Worker threads by default for --jobs (the machine's core count). */
  cores?: number;
}

/** The one-line error of SPEC.md: names the file and the reason. */
export function fileError(io: Io, file: string, reason: string): void {
  io.stderr(`chidao: ${file}: ${reason}\n`);
}

/** A bad flag or argument: one line on standard error, exit 2. */
export class UsageError extends Error {}
