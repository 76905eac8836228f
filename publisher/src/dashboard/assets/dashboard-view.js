// The page's views. Everything shown from ZooKeeper is untrusted text: it is
// set with textContent (el() below) and never parsed as HTML.

/** Creates an element; props are DOM properties (textContent is stringified), children nodes or strings. */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'role') node.setAttribute('role', value);
    else if (key === 'textContent') node.textContent = String(value);
    else node[key] = value;
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

export const shortCommit = (c) => (typeof c === 'string' ? c.slice(0, 10) : '—');

export function labelsText(labels) {
  if (!labels || typeof labels !== 'object') return '';
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(' ');
}

export function age(iso, now = Date.now()) {
  const t = Date.parse(iso ?? '');
  if (!Number.isFinite(t)) return '—';
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 90) return `${s}s`;
  if (s < 5400) return `${Math.round(s / 60)}m`;
  if (s < 172800) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
}

export const clock = (iso) => {
  const t = Date.parse(iso ?? '');
  return Number.isFinite(t) ? new Date(t).toLocaleTimeString() : '—';
};

const STATES = ['ok', 'deploying', 'pending', 'failed', 'rejected', 'drifted', 'offline'];

function desiredBlock(d) {
  if (!d) return el('p', { className: 'muted', textContent: 'Nothing published yet.' });
  if (d.invalid) return el('p', { className: 'state-failed', textContent: `config version ${d.version} is not a valid payload: ${d.invalid}` });
  return el('dl', { className: 'detail' }, [
    el('dt', { textContent: 'desired commit' }), el('dd', { className: 'commit desired-commit', textContent: d.commitId }),
    el('dt', { textContent: 'ref' }), el('dd', { textContent: d.ref ?? '—' }),
    el('dt', { textContent: 'message' }), el('dd', { className: 'desired-message', textContent: d.message ?? '—' }),
    el('dt', { textContent: 'published by' }), el('dd', { textContent: d.publishedBy ?? '—' }),
    el('dt', { textContent: 'when' }), el('dd', { textContent: d.publishedAt ? `${d.publishedAt} (${age(d.publishedAt)} ago)` : '—' }),
    el('dt', { textContent: 'config version' }), el('dd', { textContent: d.version }),
  ]);
}

function summaryChips(app) {
  const s = app.summary;
  const chips = STATES.filter((k) => s[k] > 0).map((k) => el('span', { className: `chip ${k}`, dataset: { state: k }, textContent: `${s[k]} ${k}` }));
  const health = { healthy: 0, unhealthy: 0 };
  for (const h of app.hosts.values()) if (h.health in health) health[h.health]++;
  for (const [k, n] of Object.entries(health)) if (n > 0) chips.push(el('span', { className: `chip ${k}`, textContent: `${n} ${k}` }));
  if (s.unverified) chips.push(el('span', { className: 'chip failed', textContent: `${s.unverified} unverified` }));
  return el('div', { className: 'chips' }, chips);
}

/** One card per app: desired commit and the summary by state and health. */
export function renderOverview(root, apps, selected, onSelect) {
  const cards = [...apps.values()].map((app) => {
    const title = el('h2', {}, [el('a', { href: '#', textContent: app.app, onclick: (e) => { e.preventDefault(); onSelect(app.app); } })]);
    if (app.loading) return el('article', { className: 'panel app-card', dataset: { app: app.app } }, [title, el('p', { className: 'empty', textContent: 'Reading this fleet from ZooKeeper… (no data yet, not an empty fleet)' })]);
    const verdict = app.converged
      ? el('span', { className: 'converged', textContent: `converged: ${app.summary.ok}/${app.summary.total} ok` })
      : el('span', { className: 'not-converged', textContent: `not converged: ${app.summary.ok}/${app.summary.total} ok` });
    return el('article', { className: `panel app-card${app.app === selected ? ' selected' : ''}`, dataset: { app: app.app } }, [title, desiredBlock(app.desired), el('p', {}, [verdict]), summaryChips(app)]);
  });
  root.replaceChildren(...cards);
}

const ATTENTION_SHOWN = 200;

export function renderAttention(root, app) {
  if (app.loading) return root.replaceChildren(el('p', { className: 'empty', textContent: 'Waiting for the first read of the fleet.' }));
  const items = app.attention ?? [];
  if (items.length === 0) return root.replaceChildren(el('p', { className: 'muted', id: 'attention-none', textContent: 'Nothing needs attention.' }));
  const list = el('ul', {}, items.slice(0, ATTENTION_SHOWN).map((i) =>
    el('li', { dataset: { host: i.host, kind: i.kind } }, [
      el('span', { className: 'kind', textContent: i.kind }),
      el('strong', { className: 'host', textContent: i.host }),
      ' ',
      el('span', { className: 'reason', textContent: i.reason }),
      el('span', { className: 'hint', textContent: i.hint }),
    ])));
  const more = items.length > ATTENTION_SHOWN ? el('p', { className: 'muted', textContent: `and ${items.length - ATTENTION_SHOWN} more: filter the host table by state` }) : null;
  root.replaceChildren(...[el('p', { className: 'muted', textContent: `${items.length} host(s)` }), list, more].filter(Boolean));
}

export function renderDetail(root, app, host) {
  const h = host && app.hosts?.get(host);
  root.hidden = !h;
  if (!h) return;
  const rows = [
    ['host', h.host], ['state', h.state], ['live', String(h.live)], ['commit', h.commitId ?? '—'], ['config version', h.configVersion ?? '—'],
    ['updated', h.updatedAt ? `${h.updatedAt} (${age(h.updatedAt)} ago)` : '—'], ['health', h.health ?? '—'], ['health reason', h.healthReason ?? '—'],
    ['labels', labelsText(h.labels) || '—'], ['wave', h.wave ?? '—'], ['verified', h.verified === undefined ? '—' : String(h.verified)],
    ['error', h.error ? `${h.error.code}: ${h.error.message}` : '—'], ['error hint', h.error?.hint ?? '—'],
    ['drifted paths', Array.isArray(h.error?.paths) ? h.error.paths.slice(0, 20).join(', ') : '—'],
  ];
  const close = el('button', { type: 'button', textContent: 'close', onclick: () => { root.hidden = true; } });
  root.replaceChildren(el('h2', { textContent: `Host ${h.host}` }), close, el('dl', { className: 'detail' }, rows.flatMap(([k, v]) => [el('dt', { textContent: k }), el('dd', { dataset: { field: k }, textContent: v })])));
}

export function renderHistory(root, app) {
  const history = app.history ?? [];
  if (history.length === 0) return root.replaceChildren(el('p', { className: 'muted', textContent: app.loading ? 'Waiting for the first read.' : 'No history yet.' }));
  const head = el('tr', {}, ['version', 'commit', 'ref', 'message', 'by', 'when', ''].map((t) => el('th', { textContent: t })));
  const current = app.desired?.version;
  const rows = history.map((e) => el('tr', { className: `${e.rollbackTarget ? 'target' : ''} ${e.version === current ? 'current' : ''}`, dataset: { version: e.version } }, [
    el('td', { textContent: e.version }),
    el('td', { className: 'commit', textContent: e.invalid ? 'invalid' : shortCommit(e.commitId) }),
    el('td', { textContent: e.ref ?? '' }),
    el('td', { textContent: e.invalid ?? e.message ?? '' }),
    el('td', { textContent: e.publishedBy ?? '' }),
    el('td', { textContent: e.publishedAt ? `${age(e.publishedAt)} ago` : '' }),
    el('td', { className: 'mark', textContent: e.version === current ? 'current' : e.rollbackTarget ? '← rollback target' : '' }),
  ]));
  root.replaceChildren(el('table', { className: 'list' }, [el('thead', {}, [head]), el('tbody', {}, rows)]));
}

export function renderGroups(root, app) {
  const groups = app.groups ?? [];
  if (groups.length === 0) return root.replaceChildren(el('p', { className: 'muted', textContent: 'No groups.' }));
  root.replaceChildren(...groups.map((g) => el('div', { className: 'group', dataset: { group: g.name } }, [
    el('strong', { textContent: g.name }), ': primary ',
    el('span', { className: 'primary', textContent: g.primary ? g.primary.host ?? g.primary.member : 'none' }),
    g.standbys.length ? ` · standbys ${g.standbys.map((s) => s.host ?? s.member).join(', ')}` : ' · no standby',
    g.unverified?.length ? el('span', { className: 'state-failed', textContent: ` · ${g.unverified.length} unverified` }) : null,
  ])));
}

export function renderServices(root, app) {
  const services = app.services ?? [];
  if (services.length === 0) return root.replaceChildren(el('p', { className: 'muted', textContent: 'No services.' }));
  root.replaceChildren(...services.map((s) => el('div', { className: 'service', dataset: { service: s.service } }, [
    el('strong', { textContent: s.service }), ': ',
    s.endpoints.length ? s.endpoints.map((e) => `${e.host}:${e.port}`).join(', ') : 'no endpoint',
    s.invalid.length ? el('span', { className: 'state-failed', textContent: ` · ${s.invalid.length} invalid` }) : null,
    s.unverified?.length ? el('span', { className: 'state-failed', textContent: ` · ${s.unverified.length} unverified` }) : null,
  ])));
}

function gateText(w, plan, now) {
  if (w.passedAt) return `passed ${clock(w.passedAt)}`;
  if (!w.startedAt) return 'not started';
  const parts = [];
  if (w.goodSince && plan?.bakeMs > 0) {
    const left = Math.max(0, plan.bakeMs - (now - Date.parse(w.goodSince)));
    parts.push(`bake ${Math.ceil(left / 1000)}s left`);
  }
  if (plan?.waveTimeoutMs > 0) {
    const left = plan.waveTimeoutMs - (now - Date.parse(w.startedAt));
    parts.push(left > 0 ? `deadline in ${Math.ceil(left / 1000)}s` : 'deadline passed');
  }
  return parts.join(' · ') || `started ${age(w.startedAt, now)} ago`;
}

/** The rollout slot (DESIGN.md "Progressive rollouts", `rollout status --json`): each wave's progress and gate timers. */
export function renderRollout(root, app) {
  const r = app.rollout;
  root.hidden = !r;
  if (!r) return;
  const now = Date.now();
  const waves = (Array.isArray(r.waves) ? r.waves : []).map((w) => {
    const hosts = Array.isArray(w.hosts) ? w.hosts : [];
    const done = hosts.filter((h) => h.state === 'ok' && h.health !== 'unhealthy').length;
    const bar = el('div', { className: 'bar' }, [el('span')]);
    bar.firstChild.style.width = `${hosts.length ? Math.round((100 * done) / hosts.length) : 0}%`;
    return el('div', { className: 'wave', dataset: { wave: w.index } }, [
      el('span', { className: 'wave-text', textContent: `wave ${w.index + 1} (${String(w.select)}): ${done}/${hosts.length} ok · ${gateText(w, r.plan, now)}` }),
      bar,
    ]);
  });
  const budget = r.plan?.maxFailed ? ` · failure budget ${JSON.stringify(r.plan.maxFailed)}` : '';
  root.replaceChildren(
    el('h2', { className: 'rollout-state', textContent: `Rollout ${r.id ?? ''}: ${r.state ?? 'unknown'}` }),
    el('p', { textContent: `candidate ${shortCommit(r.candidate?.commitId)} over stable version ${r.stableVersion ?? '—'}; wave ${typeof r.current === 'number' ? r.current + 1 : '—'} of ${r.waves?.length ?? 0}${r.plan?.manual ? ' · manual' : ''}${budget}${r.reason ? ` · ${r.reason}` : ''}` }),
    ...waves,
  );
}
