/**
 * The report's rows and section for issue 21: the large-repository workload
 * (first deploy, update, bytes from the git server per new host, disk per
 * host, against the baseline) and the small repository's first clone against
 * the floor agent and the first deploy after start against later ones.
 */
import { fmtMb, fmtMs, fmtRatio, max, median, ratio } from './stats.mjs';

const pass = (ok) => (ok === null ? 'n/a' : ok ? '**pass**' : '**FAIL**');
const fleetMedian = (rounds) => median(rounds.map((r) => r.headMax));

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The large workload's fleets by N: { zkdeploy, baseline }. */
function largeByN(results) {
  const out = new Map();
  for (const f of results.large?.fleets ?? []) out.set(f.n, { ...out.get(f.n), [f.label ?? f.kind]: f });
  return [...out.entries()].sort((a, b) => a[0] - b[0]);
}

/** Bytes the git server sent per host over a fleet's first-deploy rounds (median over rounds). */
const bytesPerNewHost = (f) => median(f.clones.map((r) => r.serverBytesPerHost).filter((v) => v !== undefined));

/** Target rows of issue 21. */
export function issue21Rows(results) {
  const rows = [];
  const byN = largeByN(results);
  for (const [phase, what, limit] of [
    ['clones', 'Large repository, first deploy', 0.3],
    ['updates', 'Large repository, update (5 of 2,000 files)', 0.7],
  ]) {
    for (const [n, e] of byN) {
      if (!e.zkdeploy || !e.baseline) continue;
      const r = ratio(fleetMedian(e.zkdeploy[phase]), fleetMedian(e.baseline[phase]));
      const floorRatio = (f) => fmtRatio(ratio(fleetMedian(f[phase]), fleetMedian(e.baseline[phase])));
      const floors = [e.floor ? `shallow floor agent ${floorRatio(e.floor)}` : null, e['floor+sync'] ? `with sync (durable) ${floorRatio(e['floor+sync'])}` : null].filter(Boolean);
      const floor = floors.length ? `; ${floors.join(', ')}` : '';
      rows.push([`${what}, N = ${n}: zkdeploy / baseline`, `≤ ${limit}×`, `${fmtRatio(r)} (${fmtMs(fleetMedian(e.zkdeploy[phase]))} vs ${fmtMs(fleetMedian(e.baseline[phase]))})${floor}`, pass(r === null ? null : r <= limit)]);
    }
  }
  const bytes = byN.filter(([, e]) => e.zkdeploy && e.baseline).map(([n, e]) => [n, ratio(bytesPerNewHost(e.zkdeploy), bytesPerNewHost(e.baseline)), e]);
  if (bytes.length) {
    const worst = max(bytes.map(([, r]) => r));
    rows.push(['Large repository, bytes from the git server per new host (worst N)', '≤ 0.25×', bytes.map(([n, r, e]) => `N=${n}: ${fmtRatio(r)} (${fmtMb(bytesPerNewHost(e.zkdeploy))} vs ${fmtMb(bytesPerNewHost(e.baseline))})`).join(', '), pass(worst <= 0.25)]);
    const disk = bytes.map(([n, , e]) => [n, ratio(e.zkdeploy.diskBytes, e.baseline.diskBytes), e]);
    const worstDisk = max(disk.map(([, r]) => r));
    rows.push(['Large repository, disk per host (worst N)', '≤ 0.7×', disk.map(([n, r, e]) => `N=${n}: ${fmtRatio(r)} (${fmtMb(e.zkdeploy.diskBytes)} vs ${fmtMb(e.baseline.diskBytes)})`).join(', '), pass(worstDisk <= 0.7)]);
  }
  const small = results.fleets.filter((f) => f.n === 1);
  const zk1 = small.find((f) => f.label === 'zkdeploy' || (!f.label && f.kind === 'zkdeploy'));
  const floor1 = small.find((f) => f.label === 'floor');
  if (zk1 && floor1) {
    const r = ratio(fleetMedian(zk1.clones), fleetMedian(floor1.clones));
    rows.push(['Small repository, first clone, N = 1: zkdeploy / floor agent', '≤ 1.1×', `${fmtRatio(r)} (${fmtMs(fleetMedian(zk1.clones))} vs ${fmtMs(fleetMedian(floor1.clones))})`, pass(r === null ? null : r <= 1.1)]);
  }
  // Every fleet's first round is its agents' first deploy since they started: the floor agent's and the baseline's
  // own ratios show what the machine adds to a first round whatever the agent.
  const firstRound = (f) => ratio(f.clones[0].headMax, fleetMedian(f.clones.slice(1)));
  for (const f of results.fleets.filter((x) => (x.label ?? x.kind) === 'zkdeploy' && x.clones.length > 2)) {
    const first = f.clones[0].headMax;
    const later = fleetMedian(f.clones.slice(1));
    const r = firstRound(f);
    const others = results.fleets.filter((x) => x.n === f.n && ['floor', 'baseline'].includes(x.label ?? x.kind) && x.clones.length > 2);
    const floor = others.find((x) => (x.label ?? x.kind) === 'floor');
    const same = others.map((x) => `${x.label ?? x.kind} ${fmtRatio(firstRound(x))}`).join(', ');
    const floorToo = r !== null && r > 1.1 && floor && firstRound(floor) > 1.1;
    const verdict = floorToo ? '**FAIL**: the floor agent fails too' : pass(r === null ? null : r <= 1.1);
    rows.push([`Small repository, N = ${f.n}: first deploy after start / later first deploys`, '≤ 1.1×', `${fmtRatio(r)} (${fmtMs(first)} vs ${fmtMs(later)})${same ? `; the same ratio for ${same}` : ''}`, verdict]);
  }
  return rows;
}

/** The large-repository section: every fleet's medians, bytes and disk. */
export function largeSection(results) {
  if (!results.large) return null;
  const s = results.large.shape;
  const rows = [];
  for (const [n, e] of largeByN(results)) {
    for (const kind of ['zkdeploy', 'floor', 'floor+sync', 'baseline']) {
      const f = e[kind];
      if (!f) continue;
      rows.push([
        String(n),
        kind,
        fmtMs(fleetMedian(f.clones)),
        fmtMs(max(f.clones.map((r) => r.headMax))),
        fmtMs(fleetMedian(f.updates)),
        fmtMs(max(f.updates.map((r) => r.headMax))),
        fmtMb(bytesPerNewHost(f)),
        fmtMb(median(f.updates.map((r) => r.serverBytesPerHost).filter((v) => v !== undefined))),
        fmtMb(f.diskBytes),
        `${f.clones.length} + ${f.updates.length}`,
      ]);
    }
  }
  return [
    `## Large repository (issue 21)\n`,
    `A repository generated with \`git fast-import\` (bench/lib/large-repo.mjs, cached between runs): ${s.commits.toLocaleString('en-US')} commits over ${s.files.toLocaleString('en-US')} files of ${s.fileBytes.toLocaleString('en-US')} random bytes as base64 text each, ${fmtMb(s.packedBytes)} packed, ${s.changedPerCommit} files changed per commit of history and ${s.changedPerPublish} per publish. Served over \`git://\` by \`git daemon\`, started per connection with its output piped to the client's socket (bench/lib/git-inetd-server.mjs: no Nagle delay on upload-pack's small writes, no listen backlog of 5), which counts the bytes the server sends. zkdeploy against the baseline script (\`git clone\`, then \`git status\` + \`git pull\`), and the floor agent fetching shallow (\`git fetch --depth=1\` of the exact id, as zkdeploy does over the network; a checkout in the inactive of two worktrees, a swap: what any exact, atomic deploy of this repository costs), and the same floor agent with one \`sync -f\` before its swap (floor+sync: what a deploy that survives a power loss costs, as zkdeploy's durable activation). First deploys publish a new relativePath each round; disk is \`du\` of one host's base dir after every round (all its targets; hard links counted once).`,
    table(['N', 'agent', 'first deploy, median', 'first deploy, max', 'update, median', 'update, max', 'server bytes per new host', 'server bytes per host per update', 'disk per host', 'rounds'], rows),
  ].join('\n\n');
}
