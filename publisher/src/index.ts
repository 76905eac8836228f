export { main } from './cli.js';
export { readFleet, summarizeFleet, type FleetStatus, type HostView } from './fleet-status.js';
export { publishConfig } from './publish-config.js';
export { FleetWatch } from './fleet-watch.js';
export { waitForFleet } from './wait/wait-for-fleet.js';
export { readRollout, watchRollout, type RolloutView } from './rollout-view.js';
