import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { payloadSchema } from './payload-schema.js';
import { validate } from './payload-validator.generated.js';
import { PAYLOAD_AJV_OPTIONS, payloadValidatorSource } from './payload-validator-source.js';

describe('the precompiled payload validator', () => {
  it('is what the schema compiles to today (run `pnpm --filter @zkdeploy/shared generate:validator` after changing the schema)', () => {
    const committed = readFileSync(new URL('./payload-validator.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(payloadValidatorSource());
  });

  it('accepts and rejects what ajv compiling the schema at run time does, with the same errors', () => {
    const compiled = new Ajv(PAYLOAD_AJV_OPTIONS).compile(payloadSchema);
    const sha = 'a'.repeat(40);
    const samples: unknown[] = [
      { url: 'https://example.com/r.git', commitId: sha, relativePath: 'srv/app' },
      { url: 'file:///srv/git/r.git', commitId: 'b'.repeat(64), relativePath: 'a', extra: 1 },
      { url: '-oProxyCommand=x', commitId: sha, relativePath: 'srv/app' },
      { url: 'ext::sh -c x', commitId: 'ABC', relativePath: '../x' },
      { url: 'https://example.com/r.git', commitId: sha, relativePath: 'x'.repeat(256) },
      { url: 'https://example.com/r.git', commitId: sha, relativePath: '😀'.repeat(200) },
      { commitId: sha, message: 7 },
    ];
    for (const sample of samples) {
      expect(validate(sample)).toBe(compiled(sample));
      expect(validate.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });
});
