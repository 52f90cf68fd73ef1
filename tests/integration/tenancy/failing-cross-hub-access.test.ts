import { randomUUID } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/postgresql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../../server/src/db/orm.js';
import { Participation } from '../../../server/src/modules/hub/participation.entity.js';
import { forkForHub } from '../../../server/src/platform/tenancy.js';
import { errorCode, startServer, uniqueEmail, type TestServer } from '../../support/harness.js';
import { hubWorld, prefectureAdmin, type HubWorld } from '../../support/world.js';
import { testDatabase } from '../../support/database.js';

let server: TestServer;
let a: HubWorld;
let b: HubWorld;
let bInvitationId: string;
let bMembershipId: string;

beforeAll(async () => {
  server = await startServer();
  const admin = await prefectureAdmin(server);
  a = await hubWorld(server, { zone: '胆振西部', admin, municipalities: ['伊達市'] });
  b = await hubWorld(server, { zone: '北見', admin, municipalities: ['北見市', '美幌町'] });
  const invited = await b.secretariat.ok<{ inviteMember: { invitation: { id: string } } }>(
    'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }',
    { input: { hubId: b.hubId, email: uniqueEmail('pending'), role: 'ADVISOR' } },
  );
  bInvitationId = invited.inviteMember.invitation.id;
  const members = await b.secretariat.ok<{ hub: { members: { id: string }[] } }>('query ($h: ID!) { hub(hubId: $h) { members { id } } }', { h: b.hubId });
  bMembershipId = members.hub.members[0]!.id;
});
afterAll(() => server.close());

describe("application layer: hub A's secretariat cannot reach hub B through the API", () => {
  it('does not list hub B and cannot open it', async () => {
    const { hubs } = await a.secretariat.ok<{ hubs: { id: string }[] }>('{ hubs { id } }');
    expect(hubs.map((h) => h.id)).toEqual([a.hubId]);
    const direct = await a.secretariat.gql('query ($h: ID!) { hub(hubId: $h) { name participations { id } members { id } } }', { h: b.hubId });
    expect(errorCode(direct)).toBe('FORBIDDEN');
    expect(direct.data).toBeNull();
  });

  it("cannot touch hub B's records by their ids, even naming its own hub", async () => {
    const bParticipation = b.participationIds.get('北見市')!;
    const attempts = [
      ['mutation ($h: ID!, $id: ID!) { removeParticipation(hubId: $h, participationId: $id) { id } }', { h: a.hubId, id: bParticipation }],
      ['mutation ($h: ID!, $id: ID!) { updateParticipation(input: { hubId: $h, participationId: $id, version: 1, contactName: "x" }) { id } }', { h: a.hubId, id: bParticipation }],
      ['mutation ($h: ID!, $id: ID!) { revokeInvitation(hubId: $h, invitationId: $id) { id } }', { h: a.hubId, id: bInvitationId }],
      ['mutation ($h: ID!, $id: ID!) { removeMember(hubId: $h, membershipId: $id) { id } }', { h: a.hubId, id: bMembershipId }],
    ] as const;
    for (const [query, variables] of attempts) {
      const result = await a.secretariat.gql(query, variables);
      expect(errorCode(result), query).toBe('NOT_FOUND');
    }
    // Nothing of hub B changed.
    const { hub } = await b.secretariat.ok<{ hub: { participations: { id: string; contactName: string }[]; pendingInvitations: { id: string }[]; members: { id: string }[] } }>(
      'query ($h: ID!) { hub(hubId: $h) { participations { id contactName } pendingInvitations { id } members { id } } }',
      { h: b.hubId },
    );
    expect(hub.participations.map((p) => p.contactName)).toEqual(['北見市 担当', '美幌町 担当']);
    expect(hub.pendingInvitations.map((i) => i.id)).toContain(bInvitationId);
    expect(hub.members.map((m) => m.id)).toContain(bMembershipId);
  });

  it('is refused every operation of the schema that names hub B', async () => {
    const schema = server.app.schema;
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ].filter(([, field]) => namesHub(field));
    expect(operations.map(([, f]) => f.name)).toEqual(expect.arrayContaining(['hub', 'inviteMember', 'addParticipation', 'removeParticipation']));
    for (const [kind, field] of operations) {
      const args = field.args.map((arg) => `${arg.name}: ${literal(arg.type, arg.name === 'hubId' ? b.hubId : undefined)}`).join(', ');
      const selection = selectionFor(getNamedType(field.type));
      const query = `${kind} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
      const result = await a.secretariat.gql(query);
      expect(['FORBIDDEN', 'NOT_FOUND'], `${field.name}: ${JSON.stringify(result)}`).toContain(errorCode(result));
    }
    const { hub } = await b.secretariat.ok<{ hub: { name: string; participations: unknown[] } }>('query ($h: ID!) { hub(hubId: $h) { name participations { id } } }', { h: b.hubId });
    expect(hub.participations).toHaveLength(2);
  });
});

describe('database layer: row-level security alone', () => {
  it('shows the application role only the rows of the hub set for the transaction', async () => {
    const client = new pg.Client({ connectionString: testDatabase().appUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query("select set_config('app.hub_id', $1, true)", [a.hubId]);
      const rows = await client.query('select hub_id from participation');
      expect(rows.rowCount).toBeGreaterThan(0);
      expect(new Set(rows.rows.map((r: { hub_id: string }) => r.hub_id))).toEqual(new Set([a.hubId]));
      const direct = await client.query('select count(*)::int as n from participation where hub_id = $1', [b.hubId]);
      expect(direct.rows[0].n).toBe(0);
      await client.query('rollback');

      // Writing a row for another hub is refused by the policy's check.
      await client.query('begin');
      await client.query("select set_config('app.hub_id', $1, true)", [a.hubId]);
      const municipality = await client.query("select id from municipality where name = '北見市'");
      await expect(
        client.query('insert into participation (id, created_at, updated_at, hub_id, municipality_id) values ($1, now(), now(), $2, $3)', [randomUUID(), b.hubId, municipality.rows[0].id]),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback');

      // Without a hub setting the policy fails closed: no row at all, and no insert.
      expect((await client.query('select * from participation')).rowCount).toBe(0);
      await expect(
        client.query('insert into participation (id, created_at, updated_at, hub_id, municipality_id) values ($1, now(), now(), $2, $3)', [randomUUID(), a.hubId, municipality.rows[0].id]),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await client.end();
    }
  });

  it('cannot be switched off by the application role', async () => {
    const client = new pg.Client({ connectionString: testDatabase().appUrl });
    await client.connect();
    try {
      const role = await client.query('select rolsuper, rolbypassrls from pg_roles where rolname = current_user');
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      await expect(client.query('alter table participation disable row level security')).rejects.toThrow(/must be owner/);
    } finally {
      await client.end();
    }
  });
});

describe('application layer alone: the hub filter on a connection that bypasses row-level security', () => {
  let superuser: MikroORM;
  beforeAll(async () => {
    superuser = await openOrm(testDatabase().adminUrl);
  });
  afterAll(() => superuser.close(true));

  it("returns no row of hub B to a unit of work scoped to hub A", async () => {
    const raw = await superuser.em.getConnection().execute<{ hub_id: string }[]>('select distinct hub_id from participation');
    expect(raw.map((r) => r.hub_id)).toEqual(expect.arrayContaining([a.hubId, b.hubId])); // RLS really is bypassed here
    const scoped = await forkForHub(superuser.em, a.hubId).find(Participation, {});
    expect(scoped.length).toBeGreaterThan(0);
    expect(new Set(scoped.map((p) => p.hubId))).toEqual(new Set([a.hubId]));
    expect(await forkForHub(superuser.em, a.hubId).findOne(Participation, { id: b.participationIds.get('北見市')! })).toBeNull();
  });

  it('throws when a hub-owned entity is queried without a hub context', async () => {
    await expect(superuser.em.fork().find(Participation, {})).rejects.toThrow(/No arguments provided for filter 'hub'/);
  });
});

function namesHub(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => {
    if (arg.name === 'hubId') return true;
    const named = getNamedType(arg.type);
    return isInputObjectType(named) && 'hubId' in named.getFields();
  });
}

/** A syntactically valid literal for any input type, with hubId set to the target hub. */
function literal(type: GraphQLInputType, hubId?: string): string {
  if (isNonNullType(type)) return literal(type.ofType, hubId);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (hubId) return JSON.stringify(hubId);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type) || f.name === 'hubId')
      .map((f) => `${f.name}: ${literal(f.type, f.name === 'hubId' ? b.hubId : undefined)}`);
    return `{ ${fields.join(', ')} }`;
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return JSON.stringify(randomUUID());
      // Valid as a year, an amount and a count alike: arguments are checked before the hub is.
      case 'Int':
      case 'Float':
        return '2025';
      case 'Boolean':
        return 'false';
      case 'LocalDate':
        return '"2025-04-01"';
      case 'DateTimeISO':
        return '"2025-04-01T00:00:00Z"';
      default:
        return '"Probe-Value-123!"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

function selectionFor(type: ReturnType<typeof getNamedType>): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  return ' { __typename }';
}
