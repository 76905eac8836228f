/**
 * Real git repositories for tests: a bare repository (what agents clone,
 * by file:// URL) and a work tree that commits and pushes to it.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'zkdeploy test',
  GIT_AUTHOR_EMAIL: 'test@zkdeploy.invalid',
  GIT_COMMITTER_NAME: 'zkdeploy test',
  GIT_COMMITTER_EMAIL: 'test@zkdeploy.invalid',
};

/** Runs git for a fixture (not for code under test) and returns trimmed stdout. */
export async function git(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    env: { ...cleanEnv, ...GIT_IDENTITY, GIT_CONFIG_NOSYSTEM: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.trim();
}

export interface GitRepoOptions {
  /** Files of the first commit. */
  files?: Record<string, string>;
  objectFormat?: 'sha1' | 'sha256';
}

/** A bare repository plus a work tree that pushes to it. */
export class GitRepo {
  private constructor(
    readonly root: string,
    readonly bare: string,
    readonly work: string,
  ) {}

  /** `file://` URL of the bare repository. */
  get url(): string {
    return `file://${this.bare}`;
  }

  static async create(options: GitRepoOptions = {}): Promise<GitRepo> {
    const root = await mkdtemp(join(tmpdir(), 'zkdeploy-git-'));
    const bare = join(root, 'origin.git');
    const work = join(root, 'work');
    const format = options.objectFormat ?? 'sha1';
    await git(root, ['init', '--bare', '-q', `--object-format=${format}`, '-b', 'main', bare]);
    await git(root, ['init', '-q', `--object-format=${format}`, '-b', 'main', work]);
    await git(work, ['remote', 'add', 'origin', bare]);
    const repo = new GitRepo(root, bare, work);
    await repo.commit(options.files ?? { 'README.md': '# fixture\n' }, 'initial commit');
    return repo;
  }

  /** Writes files (null deletes), commits, pushes to `branch`; returns the new commit id. */
  async commit(files: Record<string, string | null>, message = 'change', branch = 'main'): Promise<string> {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.work, path);
      if (content === null) {
        await rm(full, { force: true });
      } else {
        await mkdir(dirname(full), { recursive: true });
        await writeFile(full, content);
      }
    }
    await git(this.work, ['add', '-A']);
    await git(this.work, ['commit', '-q', '--allow-empty', '-m', message]);
    await git(this.work, ['push', '-q', 'origin', `HEAD:refs/heads/${branch}`]);
    return this.head();
  }

  /** The work tree's HEAD commit id. */
  head(): Promise<string> {
    return git(this.work, ['rev-parse', 'HEAD']);
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

/** HEAD of any checkout, or null when it is not one. */
export async function headOf(dir: string): Promise<string | null> {
  try {
    return await git(dir, ['rev-parse', 'HEAD']);
  } catch {
    return null;
  }
}
