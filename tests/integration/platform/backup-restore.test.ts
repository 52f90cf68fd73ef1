import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../../server/src/modules/audit/audit-chain.js';
import { startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { ensureBudget, pastMeeting } from '../../support/mutation-catalogue.js';
import { testDatabase } from '../../support/database.js';

/**
 * Backup and restore as the README documents them: `pg_dump --format=custom` of the database as
 * a role that row-level security does not bind, `pg_restore` into a new, empty database. The
 * restored database must hold every row of every table, keep its row-level security and its
 * grants, serve the application role, and its audit chains must verify.
 */

const run = promisify(execFile);
const at = (url: string, database: string) => Object.assign(new URL(url), { pathname: `/${database}` }).toString();

async function tables(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
    const out: Record<string, string> = {};
    for (const { name } of rows) {
      const { rows: digest } = await client.query<{ n: number; d: string | null }>(`select count(*)::int as n, md5(string_agg(t::text, ',' order by t::text)) as d from "${name}" t`);
      out[name] = `${digest[0]!.n}:${digest[0]!.d ?? ''}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

let server: TestServer;
let world: CycleWorld;
let dir: string;
const restored = `restored_${process.pid}_${Date.now()}`;

beforeAll(async () => {
  server = await startServer();
  world = await cycleWorld(server, { zone: '室蘭', municipalities: ['室蘭市', '登別市'] });
  // Records of most kinds: a cycle in implementation, a meeting with invitees, a budget.
  await world.cycleIn('IMPLEMENTATION');
  await pastMeeting(world, { attended: true, held: true });
  await ensureBudget(world);
  await server.close();
  dir = await mkdtemp(path.join(tmpdir(), 'hub-backup-'));
}, 120_000);

afterAll(async () => {
  const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${restored}" with (force)`);
  await admin.end();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores a dump into an empty database with every record, its row-level security and a verifying audit trail', async () => {
    const { adminUrl, appUrl, ownerUrl } = testDatabase();
    const dump = path.join(dir, 'hub.dump');
    await run('pg_dump', ['--format=custom', `--file=${dump}`, adminUrl]);

    const owner = decodeURIComponent(new URL(ownerUrl).username);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${restored}" owner "${owner}" template template0 encoding 'UTF8'`);
    await admin.end();
    await run('pg_restore', ['--exit-on-error', `--dbname=${at(adminUrl, restored)}`, dump]);

    const [before, after] = await Promise.all([tables(adminUrl), tables(at(adminUrl, restored))]);
    expect(Object.keys(after).length).toBeGreaterThan(30);
    expect(after).toEqual(before);

    // Row-level security came back enabled and forced, and the application role reads one hub's rows only.
    const check = new pg.Client({ connectionString: at(adminUrl, restored) });
    await check.connect();
    const { rows: unprotected } = await check.query<{ relname: string }>(
      `select c.relname from pg_class c join information_schema.columns col on col.table_name = c.relname and col.column_name = 'hub_id' and col.table_schema = 'public'
       where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace and not (c.relrowsecurity and c.relforcerowsecurity) and c.relname not in ('membership', 'invitation')`,
    );
    await check.end();
    expect(unprotected).toEqual([]);
    const app = new pg.Client({ connectionString: at(appUrl, restored) });
    await app.connect();
    await app.query('begin');
    await app.query(`select set_config('app.hub_id', $1, true)`, [world.hubId]);
    const { rows: issues } = await app.query<{ hubs: number; n: number }>('select count(distinct hub_id)::int as hubs, count(*)::int as n from issue');
    await app.query('rollback');
    await app.end();
    expect(issues[0]).toMatchObject({ hubs: 1 });
    expect(issues[0]!.n).toBeGreaterThan(0);

    const reports = await verifyAuditChains(at(appUrl, restored));
    expect(reports.find((r) => r.chainId === world.hubId)!.entries).toBeGreaterThan(10);
    expect(reports.filter((r) => r.firstBreak)).toEqual([]);
  }, 120_000);
});
