/**
 * The run's history (faults, publishes, restarts, observations) and its
 * violations: each violation is kept with the seed and the history that led
 * to it, and printed at once.
 */
export class RunHistory {
  entries = [];
  violations = [];

  constructor(seed, t0 = Date.now(), print = console.log) {
    this.seed = seed;
    this.t0 = t0;
    this.print = print;
  }

  add(what) {
    this.entries.push({ at: Date.now() - this.t0, what });
  }

  tail(n = 25) {
    return this.entries.slice(-n).map((e) => `  t+${(e.at / 1000).toFixed(1)}s ${e.what}`).join('\n');
  }

  /** Records a violation of checker `checker` (1-6). */
  violate(checker, message) {
    const v = { checker, at: Date.now() - this.t0, message, history: this.tail() };
    this.violations.push(v);
    this.add(`VIOLATION (${checker}) ${message}`);
    this.print(`\nVIOLATION of checker ${checker} (seed ${this.seed}) at t+${(v.at / 1000).toFixed(1)}s: ${message}\nhistory before it:\n${v.history}\n`);
  }
}
