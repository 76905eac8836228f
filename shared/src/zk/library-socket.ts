/**
 * The only place that reaches into node-zookeeper-client's private
 * `connectionManager` and its socket.
 *
 * Why: the library (1.1.3) has no read timeout (upstream issue #13). A
 * black-holed connection (peer gone, packets dropped, no RST) stays
 * "connected" for ever, and a server that accepts TCP but never answers the
 * connect handshake leaves it "connecting" for ever. The public API offers no
 * way to see inbound traffic or to force a reconnect, so the wrapper's read
 * watchdog watches the socket for inbound bytes and destroys it when the
 * server has gone silent; the library then reconnects on its own (to the next
 * ensemble member), exactly as after a network error. Nothing else is
 * touched, and every access tolerates the field being absent.
 */
import type { Socket } from 'node:net';
import type { Client as LibraryClient } from 'node-zookeeper-client';
import { retireConnector } from './library-connector.js';

interface ConnectionManagerInternals {
  socket?: Socket;
  sessionTimeout?: number;
}

function internals(lib: LibraryClient): ConnectionManagerInternals | undefined {
  return (lib as unknown as { connectionManager?: ConnectionManagerInternals }).connectionManager;
}

/** The library's current socket, if it has one. */
export function librarySocket(lib: LibraryClient): Socket | undefined {
  return internals(lib)?.socket;
}

/** Destroys the library's current socket so that it notices the loss and reconnects (or, when closing, finishes). */
export function dropLibrarySocket(lib: LibraryClient): void {
  const socket = librarySocket(lib);
  if (socket && !socket.destroyed) socket.destroy();
}

/** The session timeout the server negotiated (or the requested one before the first connect). */
export function negotiatedSessionTimeoutMs(lib: LibraryClient): number | undefined {
  const value = internals(lib)?.sessionTimeout;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/**
 * Retires a library client for good: no further reconnects, socket gone.
 * `close()` alone is not enough when the connection is dead: the library
 * then waits for ever for the close reply, and one that is between connect
 * attempts may reconnect after being closed, keeping the process alive.
 */
export function retireLibraryClient(lib: LibraryClient): void {
  const manager = internals(lib) as (ConnectionManagerInternals & { connect?: () => void }) | undefined;
  if (manager) manager.connect = () => undefined;
  retireConnector(lib);
  dropLibrarySocket(lib);
}
