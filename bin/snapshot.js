// The start-up snapshot's entry. scripts/bundle.mjs bundles this file (esbuild, one CommonJS
// script: a snapshot's builder can require only Node's own modules) and runs
// `node --snapshot-blob dist/cli/chidao.blob --build-snapshot` on it with a few corpus files as
// arguments: it loads the bundle, runs one extract over those files — so that the bundle's modules
// are initialised, the gazetteer, tries and lexicon built, and the functions that ran compiled —
// and names the main function a snapshot-started node runs instead of a script (bin/chidao.js
// starts node so when the blob fits). Output of the warm-up goes nowhere.
import v8 from 'node:v8';
import { loadBundle, warmUp } from './load-bundle.js';
import { main } from './main.js';

// A heap with native handles cannot be serialised, and a TextDecoder of any encoding but UTF-8
// and windows-1252 holds an ICU converter (the ingest's module-level decoders of windows-1258 and
// UTF-16 do). While the snapshot is built, decoders are made through a stand-in that drops its
// converter before the heap is written and makes it again on first use after; the global is
// Node's own again in the snapshot, for decoders made at run time.
const NodeTextDecoder = globalThis.TextDecoder;
const madeWhileBuilding = new Set();
class SnapshotTextDecoder {
  #args;
  #decoder;
  constructor(...args) {
    this.#args = args;
    this.#decoder = new NodeTextDecoder(...args); // an unknown label throws here, as Node's does
    madeWhileBuilding.add(this);
  }
  get encoding() { return this.#live().encoding; }
  get fatal() { return this.#live().fatal; }
  get ignoreBOM() { return this.#live().ignoreBOM; }
  decode(input, options) { return this.#live().decode(input, options); }
  release() { this.#decoder = undefined; }
  #live() { return (this.#decoder ??= new NodeTextDecoder(...this.#args)); }
}
globalThis.TextDecoder = SnapshotTextDecoder;
v8.startupSnapshot.addSerializeCallback(() => {
  for (const decoder of madeWhileBuilding) decoder.release();
  madeWhileBuilding.clear();
  globalThis.TextDecoder = NodeTextDecoder;
});

const { run } = loadBundle({ cacheFile: null }).exports;
const files = process.argv.slice(2);
warmUp(run, [['--version'], ['extract', ...files, '--jobs', '1']]).then(() => {
  v8.startupSnapshot.setDeserializeMainFunction(() => main(run));
});
