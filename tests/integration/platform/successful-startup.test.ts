import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm } from '../../../server/src/db/orm.js';
import { ensureDatabase, urlFor } from '../../../server/src/db/roles.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from '../../../server/src/db/seed/demo.js';
import { seedReferenceData } from '../../../server/src/db/seed/reference.js';
import { Client, startServer, type TestServer } from '../../support/harness.js';
import { testDatabase } from '../../support/database.js';
import { freePort, runServer, waitReady } from '../../support/server-process.js';

const run = (env: Record<string, string>) => runServer(env);

describe('configuration', () => {
  it('stops at start with a message naming the bad variable and what it expects', async () => {
    const { exited, output } = run({ PORT: 'eighty', SESSION_IDLE_MINUTES: '-3' });
    expect(await exited).toBe(2);
    expect(output()).toMatch(/PORT="eighty" is not valid: expected .*port/i);
    expect(output()).toMatch(/SESSION_IDLE_MINUTES="-3" is not valid: expected a positive number/);
  });
});

describe('health', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('answers /healthz and /readyz with JSON and a request id', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });
    expect(ready.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('hides internals behind a coded error and keeps request errors readable', async () => {
    const bad = await new Client(server).gql('{ nonsense }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('a real start as a new user would run it', () => {
  it('starts on the given database, becomes ready, and stops cleanly on SIGTERM without demo accounts in production', async () => {
    const { appUrl, ownerUrl } = testDatabase();
    const port = await freePort();
    const server = run({ DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, PORT: String(port), NODE_ENV: 'production', WEB_DIST_DIR: '/nonexistent' });
    expect(await waitReady(port, server), server.output()).toBe(true);
    const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "prefecture@demo.example.jp", password: "Demo-Password-2025!") { expiresAt } }' }),
    });
    expect(((await login.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
  });

  it('refuses to run as a role that row-level security would not apply to', async () => {
    const { ownerUrl } = testDatabase();
    const server = run({ DATABASE_URL: ownerUrl, DATABASE_OWNER_URL: ownerUrl, PORT: String(await freePort()), NODE_ENV: 'production' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/owns the tables/);
  });
});

describe('demo data', () => {
  const database = `hub_demo_${Date.now()}`;
  let urls: { app: string; owner: string };

  beforeAll(async () => {
    const { adminUrl, appUrl, ownerUrl } = testDatabase();
    const role = (url: string) => ({ name: decodeURIComponent(new URL(url).username), password: decodeURIComponent(new URL(url).password) });
    await ensureDatabase(adminUrl, { database, owner: role(ownerUrl), app: role(appUrl) });
    urls = { app: urlFor(appUrl, role(appUrl), database), owner: urlFor(ownerUrl, role(ownerUrl), database) };
    await migrate(urls.owner);
    const orm = await openOrm(urls.app);
    await seedReferenceData(orm.em.fork());
    await orm.close(true);
  });

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
  });

  it('loads the 室蘭 hub with one account per role, once', async () => {
    const server = await startServer({ DATABASE_URL: urls.app });
    try {
      expect(await seedDemoData(server.orm.em.fork(), server.app.services)).toBe(true);
      expect(await seedDemoData(server.orm.em.fork(), server.app.services)).toBe(false);
      const roles: string[] = [];
      for (const account of DEMO_ACCOUNTS) {
        const client = new Client(server);
        expect((await client.login(account.email, DEMO_PASSWORD)).errors).toBeUndefined();
        const { me } = await client.ok<{ me: { user: { globalRole: string | null }; memberships: { role: string; municipality: { name: string } | null; hub: { name: string } }[] } }>(
          '{ me { user { globalRole } memberships { role municipality { name } hub { name } } } }',
        );
        roles.push(me.user.globalRole ?? `${me.memberships[0]!.role}${me.memberships[0]!.municipality ? `:${me.memberships[0]!.municipality.name}` : ''}`);
      }
      expect(roles.sort()).toEqual(['ADVISOR', 'HEALTH_CENTER', 'MUNICIPALITY:室蘭市', 'MUNICIPALITY:登別市', 'PREFECTURE_ADMIN', 'SECRETARIAT']);
      const secretariat = new Client(server);
      await secretariat.login('secretariat@demo.example.jp', DEMO_PASSWORD);
      const { hubs } = await secretariat.ok<{ hubs: unknown[] }>(
        '{ hubs { name implementingBody implementingBodyKind status designatedOn tier activeRoleInstitutions zone { name } participations { municipality { name } } } }',
      );
      expect(hubs).toEqual([
        {
          name: '在宅医療ソリューション会議',
          implementingBody: '（公社）室蘭市医師会',
          implementingBodyKind: 'MEDICAL_ASSOCIATION',
          status: 'DESIGNATED',
          designatedOn: '2025-07-01',
          tier: 'SINGLE',
          activeRoleInstitutions: ['医療法人北海道家庭医療学センター 本輪西ファミリークリニック'],
          zone: { name: '室蘭' },
          participations: [{ municipality: { name: '室蘭市' } }, { municipality: { name: '登別市' } }],
        },
      ]);
    } finally {
      await server.close();
    }
  });
});
