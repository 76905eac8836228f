import { access, chmod, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { generateSigningKeyPair } from '@zkdeploy/shared/payload';

interface Flags {
  out: string;
  force?: boolean;
  json?: boolean;
}

async function writeNew(file: string, text: string, mode: number, force: boolean): Promise<void> {
  try {
    await writeFile(file, text, { mode, flag: force ? 'w' : 'wx' });
    await chmod(file, mode);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} already exists; nothing was written`, { hint: 'choose another --out or pass --force' });
    throw new UsageError(`${file} could not be written (${code ?? (err as Error).message})`);
  }
}

/** Runs `zkdeploy keygen`. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const json = Boolean(flags.json ?? this.parent?.opts<{ json?: boolean }>().json);
  const prefix = resolve(flags.out);
  const { privateKeyPem, publicKeyPem } = generateSigningKeyPair();
  if (!flags.force) {
    // Check both first, so a refusal writes neither.
    for (const f of [`${prefix}.key`, `${prefix}.pub`]) {
      if (await access(f).then(() => true, () => false)) throw new UsageError(`${f} already exists; nothing was written`, { hint: 'choose another --out or pass --force' });
    }
  }
  await writeNew(`${prefix}.key`, privateKeyPem, 0o600, Boolean(flags.force));
  await writeNew(`${prefix}.pub`, publicKeyPem, 0o644, Boolean(flags.force));
  if (json) process.stdout.write(`${JSON.stringify({ privateKey: `${prefix}.key`, publicKey: `${prefix}.pub` })}\n`);
  else process.stdout.write(`wrote ${prefix}.key (private, keep it secret) and ${prefix}.pub (give it to agents as --trust-key)\n`);
  process.exitCode = ExitCode.OK;
}
