/** Types of checkout-head.mjs (`@zkdeploy/bench/checkout-head`). */

/** What `readCheckoutHead` saw on disk. */
export interface CheckoutHead {
  /** The commit HEAD resolves to, or null (no checkout, unresolvable ref). */
  head: string | null;
  /** The index exists and no `index.lock` is held. */
  complete: boolean;
  /** The checkout's git dir (a `gitdir:` file followed), or null. */
  gitDir: string | null;
}

/** The git dir of a checkout (following a `gitdir:` file), or null when there is none. */
export function gitDirOf(dir: string): Promise<string | null>;

/** HEAD of the checkout at `dir`, read without spawning git, and whether its checkout is complete. */
export function readCheckoutHead(dir: string): Promise<CheckoutHead>;
