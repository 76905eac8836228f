import type { Command } from 'commander';

/** The rollout plan's flags (DESIGN.md, "Progressive rollouts"), on `publish` and `rollout policy set`. */
export function addPlanOptions(cmd: Command): Command {
  return cmd
    .option('--waves <spec>', 'roll out in waves: counts (1), percentages of live hosts (25%), label selectors (zone=a), * for the rest; comma-separated')
    .option('--bake <seconds>', 'how long every host of a wave must stay ok and healthy before the next wave (default 0)')
    .option('--max-failed <n|p%>', 'failure budget over the rollout: more failed or unhealthy hosts halts it (default 0)')
    .option('--wave-timeout <seconds>', 'progress deadline of one wave; passing it halts the rollout (default 600)')
    .option('--manual', 'every wave after the first waits for `zkdeploy rollout resume`')
    .option('--auto-rollback', 'on halt, hosts that took the candidate return to the stable version');
}
