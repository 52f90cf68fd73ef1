import pg from 'pg';
import { inject } from 'vitest';
import { openOrm } from '../../server/src/db/orm.js';
import { ident } from '../../server/src/db/roles.js';
import type { TestDatabase } from './global-setup.js';

/** This worker's own database (global-setup.ts makes one per worker from a migrated, seeded template). */
export function testDatabase(): TestDatabase {
  const databases = inject('databases');
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  const database = databases[worker - 1];
  if (!database) throw new Error(`no test database for worker ${worker} of ${databases.length}`);
  return database;
}

/** The template every worker's database is copied from: migrated and seeded, never written to by a test. */
export function templateDatabase(): TestDatabase {
  return inject('template');
}

export type ScratchDatabase = {
  /** The scratch database as its owner (who runs migrations; hub-owned tables need app.hub_id set). */
  owner: pg.Client;
  /** As the superuser, which row-level security does not bind: for reading back. */
  admin: pg.Client;
  /** Applies the remaining migrations, returning the warnings they emitted. */
  migrate(): Promise<(Error & { code?: string })[]>;
  drop(): Promise<void>;
};

/**
 * A throw-away copy of the template, taken back to just after `lastKept`, for testing what a
 * later migration does to rows recorded before it.
 */
export async function scratchDatabaseAt(lastKept: string): Promise<ScratchDatabase> {
  const template = templateDatabase();
  const templateName = new URL(template.appUrl).pathname.slice(1);
  const name = `${templateName}_scratch_${process.pid}_${Date.now()}`;
  const at = (url: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
  const server = new pg.Client({ connectionString: testDatabase().adminUrl });
  await server.connect();
  await server.query(`create database ${ident(name)} template ${ident(templateName)} owner ${ident(decodeURIComponent(new URL(template.ownerUrl).username))}`);
  const orm = await openOrm(at(template.ownerUrl));
  await orm.migrator.down({ to: lastKept });
  const owner = new pg.Client({ connectionString: at(template.ownerUrl) });
  const admin = new pg.Client({ connectionString: at(testDatabase().adminUrl) });
  await owner.connect();
  await admin.connect();
  return {
    owner,
    admin,
    async migrate() {
      const warnings: (Error & { code?: string })[] = [];
      const onWarning = (w: Error) => warnings.push(w);
      process.on('warning', onWarning);
      try {
        await orm.migrator.up();
        // Warnings are emitted on the next tick.
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        process.off('warning', onWarning);
      }
      return warnings;
    },
    async drop() {
      await Promise.all([owner.end(), admin.end(), orm.close(true)]);
      await server.query(`drop database if exists ${ident(name)} with (force)`);
      await server.end();
    },
  };
}
