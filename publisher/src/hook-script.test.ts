import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HOOK_MARKER, hookScript, shellQuote } from './hook-script.js';

describe('hook script', () => {
  it('quotes values so sh passes them through unchanged', () => {
    for (const value of ["it's", 'a b', '$(touch /tmp/x)', '`x`', '"q"', 'back\\slash']) {
      expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`]).toString()).toBe(value);
    }
  });

  it('names the credentials file, never the password, and carries the marker', () => {
    const script = hookScript({ node: '/usr/bin/node', bin: '/opt/z/bin/zkdeploy.js', zk: 'h:1', app: '/a', authFile: "/srv/git/r.git/it's-auth", url: 'file:///r', path: 'p', branch: 'main', wait: true, timeoutSeconds: 60 });
    expect(script).toContain(HOOK_MARKER);
    expect(script).toContain(`ZKDEPLOY_AUTH_FILE='/srv/git/r.git/it'\\''s-auth'\nexport ZKDEPLOY_AUTH_FILE`);
    expect(script).toContain('unset ZKDEPLOY_AUTH\n');
    expect(script).not.toMatch(/ZKDEPLOY_AUTH=/);
    expect(script).toContain("'--wait' '--timeout' '60'");
  });

  it('clears both variables when the hook has no identity', () => {
    const script = hookScript({ node: '/usr/bin/node', bin: '/z.js', zk: 'h:1', app: '/a', url: 'file:///r', path: 'p', branch: 'main', wait: false });
    expect(script).toContain('unset ZKDEPLOY_AUTH ZKDEPLOY_AUTH_FILE\n');
  });
});
