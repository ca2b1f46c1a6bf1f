// The process side of the command line — argv in, exit code out, stdout/stderr/stdin passed to
// run() — shared by both ways in: bin/chidao.js (the bundle) and the start-up snapshot's main
// (bin/snapshot.js). With bin/chidao.js, the only code that touches `process`.
import { availableParallelism } from 'node:os';

/** Runs `run` (the bundle's) over this process's arguments and streams. */
export function main(run) {
  const io = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return new Uint8Array(Buffer.concat(chunks));
    },
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    cores: availableParallelism(),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };

  process.stdout.on('error', (error) => {
    // `chidao extract … | head`: a closed pipe is not an error of ours.
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
