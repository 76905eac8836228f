/**
 * The checks made once the system settled: no lost update (2), primaries
 * never overlapping (3), no CLI call past its deadline (4), nothing outside
 * the base dirs changed and no status naming an unpublished commit (5).
 */
import { readFile } from 'node:fs/promises';
import { historyNodeName, parseRollout } from '@zkdeploy/shared';
import { diffSnapshots, snapshotTree } from '@zkdeploy/test-support';
import { CLI_DEADLINE_MS } from './workload.mjs';

async function childrenData(zk, path) {
  const names = (await zk.children(path)) ?? [];
  return Promise.all(names.map(async (name) => ({ name, data: (await zk.get(`${path}/${name}`))?.data ?? null })));
}

/** Checker 2: every acknowledged publish is in history, every acknowledged rollout in the rollouts' record. */
export async function checkNoLostUpdate(zk, app, workload, history) {
  const inHistory = new Set((await childrenData(zk, `${app}/history`)).map((e) => JSON.parse(e.data?.toString() ?? '{}').commitId));
  const outcomes = (await childrenData(zk, `${app}/rollouts`)).map((e) => JSON.parse(e.data?.toString() ?? '{}'));
  const current = parseRollout((await zk.get(`${app}/rollout`))?.data);
  const inRollouts = new Set([...outcomes.map((o) => o.commitId), current?.candidate.commitId]);
  for (const call of workload.acknowledged) {
    const found = call.action === 'publish' ? inHistory.has(call.commit) : inRollouts.has(call.commit) || inHistory.has(call.commit);
    if (!found) history.violate(2, `publisher ${call.publisher}'s ${call.action} of ${call.label} (${call.commit.slice(0, 10)}) exited 0 but is not in ${call.action === 'publish' ? 'history' : 'the rollouts'}`);
  }
}

const ROLE_MESSAGES = new Set(['leading the group', 'not leading the group', 'entering primary', 'entering standby']);

/** The agents' own role decisions from their logs: `{host, at, msg}`, oldest first. */
export function roleDecisions(agents) {
  const out = [];
  for (const agent of agents) {
    for (const line of agent.output().split('\n')) {
      if (!line.startsWith('{') || !line.includes('leading the group') && !line.includes('entering ')) continue;
      try {
        const entry = JSON.parse(line);
        if (ROLE_MESSAGES.has(entry.msg)) out.push({ host: agent.host, at: Date.parse(entry.time), msg: entry.msg });
      } catch {
        // a line cut by a kill
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** When a host woken at `at` entered standby, if it decided nothing as primary first; else null. */
function wokeSteppingDown(decisions, host, at) {
  for (const d of decisions) {
    if (d.host !== host || d.at < at) continue;
    if (d.msg === 'entering standby') return d.at;
    if (d.msg !== 'not leading the group') return null;
  }
  return null;
}

/**
 * Checker 3: intervals in which each host acted as primary. A stretch starts
 * at the host's `primary` record and ends at its `standby` record, at the
 * agent's own step-down decision when earlier (stepping down kills a running
 * primary command at once), or at its SIGKILL. A frozen process does
 * nothing: its frozen stretch is cut out, and so is its waking up when the
 * first role decision after it is the step-down (it acted on nothing first).
 */
export function primaryIntervals(lines, kills, freezes, endAt, decisions = []) {
  const byHost = new Map();
  const open = new Map();
  const close = (host, at) => {
    const from = open.get(host);
    if (from === undefined || at < from) return;
    open.delete(host);
    if (!byHost.has(host)) byHost.set(host, []);
    byHost.get(host).push([from, at]);
  };
  const events = [
    ...lines.map((l) => l.split(' ')).filter((p) => p.length === 3).map(([role, host, at]) => ({ role, host, at: Number(at) })),
    ...kills.map((k) => ({ role: 'killed', host: k.host, at: k.at })),
    ...decisions.filter((d) => d.msg === 'entering standby').map((d) => ({ role: 'standby', host: d.host, at: d.at })),
  ].sort((a, b) => a.at - b.at);
  for (const e of events) {
    if (e.role === 'primary') {
      if (!open.has(e.host)) open.set(e.host, e.at);
    } else close(e.host, e.at);
  }
  for (const host of [...open.keys()]) close(host, endAt);
  for (const [host, intervals] of byHost) {
    let parts = intervals;
    for (const f of freezes.filter((x) => x.host === host)) {
      const awake = wokeSteppingDown(decisions, host, f.to) ?? f.to;
      parts = parts.flatMap(([a, b]) => [[a, Math.min(b, f.from)], [Math.max(a, awake), b]]).filter(([a, b]) => b > a);
    }
    byHost.set(host, parts);
  }
  return byHost;
}

export async function checkPrimaries(roleLog, world, history, endAt) {
  const lines = (await readFile(roleLog, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const byHost = [...primaryIntervals(lines, world.kills, world.freezes, endAt, roleDecisions(world.agents))];
  let overlaps = 0;
  for (let i = 0; i < byHost.length; i++) {
    for (let j = i + 1; j < byHost.length; j++) {
      for (const [a1, b1] of byHost[i][1]) {
        for (const [a2, b2] of byHost[j][1]) {
          const overlap = Math.min(b1, b2) - Math.max(a1, a2);
          if (overlap > 0 && overlaps++ < 5) {
            history.violate(3, `${byHost[i][0]} and ${byHost[j][0]} both primary for ${overlap} ms from ${new Date(Math.max(a1, a2)).toISOString()}`);
          }
        }
      }
    }
  }
  return lines.filter((l) => l.startsWith('primary')).length;
}

/** Checker 4: no CLI call outlived its deadline. */
export function checkCliDeadlines(workload, history) {
  for (const c of workload.calls) {
    if (c.ms > CLI_DEADLINE_MS) history.violate(4, `publisher ${c.publisher}'s ${c.action} ran ${c.ms} ms (deadline ${CLI_DEADLINE_MS} ms, exit ${c.code})`);
  }
}

/** Checker 5: the sentinel tree beside the base dirs is unchanged; every status names a published commit. */
export async function checkOutside(sentinel, skip, before, zk, app, hosts, workload, history) {
  const diff = diffSnapshots(before, await snapshotTree(sentinel, skip));
  if (diff.length > 0) history.violate(5, `outside the base dirs changed: ${diff.slice(0, 5).join(', ')}`);
  const published = new Set(workload.commits.values());
  for (const host of hosts) {
    const record = JSON.parse((await zk.get(`${app}/status/${host}`))?.data?.toString() ?? '{}');
    if (record.commitId && !published.has(record.commitId)) history.violate(5, `${host} reports commit ${record.commitId}, never published`);
  }
}

/** What a controller logs only after ZooKeeper accepted the fenced write, keyed by the transition written. */
function transitionOf(line) {
  if (!line.startsWith('{') || !line.includes('"rollout"')) return null;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return null;
  }
  if (entry.msg === 'planned the rollout; wave 1 started') return `planned ${entry.rollout}`;
  if (entry.msg === 'wave started') return `wave ${entry.wave} of ${entry.rollout} started`;
  if (entry.msg === 'rollout completed' || entry.msg === 'rollout halted') return `${entry.rollout} ended`;
  return null;
}

/** Checker 3 (controllers): each rollout transition accepted once, by one controller, from the controllers' own logs. */
export function checkControllerTransitions(agents, history) {
  const writers = new Map();
  for (const agent of agents.filter((a) => a.controller)) {
    agent.outputs.forEach((proc, k) => {
      for (const line of proc.output.split('\n')) {
        const key = transitionOf(line);
        if (!key) continue;
        if (!writers.has(key)) writers.set(key, []);
        writers.get(key).push(`${agent.host}#${k + 1}`);
      }
    });
  }
  for (const [key, who] of writers) {
    if (who.length > 1) history.violate(3, `${key} was written ${who.length} times (${who.join(', ')}): two controllers' writes accepted for one transition`);
  }
  return writers.size;
}
