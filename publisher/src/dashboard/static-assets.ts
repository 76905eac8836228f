/**
 * The page's files, served from the package itself (no CDN: the page works
 * offline) and read once at start. Every response carries a strict
 * Content-Security-Policy: scripts and styles from this server only, no
 * inline code, no framing, and connections only back to this server.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export interface Asset {
  body: Buffer;
  type: string;
}

const FILES: Record<string, [string, string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/assets/dashboard.js': ['dashboard.js', 'text/javascript; charset=utf-8'],
  '/assets/dashboard-view.js': ['dashboard-view.js', 'text/javascript; charset=utf-8'],
  '/assets/host-table.js': ['host-table.js', 'text/javascript; charset=utf-8'],
  '/assets/dashboard.css': ['dashboard.css', 'text/css; charset=utf-8'],
};

/** The assets by route; they live in src/dashboard/assets, shipped with the package (tsc does not copy them). */
export function loadAssets(): Map<string, Asset> {
  const dir = fileURLToPath(new URL('../../src/dashboard/assets/', import.meta.url));
  return new Map(Object.entries(FILES).map(([route, [file, type]]) => [route, { body: readFileSync(`${dir}${file}`), type }]));
}
