import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pino } from 'pino';
import { createApp, type App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { openOrm } from '../../server/src/db/orm.js';
import { User } from '../../server/src/modules/account/user.entity.js';
import { GlobalRole } from '../../server/src/modules/account/account.types.js';
import { testDatabase } from './database.js';
import { requestIdMixin } from '../../server/src/platform/logger.js';
import { currentCode, hashRecoveryCode } from '../../server/src/modules/account/second-factor.service.js';
import { DEMO_TOTP_SECRET } from '../../server/src/db/seed/demo.js';

export const PASSWORD = 'Test-Password-2025!';

export type TestServer = {
  url: string;
  wsUrl: string;
  orm: MikroORM;
  app: App;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
};

/** Boots the real server in this process on a free port against the suite's database. */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const { appUrl } = testDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: appUrl, TRUST_PROXY: 'loopback', LOG_LEVEL: 'info', ...env });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = pino({ level: 'info', mixin: requestIdMixin, redact: { paths: ['password', '*.password'], censor: '[redacted]' } }, sink);
  const orm = await openOrm(config.database.url!);
  const app = await createApp({ config, orm, log });
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    orm,
    app,
    logs,
    async close() {
      await app.close();
      await orm.close(true);
    },
  };
}

export type GqlResult<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
};

/** A browser-like client: keeps the session cookie between requests. */
export class Client {
  cookie: string | null = null;
  /** Each client looks like its own machine, so per-IP limits do not couple unrelated tests. */
  ip = `10.${rand()}.${rand()}.${rand()}`;
  lastSetCookie: string | null = null;
  /** x-request-id of the last response: audit entries carry it. */
  lastRequestId: string | null = null;

  constructor(private readonly server: TestServer) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const response = await fetch(`${this.server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.ip,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    this.lastRequestId = response.headers.get('x-request-id');
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : null;
    }
    return (await response.json()) as GqlResult<T>;
  }

  /** Like gql, but fails the test on any error. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /**
   * Signs in; for an account whose second factor this harness set up, the code step follows, with
   * one of the account's recovery codes (each good once, so an account can sign in many times in
   * a test; app codes are good once per 30 s).
   */
  async login(email: string, password = PASSWORD): Promise<GqlResult> {
    const result = await this.gql<{ login: { next: string } }>('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt next user { id } } }', { email, password });
    if (result.data?.login.next === 'SECOND_FACTOR' && secondFactors.has(email.toLowerCase())) {
      const verified = await this.gql<{ verifySecondFactor: { next: string } }>('mutation ($c: String!) { verifySecondFactor(code: $c) { next } }', { c: await secondFactorCode(email) });
      if (verified.errors) return verified as GqlResult;
      result.data.login.next = verified.data!.verifySecondFactor.next;
    }
    return result as GqlResult;
  }

  get sessionToken(): string | null {
    return this.cookie?.split('=')[1] ?? null;
  }
}

function rand(): number {
  return Math.floor(Math.random() * 250) + 1;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@test.example.jp`;
}

/** One argon2 hash of PASSWORD for the accounts a test file arranges (the real hash, computed once). */
let passwordHash: Promise<string> | undefined;

/** Creates an account directly (accounts are not hub-owned), for arranging a test. */
export async function createUser(
  server: TestServer,
  options: { email?: string; globalRole?: GlobalRole; displayName?: string; secondaryAreaId?: string; secondFactor?: boolean; mustChangePassword?: boolean } = {},
): Promise<User> {
  const em = server.orm.em.fork();
  const email = options.email ?? uniqueEmail('user');
  // Prefecture administrators must have a second factor: theirs is set up here, as they would have.
  const factor = (options.secondFactor ?? options.globalRole === GlobalRole.PREFECTURE_ADMIN) ? newSecondFactor() : null;
  const user = em.create(User, {
    email,
    displayName: options.displayName ?? 'テスト利用者',
    passwordHash: await (passwordHash ??= server.app.services.auth.hashPassword(PASSWORD)),
    globalRole: options.globalRole ?? null,
    secondaryArea: options.secondaryAreaId ?? null,
    mustChangePassword: options.mustChangePassword ?? false,
    ...(factor ? { totpSecret: factor.secret, totpEnabledAt: new Date(), recoveryCodeHashes: factor.recoveryCodes.map(hashRecoveryCode) } : {}),
  });
  await em.flush();
  if (factor) secondFactors.set(email.toLowerCase(), factor);
  return user;
}

/**
 * Second factors this harness knows, by e-mail: the secret and the recovery codes not used yet
 * (none for the demo prefecture account, whose secret the demo data sets).
 */
export const secondFactors = new Map<string, { secret: string; recoveryCodes: string[] }>([['prefecture@demo.example.jp', { secret: DEMO_TOTP_SECRET, recoveryCodes: [] }]]);

/** The last 30-second step an app code was made for, by secret: each code is good once. */
const lastSteps = new Map<string, number>();

/**
 * A code for the next sign-in of the account: one of its recovery codes while any is left, else
 * the app code of a step after the last one used (within the ±30 s the server accepts, waiting
 * for the clock when all three are spent).
 */
export async function secondFactorCode(email: string): Promise<string> {
  const factor = secondFactors.get(email.toLowerCase())!;
  const recovery = factor.recoveryCodes.pop();
  if (recovery) return recovery;
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max((lastSteps.get(factor.secret) ?? -Infinity) + 1, now - 1);
    if (step <= now + 1) {
      lastSteps.set(factor.secret, step);
      return currentCode(factor.secret, new Date(step * 30_000 + 15_000));
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * 30_000 - Date.now() + 50));
  }
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
function newSecondFactor(): { secret: string; recoveryCodes: string[] } {
  const pick = (n: number) => Array.from(randomBytes(n), (b) => BASE32[b % 32]).join('');
  return { secret: pick(32).toUpperCase(), recoveryCodes: Array.from({ length: 200 }, () => pick(10)) };
}

export async function signedIn(server: TestServer, options: Parameters<typeof createUser>[1] = {}): Promise<{ client: Client; user: User }> {
  const user = await createUser(server, options);
  const client = new Client(server);
  const result = await client.login(user.email);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { client, user };
}

export const errorCode = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

export { GlobalRole };
