/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every machine, so a failing chaos schedule replays from its seed.
 */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

/** A fresh seed for a run that was given none. */
export function freshSeed() {
  return Math.floor(Math.random() * 2 ** 31);
}
