import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, eventually, tempBaseDir } from '@zkdeploy/test-support';

/**
 * Issue 23, finding 7: a fetch from a server that accepts and never answers
 * used to hold the agent for the whole --git-timeout, delaying the publish
 * meant to correct it. A newer config now aborts the run's git work at once.
 */
describe('agent: a newer config aborts the git work of the run it supersedes', () => {
  let h: AgentHarness;
  let silent: Server;
  const held: Socket[] = [];
  let closed = 0;

  beforeAll(async () => {
    h = await AgentHarness.start();
    // Accepts every connection and never says a word.
    silent = createServer((socket) => {
      held.push(socket);
      socket.on('close', () => closed++);
      socket.on('error', () => {});
      socket.resume(); // reads git's request, and answers nothing
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    await h.agent({ host: 'abort-1', baseDir: await tempBaseDir('abort'), args: ['--git-timeout', '300'] });
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    silent?.close();
    await h?.stop();
  });

  it('moves to the corrective publish within seconds while a fetch hangs, and records no failure for the hung config', async () => {
    const port = (silent.address() as { port: number }).port;
    const commit = await h.repo.head();
    const hung = await h.publish({ url: `git://127.0.0.1:${port}/repo.git`, commitId: commit, relativePath: 'srv/app' });
    await eventually('the agent fetching from the silent server', () => held.length > 0, 20_000);
    const published = Date.now();
    const version = await h.publishCommit(commit);
    const ok = await h.waitOk('abort-1', commit, version, 20_000);
    expect(Date.now() - published).toBeLessThan(10_000);
    expect(ok.attempts).toBe(1);
    // The fetch's connection was dropped: its git process was killed, not left to the timeout.
    await eventually('the hung fetch closed', () => closed === held.length, 10_000);
    expect(hung).toBeLessThan(version);
    expect(h.agents[0]!.output).not.toMatch(/"msg":"deploy failed"/);
  });
});
