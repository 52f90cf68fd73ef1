import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_AUDITED, RecordedEntity } from '../../../server/src/modules/audit/recorded-entity.js';
import { HUB_FILTER } from '../../../server/src/platform/tenancy.js';
import { startServer, type TestServer } from '../../support/harness.js';
import { asSuperuser } from '../../support/database.js';

/**
 * Tenancy you cannot forget: every table of the database, read from the catalog, is either
 * hub-owned — its entity carries the hub filter, and the table has a hub_id, row-level security
 * enabled and forced, and a policy — or on one of the lists below, each entry saying why. A new
 * table that is neither fails here, whoever adds it.
 */

/** Tables with forced row-level security that are not hub-owned entities, and why. */
const SECURED_WITHOUT_FILTER: Record<string, string> = {
  audit_entry: 'the audit trail: a hub’s entries under its hub_id, the platform’s (sign-ins, accounts) with none; append-only policies per action',
  audit_chain: 'the head of each hash chain (one per hub, one for the platform), written only by the audit trigger',
  hub_event_counter: 'each hub’s event sequence counter, locked and bumped in the writing transaction',
};

/** Tables outside any hub's scope, and why. */
const OUTSIDE_HUB_SCOPE: Record<string, string> = {
  hub: 'the tenant itself',
  membership: 'decides which hub a request may enter, so it is read before any hub is set; the role checks guard it',
  invitation: 'opened by its token before its hub is known; the role checks guard it',
  app_user: 'people belong to no hub, and one may be in several',
  user_session: 'a person’s sessions, resolved before any hub',
  login_attempt: 'the sign-in access log, before any hub',
  calendar_feed: 'a person’s calendar feed spans every hub they are in',
  tertiary_area: 'the prefecture’s reference data',
  secondary_area: 'the prefecture’s reference data',
  home_care_zone: 'the prefecture’s reference data (with the designation pipeline’s status)',
  municipality: 'the prefecture’s reference data',
  zone_population: 'the prefecture’s reference data',
  designation_change: 'the prefecture’s designation pipeline, before any hub exists',
  zone_approach: 'the prefecture’s designation pipeline, before any hub exists',
  mikro_orm_migrations: 'the schema’s own migration log',
};

type TableFacts = { name: string; rls: boolean; forced: boolean; hubId: boolean; policies: number };

let server: TestServer;
let tables: TableFacts[];
beforeAll(async () => {
  server = await startServer();
  tables = await asSuperuser(async (client) =>
    (
      await client.query<TableFacts>(
        `select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
                exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'hub_id' and not a.attisdropped) as "hubId",
                (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
           from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`,
      )
    ).rows,
  );
});
afterAll(() => server.close());

describe('the table registry', () => {
  it('knows every table: hub-owned, secured without the filter, or outside any hub’s scope, each for a stated reason', () => {
    const hubOwned = [...server.orm.getMetadata().getAll().values()].filter((meta) => !meta.abstract && meta.filters[HUB_FILTER]).map((meta) => meta.tableName);
    expect(hubOwned.length).toBeGreaterThan(20);
    const listed = [...hubOwned, ...Object.keys(SECURED_WITHOUT_FILTER), ...Object.keys(OUTSIDE_HUB_SCOPE)];
    expect(new Set(listed).size, 'a table on two lists').toBe(listed.length);
    expect(tables.map((t) => t.name).sort()).toEqual(listed.sort());
  });

  it('has each hub-owned table keyed by hub, with row-level security enabled, forced and with its policy', () => {
    const hubOwned = new Set([...server.orm.getMetadata().getAll().values()].filter((meta) => !meta.abstract && meta.filters[HUB_FILTER]).map((meta) => meta.tableName));
    const weak = tables.filter((t) => hubOwned.has(t.name) && !(t.hubId && t.rls && t.forced && t.policies > 0));
    expect(weak).toEqual([]);
  });

  it('keeps the secured tables forced, and the tables outside any hub free of a policy that would pretend otherwise', () => {
    expect(tables.filter((t) => t.name in SECURED_WITHOUT_FILTER && !(t.rls && t.forced && t.policies > 0))).toEqual([]);
    // Outside any hub's scope and yet carrying a hub_id: only the two that decide which hub a request enters.
    expect(tables.filter((t) => t.name in OUTSIDE_HUB_SCOPE && t.hubId).map((t) => t.name).sort()).toEqual(['invitation', 'membership']);
    expect(tables.filter((t) => t.name in OUTSIDE_HUB_SCOPE && (t.rls || t.policies > 0))).toEqual([]);
  });
});

describe('the kinds of record', () => {
  it('names every entity the audit trail and the live events can carry, and no other', () => {
    const audited = [...server.orm.getMetadata().getAll().values()].filter((meta) => !meta.abstract && !meta.embeddable && !NOT_AUDITED.has(meta.className)).map((meta) => meta.className);
    expect(Object.values(RecordedEntity).sort()).toEqual(audited.sort());
  });
});
