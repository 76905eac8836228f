#!/usr/bin/env -S node --v8-pool-size=1 --max-semi-space-size=1 --no-opt --no-sparkplug --max-lazy
// V8 settings for a small, mostly idle daemon (bench/agent-memory.mjs
// measures them; idle RSS 58–62 → ~52 MB). They only take effect as node
// command-line flags (V8 sizes its heap and picks its compilers at startup;
// v8.setFlagsFromString here would be too late), hence the shebang (GNU
// env -S): `node zkdeploy-agent.js` runs without them.
// --v8-pool-size=1: one V8 background worker, not one per core; each spare
//   worker thread keeps ~2 MB resident.
// --max-semi-space-size=1: a 1 MB young generation (Node's default grows to
//   16 MB): less resident after a deploy and cheaper forks of git.
// --no-opt --no-sparkplug --max-lazy: bytecode only, compiled when first
//   called. The agent's own JavaScript is a small share of a deploy (git and
//   the file system do the work), while optimizing compilers keep ~4 MB of
//   their code and zone memory resident once anything gets hot. WebAssembly
//   (fetch's HTTP parser, used by HTTP health checks) still works, unlike
//   with --jitless.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2)));
