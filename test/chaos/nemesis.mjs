/**
 * The nemesis: applies each scheduled fault at its time, holds it, heals it.
 * Every apply and heal goes into the run's history (the checkers print it
 * with a violation). `healAll` puts every resource back whatever happened,
 * for the settle phase.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describeEvent } from './schedule.mjs';

const exec = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Nemesis {
  /** Faults applied, by kind. */
  applied = new Map();
  /** Faults not applied, with why (kind unavailable here, target gone). */
  skipped = [];

  constructor(world, history) {
    this.world = world;
    this.history = history;
  }

  /** Runs the whole schedule from `t0`; resolves once every fault was healed. */
  async run(schedule, t0) {
    const tasks = schedule.map(async (event) => {
      await sleep(Math.max(0, t0 + event.at - Date.now()));
      let heal = null;
      try {
        heal = await this.apply(event);
      } catch (err) {
        this.history.add(`nemesis: applying ${describeEvent(event)} failed: ${err.message}`);
      }
      if (!heal) return;
      this.applied.set(event.kind, (this.applied.get(event.kind) ?? 0) + 1);
      await sleep(event.holdMs);
      try {
        await heal();
        this.history.add(`nemesis: healed ${event.kind} ${event.target}`);
      } catch (err) {
        this.history.add(`nemesis: healing ${event.kind} ${event.target} failed: ${err.message}`);
      }
    });
    await Promise.all(tasks);
  }

  skip(event, reason) {
    this.skipped.push({ kind: event.kind, reason });
    this.history.add(`nemesis: skipped ${describeEvent(event)}: ${reason}`);
    return null;
  }

  /** Applies one fault; resolves to its heal, or null when skipped. */
  async apply(event) {
    const { cluster, agents, publisherProxies, daemon, slowProxy } = this.world;
    const say = (what) => this.history.add(`nemesis: ${describeEvent(event)}: ${what}`);
    const agent = agents[Number(event.target) - 1];
    switch (event.kind) {
      case 'zk-kill-leader': {
        const id = await cluster.leaderId();
        if (id === null) return this.skip(event, 'no leader');
        await cluster.killMember(id);
        say(`killed leader ${id}`);
        return () => cluster.startMember(id);
      }
      case 'zk-kill-member': {
        const id = Number(event.target);
        await cluster.killMember(id);
        say(`killed member ${id}`);
        return () => cluster.startMember(id);
      }
      case 'zk-quorum-loss': {
        const leader = (await cluster.leaderId()) ?? 1;
        const ids = [leader, ...cluster.members.map((m) => m.id).filter((id) => id !== leader)].slice(0, 2);
        await Promise.all(ids.map((id) => cluster.stopMember(id)));
        say(`stopped members ${ids.join(',')} (quorum lost)`);
        return () => Promise.all(ids.map((id) => cluster.startMember(id)));
      }
      case 'agent-blackhole': {
        if (agent.state !== 'running') return this.skip(event, `${agent.host} is ${agent.state}`);
        const proxy = agent.currentProxy();
        proxy.setMode('blackhole');
        say(`black-holed ${agent.host}'s connection (proxy :${proxy.port})`);
        return () => proxy.setMode('pass');
      }
      case 'agent-session-expire': {
        // Every route cut past the session timeout: the servers expire the session.
        for (const p of agent.proxies) p.setMode('blackhole');
        say(`cut every route of ${agent.host} past its session timeout`);
        return () => agent.proxies.forEach((p) => p.setMode('pass'));
      }
      case 'publisher-blackhole': {
        const proxies = publisherProxies[Number(event.target) - 1];
        for (const p of proxies) p.setMode('blackhole');
        say(`black-holed publisher ${event.target}`);
        return () => proxies.forEach((p) => p.setMode('pass'));
      }
      case 'agent-freeze':
      case 'controller-freeze': {
        if (agent.state !== 'running') return this.skip(event, `${agent.host} is ${agent.state}`);
        agent.freeze();
        this.world.freezes.push({ host: agent.host, from: Date.now(), to: null });
        say(`SIGSTOP ${agent.host}${agent.controller ? ' (a controller)' : ''}`);
        return () => {
          const f = this.world.freezes.findLast((x) => x.host === agent.host && x.to === null);
          if (f) f.to = Date.now();
          agent.thaw();
        };
      }
      case 'agent-kill': {
        if (agent.state !== 'running') return this.skip(event, `${agent.host} is ${agent.state}`);
        this.world.kills.push({ host: agent.host, at: Date.now() });
        await agent.kill();
        say(`SIGKILL ${agent.host}`);
        return async () => {
          await agent.start();
          this.history.add(`nemesis: restarted ${agent.host} (pid ${agent.process.pid})`);
        };
      }
      case 'git-down':
        await daemon.halt();
        say('git daemon stopped');
        return () => daemon.resume();
      case 'git-slow':
        slowProxy.delayMs = event.delayMs;
        say(`git server slow (${event.delayMs} ms per chunk)`);
        return () => {
          slowProxy.delayMs = 0;
        };
      case 'disk-full': {
        if (agent.diskRefusal) return this.skip(event, agent.diskRefusal);
        const fill = join(agent.baseDir, '.chaos-fill');
        await exec('dd', ['if=/dev/zero', `of=${fill}`, 'bs=1M', 'count=64'], { timeout: 30_000 }).catch(() => undefined);
        say(`filled ${agent.host}'s disk`);
        return () => rm(fill, { force: true });
      }
      default:
        return this.skip(event, 'unknown kind');
    }
  }

  /** Puts every resource back: members, git, proxies, processes, disks. */
  async healAll() {
    const { cluster, agents, publisherProxies, daemon, slowProxy } = this.world;
    await Promise.all(cluster.members.filter((m) => !m.process).map((m) => cluster.startMember(m.id)));
    await daemon.resume();
    slowProxy.delayMs = 0;
    for (const p of publisherProxies.flat()) p.setMode('pass');
    for (const a of agents) {
      for (const p of a.proxies) p.setMode('pass');
      if (a.state === 'frozen') a.thaw();
      if (a.state === 'killed') await a.start();
      await rm(join(a.baseDir, '.chaos-fill'), { force: true });
    }
    for (const f of this.world.freezes) f.to ??= Date.now();
  }
}
