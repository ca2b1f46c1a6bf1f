// Outcomes of many inputs, in input order, from worker threads (or in this thread when there is
// little work, one job, or no compiled worker — under the TypeScript test runner). Each worker has
// at most two inputs in flight and finished outcomes wait only for their predecessors, so memory
// stays bounded by the number of workers, not the number of files.
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { prepare, processOne, type JobOptions, type Outcome } from './process-one.js';

// From the bundle (dist/cli/chidao.cjs, where import.meta.url is the bundle's), a worker loads the
// bundle again with its code cache (bin/worker.js); from the modules of dist/, their worker.js.
const WORKER_URL = import.meta.url.endsWith('.cjs') ? new URL('../../bin/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
// Loaded only when threads are used: a one-file run does not pay for the module (~2 ms of start-up).
const require = createRequire(import.meta.url);
const IN_FLIGHT_PER_WORKER = 2;
// Worker threads pay only for a long run: each loads the bundle, builds the gazetteer, tries and
// lexicon, and warms its own JIT over its first documents (~350 ms of CPU per worker, measured),
// while two vCPUs here give ~1.4× one. Below THREADS_FROM text documents' worth of work one thread
// is faster (README "Start-up": the crossover computed from those measured costs, ~220; the
// wall-clock one could not be seen on the shared machine); a PDF or DOCX counts as HEAVY_INPUT
// texts (~40 ms to read against ~5 ms for a notice's text).
export const THREADS_FROM = 200;
const HEAVY_INPUT = 10;
const HEAVY = /\.(?:pdf|docx)$/iu;

/** The run's work in text documents (a PDF or DOCX counts as HEAVY_INPUT). */
function work(inputs: readonly Input[]): number {
  let total = 0;
  for (const input of inputs) total += input.kind === 'file' && HEAVY.test(input.path) ? HEAVY_INPUT : 1;
  return total;
}

export interface Pool {
  outcomes: AsyncGenerator<Outcome>;
  /** Stop dispatching and end the workers (on SIGINT); outcomes already produced still come. */
  stop: () => void;
}

/** `heapMb`: each worker's old-space cap (default WORKER_OLD_SPACE_MB; CHIDAO_WORKER_HEAP_MB sets it). */
export function runPool(inputs: readonly Input[], jobs: number, options: JobOptions, stdin?: Uint8Array, heapMb = WORKER_OLD_SPACE_MB): Pool {
  const compiled = !import.meta.url.endsWith('.ts');
  const threads = work(inputs) >= THREADS_FROM ? Math.min(jobs, inputs.length) : 1;
  if (!compiled || threads < 2 || inputs.some((i) => i.kind === 'stdin')) return inline(inputs, options, stdin);
  return threaded(inputs, threads, options, heapMb);
}

function inline(inputs: readonly Input[], options: JobOptions, stdin?: Uint8Array): Pool {
  let stopped = false;
  async function* outcomes(): AsyncGenerator<Outcome> {
    await prepare(options.format);
    for (const input of inputs) {
      if (stopped) return;
      yield await processOne(input, options, stdin);
      // Let a signal handler run between documents.
      await new Promise((r) => setImmediate(r));
    }
  }
  return { outcomes: outcomes(), stop: () => { stopped = true; } };
}

// Each worker's heap is capped: without a cap V8 lets an idle-looking heap grow to several times
// what it holds (a worker holds ~25 MB between documents and reached ~150 MB of RSS), and two
// workers beside the main thread passed 300 MB. With the cap it collects sooner (peak RSS of
// `extract --jobs 2` on 3,000 files: 333–389 MB → ~260 MB). A 5 MB notice needs ~60 MB of old
// space (it fails at 48): a document too large for the cap ends its worker, and is read again in
// this thread, which has no cap; a new worker takes the place of the old one.
export const WORKER_OLD_SPACE_MB = 96;

function threaded(inputs: readonly Input[], threads: number, options: JobOptions, heapMb: number): Pool {
  const done = new Map<number, Outcome>();
  let next = 0; // next input to dispatch
  let stopped = false;
  let wake: (() => void) | null = null;
  const workers = new Set<Worker>();
  const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
  let failure: Error | null = null;

  const finish = (index: number, outcome: Outcome): void => {
    done.set(index, outcome);
    wake?.();
  };
  const dispatch = (worker: Worker, inFlight: Set<number>): void => {
    if (stopped || next >= inputs.length) return;
    const index = next++;
    inFlight.add(index);
    worker.postMessage({ index, input: inputs[index] });
  };
  const start = (): void => {
    const worker = new WorkerThread(WORKER_URL, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    const inFlight = new Set<number>();
    worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
      inFlight.delete(index);
      finish(index, outcome);
      dispatch(worker, inFlight);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      workers.delete(worker);
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') {
        failure = error;
        wake?.();
        return;
      }
      // Its inputs are read here, one after the other (the main thread has no heap cap).
      const orphans = [...inFlight].sort((a, b) => a - b);
      void (async () => {
        await prepare(options.format);
        for (const index of orphans) finish(index, await processOne(inputs[index]!, options));
      })().catch((e: Error) => {
        failure = e;
        wake?.();
      });
      if (!stopped && next < inputs.length) start();
    });
    workers.add(worker);
    for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) dispatch(worker, inFlight);
  };
  for (let t = 0; t < threads; t++) start();

  async function* outcomes(): AsyncGenerator<Outcome> {
    try {
      for (let i = 0; i < inputs.length; i++) {
        while (!done.has(i)) {
          if (failure) throw failure;
          if (stopped && i >= next) return;
          await new Promise<void>((r) => { wake = r; });
          wake = null;
        }
        const outcome = done.get(i)!;
        done.delete(i);
        yield outcome;
      }
    } finally {
      await Promise.all([...workers].map((w) => w.terminate()));
    }
  }
  return {
    outcomes: outcomes(),
    stop: () => {
      stopped = true;
      wake?.();
    },
  };
}
