/**
 * The targets of the apps one agent serves, and the release stores behind
 * them. Targets of different apps never overlap — neither equal nor nested
 * either way — since a deploy of one would then write into (or replace) the
 * active release of the other, which turns drifted and stops deploying. A
 * payload whose target would overlap another app's is rejected naming that
 * app, before anything on disk is touched; the app that claimed first keeps
 * its target.
 *
 * Claims are kept in `<base-dir>/.zkdeploy/targets.json`, so that after a
 * restart the app that held a target still holds it, whichever app's config
 * is read first. One registry is shared by every app of an agent process.
 */
import { join, posix, relative } from 'node:path';
import { ErrorCode, ZkDeployError } from '@zkdeploy/shared';
import { ReleaseStore, type ReleaseStoreOps } from './release-store.js';
import { mkdir, readFile, realpath, rename, writeFile } from './sync-fs.js';
import { AGENT_DIR_NAME, resolveTarget } from './target-path.js';

/** What the reconciler opens its app's store through. */
export interface ReleaseStoreOpener {
  /** Claims `relativePath` for `app` and returns the release store behind it; throws a rejected error when it overlaps another app's target. */
  open(app: string, relativePath: string, objectFormat: 'sha1' | 'sha256'): Promise<ReleaseStoreOps>;
}

/** One app's target: the published path and where it really is, both relative to the base dir. */
interface Claim {
  path: string;
  real: string;
}

const CLAIMS_FILE = 'targets.json';

export class TargetRegistry implements ReleaseStoreOpener {
  private claims: Map<string, Claim> | null = null;
  /** Opens run one at a time: a check and the claim it allows may not interleave with another app's. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `apps`: the apps this agent serves; claims of others (no longer served) are dropped. */
  constructor(
    private readonly baseDir: string,
    private readonly apps: readonly string[],
    private readonly keepReleases: number,
  ) {}

  open(app: string, relativePath: string, objectFormat: 'sha1' | 'sha256'): Promise<ReleaseStoreOps> {
    const opened = this.queue.then(() => this.claim(app, relativePath, objectFormat));
    this.queue = opened.catch(() => undefined);
    return opened;
  }

  private async claim(app: string, relativePath: string, objectFormat: 'sha1' | 'sha256'): Promise<ReleaseStoreOps> {
    const claims = await this.load();
    const path = posix.normalize(relativePath);
    this.refuseOverlap(app, path, relativePath, claims);
    const base = await realpath(this.baseDir);
    const target = await resolveTarget(base, relativePath);
    const real = relative(base, target).split(/[\\/]/).join('/');
    // Seen only now when a symlinked parent makes two different paths one directory.
    if (real !== path) this.refuseOverlap(app, real, relativePath, claims);
    const current = claims.get(app);
    if (current?.path !== path || current.real !== real) {
      claims.set(app, { path, real });
      await this.save(claims);
    }
    return new ReleaseStore(base, target, objectFormat, this.keepReleases);
  }

  private refuseOverlap(app: string, path: string, relativePath: string, claims: Map<string, Claim>): void {
    for (const [other, claim] of claims) {
      if (other === app) continue;
      const hit = [claim.path, claim.real].find((p) => overlaps(p, path));
      if (hit === undefined) continue;
      const how = hit === path ? 'is the target' : isWithin(path, hit) ? 'is inside the target' : 'contains the target';
      throw new ZkDeployError(ErrorCode.TARGET_OVERLAP, `relativePath "${relativePath}" ${how} "${claim.path}" of app ${other} on this agent`, {
        hint: `publish a path that neither contains nor lies inside ${other}'s target; apps of one agent need targets apart`,
        failure: 'rejected',
      });
    }
  }

  private async load(): Promise<Map<string, Claim>> {
    if (this.claims) return this.claims;
    const claims = new Map<string, Claim>();
    const text = await readFile(this.file(), 'utf8').catch(() => '{}');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = {};
    }
    for (const [app, claim] of Object.entries(typeof value === 'object' && value !== null ? value : {})) {
      const { path, real } = (claim ?? {}) as Partial<Claim>;
      if (this.apps.includes(app) && typeof path === 'string' && typeof real === 'string') claims.set(app, { path, real });
    }
    this.claims = claims;
    return claims;
  }

  /** Written to a temporary file and renamed over the last, so a crash leaves one or the other. */
  private async save(claims: Map<string, Claim>): Promise<void> {
    const file = this.file();
    await mkdir(join(this.baseDir, AGENT_DIR_NAME), { recursive: true });
    await writeFile(`${file}.tmp`, `${JSON.stringify(Object.fromEntries(claims))}\n`);
    await rename(`${file}.tmp`, file);
  }

  private file(): string {
    return join(this.baseDir, AGENT_DIR_NAME, CLAIMS_FILE);
  }
}

/** True when `inner` is `outer` or lies below it (POSIX relative paths, normalised). */
function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(`${outer}/`);
}

/** Equal, or nested either way. */
export function overlaps(a: string, b: string): boolean {
  return isWithin(a, b) || isWithin(b, a);
}
