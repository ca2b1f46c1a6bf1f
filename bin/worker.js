// A worker thread of `chidao extract --jobs N` started by the bundle (src/cli/pool.ts): the bundle
// again, through its code cache, which serves the worker's messages (src/cli/worker.ts). Without
// it a worker would resolve, read and compile the ~150 modules of dist/ one by one, with no cache —
// ~100 ms per thread before its first document.
import { loadBundle } from './load-bundle.js';

await loadBundle().exports.serveWorker();
