/**
 * Resolves a payload's relativePath inside the agent's base dir, and proves
 * that the real path (symlinked parents included) stays inside it.
 */
import { lstat, mkdir, readlink, realpath } from './sync-fs.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ErrorCode, ZkDeployError } from '@zkdeploy/shared';

/** The agent's own directory inside the base dir; payload paths may not use it. */
export const AGENT_DIR_NAME = '.zkdeploy';

function inside(base: string, candidate: string): boolean {
  const rel = relative(base, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function outside(relativePath: string, why: string): ZkDeployError {
  return new ZkDeployError(ErrorCode.PATH_OUTSIDE_BASE, `relativePath "${relativePath}" ${why}`, {
    hint: 'publish a path inside the agent base dir',
    failure: 'rejected',
  });
}

/** Resolves and checks the target; creates its missing parent directories (inside the base only). */
export async function resolveTarget(baseDir: string, relativePath: string): Promise<string> {
  const base = await realpath(baseDir);
  if (relativePath.split('/')[0] === AGENT_DIR_NAME) throw outside(relativePath, `uses the agent's reserved directory ${AGENT_DIR_NAME}`);
  const target = resolve(base, relativePath);
  if (!inside(base, target)) throw outside(relativePath, 'resolves outside the base dir');
  const parent = await realParent(base, dirname(target), relativePath);
  const real = join(parent, target.slice(dirname(target).length + 1));
  const stat = await lstat(real).catch(() => null);
  if (stat?.isSymbolicLink()) {
    const linked = await realpath(real).catch(() => null);
    // A dangling link is only ever replaced (renamed over), never written through; a live one must stay inside.
    if (linked === null ? !inside(base, resolve(dirname(real), await readlink(real))) : !inside(base, linked)) {
      throw outside(relativePath, 'is a symlink that points outside the base dir');
    }
  }
  return real;
}

/** Walks the parent chain, refusing any existing component whose real path leaves the base. */
async function realParent(base: string, parent: string, relativePath: string): Promise<string> {
  if (parent === base) return base;
  const existing = await realpath(parent).catch(() => null);
  if (existing !== null) {
    if (existing !== base && !inside(base, existing)) throw outside(relativePath, 'has a parent directory that resolves outside the base dir');
    // A parent that is a release's symlink would put the target inside that release (or the agent's store).
    const agentDir = join(base, AGENT_DIR_NAME);
    if (existing === agentDir || inside(agentDir, existing)) throw outside(relativePath, `has a parent directory that resolves into the agent's directory ${AGENT_DIR_NAME} (an active release)`);
    return existing;
  }
  const grand = await realParent(base, dirname(parent), relativePath);
  const made = join(grand, parent.slice(dirname(parent).length + 1));
  await mkdir(made);
  return made;
}
