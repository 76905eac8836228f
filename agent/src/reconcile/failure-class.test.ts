import { describe, expect, it } from 'vitest';
import { ErrorCode, GitError, ValidationError, ZkDeployError } from '@zkdeploy/shared';
import { classifyFailure, statusError } from './failure-class.js';

describe('failure classification', () => {
  it('rejects bad or disallowed payloads, stalls on what needs a new config, retries the rest', () => {
    expect(classifyFailure(new ValidationError('bad'))).toBe('rejected');
    expect(classifyFailure(new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, 'unsigned'))).toBe('rejected');
    expect(classifyFailure(new ZkDeployError(ErrorCode.PATH_OUTSIDE_BASE, 'escape'))).toBe('rejected');
    expect(classifyFailure(new ZkDeployError(ErrorCode.COMMIT_NOT_FOUND, 'gone'))).toBe('stalling');
    expect(classifyFailure(new ZkDeployError(ErrorCode.CHECK_FAILED, 'check'))).toBe('stalling');
    expect(classifyFailure(new ZkDeployError(ErrorCode.EXEC_FAILED, 'exec'))).toBe('stalling');
    expect(classifyFailure(new GitError('git fetch failed', ['fetch'], 128, 'Could not read from remote repository'))).toBe('transient');
    expect(classifyFailure(new Error('EIO'))).toBe('transient');
  });

  it('writes code, message and hint into the status error', () => {
    expect(statusError(new ZkDeployError(ErrorCode.COMMIT_NOT_FOUND, 'gone', { hint: 'push it' }))).toEqual({
      code: 'ERR_COMMIT_NOT_FOUND',
      message: 'gone',
      hint: 'push it',
    });
    expect(statusError(new Error('boom'))).toEqual({ code: 'ERR_INTERNAL', message: 'boom' });
  });
});
