import { chmod, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { ExitCode, UsageError, generateSigningKeyPair } from '@zkdeploy/shared';

interface Flags {
  out: string;
  force?: boolean;
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

/** `zkdeploy keygen`: an ed25519 key pair for signed payloads. */
export function keygenCommand(): Command {
  return new Command('keygen')
    .description('make an ed25519 key pair: <prefix>.key (private, mode 0600) for publish --sign-key, <prefix>.pub for agent --trust-key')
    .option('--out <prefix>', 'path prefix of the two files', 'zkdeploy-signing')
    .option('--force', 'overwrite existing files')
    .option('--json', 'machine-readable output on stdout')
    .addHelpText('after', '\nExample:\n  zkdeploy keygen --out /etc/zkdeploy/deploy\n  zkdeploy publish ... --sign-key /etc/zkdeploy/deploy.key\n  zkdeploy-agent ... --trust-key /etc/zkdeploy/deploy.pub\n')
    .action(async function (this: Command, flags: Flags & { json?: boolean }) {
      const json = Boolean(flags.json ?? this.parent?.opts<{ json?: boolean }>().json);
      const prefix = resolve(flags.out);
      const { privateKeyPem, publicKeyPem } = generateSigningKeyPair();
      if (!flags.force) {
        // Check both first, so a refusal writes neither.
        const { access } = await import('node:fs/promises');
        for (const f of [`${prefix}.key`, `${prefix}.pub`]) {
          if (await access(f).then(() => true, () => false)) throw new UsageError(`${f} already exists; nothing was written`, { hint: 'choose another --out or pass --force' });
        }
      }
      await writeNew(`${prefix}.key`, privateKeyPem, 0o600, Boolean(flags.force));
      await writeNew(`${prefix}.pub`, publicKeyPem, 0o644, Boolean(flags.force));
      if (json) process.stdout.write(`${JSON.stringify({ privateKey: `${prefix}.key`, publicKey: `${prefix}.pub` })}\n`);
      else process.stdout.write(`wrote ${prefix}.key (private, keep it secret) and ${prefix}.pub (give it to agents as --trust-key)\n`);
      process.exitCode = ExitCode.OK;
    });
}
