import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('loading the embedded database package', () => {
  it('leaves a failing exit code alone (a test run with failures must not end as a success)', () => {
    const embedded = path.join(import.meta.dirname, 'embedded.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify(embedded)}); process.exitCode = 3;`], {
      cwd: path.join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
