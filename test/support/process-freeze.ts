/**
 * Freezes a process with SIGSTOP, as a long GC pause or a stalled VM would:
 * it keeps its sockets but answers nothing, so its ZooKeeper session expires
 * once the session timeout passes.
 */

/** Stops `pid` until `until` settles (e.g. the server deleting its ephemeral), then resumes it. */
export async function freezeUntil<T>(pid: number, until: Promise<T>): Promise<T> {
  process.kill(pid, 'SIGSTOP');
  try {
    return await until;
  } finally {
    process.kill(pid, 'SIGCONT');
  }
}
