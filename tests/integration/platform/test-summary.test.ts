import { describe, expect, it } from 'vitest';
import { summarise, type PackageRun } from '../../../scripts/test-summary.mjs';

/** The summary `pnpm test` ends with: every package's failures in one list, every skipped suite with its reason. */
const root = '/repo';
const passing = (label: string, tests = 3): PackageRun => ({
  label,
  code: 0,
  seconds: 1.5,
  report: { numTotalTests: tests, testResults: [{ name: `/repo/${label}/a.test.ts`, status: 'passed', assertionResults: Array.from({ length: tests }, (_, i) => ({ status: 'passed', fullName: `t${i}`, ancestorTitles: ['suite'] })) }] },
});

describe('the test run summary', () => {
  it('lists the failures of every package, also after an earlier package failed, and fails the run', () => {
    const e2e: PackageRun = {
      label: 'tests',
      code: 1,
      seconds: 100,
      report: {
        numTotalTests: 2,
        testResults: [
          { name: '/repo/tests/e2e/a.e2e.test.ts', status: 'failed', assertionResults: [{ status: 'failed', fullName: 'downloads keep their name', ancestorTitles: ['downloads'], failureMessages: ['\u001b[31mAssertionError\u001b[39m: expected download\n    at x'] }, { status: 'passed', fullName: 'other', ancestorTitles: ['downloads'] }] },
          { name: '/repo/tests/b.test.ts', status: 'failed', message: 'SyntaxError: bad import', assertionResults: [] },
        ],
      },
    };
    const web: PackageRun = { label: 'web', code: 1, seconds: 3, report: null };
    const { ok, failures, text } = summarise([passing('server'), e2e, web], [], { ci: false, root });
    expect(ok).toBe(false);
    expect(failures).toEqual([
      'tests: tests/e2e/a.e2e.test.ts › downloads keep their name\n      AssertionError: expected download',
      'tests: tests/b.test.ts failed to run\n      SyntaxError: bad import',
      'web: did not report (exit code 1); its output is above',
    ]);
    expect(text.trim().split('\n').at(-1)).toBe('FAILED: server 3, tests 2, web — tests; 3 failures, 0 skipped suites');
  });

  it('names each skipped suite with its reason and install command; with CI=true a skip fails the run', () => {
    const skippedRun: PackageRun = {
      label: 'tests',
      code: 0,
      seconds: 10,
      report: {
        numTotalTests: 3,
        testResults: [
          { name: '/repo/tests/e2e/x.e2e.test.ts', status: 'skipped', assertionResults: [{ status: 'skipped', fullName: 'a', ancestorTitles: ['browser suite'] }, { status: 'skipped', fullName: 'b', ancestorTitles: ['browser suite'] }] },
          { name: '/repo/tests/y.test.ts', status: 'passed', assertionResults: [{ status: 'todo', fullName: 'later', ancestorTitles: ['plain'] }] },
        ],
      },
    };
    const skips = [{ suite: 'browser suite', missing: 'no Chromium at /usr/bin/chromium', install: 'sudo apt-get install -y chromium' }];
    const local = summarise([passing('server'), skippedRun], skips, { ci: false, root });
    expect(local.ok).toBe(true);
    expect(local.skipped).toEqual([
      { where: 'tests: tests/e2e/x.e2e.test.ts › browser suite (2 tests)', why: 'no Chromium at /usr/bin/chromium. Install: sudo apt-get install -y chromium' },
      { where: 'tests: tests/y.test.ts › plain (1 test)', why: 'skipped in the code (.skip / .todo), with no requirement named' },
    ]);
    expect(local.text).toContain('Skipped suites (2):');
    const inCi = summarise([passing('server'), skippedRun], skips, { ci: true, root });
    expect(inCi.ok).toBe(false);
    expect(inCi.text).toContain('with CI=true a skip is a failure');
  });

  it('says so when nothing was skipped', () => {
    const { ok, text } = summarise([passing('server'), passing('web')], [], { ci: true, root });
    expect(ok).toBe(true);
    expect(text).toContain('Skipped suites: none');
    expect(text.trim().split('\n').at(-1)).toBe('PASSED: server 3, web 3 tests; 0 failures, 0 skipped suites');
  });
});
