/**
 * Setup file of the e2e and faults projects: when a test fails, or a file's
 * hooks do, the output of every agent process the file started is saved and
 * its last lines printed (test-support failure-logs.ts), so that a failure
 * seen only in CI can be diagnosed from its output.
 */
import { afterAll, beforeEach } from 'vitest';
import { saveAgentLogs } from '@zkdeploy/test-support';

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => saveAgentLogs(`${task.file.name} ${task.name}`).then(() => undefined));
});

// A failed beforeAll or afterAll hook fails its suite (an error of the suite's own) without failing a test. (vitest wants the unused context destructured.)
afterAll(async ({}, file) => {
  const failedSuites = [file, ...file.tasks].filter((t) => t.type === 'suite' && (t.result?.errors?.length ?? 0) > 0);
  if (failedSuites.length > 0) await saveAgentLogs(`${file.name} ${failedSuites.map((t) => t.name).join(', ')}`);
});
