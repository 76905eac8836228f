/**
 * A tiny stand-in process for fault tests: connects through the shared
 * wrapper, registers an ephemeral node and keeps it, printing one JSON line
 * per connection state change and registration. Usage:
 *   node test/support/dist/ephemeral-holder.js <connectString> <path> <sessionTimeoutMs>
 * (tests find it as `@zkdeploy/test-support/ephemeral-holder`).
 */
import { EphemeralNode, ZkClient } from '@zkdeploy/shared';

const [connectString = '', path = '', timeout = '2000'] = process.argv.slice(2);
const say = (event: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(event)}\n`);

const client = new ZkClient({ connectString, sessionTimeoutMs: Number(timeout) });
client.onStateChange((change) => say({ event: 'state', ...change }));
await client.start();
const node = await EphemeralNode.register(client, path, Buffer.from(String(process.pid)), {
  onError: (err) => say({ event: 'error', message: String(err) }),
});
say({ event: 'registered', sessionId: client.sessionId });
process.on('SIGTERM', () => {
  void node.remove().finally(() => client.close().finally(() => process.exit(0)));
});
