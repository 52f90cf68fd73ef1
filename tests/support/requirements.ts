import { appendFileSync, existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import { portAnswers } from '../../server/src/platform/startup.js';

/**
 * Something a suite needs from the machine (a browser, a Redis server). A suite declared with
 * `describeWith` runs when it is there; when it is not, the suite is skipped and the skip is
 * written down with its reason and the command that installs what is missing, for the summary
 * that `pnpm test` prints; under CI=true it fails instead, so a green CI never hides a suite.
 */
export type Requirement = { name: string; available: boolean; missing: string; install: string };

/** Debian's Chromium, which .ci/run installs; CHROMIUM_PATH names another build of it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromium: Requirement = {
  name: 'Chromium',
  available: existsSync(CHROMIUM_PATH),
  missing: `no Chromium at ${CHROMIUM_PATH}${process.env.CHROMIUM_PATH ? ' (CHROMIUM_PATH)' : ''}`,
  install: 'sudo apt-get install -y chromium fonts-noto-cjk',
};

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const redis: Requirement = {
  name: 'Redis',
  available: await portAnswers(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname),
  missing: `no Redis answers at ${REDIS_URL} (TEST_REDIS_URL)`,
  install: 'sudo apt-get install -y redis-server && redis-server --daemonize yes --port 6379 --save ""',
};

export function describeWith(requirement: Requirement, title: string, body: () => void): void {
  if (requirement.available) {
    describe(title, body);
    return;
  }
  if (process.env.CI) {
    describe(title, () => {
      it(`needs ${requirement.name}`, () => {
        throw new Error(`${requirement.missing}; with CI=true a skipped suite fails. Install: ${requirement.install}`);
      });
    });
    return;
  }
  const record = process.env.HUB_TEST_SKIPS;
  if (record) appendFileSync(record, `${JSON.stringify({ suite: title, requirement: requirement.name, missing: requirement.missing, install: requirement.install })}\n`);
  describe.skip(title, body);
}
