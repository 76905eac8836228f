import { mkdir, mkdtemp, readdir, stat, symlink, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AcceptedPayloadFile, acceptedFileName } from './accepted-payload-file.js';

const APP = '/app/business';
const record = {
  app: APP,
  sequence: 42,
  digest: 'd'.repeat(64),
  commitId: 'c'.repeat(40),
  expiresAt: '2027-01-01T00:00:00.000Z',
  acceptedAt: '2026-12-01T00:00:00.000Z',
};

describe('AcceptedPayloadFile', () => {
  let base: string;
  let dir: string;
  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'zkdeploy-accepted-'));
    dir = join(base, '.zkdeploy');
    await mkdir(dir, { mode: 0o700 });
  });

  it('names one file per app, injectively', () => {
    expect(acceptedFileName('/app/business')).toBe('accepted.app+business.json');
    expect(acceptedFileName('/app/business')).not.toBe(acceptedFileName('/app.business'));
  });

  it('reads nothing at first, then what it wrote, from a 0600 file, leaving no temporary file', async () => {
    const file = new AcceptedPayloadFile(base, APP);
    expect(await file.read()).toBeNull();
    await file.write(record);
    await file.write({ ...record, sequence: 43 });
    expect(await new AcceptedPayloadFile(base, APP).read()).toEqual({ ...record, sequence: 43 });
    expect((await stat(file.path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['accepted.app+business.json']);
  });

  it('refuses to read through a symlink, and never writes through one', async () => {
    const outside = join(base, 'outside.json');
    await writeFile(outside, JSON.stringify(record));
    const file = new AcceptedPayloadFile(base, APP);
    await symlink(outside, file.path);
    await expect(file.read()).rejects.toMatchObject({ code: 'ERR_PAYLOAD_NOT_ALLOWED', message: expect.stringMatching(/is a symlink/) });
    await symlink(outside, `${file.path}.new`);
    await file.write({ ...record, sequence: 50 });
    expect(JSON.parse(await readFile(outside, 'utf8')).sequence).toBe(42); // the link's target is untouched
    expect((await new AcceptedPayloadFile(base, APP).read())?.sequence).toBe(50);
  });

  it('fails closed on a malformed record or one for another app', async () => {
    const file = new AcceptedPayloadFile(base, APP);
    await writeFile(file.path, '{not json');
    await expect(file.read()).rejects.toThrow(/is not valid JSON; refusing signed payloads/);
    await writeFile(file.path, JSON.stringify({ ...record, app: '/other' }));
    await expect(file.read()).rejects.toThrow(/is not a record for app \/app\/business/);
    await writeFile(file.path, JSON.stringify({ ...record, sequence: -3 }));
    await expect(file.read()).rejects.toThrow(/is not a record/);
  });
});
