/**
 * Collects one row per fault scenario and prints the table the acceptance
 * suite reports: scenario, outcome, time to recover, updates lost, agents hung.
 */
export interface FaultRow {
  scenario: string;
  outcome: string;
  recoverMs: number | null;
  updatesLost: number;
  agentsHung: number;
  note?: string;
}

export class FaultReport {
  readonly rows: FaultRow[] = [];

  add(row: FaultRow): void {
    this.rows.push(row);
  }

  /** Markdown table of all rows. */
  render(): string {
    const lines = [
      '| scenario | outcome | time to recover | updates lost | agents hung | note |',
      '|---|---|---|---|---|---|',
      ...this.rows.map(
        (r) =>
          `| ${r.scenario} | ${r.outcome} | ${r.recoverMs === null ? '-' : `${(r.recoverMs / 1000).toFixed(2)} s`} | ${r.updatesLost} | ${r.agentsHung} | ${r.note ?? ''} |`,
      ),
    ];
    return lines.join('\n');
  }
}
