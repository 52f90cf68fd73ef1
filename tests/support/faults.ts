import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client, type GqlResult, type TestServer } from './harness.js';
import { createCycle } from './cycle-world.js';
import { hubWorld, type HubWorld } from './world.js';
import { freePort, serverDir } from './server-process.js';

/**
 * Helpers for the fault tests (tests/integration/faults): a quick form in the normal suite, a
 * full one with FAULTS_FULL=1 (`pnpm faults`). Each test prints one line of figures.
 */
export const FULL = process.env.FAULTS_FULL === '1' || process.env.FAULTS_FULL === 'true';

/** A number of rounds: FAULTS_<NAME> when given, else the full or the quick figure. */
export function rounds(name: string, quick: number, full: number): number {
  const given = Number(process.env[`FAULTS_${name}`]);
  return Number.isInteger(given) && given > 0 ? given : FULL ? full : quick;
}

export function figures(line: string): void {
  console.log(`[faults] ${line}`);
}

export const n = (value: number) => value.toLocaleString('en-US');
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A target the harness's Client can talk to (it reads only `url`), whose address can change between restarts. */
export function remote(url: string): TestServer {
  return { url, wsUrl: url.replace(/^http/, 'ws') + '/graphql' } as unknown as TestServer;
}

export type Outcome<T> =
  | { kind: 'ok'; ms: number; data: T }
  | { kind: 'refused'; ms: number; code: string | undefined; message: string; status: number }
  | { kind: 'unanswered'; ms: number; error: string };

/** One GraphQL call with a deadline that tells an answer (with or without errors) from no answer at all. */
export async function call<T = Record<string, unknown>>(client: Client, query: string, variables: Record<string, unknown> = {}, timeoutMs = 20_000): Promise<Outcome<T>> {
  const started = Date.now();
  try {
    const response = await fetch(`${(client as unknown as { server: TestServer }).server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client.ip, ...(client.cookie ? { cookie: client.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const ms = Date.now() - started;
    let body: GqlResult<T>;
    try {
      body = JSON.parse(text) as GqlResult<T>;
    } catch {
      return { kind: 'refused', ms, code: undefined, message: text.slice(0, 200), status: response.status };
    }
    if (body.errors?.length) return { kind: 'refused', ms, code: body.errors[0]!.extensions?.code, message: body.errors[0]!.message, status: response.status };
    return { kind: 'ok', ms, data: body.data as T };
  } catch (error) {
    return { kind: 'unanswered', ms: Date.now() - started, error: String((error as { cause?: unknown }).cause ?? error) };
  }
}

/** Process ids of `pid`'s descendants (read from /proc). */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // ended while we looked
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A hub of its own on a server reached over HTTP (a process, not the harness's in-process one),
 * built through the API by the demo prefecture account, with an FY2025 cycle and budget.
 */
export async function remoteWorld(target: TestServer, options: { zone?: string } = {}): Promise<HubWorld & { cycleId: string }> {
  const admin = new Client(target);
  const login = await admin.login('prefecture@demo.example.jp', 'Demo-Password-2025!');
  // With its second factor: the harness knows the demo account's secret.
  if (login.errors) throw new Error(`demo prefecture account: ${JSON.stringify(login.errors)}`);
  const world = await hubWorld(target, { admin, zone: options.zone ?? '日高' });
  const cycle = await createCycle(world, 2025);
  await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: 2025 });
  return { ...world, cycleId: cycle.id };
}

const tsxLoader = pathToFileURL(path.join(path.dirname(createRequire(path.join(serverDir, 'package.json')).resolve('tsx/package.json')), 'dist/loader.mjs')).href;

/** Runs one of the server's scripts (server/scripts) as `pnpm --filter @hub/server <script>` would, and returns its stdout. */
export function serverScript(script: string, args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, path.join(serverDir, 'scripts', script), ...args], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TSX_TSCONFIG_PATH: path.join(serverDir, 'tsconfig.json') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

const PG_BIN = process.env.PG_BIN ?? (['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin', '/usr/local/bin'].find((dir) => spawnSync(path.join(dir, 'pg_ctl'), ['--version']).status === 0) ?? '');

export type PrivatePostgres = {
  port: number;
  dataDir: string;
  /** Superuser URL (trust authentication on 127.0.0.1 of a cluster of its own). */
  adminUrl: string;
  start(): Promise<void>;
  /** pg_ctl stop -m <mode>, waiting until it has stopped. */
  stop(mode?: 'fast' | 'immediate' | 'smart'): Promise<void>;
  destroy(): Promise<void>;
};

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary folder, pg_ctl on a free
 * port), which the test may stop and start at will without touching the machine's shared server.
 * As root it runs as the `postgres` system user, as PostgreSQL requires.
 */
export async function privatePostgres(): Promise<PrivatePostgres> {
  if (!PG_BIN) throw new Error('no PostgreSQL binaries (pg_ctl, initdb) found: set PG_BIN');
  const dir = await mkdtemp(path.join(tmpdir(), 'hub-faults-pg-'));
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const command = (tool: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, tool), ...args]] : [path.join(PG_BIN, tool), args]);
  // Asynchronous, so that the load the test runs meanwhile is not held up.
  const run = (tool: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [file, argv] = command(tool, args);
      execFile(file, argv, { cwd: dir }, (error, stdout, stderr) => (error ? reject(new Error(`${tool} ${args.join(' ')} failed: ${stdout}${stderr}`)) : resolve()));
    });
  await run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c max_connections=100`;
  return {
    port,
    dataDir,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'postgres.log'), '-w', '-t', '60', 'start']),
    stop: (mode = 'fast') => run('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']),
    async destroy() {
      const [file, argv] = command('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      spawnSync(file, argv);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type PrivateRedis = { port: number; url: string; start(): Promise<void>; stop(): Promise<void> };

/** A redis-server of the test's own on a free port, without persistence, to stop and start at will. */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ReturnType<typeof spawn> | null = null;
  const bin = process.env.REDIS_SERVER ?? 'redis-server';
  const answers = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.setTimeout(1000);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      for (let i = 0; i < 100 && !(await answers()); i++) await sleep(50);
      if (!(await answers())) throw new Error(`redis-server did not answer on ${port}`);
    },
    async stop() {
      const stopping = child;
      child = null;
      if (!stopping || stopping.exitCode !== null) return;
      const exited = new Promise((resolve) => stopping.once('exit', resolve));
      stopping.kill('SIGKILL');
      await exited;
    },
  };
}
