/** Resolves on the first SIGINT or SIGTERM (Ctrl-C, a service manager's stop) and removes its handlers, so a long-running command can shut down in order. */
export function untilInterrupted(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
