// A progress line on standard error — count, rate, ETA — only when standard error is a terminal,
// there are many inputs, and --quiet is not given. Redrawn at most ten times a second.
import type { Io } from './io.js';

export interface Progress {
  tick: () => void;
  done: () => void;
}

const NONE: Progress = { tick: () => {}, done: () => {} };

export function progress(io: Io, total: number, options: { quiet?: boolean; now?: () => number }): Progress {
  if (options.quiet || !io.stderrIsTTY || total < 20) return NONE;
  const now = options.now ?? (() => Date.now());
  const started = now();
  let count = 0;
  let drawn = 0;
  const draw = (): void => {
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const rate = count / seconds;
    const eta = rate > 0 ? Math.round((total - count) / rate) : 0;
    io.stderr(`\r\x1b[K${count}/${total} · ${rate.toFixed(0)} docs/s · ETA ${eta} s`);
  };
  return {
    tick: () => {
      count++;
      if (now() - drawn >= 100 || count === total) {
        drawn = now();
        draw();
      }
    },
    done: () => io.stderr('\r\x1b[K'),
  };
}
