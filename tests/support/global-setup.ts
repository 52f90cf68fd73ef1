import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { migrate, openOrm } from '../../server/src/db/orm.js';
import { ensureDatabase, urlFor } from '../../server/src/db/roles.js';
import { seedReferenceData } from '../../server/src/db/seed/reference.js';

export type TestDatabase = { appUrl: string; ownerUrl: string; adminUrl: string };

declare module 'vitest' {
  export interface ProvidedContext {
    database: TestDatabase;
  }
}

/**
 * The suite's database: the server named by DATABASE_URL / DATABASE_OWNER_URL / DATABASE_ADMIN_URL
 * (as CI sets them up), or else its own embedded PostgreSQL in a temporary folder, so that
 * `pnpm test` passes on a machine with nothing installed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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
  project.provide('database', database);
  return cleanup;
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
