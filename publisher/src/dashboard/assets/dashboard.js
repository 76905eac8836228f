// The page: one EventSource to the server (a snapshot, then changes, resumed
// by id after a reconnect), a store of apps and hosts, and a render once per
// animation frame. It never polls, and never reads ZooKeeper.
import { clock, renderAttention, renderDetail, renderGroups, renderHistory, renderOverview, renderRollout, renderServices, el } from './dashboard-view.js';
import { HostTable } from './host-table.js';

const $ = (id) => document.getElementById(id);
const SILENCE_MS = 25_000;

const store = {
  apps: new Map(),
  selected: null,
  host: null,
  connection: { zk: 'connected', since: null },
  actions: false,
  lastId: null,
  lastMessageAt: 0,
  serverLostAt: null,
  hostsChanged: true,
};

let table;
let source = null;
let frame = 0;
let firstTable = false;

function loadApp(state) {
  if (state.loading) return { app: state.app, loading: true, hosts: null };
  const { hosts, ...rest } = state;
  return { ...rest, hosts: new Map(hosts.map((h) => [h.host, h])) };
}

function onSnapshot(data) {
  store.apps = new Map(data.apps.map((a) => [a.app, loadApp(a)]));
  store.connection = data.connection;
  store.actions = Boolean(data.actions);
  if (!store.apps.has(store.selected)) store.selected = data.apps[0]?.app ?? null;
  store.hostsChanged = true;
}

function onApp(delta) {
  const { changed, removed, ...rest } = delta;
  const before = store.apps.get(delta.app);
  const hosts = before?.hosts ?? new Map();
  for (const h of changed) hosts.set(h.host, h);
  for (const name of removed) hosts.delete(name);
  // A delta carries only the parts that changed: keep the rest.
  const next = { ...before, ...rest, hosts };
  delete next.loading;
  store.apps.set(delta.app, next);
  if (delta.app === store.selected && (changed.length > 0 || removed.length > 0 || !before?.hosts)) store.hostsChanged = true;
}

function lastDataAt() {
  const times = [...store.apps.values()].map((a) => Date.parse(a.readAt ?? '')).filter(Number.isFinite);
  return times.length ? new Date(Math.max(...times)).toISOString() : null;
}

function renderBanner() {
  const banner = $('banner');
  const data = lastDataAt();
  const asOf = data ? `the data shown is as of ${clock(data)}` : 'no data has been read yet';
  let text = '';
  if (store.serverLostAt) text = `Lost the connection to the dashboard server at ${clock(store.serverLostAt)}; reconnecting. ${asOf}.`;
  else if (store.connection.zk !== 'connected') text = `The dashboard server lost ZooKeeper at ${clock(store.connection.since)} (${store.connection.zk}); ${asOf} and may be stale.`;
  banner.hidden = text === '';
  banner.className = `banner${store.serverLostAt ? ' lost' : ''}`;
  banner.dataset.kind = store.serverLostAt ? 'server' : store.connection.zk !== 'connected' ? 'zookeeper' : '';
  banner.textContent = text;
  $('live').textContent = text ? 'stale' : `live · ${clock(data)}`;
}

function renderTabs() {
  const tabs = [...store.apps.keys()].map((name) => el('button', { type: 'button', textContent: name, ariaPressed: String(name === store.selected), onclick: () => select(name) }));
  $('app-tabs').replaceChildren(...(tabs.length > 1 ? tabs : []));
}

function select(name) {
  store.selected = name;
  store.host = null;
  store.hostsChanged = true;
  schedule();
}

function render() {
  frame = 0;
  renderBanner();
  renderTabs();
  renderOverview($('overview'), store.apps, store.selected, select);
  const app = store.apps.get(store.selected);
  if (!app) return;
  renderRollout($('rollout'), app);
  renderAttention($('attention'), app);
  table.setHosts(app.hosts, store.hostsChanged);
  store.hostsChanged = false;
  const empty = app.loading ? 'Reading the fleet from ZooKeeper… (no data yet, not an empty fleet)' : `No host has registered or reported for ${app.app} (read at ${clock(app.readAt)}).`;
  const shown = table.render(empty);
  $('host-count').textContent = app.hosts ? `${shown} of ${app.hosts.size} hosts` : '';
  document.body.dataset.hosts = String(app.hosts?.size ?? -1);
  renderDetail($('host-detail'), app, store.host);
  renderHistory($('history'), app);
  renderGroups($('groups'), app);
  renderServices($('services'), app);
  $('actions-box').hidden = !store.actions;
  if (!firstTable && app.hosts && app.hosts.size > 0) {
    firstTable = true;
    performance.mark('zkd:first-table');
  }
  if (performance.getEntriesByName('zkd:filter-start').length > performance.getEntriesByName('zkd:filter-done').length) performance.mark('zkd:filter-done');
}

function schedule() {
  if (!frame) frame = requestAnimationFrame(render);
}

function connect() {
  source?.close();
  source = new EventSource(store.lastId === null ? '/api/events' : `/api/events?since=${store.lastId}`);
  const handle = (fn) => (event) => {
    store.lastMessageAt = Date.now();
    store.serverLostAt = null;
    if (event.lastEventId) store.lastId = event.lastEventId;
    if (fn) fn(JSON.parse(event.data));
    schedule();
  };
  source.addEventListener('snapshot', handle(onSnapshot));
  source.addEventListener('app', handle(onApp));
  source.addEventListener('connection', handle((c) => { store.connection = c; }));
  source.addEventListener('action', handle((a) => { $('action-result').textContent = rolledBack(a); }));
  source.addEventListener('heartbeat', handle(null));
  source.onopen = () => { store.lastMessageAt = Date.now(); };
  source.onerror = () => {
    if (!store.serverLostAt) store.serverLostAt = new Date().toISOString();
    schedule();
  };
}

// A server that stops sending without closing (a hung process, a dead network path) never fires onerror.
setInterval(() => {
  if (store.lastMessageAt && Date.now() - store.lastMessageAt > SILENCE_MS && !store.serverLostAt) {
    store.serverLostAt = new Date(store.lastMessageAt).toISOString();
    connect();
  }
  schedule();
}, 5_000);

/** One line for a rollback done: the same from this page's own request and from the action event every page gets (either may come last). */
function rolledBack(a) {
  return `${a.who} rolled ${a.app} back to version ${a.rolledBackTo} (now version ${a.version})`;
}

async function rollback() {
  const app = store.selected;
  const result = $('action-result');
  result.textContent = 'rolling back…';
  const response = await fetch('/api/rollback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${$('token').value}` },
    body: JSON.stringify({ app }),
  });
  const body = await response.json().catch(() => ({}));
  result.textContent = response.ok ? rolledBack(body) : `refused (${response.status}): ${body.error?.message ?? ''}`;
}

function start() {
  table = new HostTable($('hosts'), (host) => { store.host = host; schedule(); });
  const filter = () => {
    performance.mark('zkd:filter-start');
    table.setFilter($('filter').value, $('state-filter').value);
    schedule();
  };
  $('filter').addEventListener('input', filter);
  $('state-filter').addEventListener('change', filter);
  $('rollback').addEventListener('click', () => { rollback().catch((err) => { $('action-result').textContent = String(err); }); });
  connect();
  schedule();
}

start();
