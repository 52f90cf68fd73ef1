import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { wsClient, wsQuery } from '../../support/ws.js';

/** One anonymous request must never take the server down: depth, aliases, tokens and cost are limited before anything runs. */

let server: TestServer;
let production: TestServer;
let world: CycleWorld;
beforeAll(async () => {
  server = await startServer();
  production = await startServer({ NODE_ENV: 'production' });
  world = await cycleWorld(server);
});
afterAll(async () => {
  await server.close();
  await production.close();
});

const nested = (levels: number) => `{ municipalities { ${'zone { municipalities { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;
const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: homeCareZones { name }`).join(' ')} }`;

describe('limits on an operation', () => {
  it('refuse, at once and without signing in, the nested request that used to exhaust the heap, 2,000 aliases and a token flood', async () => {
    const anonymous = new Client(server);
    for (const [query, limit] of [
      [nested(5), 'depth'],
      [aliased(2000), 'aliases'],
      [`{ ${'__typename '.repeat(5000)}}`, 'tokens'],
    ] as const) {
      const started = performance.now();
      const result = await anonymous.gql(query);
      const ms = performance.now() - started;
      expect(result.data ?? null, limit).toBeNull();
      expect(errorCode(result), limit).toBe('QUERY_TOO_COMPLEX');
      expect(result.errors?.[0]?.message).toContain('問い合わせが大きすぎます');
      expect(typeof result.errors?.[0]?.extensions?.messageEn).toBe('string');
      expect(ms, `${limit} answered in ${ms.toFixed(0)} ms`).toBeLessThan(1000);
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('hold anonymous callers to lower limits than members', async () => {
    const wide = aliased(8);
    expect(errorCode(await new Client(server).gql(wide))).toBe('QUERY_TOO_COMPLEX');
    expect((await world.secretariat.gql(wide)).errors).toBeUndefined();
    expect(errorCode(await world.secretariat.gql(aliased(200)))).toBe('QUERY_TOO_COMPLEX');
  });

  it('apply over the WebSocket too', async () => {
    const ws = wsClient(server.wsUrl, { cookie: world.secretariat.cookie });
    // graphql-ws answers a refused operation with an Error message, which the client raises.
    const refused = await wsQuery(ws.client, nested(5)).then(
      (result) => result.errors,
      (errors: unknown) => errors,
    );
    expect(JSON.stringify(refused)).toContain('QUERY_TOO_COMPLEX');
    expect((await wsQuery<{ homeCareZones: unknown[] }>(ws.client, '{ homeCareZones { name } }')).data?.homeCareZones).toHaveLength(39);
    await ws.client.dispose();
  });
});

describe('cost and time', () => {
  it('count a list by its items: a member may read every zone with its municipalities, not every municipality with its zone’s municipalities three times over, and over the WebSocket likewise', async () => {
    expect((await world.secretariat.gql('{ homeCareZones { name municipalities { name } } }')).errors).toBeUndefined();
    const deep = `{ municipalities { ${'zone { municipalities { '.repeat(3)}name${' } }'.repeat(3)} } }`;
    const refused = await world.secretariat.gql(deep);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    const ws = wsClient(server.wsUrl, { cookie: world.secretariat.cookie });
    const overWs = await wsQuery(ws.client, deep).then(
      (result) => result.errors,
      (errors: unknown) => errors,
    );
    expect(JSON.stringify(overWs)).toContain('QUERY_TOO_COMPLEX');
    await ws.client.dispose();
  });

  it('stop an operation that runs past its time, with a coded answer, and keep serving', async () => {
    const hurried = await startServer({ EXECUTION_TIMEOUT_MS: '1' });
    try {
      // Signed in on the other server: the session is in the shared database.
      const client = new Client(hurried);
      client.cookie = world.secretariat.cookie;
      const result = await client.gql('{ municipalities { name zone { name municipalities { name } } } }');
      expect(result.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TIMEOUT');
      expect(result.errors?.[0]?.message).toContain('時間がかかりすぎた');
      expect((await fetch(`${hurried.url}/readyz`)).status).toBe(200);
    } finally {
      await hurried.close();
    }
  });
});

describe('errors of the request itself', () => {
  it('come in Japanese with the English detail, under their code', async () => {
    const result = await new Client(server).gql('{ homeCareZones { nmae } }');
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toBe('リクエストの内容がAPIの定義に合いません。');
    expect(String(result.errors?.[0]?.extensions?.messageEn)).toContain('Cannot query field "nmae"');
    const syntax = await new Client(server).gql('{ homeCareZones { name }');
    expect(errorCode(syntax)).toBe('GRAPHQL_PARSE_FAILED');
    expect(syntax.errors?.[0]?.message).toContain('構文');
  });

  it('in production: no introspection and no "Did you mean", for anyone', async () => {
    const anonymous = new Client(production);
    expect(errorCode(await anonymous.gql('{ __schema { types { name } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await anonymous.gql('{ homeCareZone { name } }');
    expect(JSON.stringify(typo.errors)).not.toContain('Did you mean');
    expect((await new Client(server).gql('{ __schema { queryType { name } } }')).errors).toBeUndefined();
  });
});

describe('security headers', () => {
  it('forbid framing and foreign scripts, keep the referrer in the site, and ask for HTTPS only over TLS', async () => {
    const plain = await fetch(`${server.url}/healthz`);
    const csp = plain.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(plain.headers.get('referrer-policy')).toBe('same-origin');
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    // Behind the trusted proxy (loopback here), a request that came over TLS gets HSTS.
    const tls = await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toContain('max-age=');
  });
});
