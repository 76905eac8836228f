/** Human output of `zkdeploy services`: one row per live endpoint (control characters escaped by the table). */
import pc from 'picocolors';
import { displayText } from '@zkdeploy/shared/display-text';
import type { ServiceView } from './service-listing.js';
import { age } from './status-table.js';
import { createTable, styled } from './table-layout.js';

/** Renders services for a terminal (colour only when `colour`). */
export function renderServices(app: string, services: ServiceView[], colour: boolean, now = Date.now()): string {
  if (services.length === 0) return `app ${displayText(app)}: no services\n`;
  const table = createTable(['SERVICE', 'ENDPOINT', 'AGENT', 'SINCE'], colour);
  for (const s of services) {
    if (s.endpoints.length === 0 && s.invalid.length === 0) table.push([s.service, styled('no live endpoints', pc.yellow, colour), '-', '-']);
    for (const e of s.endpoints) table.push([s.service, `${e.host}:${e.port}`, e.node, age(e.since, now)]);
    for (const e of s.unverified ?? []) table.push([s.service, styled(`UNVERIFIED ${e.host}:${e.port}`, pc.red, colour), e.node, age(e.since, now)]);
    for (const node of s.invalid) table.push([s.service, styled('invalid data', pc.red, colour), node, '-']);
  }
  return `app ${displayText(app)}\n${table.toString()}\n`;
}
