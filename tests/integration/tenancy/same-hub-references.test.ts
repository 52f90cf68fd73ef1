import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, raiseIssue, createCycle, type CycleWorld } from '../../support/cycle-world.js';
import { asSuperuser } from '../../support/database.js';

/**
 * The database itself refuses a record that references another hub's record (the same-hub
 * triggers of every hub-owned table): even the superuser, whom row-level security does not bind.
 */

let server: TestServer;
let a: CycleWorld;
let b: CycleWorld;
beforeAll(async () => {
  server = await startServer();
  a = await cycleWorld(server, { zone: '北見', municipalities: ['北見市'] });
  b = await cycleWorld(server, { zone: '日高', municipalities: ['浦河町'] });
}, 120_000);
afterAll(() => server.close());


const state = (promise: Promise<unknown>) => promise.then(() => 'written', (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`);

describe('references between hubs', () => {
  it('are refused by the database: an issue of hub A in a cycle of hub B, moved there, or merged into B’s issue', async () => {
    const cycleA = await createCycle(a, 2027);
    const cycleB = await createCycle(b, 2027);
    const issueA = await raiseIssue(a, a.secretariat, cycleA.id);
    const issueB = await raiseIssue(b, b.secretariat, cycleB.id);
    await asSuperuser(async (db) => {
      expect(await state(db.query('update issue set cycle_id = $1 where id = $2', [cycleB.id, issueA]))).toMatch(/^23503: cycle is not a record of this hub/);
      const columns = await db.query<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'issue' and column_name like 'merged%'`);
      const merged = columns.rows[0]?.column_name;
      if (merged) expect(await state(db.query(`update issue set ${merged} = $1 where id = $2`, [issueB, issueA]))).toMatch(/^23503: /);
      // The same reference within the hub is fine.
      expect(await state(db.query('update issue set cycle_id = $1 where id = $2', [cycleA.id, issueA]))).toBe('written');
    });
  });

  it('are refused whatever the table: every hub-owned table with a reference to another hub-owned table has its check', async () => {
    const missing = await asSuperuser(async (db) => {
      const { rows } = await db.query<{ table_name: string }>(
        `select distinct tc.table_name from information_schema.table_constraints tc
           join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
           join information_schema.columns own on own.table_name = tc.table_name and own.column_name = 'hub_id'
           join information_schema.columns other on other.table_name = ccu.table_name and other.column_name = 'hub_id'
         where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name <> 'hub' and tc.table_schema = 'public'
           and not exists (select 1 from information_schema.triggers t where t.event_object_table = tc.table_name and t.trigger_name = tc.table_name || '_same_hub')
         order by 1`,
      );
      return rows.map((r) => r.table_name);
    });
    expect(missing).toEqual([]);
  });
});
