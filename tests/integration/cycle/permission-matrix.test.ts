import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { MUTATIONS, ROLES, type Role } from '../../support/mutation-catalogue.js';
import { committedEvents, type HubEventData } from '../../../server/src/platform/event-bus.js';
import { hubWorld, prefectureAdmin } from '../../support/world.js';
import { testDatabase } from '../../support/database.js';

let server: TestServer;
let world: CycleWorld;
let clients: Record<Role, Client>;
/** Request ids of the calls that succeeded, by mutation: the audit walk checks each. */
const succeeded = new Map<string, string[]>();
/** Operations of the live events published after commit during the run. */
const published = new Set<string>();
const listen = (events: HubEventData[]) => events.forEach((e) => published.add(e.operation));
/** Mutations that change nothing inside a hub (accounts, reference data), so have no hub to publish to. */
const OUTSIDE_HUBS = ['login', 'logout', 'changePassword', 'changeInitialPassword', 'verifySecondFactor', 'beginSecondFactorSetup', 'confirmSecondFactorSetup', 'disableSecondFactor', 'regenerateRecoveryCodes', 'revokeSession', 'revokeOtherSessions', 'createCalendarFeed', 'revokeCalendarFeed', 'setZonePopulation', 'changeZoneStatus', 'setZoneCandidate', 'recordZoneApproach'];

beforeAll(async () => {
  committedEvents.on('committed', listen);
  server = await startServer();
  const admin = await prefectureAdmin(server);
  world = await cycleWorld(server, { admin, zone: '胆振西部', municipalities: ['伊達市', '豊浦町'] });
  const other = await hubWorld(server, { admin, zone: '日高' });
  clients = {
    SECRETARIAT: world.secretariat,
    ADVISOR: world.advisor,
    MUNICIPALITY: world.municipality,
    HEALTH_CENTER: world.healthCenter,
    PREFECTURE_ADMIN: admin,
    OTHER_HUB: other.secretariat,
  };
}, 120_000);
afterAll(async () => {
  committedEvents.off('committed', listen);
  await server.close();
});

const record = (name: string, client: Client) => succeeded.set(name, [...(succeeded.get(name) ?? []), client.lastRequestId!]);

describe('permission matrix', () => {
  it('has a row for every mutation of the schema, and no row for a mutation that is gone', () => {
    const schemaMutations = Object.keys(server.app.schema.getMutationType()!.getFields()).sort();
    expect(Object.keys(MUTATIONS).sort()).toEqual(schemaMutations);
  });

  for (const [name, row] of Object.entries(MUTATIONS)) {
    if (row.allowed === 'PUBLIC' || row.allowed === 'SIGNED_IN') {
      it(`${name}: ${row.allowed === 'PUBLIC' ? 'anyone' : 'any signed-in person, for their own account'}`, async () => {
        const call = await row.prepare({ server, world, fresh: () => cycleWorld(server), allowed: true });
        const result = await call.client!.gql(call.query, call.variables);
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        record(name, call.client!);
        if (row.allowed === 'SIGNED_IN') expect(errorCode(await new Client(server).gql(call.query, call.variables))).toBe('UNAUTHENTICATED');
      }, 60_000);
      continue;
    }
    const allowed = row.allowed;
    it(`${name}: allowed to ${allowed.join(', ')}; refused to ${ROLES.filter((r) => !allowed.includes(r)).join(', ')}`, async () => {
      for (const role of ROLES) {
        const isAllowed = allowed.includes(role);
        const call = await row.prepare({ server, world, fresh: () => cycleWorld(server), allowed: isAllowed });
        const client = call.client ?? clients[role];
        const result = await client.gql(call.query, call.variables);
        if (isAllowed) {
          expect(result.errors, `${name} as ${role}: ${JSON.stringify(result.errors)}`).toBeUndefined();
          record(name, client);
        } else {
          expect(errorCode(result), `${name} as ${role}: ${JSON.stringify(result.errors)}`).toBe('FORBIDDEN');
          expect(result.data ?? null).toBeNull();
        }
      }
    }, 60_000);
  }
});

describe('live events', () => {
  it('are published by every mutation that changes something inside a hub', () => {
    const expected = Object.keys(MUTATIONS).filter((name) => !OUTSIDE_HUBS.includes(name));
    expect(expected.filter((name) => !published.has(name))).toEqual([]);
    expect(OUTSIDE_HUBS.filter((name) => published.has(name))).toEqual([]);
  });
});

describe('audit trail', () => {
  it('has an entry for every mutation of the schema, written by the call that made the change', async () => {
    const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
    await admin.connect();
    try {
      const missing: string[] = [];
      for (const name of Object.keys(MUTATIONS)) {
        const ids = succeeded.get(name) ?? [];
        if (ids.length === 0) missing.push(`${name} (no successful call)`);
        for (const requestId of ids) {
          const rows = await admin.query('select operation from audit_entry where request_id = $1', [requestId]);
          if (rows.rowCount === 0 || rows.rows.some((r: { operation: string }) => r.operation !== name)) missing.push(name);
        }
      }
      expect(missing).toEqual([]);
    } finally {
      await admin.end();
    }
  });

  it('refuses the application role any update or delete of audit entries', async () => {
    const app = new pg.Client({ connectionString: testDatabase().appUrl });
    await app.connect();
    try {
      await app.query('begin');
      await app.query("select set_config('app.hub_id', $1, true)", [world.hubId]);
      const { rows } = await app.query('select id from audit_entry where hub_id = $1 limit 1', [world.hubId]);
      expect(rows).toHaveLength(1);
      await expect(app.query("update audit_entry set operation = 'forged' where id = $1", [rows[0].id])).rejects.toThrow(/permission denied for table audit_entry/);
      await app.query('rollback');
      await app.query('begin');
      await app.query("select set_config('app.hub_id', $1, true)", [world.hubId]);
      await expect(app.query('delete from audit_entry where id = $1', [rows[0].id])).rejects.toThrow(/permission denied for table audit_entry/);
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });

  it('shows a record’s trail to its secretariat and the prefecture, with before and after values', async () => {
    const { issueId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const { issue } = await world.secretariat.ok<{ issue: { version: number } }>('query ($h: ID!, $i: ID!) { issue(hubId: $h, issueId: $i) { version } }', { h: world.hubId, i: issueId });
    await world.secretariat.ok('mutation ($input: UpdateIssueInput!) { updateIssue(input: $input) { id } }', { input: { hubId: world.hubId, issueId, version: issue.version, functions: ['DISCHARGE_SUPPORT', 'END_OF_LIFE'] } });
    await world.secretariat.ok('mutation ($input: UpdateIssueInput!) { updateIssue(input: $input) { id } }', { input: { hubId: world.hubId, issueId, version: issue.version + 1, priority: 'LOW' } });
    const query = 'query ($h: ID!, $i: ID!) { auditTrail(hubId: $h, entityType: Issue, entityId: $i) { action operation actorId changes } }';
    const { auditTrail } = await world.secretariat.ok<{ auditTrail: { action: string; operation: string; changes: Record<string, { before: unknown; after: unknown }> }[] }>(query, { h: world.hubId, i: issueId });
    expect(auditTrail[0]).toMatchObject({ action: 'CREATE', operation: 'raiseIssue' });
    expect(auditTrail.at(-1)).toMatchObject({ action: 'UPDATE', operation: 'updateIssue', changes: { priority: { before: 'MEDIUM', after: 'LOW' } } });
    // A list field reads as a list on both sides, not as the database's array text.
    expect(auditTrail.at(-2)!.changes.functions).toEqual({ before: ['DISCHARGE_SUPPORT'], after: ['DISCHARGE_SUPPORT', 'END_OF_LIFE'] });
    expect(auditTrail[0]!.changes.functions).toEqual({ before: null, after: ['DISCHARGE_SUPPORT'] });
    expect((await clients.PREFECTURE_ADMIN.ok<{ auditTrail: unknown[] }>(query, { h: world.hubId, i: issueId })).auditTrail.length).toBe(auditTrail.length);
    for (const role of ['ADVISOR', 'OTHER_HUB'] as const) expect(errorCode(await clients[role].gql(query, { h: world.hubId, i: issueId }))).toBe('FORBIDDEN');
  });
});
