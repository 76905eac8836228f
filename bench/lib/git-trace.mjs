/**
 * Parses git's trace2 event stream (one JSON object a line, from every git
 * process that saw `trace2.eventTarget` in its global config) into the
 * top-level git commands an agent ran: name, argv, start and end (epoch ms).
 */
import { readFile, truncate } from 'node:fs/promises';

/** `2026-11-22T18:05:28.017199Z` → epoch ms with microseconds. */
export function parseTime(s) {
  return Date.parse(`${s.slice(0, 19)}Z`) + Number(s.slice(20, 26).padEnd(6, '0')) / 1000;
}

/** Drops the leading `-c key=value` pairs and returns the command words. */
export function commandWords(argv) {
  const words = argv.slice(1);
  while (words[0] === '-c') words.splice(0, 2);
  return words;
}

/** Top-level git commands (not ones git itself spawned) recorded in `file`, oldest first. */
export async function readGitCommands(file) {
  const text = await readFile(file, 'utf8').catch(() => '');
  const bySid = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    let e;
    try {
      e = JSON.parse(line);
    } catch {
      continue;
    }
    if (e.event === 'start') {
      const words = commandWords(e.argv ?? []);
      bySid.set(e.sid, { sid: e.sid, top: !e.sid.includes('/'), name: words[0] ?? '?', args: words, start: parseTime(e.time), end: null, code: null });
    } else if (e.event === 'exit' || e.event === 'atexit') {
      const c = bySid.get(e.sid);
      if (c && c.end === null) {
        c.end = parseTime(e.time);
        c.code = e.code;
      }
    }
  }
  return [...bySid.values()].filter((c) => c.top && c.end !== null).sort((a, b) => a.start - b.start);
}

/** Empties the trace file between rounds. */
export async function clearTrace(file) {
  await truncate(file, 0).catch(() => undefined);
}
