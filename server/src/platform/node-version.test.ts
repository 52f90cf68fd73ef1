import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNodeVersion } from './node-version.js';

const engines = (file: string) => (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;

describe('the Node.js version check at start', () => {
  it('refuses an older Node in one line naming the version needed and how to get it', () => {
    const check = checkNodeVersion('20.20.2', '>=22.17');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toMatch(/needs Node\.js 22\.17 or newer; this is Node\.js 20\.20\.2/);
    expect(check.message).toMatch(/nodejs\.org/);
    expect(check.message).not.toContain('\n');
  });

  it('compares minor and patch numbers, not only majors', () => {
    expect(checkNodeVersion('v22.16.9', '>=22.17').ok).toBe(false);
    expect(checkNodeVersion('22.17.0', '>=22.17').ok).toBe(true);
    expect(checkNodeVersion('24.21.0', '>=22.17').ok).toBe(true);
    expect(checkNodeVersion('22.17.0', '>=22.17.1').ok).toBe(false);
  });

  it('reads only the form package.json uses', () => {
    expect(() => checkNodeVersion('24.0.0', '^22')).toThrow(/engines\.node/);
  });

  it('uses the same requirement as pnpm enforces at install (the root and the server agree)', () => {
    expect(engines('../../package.json')).toBe(engines('../../../package.json'));
    expect(readFileSync(new URL('../../../.npmrc', import.meta.url), 'utf8')).toMatch(/^engine-strict=true$/m);
  });
});
