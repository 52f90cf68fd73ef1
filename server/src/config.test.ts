import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPOSITORY_ROOT } from './config.js';

describe('loadConfig', () => {
  it('has working defaults: port 4000, embedded database, demo data in development', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database.url).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.session).toEqual({ idleMinutes: 30, absoluteHours: 12 });
  });

  it('names every bad variable and what it expects', () => {
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT="99999" is not valid: expected a TCP port between 0 and 65535');
      expect(message).toContain('DATABASE_URL="mysql://x" is not valid: expected a PostgreSQL connection URL');
      expect(message).toContain('LOG_LEVEL="loud" is not valid');
    }
  });

  it('never loads demo data in production, and refuses to be told to', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' })).toThrow(/demo accounts are never created in production/);
  });

  it('uses the application URL for migrations unless an owner URL is given', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://app@db/hub' }).database.ownerUrl).toBe('postgres://app@db/hub');
    expect(loadConfig({ DATABASE_URL: 'postgres://app@db/hub', DATABASE_OWNER_URL: 'postgres://owner@db/hub' }).database.ownerUrl).toBe('postgres://owner@db/hub');
  });
});

describe('paths in the settings', () => {
  it('reads relative paths against the repository root, whichever folder the app starts from', () => {
    const here = process.cwd();
    const fromRoot = loadConfig({});
    try {
      process.chdir(`${REPOSITORY_ROOT}/server`);
      const fromServer = loadConfig({});
      expect(fromServer.database.embeddedDir).toBe(fromRoot.database.embeddedDir);
      expect(fromServer.webDistDir).toBe(fromRoot.webDistDir);
    } finally {
      process.chdir(here);
    }
    expect(fromRoot.database.embeddedDir).toBe(`${REPOSITORY_ROOT}/server/.data/postgres`);
    expect(loadConfig({ EMBEDDED_DB_DIR: 'elsewhere/pg' }).database.embeddedDir).toBe(`${REPOSITORY_ROOT}/elsewhere/pg`);
    expect(loadConfig({ EMBEDDED_DB_DIR: '/var/lib/hub' }).database.embeddedDir).toBe('/var/lib/hub');
  });
});
