#!/usr/bin/env -S node --v8-pool-size=1 --max-semi-space-size=1 --no-opt --max-lazy
// V8 settings for a small, mostly idle daemon (bench/agent-memory.mjs
// measures them: largest idle agent 59–63 → 52–54 MB). They take effect only
// as node command-line flags (V8 sizes its heap and picks its compilers at
// startup; v8.setFlagsFromString here is too late), hence the shebang (GNU
// env -S): `node zkdeploy-agent.js` runs without them.
// --v8-pool-size=1: one V8 background worker, not one per core; each spare
//   worker thread keeps ~2 MB resident.
// --max-semi-space-size=1: a 1 MB young generation (Node's default grows to
//   16 MB) bounds what a deploy leaves resident until the next GC: peak
//   ~54 MB against ~56 MB with 2–4 MB, so an agent sampled before that GC
//   stays low too. It costs some GC CPU on large trees (20,000 files: ~5–10 %
//   more agent CPU per update than 4 MB).
// --no-opt --max-lazy: no optimizing compiler, functions compiled when first
//   called. Optimizing compilers keep ~4–6 MB of their code and zone memory
//   resident once anything gets hot. Sparkplug, V8's non-optimizing baseline
//   compiler, stays on: it costs ~1.5 MB resident and saves ~1 ms of agent
//   CPU per update (9.8 → 8.8 ms on the benchmark's 200-file tree, measured
//   against bytecode only with `node bench/agent-cpu.mjs --kinds
//   'a=zkdeploy,b=zkdeploy@<wrapper>'` and bench/agent-memory.mjs).
//   WebAssembly (fetch's HTTP parser, used by HTTP health checks) still
//   works, unlike with --jitless or --lite-mode.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2)));
