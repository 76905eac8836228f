/**
 * Runs an async task one at a time; calls made while it runs are folded into
 * a single further run. A burst of triggers therefore costs at most two runs,
 * and the last one always sees the latest state.
 */
export class CoalescingRunner {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly task: () => Promise<void>) {}

  /** Requests a run; resolves when a run that started after this call has finished. */
  trigger(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves once no run is in progress. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.task();
    } while (this.again);
  }
}
