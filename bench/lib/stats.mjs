/** Small order statistics for benchmark samples (milliseconds unless said). */

/** The median of the numbers (mean of the two middle ones for an even count); null for none. */
export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The largest finite value; null for none. */
export function max(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return v.length ? Math.max(...v) : null;
}

/** The smallest finite value; null for none. */
export function min(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return v.length ? Math.min(...v) : null;
}

/** Sum of finite values. */
export function sum(values) {
  return values.filter((x) => Number.isFinite(x)).reduce((a, b) => a + b, 0);
}

/** Wall-clock epoch milliseconds with sub-millisecond resolution, comparable across processes on one machine. */
export function nowMs() {
  return performance.timeOrigin + performance.now();
}

/** Formats milliseconds for a table: `12.3 ms`, `1.23 s`; `—` for null. */
export function fmtMs(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** Formats a ratio `0.72×`; `—` for null. */
export function fmtRatio(r) {
  return r === null || r === undefined || !Number.isFinite(r) ? '—' : `${r.toFixed(2)}×`;
}

/** Formats bytes as MB (10^6) with one decimal. */
export function fmtMb(bytes) {
  return bytes === null || bytes === undefined ? '—' : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Ratio a/b, null when either is missing. */
export function ratio(a, b) {
  return a === null || b === null || !b ? null : a / b;
}
