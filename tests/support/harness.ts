import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pino } from 'pino';
import { createApp, type App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { openOrm } from '../../server/src/db/orm.js';
import { GlobalRole, User } from '../../server/src/modules/account/user.entity.js';
import { testDatabase } from './database.js';
import { requestIdMixin } from '../../server/src/platform/logger.js';

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

  async login(email: string, password = PASSWORD): Promise<GqlResult> {
    return this.gql('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt user { id } } }', { email, password });
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
export async function createUser(server: TestServer, options: { email?: string; globalRole?: GlobalRole; displayName?: string; secondaryAreaId?: string } = {}): Promise<User> {
  const em = server.orm.em.fork();
  const user = em.create(User, {
    email: options.email ?? uniqueEmail('user'),
    displayName: options.displayName ?? 'テスト利用者',
    passwordHash: await (passwordHash ??= server.app.services.auth.hashPassword(PASSWORD)),
    globalRole: options.globalRole ?? null,
    secondaryArea: options.secondaryAreaId ?? null,
  });
  await em.flush();
  return user;
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
