import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createUser, PASSWORD, startServer, type TestServer } from '../../support/harness.js';
import { Collected, until } from '../../support/subscription.js';
import { wsClient } from '../../support/ws.js';
import { hubWorld, prefectureAdmin, type HubWorld } from '../../support/world.js';
import { createCycle } from '../../support/cycle-world.js';

/** What an operator relies on: metrics, a request id on every log line and error, and a shutdown that lets running work finish. */

const TOKEN = 'metrics-token-for-the-collector-0001';
let server: TestServer;
let world: HubWorld;
beforeAll(async () => {
  server = await startServer({ METRICS_TOKEN: TOKEN });
  world = await hubWorld(server, { admin: await prefectureAdmin(server), zone: '北渡島檜山' });
}, 60_000);
afterAll(() => server.close());

const scrape = async (token: string | null = TOKEN) => fetch(`${server.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
/** The value of one series in a Prometheus text answer. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('/metrics', () => {
  it('is for the collector holding the token only', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('a-token-that-is-not-right-at-all!')).status).toBe(401);
    const answer = await scrape();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts requests, operations, errors, the pool, sockets and the fan-out of live events', async () => {
    const before = await (await scrape()).text();
    await new Client(server).gql('{ homeCareZones { id } }');
    await new Client(server).gql('{ hub(hubId: "00000000-0000-4000-8000-000000000000") { id } }');
    const { client, closed } = wsClient(server.wsUrl, { cookie: world.secretariat.cookie });
    const events = new Collected(client, 'subscription ($h: ID!) { hubEvents(hubId: $h) { sequence } }', { h: world.hubId }, (d) => d);
    // The subscription is established once the hub's stream has a listener more.
    await until(() => server.app.services.live.listeners(world.hubId) > 0, 'the subscription listens');
    const during = await (await scrape()).text();
    await createCycle(world, 2026);
    await events.waitFor(1);
    const after = await (await scrape()).text();
    const ops = 'hub_graphql_operations_total{type="query",field="homeCareZones",outcome="ok"}';
    expect(value(after, ops)).toBe(value(before, ops) + 1);
    const unauthenticated = 'hub_graphql_errors_total{code="UNAUTHENTICATED"}';
    expect(value(after, unauthenticated)).toBe(value(before, unauthenticated) + 1);
    expect(value(after, 'hub_http_requests_total{method="POST",route="/graphql",status="200"}')).toBeGreaterThan(value(before, 'hub_http_requests_total{method="POST",route="/graphql",status="200"}'));
    expect(after).toMatch(/hub_http_request_duration_seconds_bucket\{le="0.1",method="POST",route="\/graphql"\} \d+/);
    expect(value(during, 'hub_websocket_connections')).toBe(1);
    expect(value(during, 'hub_websocket_operations')).toBe(1);
    expect(value(during, 'hub_live_subscribers')).toBe(1);
    expect(value(after, 'hub_live_events_published_total')).toBeGreaterThan(value(before, 'hub_live_events_published_total'));
    expect(value(after, 'hub_live_event_deliveries_total')).toBeGreaterThanOrEqual(value(before, 'hub_live_event_deliveries_total') + 1);
    expect(value(after, 'hub_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(after).toContain('hub_process_resident_memory_bytes');
    events.dispose();
    await client.dispose();
    await closed;
  });
});

describe('request ids', () => {
  it('are on every log line written while answering a request, and on every error', async () => {
    const from = server.logs.length;
    const client = new Client(server);
    const user = await createUser(server);
    // A refusal of the query limits logs a warning while the request is answered.
    const deep = `{ ${'municipalities { zone { '.repeat(4)}name${' } }'.repeat(4)} }`;
    const result = await client.gql(deep);
    const requestId = client.lastRequestId!;
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', requestId });
    const lines = server.logs.slice(from).filter((l) => l.requestId === requestId);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['operation over the query limits', 'request']));
    await client.login(user.email, `${PASSWORD}-wrong`);
    expect(server.logs.slice(from).filter((l) => l.msg !== 'request' && !l.requestId)).toEqual([]);
    // Downloads' refusals carry it too.
    const download = await fetch(`${server.url}/hubs/${world.hubId}/reports/2025/ledger.csv`);
    expect(await download.json()).toMatchObject({ code: 'UNAUTHENTICATED', requestId: download.headers.get('x-request-id') });
  });
});

describe('shutdown', () => {
  it('lets running requests finish, says it is draining, closes sockets as going away, and stops', async () => {
    const draining = await startServer();
    const users = await Promise.all(Array.from({ length: 6 }, () => createUser(draining)));
    const signIn = (email: string) =>
      fetch(`${draining.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.9.${users.length}` },
        body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', variables: { e: email, p: PASSWORD } }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: { login?: unknown } } }));
    const admin = new Client(draining);
    await admin.login(users[0]!.email);
    const { client, closed } = wsClient(draining.wsUrl, { cookie: admin.cookie });
    await new Promise<void>((resolve, reject) => client.on('connected', () => resolve()) && setTimeout(() => reject(new Error('no connection')), 5000));
    // Sign-ins take a while (argon2): they are still running when shutdown begins (the server has them in hand).
    const running = users.map((u) => signIn(u.email));
    await until(async () => (await draining.app.metrics.httpInFlight.get()).values[0]!.value >= users.length, 'every sign-in has reached the server');
    const stopped = draining.close();
    const answers = await Promise.all(running);
    expect(answers.map((a) => a.status)).toEqual(users.map(() => 200));
    expect(answers.every((a) => a.body.data?.login)).toBe(true);
    expect((await closed).code).toBe(1001);
    await stopped;
    await expect(fetch(`${draining.url}/healthz`)).rejects.toThrow();
  }, 60_000);
});
