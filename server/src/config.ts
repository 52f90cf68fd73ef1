import path from 'node:path';
import { z } from 'zod';

/**
 * The repository's root (this file is server/src/config.ts, or server/dist/config.js once built):
 * relative paths in the settings are read against it, so the app finds the same database and
 * client whichever folder it is started from.
 */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const fromRoot = (value: string) => path.resolve(REPOSITORY_ROOT, value);

/**
 * Every setting the server reads from the environment, validated once at start.
 * The README's configuration table mirrors this list.
 */
const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'a PostgreSQL connection URL such as postgres://user:password@host:5432/database');

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'true or false' })
  .transform((value) => value === 'true' || value === '1');

const positiveInt = (what: string) =>
  z.coerce.number({ message: `a whole number (${what})` }).int(`a whole number (${what})`).positive(`a positive number (${what})`);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'development, production or test' }).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ message: 'a TCP port number' }).int().min(0, 'a TCP port between 0 and 65535').max(65535, 'a TCP port between 0 and 65535').default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  /** The application's connection: a role that is neither superuser, table owner nor BYPASSRLS. */
  DATABASE_URL: postgresUrl.optional(),
  /** The owner role's connection, used only to run migrations. Defaults to DATABASE_URL. */
  DATABASE_OWNER_URL: postgresUrl.optional(),
  /** Where the embedded PostgreSQL keeps its files when DATABASE_URL is not set (relative to the repository's root). */
  EMBEDDED_DB_DIR: z.string().min(1).default('server/.data/postgres'),
  EMBEDDED_DB_PORT: z.coerce.number({ message: 'a TCP port number' }).int().min(1024, 'a TCP port between 1024 and 65535').max(65535, 'a TCP port between 1024 and 65535').default(54329),
  /** Load the demo hub and demo accounts on an empty database. Never in production. */
  DEMO_DATA: booleanFlag.optional(),
  /** Express "trust proxy" setting: set to the balancer's address (or "loopback") when behind one. */
  TRUST_PROXY: z.string().default('false'),
  SESSION_IDLE_MINUTES: positiveInt('minutes').default(30),
  SESSION_ABSOLUTE_HOURS: positiveInt('hours').default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt('failed logins').default(5),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt('failed logins').default(20),
  LOGIN_FAILURE_WINDOW_MINUTES: positiveInt('minutes').default(15),
  /** How long sign-in attempts (the sign-in access log) are kept before they are deleted. */
  LOGIN_ATTEMPT_RETENTION_DAYS: positiveInt('days').default(400),
  /** Redis for sharing live events between server instances; without it events stay in-process. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'a Redis URL such as redis://127.0.0.1:6379').optional(),
  /** Extra origins allowed to open WebSocket connections (comma-separated); the server's own origin always is. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** How long live events can be caught up after a disconnection. */
  EVENT_RETENTION_DAYS: positiveInt('days').default(7),
  /** Subscriptions one WebSocket may hold at once. */
  WS_MAX_SUBSCRIPTIONS: positiveInt('subscriptions').default(20),
  /** How long one HTTP operation may run; fields not started by then are refused with QUERY_TIMEOUT. */
  EXECUTION_TIMEOUT_MS: positiveInt('milliseconds').default(10_000),
  /** Bearer token a metrics collector sends to GET /metrics; without one, only this machine may read it. */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** Folder of the built web client (relative to the repository's root); served at / when it exists. */
  WEB_DIST_DIR: z.string().optional(),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  database: { url?: string; ownerUrl?: string; embeddedDir: string; embeddedPort: number };
  demoData: boolean;
  trustProxy: boolean | string;
  session: { idleMinutes: number; absoluteHours: number };
  loginLimits: { perAccount: number; perIp: number; windowMinutes: number; retentionDays: number };
  webDistDir: string;
  redisUrl?: string;
  allowedOrigins: string[];
  eventRetentionDays: number;
  wsMaxSubscriptions: number;
  executionTimeoutMs: number;
  metricsToken?: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = issue.path.join('.');
        return `${variable}=${JSON.stringify(env[variable] ?? '')} is not valid: expected ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.DEMO_DATA === true) {
    throw new ConfigError(['DEMO_DATA="true" is not allowed with NODE_ENV=production: demo accounts are never created in production']);
  }
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: {
      url: e.DATABASE_URL,
      ownerUrl: e.DATABASE_OWNER_URL ?? e.DATABASE_URL,
      embeddedDir: fromRoot(e.EMBEDDED_DB_DIR),
      embeddedPort: e.EMBEDDED_DB_PORT,
    },
    demoData: e.NODE_ENV === 'production' ? false : (e.DEMO_DATA ?? e.NODE_ENV === 'development'),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    loginLimits: {
      perAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perIp: e.LOGIN_MAX_FAILURES_PER_IP,
      windowMinutes: e.LOGIN_FAILURE_WINDOW_MINUTES,
      retentionDays: e.LOGIN_ATTEMPT_RETENTION_DAYS,
    },
    webDistDir: fromRoot(e.WEB_DIST_DIR ?? 'web/dist'),
    redisUrl: e.REDIS_URL,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    eventRetentionDays: e.EVENT_RETENTION_DAYS,
    wsMaxSubscriptions: e.WS_MAX_SUBSCRIPTIONS,
    executionTimeoutMs: e.EXECUTION_TIMEOUT_MS,
    metricsToken: e.METRICS_TOKEN,
  };
}

function parseTrustProxy(value: string): boolean | string {
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  return value;
}
