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
  /** The first row a statement returns, as the owner. */
  one(sql: string, params?: unknown[]): Promise<{ id: string } & Record<string, unknown>>;
  /**
   * A hub named `name` (of the first zone), and a transaction begun as the owner in its scope, for
   * writing the hub's rows as they were before the migration under test; `commit` ends it.
   */
  inNewHub(name: string): Promise<{ hubId: string; commit(): Promise<void> }>;
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
  const one = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows[0] as { id: string } & Record<string, unknown>;
  return {
    owner,
    admin,
    one,
    async inNewHub(hubName) {
      // Columns as the hub table had them before the migrations of this round.
      const hub = await one(
        `insert into hub (id, created_at, updated_at, name, zone_id, tier, implementing_body, implementing_body_kind, active_role_institutions)
         select gen_random_uuid(), now(), now(), $1, id, 'SINGLE', '移行確認医師会', 'MEDICAL_ASSOCIATION', '{}' from home_care_zone order by name limit 1 returning id`,
        [hubName],
      );
      await owner.query('begin');
      await owner.query(`select set_config('app.hub_id', $1, true)`, [hub.id]);
      return { hubId: hub.id, commit: async () => void (await owner.query('commit')) };
    },
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

/** Runs `work` on a connection to this worker's database as the superuser (row-level security does not bind it), then closes it. */
export async function asSuperuser<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabase().adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
