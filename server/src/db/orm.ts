import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { AuditSubscriber } from '../modules/audit/audit.subscriber.js';
import { entities } from './entities.js';
import { releaseDeadConnections } from './pool-guard.js';

export const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    // Batch reference and collection loads made by field resolvers into one query each.
    dataloader: DataloaderType.ALL,
    pool: { min: 0, max: 10 },
    driverOptions: {
      // Waiting for a connection ends (as an error) instead of lasting as long as the pool is full.
      connectionTimeoutMillis: 5_000,
      onPoolCreated: (pool: pg.Pool) => releaseDeadConnections(pool),
    },
    migrations: {
      path: migrationsDir,
      glob: '!(*.d).{js,ts}',
      // Diff against the migrated database itself, not a snapshot file, so the
      // migration check compares entities with what the migrations really built.
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    ...overrides,
  };
}

export function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}

/** Applies every pending migration as the owner role. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const orm = await openOrm(ownerUrl);
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
