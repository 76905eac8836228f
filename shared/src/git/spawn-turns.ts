/**
 * One git process started per turn of the event loop, process-wide.
 * Starting a child blocks the event loop (the fork/exec is synchronous,
 * and slower the larger the process), so when many agents share a process
 * (startAgent) and a publish makes them all start git at once, back-to-back
 * spawns would hold the loop long enough for their ZooKeeper connections to
 * miss pings and drop (docs/scale.md, "Many agents in one process").
 * Between two spawns, pending I/O (pings, replies, watch events) runs.
 */
let last: Promise<void> = Promise.resolve();

/** Resolves when the caller may start its child: after the previous caller's, and one turn later. */
export function spawnTurn(): Promise<void> {
  const turn = last.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  last = turn;
  return turn;
}
