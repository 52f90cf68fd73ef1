import { inject } from 'vitest';
import type { TestDatabase } from './global-setup.js';

/** This worker's own database (global-setup.ts makes one per worker from a migrated, seeded template). */
export function testDatabase(): TestDatabase {
  const databases = inject('databases');
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  const database = databases[worker - 1];
  if (!database) throw new Error(`no test database for worker ${worker} of ${databases.length}`);
  return database;
}
