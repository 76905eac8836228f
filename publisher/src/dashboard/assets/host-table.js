// The host table, virtualised: only the rows in view exist in the DOM, so
// 10,000 hosts scroll and filter like 100. Text goes in with textContent only
// (znode data is untrusted).
import { el, age, shortCommit, labelsText } from './dashboard-view.js';

const ROW = 26;
const OVERSCAN = 10;
const COLUMNS = [
  ['host', 'host', (h) => h.host],
  ['state', 'state', (h) => h.state],
  ['commit', 'commit', (h) => h.commitId ?? ''],
  ['config', 'config', (h) => h.configVersion ?? -1],
  ['health', 'health', (h) => h.health ?? ''],
  ['labels', 'labels', (h) => labelsText(h.labels)],
  ['age', 'age', (h) => h.updatedAt ?? ''],
  ['error', 'error', (h) => (h.error ? `${h.error.code}: ${h.error.message}` : '')],
];

// A row object is replaced, never changed, when its host changes: its search text is computed once.
const SEARCH = new WeakMap();
function searchText(h) {
  let text = SEARCH.get(h);
  if (text === undefined) {
    text = `${h.host} ${h.state} ${h.commitId ?? ''} ${h.error ? `${h.error.code} ${h.error.message}` : ''} ${labelsText(h.labels)} ${h.health ?? ''}`.toLowerCase();
    SEARCH.set(h, text);
  }
  return text;
}

export class HostTable {
  constructor(root, onSelect) {
    this.onSelect = onSelect;
    this.sort = { key: 'host', dir: 1 };
    this.filter = '';
    this.state = '';
    this.hosts = null;
    this.rows = [];
    this.dirty = true;
    this.head = el('div', { className: 'grid-row grid-head', role: 'row' });
    for (const [key, title] of COLUMNS) {
      const button = el('button', { type: 'button', textContent: title, dataset: { key } });
      button.addEventListener('click', () => this.sortBy(key));
      this.head.append(el('span', { role: 'columnheader' }, [button]));
    }
    this.body = el('div', { className: 'host-body', role: 'rowgroup' });
    this.scroll = el('div', { className: 'host-scroll' }, [this.body]);
    this.scroll.addEventListener('scroll', () => this.paint());
    this.message = el('div', { className: 'empty' });
    this.table = el('div', { id: 'host-table', role: 'table', ariaRowCount: '0' }, [this.head, this.scroll]);
    root.replaceChildren(this.message, this.table);
  }

  sortBy(key) {
    this.sort = this.sort.key === key ? { key, dir: -this.sort.dir } : { key, dir: 1 };
    this.dirty = true;
    this.render();
  }

  setFilter(text, state) {
    this.filter = text.trim().toLowerCase();
    this.state = state;
    this.dirty = true;
  }

  /** hosts: Map of host → row, or null while the fleet is not read yet (never shown as an empty fleet). */
  setHosts(hosts, changed) {
    if (hosts !== this.hosts || changed) this.dirty = true;
    this.hosts = hosts;
  }

  matches(h) {
    if (this.state && h.state !== this.state) return false;
    if (!this.filter) return true;
    return searchText(h).includes(this.filter);
  }

  rebuild() {
    const column = COLUMNS.find(([key]) => key === this.sort.key) ?? COLUMNS[0];
    const value = column[2];
    const dir = this.sort.dir;
    this.rows = [...this.hosts.values()].filter((h) => this.matches(h));
    this.rows.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : a.host < b.host ? -1 : 1) * dir;
    });
    for (const button of this.head.querySelectorAll('button')) {
      const on = button.dataset.key === this.sort.key;
      if (on) {
        button.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
        button.dataset.arrow = dir > 0 ? '▲' : '▼';
      } else button.removeAttribute('aria-sort');
    }
    this.dirty = false;
  }

  /** Renders the table; returns the number of rows that match. */
  render(emptyText) {
    if (this.hosts === null) {
      this.message.textContent = emptyText;
      this.message.hidden = false;
      this.table.hidden = true;
      return 0;
    }
    if (this.dirty) this.rebuild();
    // An app with no host at all says so instead of showing an empty table; a filter that matches none keeps the head.
    this.table.hidden = this.hosts.size === 0;
    this.table.ariaRowCount = String(this.rows.length);
    this.message.hidden = this.rows.length > 0;
    this.message.textContent = this.hosts.size === 0 ? emptyText : 'No host matches the filter.';
    this.body.style.height = `${this.rows.length * ROW}px`;
    this.paint();
    return this.rows.length;
  }

  paint() {
    const first = Math.max(0, Math.floor(this.scroll.scrollTop / ROW) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((this.scroll.scrollTop + (this.scroll.clientHeight || 600)) / ROW) + OVERSCAN);
    const now = Date.now();
    const out = [];
    for (let i = first; i < last; i++) out.push(this.row(this.rows[i], i, now));
    this.body.replaceChildren(...out);
  }

  row(h, i, now) {
    const row = el('div', { className: 'grid-row host-row', role: 'row', dataset: { host: h.host, state: h.state } }, [
      el('span', { className: 'host', textContent: h.host }),
      el('span', { className: `state state-${h.state}`, textContent: h.verified === false ? `${h.state} (unverified)` : h.state }),
      el('span', { className: 'commit', textContent: shortCommit(h.commitId) }),
      el('span', { className: 'config', textContent: h.configVersion ?? '—' }),
      el('span', { className: 'health', textContent: h.health ?? '—' }),
      el('span', { className: 'labels', textContent: labelsText(h.labels) }),
      el('span', { className: 'age', textContent: age(h.updatedAt, now) }),
      el('span', { className: 'error', textContent: h.error ? `${h.error.code}: ${h.error.message}` : '' }),
    ]);
    row.style.top = `${i * ROW}px`;
    row.addEventListener('click', () => this.onSelect(h.host));
    return row;
  }
}
