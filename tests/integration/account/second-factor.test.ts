import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCode } from '../../../server/src/modules/account/second-factor.service.js';
import { GlobalRole } from '../../../server/src/modules/account/account.types.js';
import { Client, createUser, errorCode, PASSWORD, secondFactors, startServer, type TestServer } from '../../support/harness.js';

/**
 * Accounts after MHLW guideline 6.0, ch. 14: a second factor (TOTP) anyone may use and prefecture
 * administrators must; recovery codes; initial passwords replaced at the first sign-in; the owner
 * told of failed sign-ins; sessions listed and ended by their owner; Secure cookies over TLS.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { next } }';
const VERIFY = 'mutation ($c: String!) { verifySecondFactor(code: $c) { next } }';
/** The password step only, leaving what follows to the test. */
async function passwordOnly(client: Client, email: string, password = PASSWORD): Promise<string> {
  const result = await client.gql<{ login: { next: string } }>(LOGIN, { e: email, p: password });
  expect(result.errors).toBeUndefined();
  return result.data!.login.next;
}
const me = async (client: Client) => (await client.gql<{ me: { user: { email: string; secondFactorSince: string | null } } | null }>('{ me { user { email secondFactorSince } } }')).data?.me ?? null;

describe('the second factor', () => {
  it('is set up by a prefecture administrator at the first sign-in before the session can do anything', async () => {
    const admin = await createUser(server, { globalRole: GlobalRole.PREFECTURE_ADMIN, secondFactor: false });
    const client = new Client(server);
    expect(await passwordOnly(client, admin.email)).toBe('SET_UP_SECOND_FACTOR');
    expect(await me(client)).toBeNull();
    expect(errorCode(await client.gql('{ hubs { id } }'))).toBe('UNAUTHENTICATED');
    const { beginSecondFactorSetup: setup } = await client.ok<{ beginSecondFactorSetup: { secret: string; uri: string; qrSvg: string } }>('mutation { beginSecondFactorSetup { secret uri qrSvg } }');
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]+/);
    expect(setup.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const wrong = await client.gql('mutation ($c: String!) { confirmSecondFactorSetup(code: $c) { next } }', { c: '000000' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CODE', attemptsLeft: 4 });
    const { confirmSecondFactorSetup } = await client.ok<{ confirmSecondFactorSetup: { recoveryCodes: string[]; next: string } }>(
      'mutation ($c: String!) { confirmSecondFactorSetup(code: $c) { recoveryCodes next } }',
      { c: await currentCode(setup.secret) },
    );
    expect(confirmSecondFactorSetup.next).toBe('DONE');
    expect(confirmSecondFactorSetup.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmSecondFactorSetup.recoveryCodes).size).toBe(10);
    for (const code of confirmSecondFactorSetup.recoveryCodes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect((await me(client))?.user.secondFactorSince).toBeTruthy();

    // The next sign-in asks for a code; an app code is good once, a recovery code too.
    const again = new Client(server);
    expect(await passwordOnly(again, admin.email)).toBe('SECOND_FACTOR');
    const reused = await again.gql(VERIFY, { c: await currentCode(setup.secret) });
    expect(reused.errors?.[0]?.extensions?.code, 'the code that confirmed the set-up, again').toBe('INVALID_CODE');
    const recovery = confirmSecondFactorSetup.recoveryCodes[0]!;
    expect((await again.ok<{ verifySecondFactor: { next: string } }>(VERIFY, { c: recovery.toUpperCase().replace('-', ' ') })).verifySecondFactor.next).toBe('DONE');
    expect((await me(again))?.user.email).toBe(admin.email);
    const third = new Client(server);
    await passwordOnly(third, admin.email);
    expect(errorCode(await third.gql(VERIFY, { c: recovery }))).toBe('INVALID_CODE');
    // A prefecture administrator cannot turn it off.
    expect(errorCode(await again.gql('mutation ($p: String!) { disableSecondFactor(password: $p) }', { p: PASSWORD }))).toBe('SECOND_FACTOR_REQUIRED');
  });

  it('ends a sign-in after five wrong codes, counts them as failed sign-ins, and tells the owner at the next sign-in', async () => {
    const user = await createUser(server, { secondFactor: true });
    const guesser = new Client(server);
    expect(await passwordOnly(guesser, user.email)).toBe('SECOND_FACTOR');
    const left: unknown[] = [];
    for (let i = 0; i < 5; i += 1) left.push((await guesser.gql(VERIFY, { c: String(100000 + i) })).errors?.[0]?.extensions?.attemptsLeft);
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(errorCode(await guesser.gql(VERIFY, { c: '123456' }))).toBe('UNAUTHENTICATED');

    const owner = new Client(server);
    await owner.login(user.email);
    const { me: mine } = await owner.ok<{ me: { signInNotice: { failedAttempts: number; lastFailedFrom: string } | null } }>('{ me { signInNotice { failedAttempts lastFailedAt lastFailedFrom } } }');
    expect(mine.signInNotice).toMatchObject({ failedAttempts: 5, lastFailedFrom: guesser.ip });
    // Signing in again without failures in between: nothing to tell.
    const later = new Client(server);
    await later.login(user.email);
    expect((await later.ok<{ me: { signInNotice: unknown } }>('{ me { signInNotice { failedAttempts } } }')).me.signInNotice).toBeNull();
  });

  it('may be set up and turned off (with the password) by anyone else, and gives new recovery codes for an app code', async () => {
    const user = await createUser(server);
    const client = new Client(server);
    expect(await passwordOnly(client, user.email)).toBe('DONE');
    const { beginSecondFactorSetup } = await client.ok<{ beginSecondFactorSetup: { secret: string } }>('mutation { beginSecondFactorSetup { secret } }');
    await client.ok('mutation ($c: String!) { confirmSecondFactorSetup(code: $c) { next } }', { c: await currentCode(beginSecondFactorSetup.secret) });
    const fresh = await client.gql<{ regenerateRecoveryCodes: string[] }>('mutation ($c: String!) { regenerateRecoveryCodes(code: $c) }', { c: await currentCode(beginSecondFactorSetup.secret, new Date(Date.now() + 30_000)) });
    expect(fresh.data?.regenerateRecoveryCodes, JSON.stringify(fresh.errors)).toHaveLength(10);
    expect(errorCode(await client.gql('mutation ($p: String!) { disableSecondFactor(password: $p) }', { p: 'not-the-password-1!' }))).toBe('INVALID_CREDENTIALS');
    await client.ok('mutation ($p: String!) { disableSecondFactor(password: $p) }', { p: PASSWORD });
    expect(await passwordOnly(new Client(server), user.email)).toBe('DONE');
  });
});

describe('initial passwords', () => {
  it('are replaced at the first sign-in, by a different one, before the session can do anything', async () => {
    const user = await createUser(server, { mustChangePassword: true });
    const client = new Client(server);
    expect(await passwordOnly(client, user.email)).toBe('CHANGE_PASSWORD');
    expect(await me(client)).toBeNull();
    const same = await client.gql('mutation ($p: String!) { changeInitialPassword(newPassword: $p) { next } }', { p: PASSWORD });
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'PASSWORD_POLICY', problems: ['REUSED'] });
    const changed = await client.ok<{ changeInitialPassword: { next: string } }>('mutation ($p: String!) { changeInitialPassword(newPassword: $p) { next } }', { p: 'Kotoshi-no-Kaigi-2026!' });
    expect(changed.changeInitialPassword.next).toBe('DONE');
    expect((await me(client))?.user.email).toBe(user.email);
    expect(await passwordOnly(new Client(server), user.email, 'Kotoshi-no-Kaigi-2026!')).toBe('DONE');
    // The step is over: it cannot be taken again.
    expect(errorCode(await client.gql('mutation ($p: String!) { changeInitialPassword(newPassword: $p) { next } }', { p: 'Mata-Kaeru-2026-Pass!' }))).toBe('WRONG_SIGN_IN_STEP');
  });
});

describe('sessions', () => {
  it('are listed to their owner, who may end one or all the others, and no one else’s', async () => {
    const user = await createUser(server);
    const [laptop, phone, tablet] = [new Client(server), new Client(server), new Client(server)];
    for (const client of [laptop, phone, tablet]) await client.login(user.email);
    const { mySessions } = await laptop.ok<{ mySessions: { id: string; current: boolean; ip: string }[] }>('{ mySessions { id current ip signedInAt lastSeenAt userAgent } }');
    expect(mySessions).toHaveLength(3);
    expect(mySessions[0]).toMatchObject({ current: true, ip: laptop.ip });
    const phoneSession = mySessions.find((s) => s.ip === phone.ip)!;
    await laptop.ok('mutation ($s: ID!) { revokeSession(sessionId: $s) }', { s: phoneSession.id });
    expect(await me(phone)).toBeNull();
    const stranger = new Client(server);
    await stranger.login((await createUser(server)).email);
    expect(errorCode(await stranger.gql('mutation ($s: ID!) { revokeSession(sessionId: $s) }', { s: mySessions[0]!.id }))).toBe('NOT_FOUND');
    expect(await me(laptop)).not.toBeNull();
    expect((await laptop.ok<{ revokeOtherSessions: number }>('mutation { revokeOtherSessions }')).revokeOtherSessions).toBe(1);
    expect(await me(tablet)).toBeNull();
    expect(await me(laptop)).not.toBeNull();
  });

  it('are in Secure cookies whenever the request came over TLS', async () => {
    const user = await createUser(server);
    const login = (proto?: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(proto ? { 'x-forwarded-proto': proto } : {}) },
        body: JSON.stringify({ query: LOGIN, variables: { e: user.email, p: PASSWORD } }),
      });
    expect((await login('https')).headers.get('set-cookie')).toMatch(/; Secure/i);
    expect((await login()).headers.get('set-cookie')).not.toMatch(/; Secure/i);
  });
});

describe('the harness', () => {
  it('signs its prefecture administrators in with their second factor', async () => {
    const admin = await createUser(server, { globalRole: GlobalRole.PREFECTURE_ADMIN });
    expect(secondFactors.get(admin.email)).toBeDefined();
    const client = new Client(server);
    expect(((await client.login(admin.email)).data as { login: { next: string } }).login.next).toBe('DONE');
  });
});
