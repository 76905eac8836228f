#!/usr/bin/env -S node --v8-pool-size=1 --max-semi-space-size=1 --no-opt --max-lazy
// V8 settings for a small, mostly idle daemon (what each saves and costs:
// bench/FINDINGS.md, "The agent bin's V8 flags"). They take effect only
// as node command-line flags (V8 sizes its heap and picks its compilers at
// startup; v8.setFlagsFromString here is too late), hence the shebang (GNU
// env -S): `node zkdeploy-agent.js` runs without them.
// --v8-pool-size=1: one V8 background worker, not one per core; each spare
//   worker thread keeps memory resident.
// --max-semi-space-size=1: the smallest young generation (Node's default
//   grows to 16 MB) bounds what a deploy leaves resident until the next GC,
//   so an agent sampled before that GC stays low too. It costs some GC CPU
//   on large trees.
// --no-opt --max-lazy: no optimizing compiler, functions compiled when first
//   called. Optimizing compilers keep their code and zone memory resident
//   once anything gets hot, and the agent's time is in system calls and
//   child processes, not in JavaScript. Sparkplug, V8's non-optimizing
//   baseline compiler, stays on: it costs a little memory and saves agent
//   CPU per update against bytecode only.
//   WebAssembly (fetch's HTTP parser, used by HTTP health checks) still
//   works, unlike with --jitless or --lite-mode.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2)));
