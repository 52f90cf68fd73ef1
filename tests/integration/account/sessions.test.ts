import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createUser, errorCode, PASSWORD, startServer, uniqueEmail, type TestServer } from '../../support/harness.js';
import { wsClient, wsQuery } from '../../support/ws.js';
import { until } from '../../support/subscription.js';
import { LoginAttempt } from '../../../server/src/modules/account/login-attempt.entity.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_IP: '8', LOGIN_FAILURE_WINDOW_MINUTES: '15' });
});
afterAll(() => server.close());

const ME = '{ me { user { email } } }';

/** Moves a session's clock back, as if time had passed, through the owner connection. */
async function ageSession(token: string, field: 'last_seen_at' | 'expires_at', minutesAgo: number) {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(token).digest('hex');
  await server.orm.em.getConnection().execute(`update user_session set ${field} = now() - interval '${minutesAgo} minutes' where token_hash = ?`, [hash]);
}

describe('successful sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and answers me', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    const result = await client.login(user.email.toUpperCase());
    expect(result.errors).toBeUndefined();
    expect(client.lastSetCookie).toMatch(/^hub_session=[\w-]{43};/);
    expect(client.lastSetCookie).toMatch(/HttpOnly/i);
    expect(client.lastSetCookie).toMatch(/SameSite=Lax/i);
    expect(client.lastSetCookie).not.toMatch(/Secure/i);
    const { me } = await client.ok<{ me: { user: { email: string } } }>(ME);
    expect(me.user.email).toBe(user.email);
  });

  it('marks the cookie Secure when served over TLS (behind a proxy that says so)', async () => {
    const user = await createUser(server);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.9.9.9' },
      body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', variables: { e: user.email, p: PASSWORD } }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/Secure/i);
  });

  it('never writes the password to the logs', async () => {
    const user = await createUser(server);
    await new Client(server).login(user.email);
    await new Client(server).login(user.email, 'Wrong-Password-123!');
    const lines = JSON.stringify(server.logs);
    expect(lines).not.toContain(PASSWORD);
    expect(lines).not.toContain('Wrong-Password-123!');
    const request = server.logs.find((l) => l.msg === 'request' && l.path === '/graphql');
    expect(request).toMatchObject({ method: 'POST', status: 200 });
    expect(typeof request?.requestId).toBe('string');
    expect(typeof request?.durationMs).toBe('number');
  });
});

describe('failing sign-in', () => {
  it('refuses a wrong password and an unknown address with the same coded error', async () => {
    const user = await createUser(server);
    const wrong = await new Client(server).login(user.email, 'Not-The-Password-1!');
    const unknown = await new Client(server).login(uniqueEmail('nobody'));
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('slows one address guessing one account, without shutting the owner out from elsewhere, and says when to retry', async () => {
    const user = await createUser(server);
    const guesser = new Client(server);
    for (let i = 0; i < 5; i++) expect(errorCode(await guesser.login(user.email, `Wrong-Password-${i}!`))).toBe('INVALID_CREDENTIALS');
    // The guessing address waits, even with the right password …
    const slowed = await guesser.login(user.email);
    expect(errorCode(slowed)).toBe('LOGIN_RATE_LIMITED');
    const retry = slowed.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(30);
    expect(slowed.errors?.[0]?.message).toMatch(/以降に再度お試しください/);
    // … while the owner, from their own machine, signs in as ever.
    expect((await new Client(server).login(user.email)).errors).toBeUndefined();
  });

  it('lets failures spread over many addresses hold the account back a minute at most, never lock it', async () => {
    const user = await createUser(server);
    for (let i = 0; i < 15; i++) expect(errorCode(await new Client(server).login(user.email, `Wrong-Password-${i}!`))).toBe('INVALID_CREDENTIALS');
    const held = await new Client(server).login(user.email);
    expect(errorCode(held)).toBe('LOGIN_RATE_LIMITED');
    expect(held.errors?.[0]?.extensions?.retryAfterSeconds as number).toBeLessThanOrEqual(60);
  });

  it('slows one address failing across accounts briefly, and not the others', async () => {
    const client = new Client(server);
    for (let i = 0; i < 8; i++) {
      expect(errorCode(await client.login(uniqueEmail('guess'), 'Wrong-Password-1!'))).toBe('INVALID_CREDENTIALS');
    }
    const user = await createUser(server);
    const slowed = await client.login(user.email);
    expect(errorCode(slowed)).toBe('LOGIN_RATE_LIMITED');
    expect(slowed.errors?.[0]?.extensions?.retryAfterSeconds as number).toBeLessThanOrEqual(5);
    expect((await new Client(server).login(user.email)).errors).toBeUndefined();
  });
});

describe('session lifetime', () => {
  it('ends after 30 minutes without activity', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    await client.login(user.email);
    await ageSession(client.sessionToken!, 'last_seen_at', 29);
    expect((await client.ok<{ me: unknown }>(ME)).me).not.toBeNull();
    await ageSession(client.sessionToken!, 'last_seen_at', 31);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('ends at the absolute limit however active it is', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    await client.login(user.email);
    await ageSession(client.sessionToken!, 'expires_at', 1);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('is revoked by logout: the old cookie no longer works', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    await client.login(user.email);
    const stolen = client.cookie;
    expect(await client.ok('mutation { logout }')).toEqual({ logout: true });
    const replay = new Client(server);
    replay.cookie = stolen;
    expect((await replay.ok<{ me: unknown }>(ME)).me).toBeNull();
    expect(errorCode(await replay.gql('{ hubs { id } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('live connection authentication', () => {
  it('accepts a socket with the session cookie or a token in connection_init', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    await client.login(user.email);
    for (const auth of [{ cookie: client.cookie }, { sessionToken: client.sessionToken }]) {
      const ws = wsClient(server.wsUrl, auth);
      const result = await wsQuery<{ me: { user: { email: string } } }>(ws.client, ME);
      expect(result.data?.me.user.email).toBe(user.email);
      await ws.client.dispose();
    }
    expect(server.logs.filter((l) => l.msg === 'operation' && l.transport === 'ws' && typeof l.durationMs === 'number').length).toBeGreaterThanOrEqual(2);
  });

  it('closes a socket without a session with 4403', async () => {
    const ws = wsClient(server.wsUrl);
    expect((await ws.closed).code).toBe(4403);
  });

  it('closes a socket whose session was revoked with 4403', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    await client.login(user.email);
    const cookie = client.cookie;
    await client.ok('mutation { logout }');
    const ws = wsClient(server.wsUrl, { cookie });
    expect((await ws.closed).code).toBe(4403);
  });

  it('ends an open socket at its next operation once the session is revoked', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    await client.login(user.email);
    const ws = wsClient(server.wsUrl, { cookie: client.cookie });
    await wsQuery(ws.client, ME);
    await client.ok('mutation { logout }');
    await wsQuery(ws.client, ME).catch(() => undefined);
    expect((await ws.closed).code).toBe(4403);
  });
});

describe('housekeeping of sign-in attempts', () => {
  it('deletes attempts past LOGIN_ATTEMPT_RETENTION_DAYS when a server starts, and keeps the recent ones', async () => {
    const email = uniqueEmail('pruned');
    const em = server.orm.em.fork();
    const day = 86_400_000;
    for (const ageDays of [40, 31, 29, 0]) em.create(LoginAttempt, { email, ip: '192.0.2.1', succeeded: false, attemptedAt: new Date(Date.now() - ageDays * day) });
    await em.flush();
    const ages = async () => (await server.orm.em.fork().find(LoginAttempt, { email }, { orderBy: { attemptedAt: 'asc' } })).map((a) => Math.round((Date.now() - a.attemptedAt.getTime()) / day));
    expect(await ages()).toEqual([40, 31, 29, 0]);
    const pruning = await startServer({ LOGIN_ATTEMPT_RETENTION_DAYS: '30' });
    try {
      await until(() => pruning.logs.some((l) => l.msg === 'pruned old sign-in attempts'), 'the start prunes');
      expect(await ages()).toEqual([29, 0]);
      // The lockout still counts what it needs: the recent failure is there.
      expect(await pruning.app.services.auth.pruneLoginAttempts(pruning.orm.em.fork())).toBe(0);
    } finally {
      await pruning.close();
    }
  });
});
