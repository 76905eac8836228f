import { readFileSync } from 'node:fs';

/** The publisher's package version. */
export const PUBLISHER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
