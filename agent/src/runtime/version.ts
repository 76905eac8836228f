import { readFileSync } from 'node:fs';

/** The agent's package version, written into registrations and status records. */
export const AGENT_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
