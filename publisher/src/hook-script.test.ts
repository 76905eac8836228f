import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HOOK_MARKER, hookScript, shellQuote } from './hook-script.js';

describe('hook script', () => {
  it('quotes values so sh passes them through unchanged', () => {
    for (const value of ["it's", 'a b', '$(touch /tmp/x)', '`x`', '"q"', 'back\\slash']) {
      expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`]).toString()).toBe(value);
    }
  });

  it('passes the password in the environment, not on the command line, and carries the marker', () => {
    const script = hookScript({ node: '/usr/bin/node', bin: '/opt/z/bin/zkdeploy.js', zk: 'h:1', app: '/a', auth: "p:s'cret", url: 'file:///r', path: 'p', branch: 'main', wait: true, timeoutSeconds: 60 });
    expect(script).toContain(HOOK_MARKER);
    expect(script).toContain(`ZKDEPLOY_AUTH='p:s'\\''cret'`);
    expect(script.split('\n').find((l) => l.startsWith('exec'))).not.toContain('cret');
    expect(script).toContain("'--wait' '--timeout' '60'");
  });
});
