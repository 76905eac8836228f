/**
 * A file that will hold a secret: created mode 0600 before the secret exists
 * (so a refusal — it exists, it is a symlink, the directory is not ours —
 * comes before anything else is changed), written once, or removed again.
 */
import { constants } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { UsageError } from '@zkdeploy/shared/errors';

export interface SecretFile {
  write(text: string): Promise<void>;
  /** Removes a file this call created (a replaced file is left as it was). */
  abandon(): Promise<void>;
}

/** Opens `path` for a secret: a new file, or with `force` an existing regular file (never through a symlink). */
export async function openSecretFile(path: string, force: boolean): Promise<SecretFile> {
  let handle: FileHandle;
  let created = true;
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW;
  try {
    handle = await open(path, flags | constants.O_EXCL, 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') throw new UsageError(`${path} could not be created (${code ?? (err as Error).message}); nothing was written`);
    if (!force) throw new UsageError(`${path} already exists; nothing was written`, { hint: 'choose another --secret-file, or pass --force to replace it (the old password stops working)' });
    try {
      handle = await open(path, flags, 0o600);
    } catch (again) {
      const why = (again as NodeJS.ErrnoException).code === 'ELOOP' ? 'is a symlink' : `cannot be opened (${(again as NodeJS.ErrnoException).code})`;
      throw new UsageError(`${path} ${why}; nothing was written`);
    }
    created = false;
  }
  return {
    async write(text: string): Promise<void> {
      try {
        await handle.chmod(0o600);
        await handle.truncate(0);
        await handle.write(text, 0);
      } finally {
        await handle.close();
      }
    },
    async abandon(): Promise<void> {
      await handle.close().catch(() => undefined);
      if (created) await unlink(path).catch(() => undefined);
    },
  };
}
