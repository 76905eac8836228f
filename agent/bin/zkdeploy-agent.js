#!/usr/bin/env -S node --v8-pool-size=1
// --v8-pool-size=1: an idle daemon needs one V8 background worker, not one
// per core; each spare worker thread keeps ~2 MB resident (measured: idle RSS
// 63 MB → 58–59 MB on 2 cores). Only a node command-line flag can set it, so
// it is in the shebang (GNU env -S); `node zkdeploy-agent.js` runs without it.
import { setFlagsFromString } from 'node:v8';

// A long-lived daemon that allocates little between deploys: a 1 MB young
// generation (Node's default grows to 16 MB) keeps about 5 MB less resident
// and makes every git process it forks a little cheaper. Set before the
// modules load (hence the dynamic import), when the heap is still small.
setFlagsFromString('--max-semi-space-size=1');
const { main } = await import('../dist/main.js');

process.exit(await main(process.argv.slice(2)));
