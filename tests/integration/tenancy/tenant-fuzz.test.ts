import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_FILTER } from '../../../server/src/platform/tenancy.js';
import { type Client, type TestServer, startServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { ensureBudget, pastMeeting } from '../../support/mutation-catalogue.js';
import { asSuperuser, testDatabase } from '../../support/database.js';
import { wsClient } from '../../support/ws.js';
import { prefectureAdmin } from '../../support/world.js';

/**
 * Tenant fuzz with each layer alone: operations generated from the schema — every query, mutation
 * and subscription, by each member role of hub A, naming hub B's ids, hub A with hub B's ids, and
 * random ids — against a server whose hub filter is switched off (row-level security alone) and
 * against one connected as a role that bypasses row-level security (the filter alone). Either
 * layer by itself must keep every answer free of hub B's records and hub B's rows unchanged, and
 * hub A's new rows free of references to hub B's.
 *
 * TENANT_FUZZ_OPS sets the operations per layer (CI's quick form runs 1,500; `pnpm fuzz:tenancy`
 * runs 10,000), TENANT_FUZZ_SEED the random sequence.
 */

const OPERATIONS = Number(process.env.TENANT_FUZZ_OPS ?? 1500);
const SEED = Number(process.env.TENANT_FUZZ_SEED ?? 20261204);
const CONCURRENCY = 8;

// The caller's own account: signing in and out, passwords, invitations by token. Not hub data, and
// calling them would end the fuzzing actors' sessions.
const OWN_ACCOUNT = new Set(['login', 'logout', 'changePassword', 'acceptInvitation', 'revokeSession', 'revokeOtherSessions']);

/** A small, seeded random generator (mulberry32), so that a failing run can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Target = { hubId: string; idsByTable: Map<string, string[]>; all: string[] };
type Tally = { operations: number; refused: number; answered: number; internal: number; internalSamples: string[]; leaks: string[]; subscriptions: number };

const admin = asSuperuser;

async function hubTables(client: pg.Client): Promise<string[]> {
  const rows = await client.query<{ table_name: string }>(
    "select c.table_name from information_schema.columns c join information_schema.columns i on i.table_name = c.table_name and i.table_schema = c.table_schema and i.column_name = 'id' where c.table_schema = 'public' and c.column_name = 'hub_id' order by 1",
  );
  return rows.rows.map((r) => r.table_name);
}

async function targetOf(hubId: string): Promise<Target> {
  return admin(async (client) => {
    const idsByTable = new Map<string, string[]>();
    for (const table of await hubTables(client)) {
      const rows = await client.query<{ id: string }>(`select id::text from "${table}" where hub_id = $1`, [hubId]);
      if (rows.rowCount) idsByTable.set(table, rows.rows.map((r) => r.id));
    }
    return { hubId, idsByTable, all: [...idsByTable.values()].flat() };
  });
}

/** A fingerprint of every row of the hub, table by table. */
async function fingerprint(hubId: string): Promise<Record<string, string>> {
  return admin(async (client) => {
    const out: Record<string, string> = {};
    for (const table of await hubTables(client)) {
      const row = await client.query<{ n: number; digest: string | null }>(`select count(*)::int as n, md5(string_agg(t::text, ',' order by t.id)) as digest from "${table}" t where hub_id = $1`, [hubId]);
      out[table] = `${row.rows[0]!.n}:${row.rows[0]!.digest ?? ''}`;
    }
    return out;
  });
}

/** Rows of hub A whose columns hold an id of hub B's rows (or hub B itself). */
async function crossReferences(a: string, b: Target): Promise<string[]> {
  return admin(async (client) => {
    const found: string[] = [];
    const ids = [...b.all, b.hubId];
    const columns = await client.query<{ table_name: string; column_name: string }>(
      "select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type = 'uuid' and column_name not in ('id', 'hub_id') and table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'hub_id')",
    );
    for (const { table_name: table, column_name: column } of columns.rows) {
      const row = await client.query<{ n: number }>(`select count(*)::int as n from "${table}" where hub_id = $1 and "${column}" = any($2::uuid[])`, [a, ids]);
      if (row.rows[0]!.n > 0) found.push(`${table}.${column}: ${row.rows[0]!.n}`);
    }
    return found;
  });
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Operations of the schema generated at random, by one seeded sequence. */
class Generator {
  private readonly next: () => number;
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly a: string,
    private readonly b: Target,
    seed: number,
  ) {
    this.next = random(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Hub B's id mostly, hub A's sometimes (with hub B's records in the rest); never hub A's records, which the run must not wear away. */
  private id(name: string): string {
    if (name === 'hubId') return this.next() < 0.7 ? this.b.hubId : this.a;
    const typed = this.b.idsByTable.get(snake(name.replace(/Ids?$/, '')));
    const roll = this.next();
    if (typed && roll < 0.6) return this.pick(typed);
    if (roll < 0.9 && this.b.all.length) return this.pick(this.b.all);
    return randomUUID();
  }

  private value(type: GraphQLInputType, name: string, depth = 0): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, name, depth);
    if (isListType(type)) return [this.value(type.ofType as GraphQLInputType, name, depth)];
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || (depth < 2 && this.next() < 0.5));
      return Object.fromEntries(fields.map((f) => [f.name, this.value(f.type, f.name, depth + 1)]));
    }
    if (isEnumType(type)) return this.pick(type.getValues()).value;
    switch (type.name) {
      case 'ID':
        return this.id(name);
      case 'Int':
        return name === 'fiscalYear' ? 2025 : this.pick([1, 2, 3]);
      case 'Float':
        return 1;
      case 'Boolean':
        return this.next() < 0.5;
      case 'LocalDate':
        return this.pick(['2025-06-10', '2025-10-01', '2026-02-10']);
      case 'DateTimeISO':
        return this.pick(['2025-06-10T18:00:00+09:00', '2026-02-10T10:00:00+09:00']);
      default:
        return `fuzz-${Math.floor(this.next() * 1e6)}`;
    }
  }

  selection(type: GraphQLNamedType, depth = 0): string {
    if (!isObjectType(type)) return '';
    const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
    const scalars = fields.filter((f) => !isObjectType(getNamedType(f.type))).map((f) => f.name);
    const nested = depth === 0 ? fields.filter((f) => isObjectType(getNamedType(f.type)) && (getNamedType(f.type) as { getFields(): Record<string, unknown> }).getFields().id).map((f) => `${f.name} { id }`) : [];
    return ` { __typename ${[...scalars, ...nested].join(' ')} }`;
  }

  operation(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
    const variables: Record<string, unknown> = {};
    const declared: string[] = [];
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || this.next() < 0.5)
      .map((arg, i) => {
        variables[`v${i}`] = this.value(arg.type, arg.name);
        declared.push(`$v${i}: ${String(arg.type)}`);
        return `${arg.name}: $v${i}`;
      });
    const query = `${kind}${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${this.selection(getNamedType(field.type))} }`;
    return { query, variables };
  }
}

function namesIds(field: GraphQLField<unknown, unknown>): boolean {
  const has = (type: GraphQLInputType, depth: number): boolean => {
    const named = getNamedType(type);
    if (isScalarType(named)) return named.name === 'ID';
    return isInputObjectType(named) && depth < 3 && Object.values(named.getFields()).some((f) => has(f.type, depth + 1));
  };
  return field.args.some((arg) => has(arg.type, 0));
}

async function fuzz(server: TestServer, a: CycleWorld, b: Target, seed: number): Promise<Tally> {
  const schema = server.app.schema;
  const generator = new Generator(schema, a.hubId, b, seed);
  const fields = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
  ].filter(([, f]) => !OWN_ACCOUNT.has(f.name) && namesIds(f));
  const actors: Client[] = [a.secretariat, a.advisor, a.municipality];
  const secrets = [...b.all];
  const tally: Tally = { operations: 0, refused: 0, answered: 0, internal: 0, internalSamples: [], leaks: [], subscriptions: 0 };
  const pick = random(seed + 1);
  const one = async () => {
    const [kind, field] = fields[Math.floor(pick() * fields.length)]!;
    const actor = actors[Math.floor(pick() * actors.length)]!;
    const { query, variables } = generator.operation(kind, field);
    const result = await actor.gql(query, variables);
    tally.operations += 1;
    if (result.errors?.length) tally.refused += 1;
    else tally.answered += 1;
    if (result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
      tally.internal += 1;
      if (tally.internalSamples.length < 5) tally.internalSamples.push(`${field.name} ${JSON.stringify(variables).slice(0, 200)}`);
    }
    const data = JSON.stringify(result.data ?? null);
    const leaked = secrets.find((id) => data.includes(id));
    if (leaked) tally.leaks.push(`${field.name} by ${actors.indexOf(actor)}: ${leaked} in ${data.slice(0, 300)}`);
  };
  for (let done = 0; done < OPERATIONS; done += CONCURRENCY) {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, OPERATIONS - done) }, one));
  }

  // Every subscription, by every actor, naming hub B: refused, or silent; never an event of hub B.
  for (const field of Object.values(schema.getSubscriptionType()!.getFields())) {
    for (const actor of actors) {
      const { query, variables } = generator.operation('subscription', field);
      const ws = wsClient(server.wsUrl, { cookie: actor.cookie });
      const received = await new Promise<string>((resolve) => {
        let seen = '';
        const stop = ws.client.subscribe({ query, variables }, { next: (value) => void (seen += JSON.stringify(value.data ?? null)), error: () => resolve(seen), complete: () => resolve(seen) });
        setTimeout(() => {
          stop();
          resolve(seen);
        }, 300);
      });
      await ws.client.dispose();
      tally.subscriptions += 1;
      const leaked = secrets.find((id) => received.includes(id));
      if (leaked) tally.leaks.push(`subscription ${field.name}: ${leaked}`);
    }
  }
  return tally;
}

/** Hub B with records of every kind a cycle, a meeting and a budget leave. */
async function populated(server: TestServer, adminClient: Client): Promise<CycleWorld> {
  const b = await cycleWorld(server, { zone: '北見', admin: adminClient, municipalities: ['北見市', '美幌町'] });
  await b.cycleIn('IMPLEMENTATION');
  await pastMeeting(b, { held: true, attended: true });
  await ensureBudget(b);
  await b.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', {
    input: { hubId: b.hubId, spentOn: '2025-06-10', category: 'SUPPLIES', amountYen: 3_300, description: '研修資料の印刷' },
  });
  return b;
}

const figures: Record<string, Tally> = {};

for (const layer of ['row-level security alone', 'the hub filter alone'] as const) {
  describe(`tenant fuzz: ${layer}`, () => {
    let server: TestServer;
    let a: CycleWorld;
    let b: Target;
    let before: Record<string, string>;

    beforeAll(async () => {
      if (layer === 'row-level security alone') {
        server = await startServer();
        // Switch the application's hub filter off for every hub-owned entity of this server.
        const metadata = server.orm.getMetadata().getAll();
        for (const meta of metadata.values()) {
          const filter = meta.filters?.[HUB_FILTER];
          if (filter) filter.default = false;
        }
      } else {
        // The superuser is not bound by row-level security: only the filter stands between hubs.
        server = await startServer({ DATABASE_URL: testDatabase().adminUrl });
      }
      const adminClient = await prefectureAdmin(server);
      a = await cycleWorld(server, { zone: '胆振西部', admin: adminClient, municipalities: ['伊達市'] });
      const bWorld = await populated(server, adminClient);
      b = await targetOf(bWorld.hubId);
      before = await fingerprint(b.hubId);
    }, 120_000);
    afterAll(() => server?.close());

    it('really has the other layer off', async () => {
      const rows = await server.orm.em.getConnection().execute<{ hubs: number }[]>('select count(distinct hub_id)::int as hubs from participation');
      if (layer === 'row-level security alone') {
        // No hub set, no filter: the query runs (the filter would have thrown) and RLS shows nothing.
        const em = server.orm.em.fork();
        const { Participation } = await import('../../../server/src/modules/hub/participation.entity.js');
        await expect(em.find(Participation, {})).resolves.toEqual([]);
        expect(rows[0]!.hubs).toBe(0);
      } else {
        expect(rows[0]!.hubs).toBeGreaterThanOrEqual(2);
      }
    });

    it(`answers ${OPERATIONS} generated operations and every subscription without a record of the other hub, and writes nothing there`, async () => {
      expect(b.all.length).toBeGreaterThan(20);
      const tally = await fuzz(server, a, b, SEED + (layer === 'the hub filter alone' ? 1 : 0));
      figures[layer] = tally;
      expect(tally.leaks).toEqual([]);
      expect(tally.internalSamples).toEqual([]);
      expect(await fingerprint(b.hubId)).toEqual(before);
      expect(await crossReferences(a.hubId, b)).toEqual([]);
      expect(tally.operations).toBe(OPERATIONS);
      // Some operations must get through, or the run proves nothing about reads.
      expect(tally.answered).toBeGreaterThan(0);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    }, 600_000);
  });
}

describe('the database layer itself', () => {
  it('has row-level security enabled and forced on every hub-owned table, and an application role that is neither owner, superuser nor BYPASSRLS', async () => {
    const tables = await admin(async (client) => {
      const owned = await hubTables(client);
      const flags = await client.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        "select relname, relrowsecurity, relforcerowsecurity from pg_class where relnamespace = 'public'::regnamespace and relname = any($1)",
        [owned],
      );
      return { owned, flags: flags.rows };
    });
    expect(tables.owned.length).toBeGreaterThan(20);
    // Memberships and invitations decide which hub a request may enter, so they are read before any
    // hub is set (README, "Architecture"); the role checks guard them. Every other table is forced.
    const outsideHubScope = ['invitation', 'membership'];
    expect(tables.flags.filter((t) => !t.relrowsecurity || !t.relforcerowsecurity).map((t) => t.relname).sort()).toEqual(outsideHubScope);
    expect(tables.flags).toHaveLength(tables.owned.length);
    const app = new pg.Client({ connectionString: testDatabase().appUrl });
    await app.connect();
    try {
      const role = await app.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
        "select rolsuper, rolbypassrls, (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owned from pg_roles where rolname = current_user",
      );
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
    } finally {
      await app.end();
    }
  });

  afterAll(() => {
    // The figures RELIABILITY.md reports, printed for the run's log.
    for (const [layer, t] of Object.entries(figures)) {
      console.info(`tenant fuzz, ${layer}: ${t.operations} operations (${t.answered} answered, ${t.refused} refused, ${t.internal} internal) and ${t.subscriptions} subscriptions; ${t.leaks.length} leaks`, t.internalSamples);
    }
  });
});
