import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { migrate, openOrm } from '../../server/src/db/orm.js';
import { ensureDatabase, ident, urlFor } from '../../server/src/db/roles.js';
import { seedReferenceData } from '../../server/src/db/seed/reference.js';
import { chromium } from './requirements.js';

const root = path.resolve(import.meta.dirname, '../..');

export type TestDatabase = { appUrl: string; ownerUrl: string; adminUrl: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** One database per worker (index = VITEST_POOL_ID - 1); see support/database.ts. */
    databases: TestDatabase[];
    /** The migrated, seeded database the workers' ones are copied from (for tests that make their own copy). */
    template: TestDatabase;
  }
}

/**
 * The suite's databases: on the server named by DATABASE_URL / DATABASE_OWNER_URL /
 * DATABASE_ADMIN_URL (as CI sets them up), or else on its own embedded PostgreSQL in a temporary
 * folder, so that `pnpm test` passes on a machine with nothing installed. The named database is
 * migrated and seeded with the reference data once, then copied (CREATE DATABASE … TEMPLATE) into
 * one fresh database per worker: files running side by side never see each other's changes to
 * shared records (zones, designations), and every run starts from the same state.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The browser tests drive the built client: build it now if its sources changed since the last build.
  if ((chromium.available || process.env.CI) && !process.env.WEB_DIST_DIR) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the web client did not build');
  }
  let database: TestDatabase;
  let cleanup = async () => undefined as void;
  const { DATABASE_URL, DATABASE_OWNER_URL, DATABASE_ADMIN_URL } = process.env;
  if (DATABASE_URL && DATABASE_OWNER_URL && DATABASE_ADMIN_URL) {
    database = { appUrl: DATABASE_URL, ownerUrl: DATABASE_OWNER_URL, adminUrl: DATABASE_ADMIN_URL };
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'hub-test-pg-'));
    // PostgreSQL runs as its own system user when the suite runs as root: let it reach the folder.
    await chmod(dir, 0o755);
    const embedded = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false });
    const layout = {
      database: 'hub_test',
      owner: { name: 'hub_owner', password: embedded.credentials.ownerPassword },
      app: { name: 'hub_app', password: embedded.credentials.appPassword },
    };
    await ensureDatabase(embedded.adminUrl, layout, { recreate: true });
    database = {
      appUrl: urlFor(embedded.adminUrl, layout.app, layout.database),
      ownerUrl: urlFor(embedded.adminUrl, layout.owner, layout.database),
      adminUrl: urlFor(embedded.adminUrl, { name: 'postgres', password: embedded.credentials.superuserPassword }, layout.database),
    };
    cleanup = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  await migrate(database.ownerUrl);
  const orm = await openOrm(database.appUrl);
  await seedReferenceData(orm.em.fork());
  await orm.close(true);
  const workers = Number(project.globalConfig.maxWorkers) || 1;
  const copies = await copiesPerWorker(database, workers);
  project.provide('databases', copies.databases);
  project.provide('template', database);
  return async () => {
    // The copies go with the run, also on a server of one's own (the template stays for the next run).
    await copies.drop();
    await cleanup();
  };
}

async function copiesPerWorker(template: TestDatabase, workers: number): Promise<{ databases: TestDatabase[]; drop(): Promise<void> }> {
  const name = new URL(template.appUrl).pathname.slice(1);
  const owner = decodeURIComponent(new URL(template.ownerUrl).username);
  const app = decodeURIComponent(new URL(template.appUrl).username);
  const names = Array.from({ length: workers }, (_, i) => `${name}_w${i + 1}`);
  const asAdmin = async (statements: (copy: string) => string[]) => {
    const admin = new pg.Client({ connectionString: template.adminUrl });
    await admin.connect();
    try {
      for (const copy of names) for (const sql of statements(copy)) await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  const drop = (copy: string) => `drop database if exists ${ident(copy)} with (force)`;
  await asAdmin((copy) => [drop(copy), `create database ${ident(copy)} template ${ident(name)} owner ${ident(owner)}`, `grant connect on database ${ident(copy)} to ${ident(app)}`]);
  const at = (url: string, copy: string) => Object.assign(new URL(url), { pathname: `/${copy}` }).toString();
  return {
    databases: names.map((copy) => ({ appUrl: at(template.appUrl, copy), ownerUrl: at(template.ownerUrl, copy), adminUrl: at(template.adminUrl, copy) })),
    drop: () => asAdmin((copy) => [drop(copy)]),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
