import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors.js';
import { tolerateUnknownServerCodes } from './unknown-error-codes.js';
import { toZkError } from './zk-errors.js';

const require = createRequire(import.meta.url);
const exception = require(require.resolve('node-zookeeper-client').replace(/index\.js$/, 'lib/Exception.js')) as {
  create: (code: number) => Error & { getCode(): number; getName(): string };
};

describe('tolerateUnknownServerCodes', () => {
  it('the library throws on a code it does not know; after the patch it makes an Exception with that code', () => {
    expect(() => exception.create(-125)).toThrow('Unknown code: -125');
    expect(tolerateUnknownServerCodes()).toBe(true);
    const err = exception.create(-125);
    expect(err.getCode()).toBe(-125);
    expect(err.getName()).toBe('QUOTA_EXCEEDED');
    expect(exception.create(-999).getName()).toBe('UNKNOWN');
    // Known codes are untouched.
    expect(exception.create(-101).getName()).toBe('NO_NODE');
  });

  it('maps an unknown code to ERR_ZK_SERVER_ERROR naming the code', () => {
    tolerateUnknownServerCodes();
    const mapped = toZkError(exception.create(-127), 'create', '/a');
    expect(mapped).toMatchObject({ code: ErrorCode.ZK_SERVER_ERROR, serverCode: -127, path: '/a' });
    expect(mapped.message).toBe('create /a: ZooKeeper answered error -127 (THROTTLED_OP)');
  });
});
