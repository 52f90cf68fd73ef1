import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains, type ChainReport } from '../../../server/src/modules/audit/audit-chain.js';
import { PLATFORM_CHAIN } from '../../../server/src/modules/audit/audit-entry.entity.js';
import { Client, createUser, startServer, type TestServer } from '../../support/harness.js';
import { createCycle, raiseIssue } from '../../support/cycle-world.js';
import { hubWorld, prefectureAdmin, type HubWorld } from '../../support/world.js';
import { scratchDatabaseAt, templateDatabase, testDatabase, type ScratchDatabase } from '../../support/database.js';
import { serverDir } from '../../support/server-process.js';

/**
 * The audit trail is a hash chain per hub (and one for the platform), computed by the database:
 * sign-ins, sign-outs, refused attempts and reads of personal data are in it with the address
 * they came from; the application role cannot change, remove or forge entries; and a changed,
 * removed or unlinked entry is named by the verifier (`pnpm audit:verify`) as the first broken
 * link of its chain.
 */

const run = promisify(execFile);

async function asApp<T>(hubId: string | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabase().appUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.hub_id', $1, true)`, [hubId ?? '']);
    return await work(client);
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}

const sqlState = (promise: Promise<unknown>) => promise.then(() => 'none', (error: { code?: string }) => error.code);

describe('the audit chain of a running server', () => {
  let server: TestServer;
  let world: HubWorld;

  beforeAll(async () => {
    server = await startServer();
    world = await hubWorld(server, { admin: await prefectureAdmin(server), zone: '北見', municipalities: ['北見市'] });
  }, 60_000);
  afterAll(() => server.close());

  it('records sign-ins, refused attempts and sign-outs with their address, outside any hub', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    expect((await client.login(user.email, 'not-the-password-at-all')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    await client.login(user.email);
    await client.ok('mutation { logout }');
    const rows = await asApp(null, async (db) =>
      (
        await db.query<{ action: string; address: string; actor_id: string | null; hub_id: string | null }>(
          `select action, address, actor_id, hub_id from audit_entry where request_id <> 'system' and request_id in (select request_id from audit_entry where entity_id = $1 or actor_id::text = $1 or changes::text like $2) order by chain_position`,
          [user.id, `%${user.email}%`],
        )
      ).rows,
    );
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['SIGN_IN_REFUSED', 'SIGN_IN', 'SIGN_OUT']));
    for (const row of rows.filter((r) => r.action.startsWith('SIGN'))) {
      expect(row.address).toBe(client.ip);
      expect(row.hub_id).toBeNull();
    }
  });

  it('records who read members’ personal data, once per record and operation', async () => {
    const query = 'query Members($h: ID!) { hub(hubId: $h) { members { id user { displayName } } again: members { id } } }';
    await world.secretariat.ok(query, { h: world.hubId });
    const requestId = world.secretariat.lastRequestId!;
    const reads = await asApp(world.hubId, async (db) => (await db.query<{ entity_type: string; entity_id: string; operation: string; address: string; changes: Record<string, unknown> }>(`select * from audit_entry where request_id = $1 and action = 'READ'`, [requestId])).rows);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ entity_type: 'Hub', entity_id: world.hubId, operation: 'Members', address: world.secretariat.ip });
    expect(reads[0]!.changes).toHaveProperty('members');
  });

  it('chains every entry the server writes: every chain verifies', async () => {
    const cycle = await createCycle(world, 2025);
    for (let i = 0; i < 5; i += 1) await raiseIssue(world, world.secretariat, cycle.id, `課題 ${i}`);
    const reports = await verifyAuditChains(testDatabase().appUrl);
    const own = reports.find((r) => r.chainId === world.hubId)!;
    expect(own.entries).toBeGreaterThan(5);
    expect(reports.find((r) => r.chainId === PLATFORM_CHAIN)!.entries).toBeGreaterThan(0);
    expect(reports.filter((r) => r.firstBreak)).toEqual([]);
  });

  it('does not let the application role change, remove, forge or misfile entries', async () => {
    const hubId = world.hubId;
    expect(await asApp(hubId, (db) => sqlState(db.query(`update audit_entry set operation = 'forged' where hub_id = $1`, [hubId])))).toBe('42501');
    expect(await asApp(hubId, (db) => sqlState(db.query(`delete from audit_entry where hub_id = $1`, [hubId])))).toBe('42501');
    expect(await asApp(hubId, (db) => sqlState(db.query(`truncate audit_entry`)))).toBe('42501');
    const insert = `insert into audit_entry (id, hub_id, entity_type, entity_id, action, changes, related, operation, request_id, at, chain_position, previous_hash, hash)
      values (gen_random_uuid(), $1, 'Issue', 'x', 'UPDATE', '{}', '{}', 'forged', 'forged', now(), 1, null, 'beef') returning chain_position, hash, previous_hash`;
    // A hub-scoped request cannot write outside its hub, nor outside every hub.
    expect(await asApp(hubId, (db) => sqlState(db.query(insert, [null])))).toBe('42501');
    const other = await hubWorld(server, { admin: world.admin, zone: '日高' });
    expect(await asApp(hubId, (db) => sqlState(db.query(insert, [other.hubId])))).toBe('42501');
    // What it inserts in its own hub is numbered and hashed by the database, whatever it sends.
    const row = await asApp(hubId, async (db) => (await db.query<{ chain_position: string; hash: string; previous_hash: string | null }>(insert, [hubId])).rows[0]!);
    expect(Number(row.chain_position)).toBeGreaterThan(1);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.previous_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the verifier', () => {
  let scratch: ScratchDatabase;
  let appUrl: string;
  const hubs: string[] = [];
  const entryAt = async (hubId: string, position: number) => (await scratch.admin.query<{ id: string }>('select id from audit_entry where hub_id = $1 and chain_position = $2', [hubId, position])).rows[0]!.id;
  const tamper = async (sql: string, params: unknown[]) => {
    await scratch.admin.query('alter table audit_entry disable trigger audit_entry_append_only');
    await scratch.admin.query(sql, params);
    await scratch.admin.query('alter table audit_entry enable trigger audit_entry_append_only');
  };
  const reportOf = (reports: ChainReport[], hubId: string) => reports.find((r) => r.chainId === hubId)!;

  beforeAll(async () => {
    // Entries written before the chain existed, in three hubs and outside any: the migration chains them.
    scratch = await scratchDatabaseAt('Migration20261203145202');
    for (const [n, name] of ['改ざん確認A', '改ざん確認B', '改ざん確認C', '改ざん確認D'].entries()) {
      // One hub per zone, as the hub table had it before the chain.
      const { id: hubId } = await scratch.one(
        `insert into hub (id, created_at, updated_at, name, zone_id, tier, implementing_body, implementing_body_kind, active_role_institutions)
         select gen_random_uuid(), now(), now(), $1, id, 'SINGLE', '改ざん確認医師会', 'MEDICAL_ASSOCIATION', '{}' from home_care_zone order by name offset $2 limit 1 returning id`,
        [name, n + 10],
      );
      await scratch.owner.query('begin');
      await scratch.owner.query(`select set_config('app.hub_id', $1, true)`, [hubId]);
      for (let i = 0; i < 6; i += 1) {
        await scratch.owner.query(
          `insert into audit_entry (id, hub_id, sequence, related, actor_id, entity_type, entity_id, action, changes, operation, request_id, at)
           values (gen_random_uuid(), $1, $2, '{}', null, 'Issue', gen_random_uuid()::text, 'CREATE', $3, 'raiseIssue', 'before-chain', now() - interval '1 day' + $4 * interval '1 minute')`,
          [hubId, i + 1, JSON.stringify({ title: { before: null, after: `課題 ${i}` } }), i + 1],
        );
      }
      await scratch.owner.query('commit');
      hubs.push(hubId);
    }
    await scratch.owner.query(`insert into audit_entry (id, hub_id, related, entity_type, entity_id, action, changes, operation, request_id, at) values (gen_random_uuid(), null, '{}', 'User', 'u', 'CREATE', '{}', 'acceptInvitation', 'before-chain', now())`);
    expect(await scratch.migrate()).toEqual([]);
    const name = (await scratch.admin.query<{ db: string }>('select current_database() as db')).rows[0]!.db;
    appUrl = Object.assign(new URL(templateDatabase().appUrl), { pathname: `/${name}` }).toString();
  }, 120_000);
  afterAll(() => scratch?.drop());

  it('finds the entries written before the chain chained by the migration, in the order they were written', async () => {
    const reports = await verifyAuditChains(appUrl);
    for (const hubId of hubs) expect(reportOf(reports, hubId)).toMatchObject({ entries: 6, firstBreak: null });
    expect(reportOf(reports, PLATFORM_CHAIN)).toMatchObject({ firstBreak: null });
    expect(reportOf(reports, PLATFORM_CHAIN).entries).toBeGreaterThan(1);
    const order = await scratch.admin.query<{ sequence: string; chain_position: string }>('select sequence, chain_position from audit_entry where hub_id = $1 order by chain_position', [hubs[0]]);
    expect(order.rows.map((r) => Number(r.sequence))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('names the first broken link: a changed entry, an unlinked one, a removed one, a removed tail', async () => {
    const [changed, unlinked, removed, truncated] = hubs as [string, string, string, string];
    await tamper(`update audit_entry set changes = '{"title": {"before": null, "after": "書き換え"}}' where id = $1`, [await entryAt(changed, 3)]);
    await tamper(`update audit_entry set previous_hash = repeat('0', 64) where id = $1`, [await entryAt(unlinked, 2)]);
    await tamper('delete from audit_entry where id = $1', [await entryAt(removed, 4)]);
    await tamper('delete from audit_entry where id = $1', [await entryAt(truncated, 6)]);
    const reports = await verifyAuditChains(appUrl);
    expect(reportOf(reports, changed).firstBreak).toMatchObject({ position: 3, reason: 'CHANGED' });
    expect(reportOf(reports, unlinked).firstBreak).toMatchObject({ position: 2, reason: 'UNLINKED' });
    expect(reportOf(reports, removed).firstBreak).toMatchObject({ position: 4, reason: 'MISSING' });
    expect(reportOf(reports, truncated).firstBreak).toMatchObject({ position: 6, reason: 'TRUNCATED', entryId: null });
    expect(reportOf(reports, PLATFORM_CHAIN).firstBreak).toBeNull();
  });

  it('is `pnpm audit:verify`: exits 1 and prints the first broken link of each broken chain', async () => {
    const result = await run('pnpm', ['--silent', 'audit:verify'], { cwd: serverDir, env: { ...process.env, DATABASE_URL: appUrl } }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`BROKEN  hub ${hubs[0]}: first broken link at position 3`);
    expect(result.stdout).toMatch(/ok {6}platform: \d+ entries, head [0-9a-f]{64}/);
    expect(result.stdout).toMatch(/4 broken\n$/);
  }, 60_000);
});
