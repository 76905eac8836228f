/**
 * Who may act, checked before any action runs: actions enabled (403), a
 * bearer token that matches (401), a same-origin request (403: a page on
 * another site can make a browser POST here, but cannot set this Origin or
 * send a JSON content type without a CORS preflight, which this server never
 * answers), and a Host this server is known by (403: DNS rebinding).
 */
import type { IncomingMessage } from 'node:http';
import { matchToken, type ActionToken } from './token-file.js';

export interface GuardVerdict {
  ok: boolean;
  status: number;
  /** The token holder, when the token matched. */
  who?: string;
  reason?: string;
}

export interface ActionGuardOptions {
  /** Undefined when actions are off. */
  tokens: ActionToken[] | undefined;
  hostAllowed: (host: string | undefined) => boolean;
}

const refuse = (status: number, reason: string): GuardVerdict => ({ ok: false, status, reason });

/** Checks one action request's headers (the body is checked by the action). */
export function checkAction(req: IncomingMessage, options: ActionGuardOptions): GuardVerdict {
  if (!options.tokens) return refuse(403, 'actions are off: start the dashboard with --allow-actions --token-file <file>');
  const auth = req.headers.authorization ?? '';
  const bearer = /^Bearer ([\x21-\x7e]+)$/.exec(auth);
  const holder = bearer ? matchToken(options.tokens, bearer[1] as string) : null;
  if (!holder) return refuse(401, 'missing or invalid bearer token');
  const host = req.headers.host;
  if (!options.hostAllowed(host)) return refuse(403, 'unknown Host header');
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return refuse(403, 'cross-origin request refused');
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return refuse(403, 'cross-site request refused');
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(415, 'the body must be application/json');
  return { ok: true, status: 200, who: holder.who };
}
