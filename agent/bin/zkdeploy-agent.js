#!/usr/bin/env -S node --v8-pool-size=1 --max-semi-space-size=4 --no-opt --no-sparkplug --max-lazy
// V8 settings for a small, mostly idle daemon (bench/agent-memory.mjs
// measures them: largest idle agent 59–63 → 52–54 MB). They take effect only
// as node command-line flags (V8 sizes its heap and picks its compilers at
// startup; v8.setFlagsFromString here is too late), hence the shebang (GNU
// env -S): `node zkdeploy-agent.js` runs without them.
// --v8-pool-size=1: one V8 background worker, not one per core; each spare
//   worker thread keeps ~2 MB resident.
// --max-semi-space-size=4: a 4 MB young generation (Node's default grows to
//   16 MB): less resident after a deploy. 1 MB was no smaller when idle and
//   cost more GC CPU on large trees (20,000 files: 240 against 218 ms per
//   update, idle 79 against 70 MB).
// --no-opt --no-sparkplug --max-lazy: bytecode only, compiled when first
//   called. Optimizing compilers keep ~4–6 MB of their code and zone memory
//   resident once anything gets hot. On the benchmark's tree (200 files) the
//   agent's CPU per update is unchanged (13.1 → 10.9 ms); on a 20,000-file
//   tree, where the agent walks every name (drift watches, tree listing), it
//   rises (~145 → ~220 ms). WebAssembly (fetch's HTTP parser, used by HTTP
//   health checks) still works, unlike with --jitless or --lite-mode.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2)));
