#!/bin/sh
':' /*
# Run as a program (`chidao …`, npm's link to this file), this is a POSIX sh script that starts
# node from the start-up snapshot when the build made one for this Node and this folder — the
# CLI's heap as it stands after a warm-up extract, so a one-file run neither loads nor builds
# anything (README "Start-up"). Run by node (`node bin/chidao.js …`), the shell part is a string
# and this comment, and the JavaScript below runs the bundle with its code cache: the fallback.
# A snapshot made by another Node, or with other V8 flags, makes node exit (14) instead of
# starting, so it is used only when NODE_OPTIONS (flags) is empty and the stamp the build wrote
# beside it names the `node` found on PATH (the same file, no newer than the blob) and this
# folder (the heap holds its paths). Only shell built-ins, and readlink for npm's link: a
# `node --version` here would cost a tenth of node's own start.
self=$0
if [ -L "$self" ]; then self=$(readlink -f -- "$self" 2>/dev/null) || exec node "$0" "$@"; fi
stamp=${self%/*}/../dist/cli/chidao.blob.stamp
if [ -z "$NODE_OPTIONS" ] && [ -f "$stamp" ] && { IFS= read -r built_by && IFS= read -r root; } <"$stamp" &&
  node=$(command -v node) && [ "$node" -ef "$built_by" ] && [ "$root/bin/chidao.js" -ef "$self" ] &&
  [ -f "$root/dist/cli/chidao.blob" ] && ! [ "$node" -nt "$root/dist/cli/chidao.blob" ]; then
  exec "$node" --snapshot-blob "$root/dist/cli/chidao.blob" "$self" "$@"
fi
exec node "$self" "$@"
*/
import { loadBundle } from './load-bundle.js';
import { main } from './main.js';

main(loadBundle().exports.run);
