/**
 * `GET /api/events`: server-sent events. A page gets what it missed since its
 * `Last-Event-ID` when the log still holds it, else a snapshot; then every
 * change. A heartbeat (no id) lets the page tell a quiet fleet from a lost
 * server. A client that stops reading is dropped; it resumes on reconnect.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DashboardHub } from './dashboard-hub.js';
import type { StreamEvent } from './event-log.js';

const HEARTBEAT_MS = 10_000;
const MAX_BUFFERED = 32 * 1024 * 1024;

function frame(event: StreamEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

function lastEventId(req: IncomingMessage): number | null {
  const header = req.headers['last-event-id'];
  const text = typeof header === 'string' ? header : new URL(req.url ?? '/', 'http://x').searchParams.get('since');
  return text && /^\d{1,16}$/.test(text) ? Number(text) : null;
}

/** Streams to one client until it goes away. */
export function streamEvents(req: IncomingMessage, res: ServerResponse, hub: DashboardHub, headers: Record<string, string>): void {
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write('retry: 2000\n\n');
  const from = lastEventId(req);
  const missed = from === null ? null : hub.events.since(from);
  if (missed) for (const event of missed) res.write(frame(event));
  else res.write(frame({ id: hub.events.lastId, type: 'snapshot', data: hub.state() }));
  const unsubscribe = hub.events.subscribe((event) => {
    res.write(frame(event));
    if (res.writableLength > MAX_BUFFERED) res.destroy();
  });
  const heartbeat = setInterval(() => res.write(`event: heartbeat\ndata: ${JSON.stringify({ now: new Date().toISOString() })}\n\n`), HEARTBEAT_MS);
  const close = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  res.on('close', close);
  req.on('close', close);
}
