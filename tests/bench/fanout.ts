/**
 * Live-event fan-out benchmark: N graphql-ws subscribers spread over H hubs, one event per hub
 * per second, on one server process or on several behind Redis. See BENCHMARKS.md for the
 * results and the exact command; in short, from tests/:
 *
 *   ulimit -n 20000 && pnpm exec tsx bench/fanout.ts --subscribers 1000,5000,10000 --instances 1,2
 *
 * What it does, all on 127.0.0.1:
 *  1. recreates the database `hub_bench` (roles hub_bench_owner / hub_bench_app) on the local
 *     PostgreSQL, migrates it, loads the reference data and creates a prefecture admin account;
 *  2. starts the real server as a separate process (`node --import tsx src/main.ts`,
 *     NODE_ENV=production, LOG_LEVEL=warn) with tests/bench/server-probe.ts preloaded, and creates
 *     H hubs through the API, each with a secretariat (the publisher) and one ADVISOR member whose
 *     single session is shared by all the hub's sockets;
 *  3. per configuration (subscribers × instances): starts fresh server process(es) (with REDIS_URL
 *     when more than one), opens one graphql-ws socket per subscriber from this process, each with
 *     one `hubEvents` subscription, waits until every subscriber has received a warm-up event,
 *     then for `--duration` seconds raises one issue per hub per second over HTTP, staggered
 *     across the second (hub h publishes through instance h mod instances, sockets are spread
 *     over the instances), and measures per delivery receipt time − event `at`.
 *
 * Every phase has a deadline; the servers it started are stopped at the end (and on Ctrl-C).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

const here = import.meta.dirname;
const serverDir = path.resolve(here, '../../server');
const probePath = path.resolve(here, 'server-probe.ts');

const { values: opts } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000' },
    instances: { type: 'string', default: '1' },
    hubs: { type: 'string', default: '100' },
    duration: { type: 'string', default: '60' },
    /** Duration for configurations of at least 10,000 subscribers (defaults to --duration). */
    'duration-large': { type: 'string' },
    'admin-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    database: { type: 'string', default: 'hub_bench' },
    'redis-url': { type: 'string', default: 'redis://127.0.0.1:6379' },
    /** Use Redis even with one instance (to separate the cost of Redis from that of two processes). */
    'redis-single': { type: 'boolean', default: false },
    'port-base': { type: 'string', default: '4600' },
    /** Sockets being opened at once. */
    'connect-concurrency': { type: 'string', default: '200' },
    /** Write a V8 CPU profile of each server over the publishing window into this folder. */
    profile: { type: 'string' },
    /** Write heap snapshots of each server (after the warm-up, with the sockets connected, with the subscriptions live) into this folder. */
    'heap-snapshots': { type: 'string' },
    /** Runs of a configuration to repeat when other work took more than 15 % of a core during its window. */
    'busy-retries': { type: 'string', default: '2' },
    /** Longest wait for other work on the machine to stop before a publishing window, in seconds. */
    'quiet-wait': { type: 'string', default: '600' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'hub-bench', 'results.json') },
  },
});

const HUBS = int(opts.hubs);
const DURATION_S = int(opts.duration);
const DURATION_LARGE_S = opts['duration-large'] ? int(opts['duration-large']) : DURATION_S;
const CONNECT_CONCURRENCY = int(opts['connect-concurrency']);
const PASSWORD = 'Bench-Password-2025!';
const ADMIN_EMAIL = 'bench-admin@bench.example.jp';
const workDir = path.dirname(opts.out);
mkdirSync(workDir, { recursive: true });

function int(value: string | undefined, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`not a whole number of at least ${min}: ${value}`);
  return n;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const log = (message: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Processes this benchmark started; killed if it exits early. */
const running = new Set<ChildProcess>();
function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// Database

type Urls = { appUrl: string; ownerUrl: string };

/** Runs setup-db.ts in server/ (see there) and returns the two connection URLs. */
async function prepareDatabase(): Promise<Urls> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(here, 'setup-db.ts'), opts['admin-url'], opts.database, ADMIN_EMAIL, PASSWORD], {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  running.delete(child);
  if (code !== 0) throw new Error(`setup-db exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as Urls;
}

// ---------------------------------------------------------------------------------------------
// Server processes

type Stats = { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number; loop: { count: number; mean: number; p50: number; p99: number; max: number } };

class ServerProcess {
  readonly url: string;
  readonly wsUrl: string;
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Record<string, unknown>) => void>();
  exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess, readonly port: number, readonly logFile: string) {
    this.url = `http://127.0.0.1:${port}`;
    this.wsUrl = `ws://127.0.0.1:${port}/graphql`;
    child.on('message', (reply: Record<string, unknown>) => {
      const resolve = this.waiting.get(reply.id as number);
      this.waiting.delete(reply.id as number);
      resolve?.(reply);
    });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(port: number, urls: Urls, redisUrl: string | null): Promise<ServerProcess> {
    const logFile = path.join(workDir, `server-${port}.log`);
    const fd = openSync(logFile, 'w');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: urls.appUrl,
      DATABASE_OWNER_URL: urls.ownerUrl,
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    };
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', probePath, 'src/main.ts'], {
      cwd: serverDir,
      env,
      stdio: ['ignore', fd, fd, 'ipc'],
    });
    running.add(child);
    child.once('exit', () => running.delete(child));
    const server = new ServerProcess(child, port, logFile);
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server on port ${port} exited with ${child.exitCode}; see ${logFile}`);
      try {
        const response = await fetch(`${server.url}/readyz`);
        if (response.ok) return server;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`server on port ${port} not ready after 60 s; see ${logFile}`);
      await sleep(250);
    }
  }

  request<T extends Record<string, unknown>>(message: Record<string, unknown>, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`probe of server ${this.port} did not answer ${String(message.type)}`));
      }, timeoutMs);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.error) reject(new Error(String(reply.error)));
        else resolve(reply as T);
      });
      this.child.send({ ...message, id });
    });
  }

  stats(options: { gc?: boolean; reset?: boolean } = {}): Promise<Stats> {
    return this.request<Stats>({ type: 'stats', ...options });
  }

  /** VmRSS of the process as the kernel reports it, in bytes. */
  vmRss(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
  }

  /** User + system CPU time of the process so far, in ms. */
  cpuMs(): number {
    return procCpuMs(this.child.pid!);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timeout = sleep(20_000).then(() => 'timeout' as const);
    if ((await Promise.race([this.exited, timeout])) === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

const CLOCK_TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux
function procCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return NaN; // gone
  }
}
function machineBusyMs(): number {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const values = cpu!.trim().split(/\s+/).slice(1).map(Number);
  const idle = values[3]! + values[4]!;
  return (values.reduce((a, b) => a + b, 0) - idle) * CLOCK_TICK_MS;
}

/**
 * CPU time by who spent it: the server process(es), this process, the PostgreSQL backends
 * connected to the benchmark's database, redis-server, and the rest of the machine ("foreign":
 * anything not part of this benchmark, plus PostgreSQL's shared background processes).
 */
type CpuSnapshot = { at: number; machine: number; servers: number[]; bench: number; postgres: Map<number, number>; redis: Map<number, number> };

function cpuSnapshot(servers: ServerProcess[]): CpuSnapshot {
  const postgres = new Map<number, number>();
  const redis = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    if (cmdline.startsWith('postgres: ') && cmdline.includes(` ${opts.database} `)) postgres.set(Number(entry), procCpuMs(Number(entry)));
    else if (cmdline.includes('redis-server')) redis.set(Number(entry), procCpuMs(Number(entry)));
  }
  const own = process.cpuUsage();
  return { at: Date.now(), machine: machineBusyMs(), servers: servers.map((s) => s.cpuMs()), bench: (own.user + own.system) / 1000, postgres, redis };
}

type CpuShare = { serverPct: number[]; benchPct: number; postgresPct: number; redisPct: number; foreignPct: number; machinePct: number };

function cpuShare(start: CpuSnapshot, end: CpuSnapshot): CpuShare {
  const wall = end.at - start.at;
  const pct = (ms: number) => Math.round((1000 * ms) / wall) / 10;
  // Processes that appeared during the window count from zero; those that ended are lost to "foreign".
  const delta = (a: Map<number, number>, b: Map<number, number>) => [...b].reduce((sum, [pid, ms]) => sum + (Number.isNaN(ms) ? 0 : ms - (a.get(pid) ?? 0)), 0);
  const servers = end.servers.map((ms, k) => ms - start.servers[k]!);
  const bench = end.bench - start.bench;
  const postgres = delta(start.postgres, end.postgres);
  const redis = delta(start.redis, end.redis);
  const machine = end.machine - start.machine;
  const foreign = Math.max(0, machine - bench - postgres - redis - servers.reduce((a, b) => a + b, 0));
  return { serverPct: servers.map(pct), benchPct: pct(bench), postgresPct: pct(postgres), redisPct: pct(redis), foreignPct: pct(foreign), machinePct: pct(machine) };
}

/**
 * Other work on the machine (e.g. a test suite) distorts the measurement on 2 cores: before a
 * publishing window, wait until the CPU not spent by this benchmark stays under 15 % of one core
 * for 3 s (at most --quiet-wait seconds; the window's foreign CPU is reported either way, and
 * main() measures a configuration again when it exceeded that during the window).
 */
const BUSY_LIMIT_PCT = 15;

async function waitForQuiet(servers: ServerProcess[]): Promise<void> {
  const deadline = Date.now() + int(opts['quiet-wait']) * 1000;
  let warned = false;
  for (;;) {
    const start = cpuSnapshot(servers);
    await sleep(3000);
    const share = cpuShare(start, cpuSnapshot(servers));
    if (share.foreignPct < BUSY_LIMIT_PCT) return;
    if (Date.now() > deadline) {
      log(`  machine still busy with other work (${share.foreignPct} % of a core); measuring anyway`);
      return;
    }
    if (!warned) log(`  waiting for the machine to be quiet: ${share.foreignPct} % of a core is busy with other work`);
    warned = true;
  }
}

// ---------------------------------------------------------------------------------------------
// GraphQL over HTTP

type GqlResult<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ result: GqlResult<T>; token: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { cookie: `hub_session=${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.get('set-cookie');
  const issued = setCookie ? /hub_session=([^;]+)/.exec(setCookie)?.[1] ?? null : null;
  return { result: (await response.json()) as GqlResult<T>, token: issued };
}

async function ok<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ data: T; token: string | null }> {
  const { result, token: issued } = await gql<T>(url, query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return { data: result.data, token: issued };
}

type Hub = { index: number; hubId: string; cycleId: string; secretariatToken: string; memberToken: string };

async function createHubs(url: string): Promise<Hub[]> {
  const login = await ok(url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', { e: ADMIN_EMAIL, p: PASSWORD });
  const admin = login.token!;
  const zones = await ok<{ homeCareZones: { id: string; name: string }[] }>(url, '{ homeCareZones { id name } }', {}, admin);
  const zone = zones.data.homeCareZones.find((z) => z.name === '室蘭') ?? zones.data.homeCareZones[0]!;
  const accept = async (token: string, name: string) => {
    const accepted = await ok(url, 'mutation ($t: String!, $p: String!, $n: String) { acceptInvitation(token: $t, password: $p, displayName: $n) { user { id } } }', { t: token, p: PASSWORD, n: name });
    return accepted.token!;
  };
  const one = async (index: number): Promise<Hub> => {
    const created = await ok<{ createHub: { hub: { id: string }; secretariatInvitation: { token: string } } }>(
      url,
      'mutation ($input: CreateHubInput!) { createHub(input: $input) { hub { id } secretariatInvitation { token } } }',
      { input: { zoneId: zone.id, name: `ベンチ拠点 ${index + 1}`, tier: 'SINGLE', implementingBody: 'ベンチ医師会', implementingBodyKind: 'MEDICAL_ASSOCIATION', secretariatEmail: `secretariat-${index}@bench.example.jp` } },
      admin,
    );
    const hubId = created.data.createHub.hub.id;
    const secretariatToken = await accept(created.data.createHub.secretariatInvitation.token, '事務局');
    const cycle = await ok<{ createCycle: { id: string } }>(url, 'mutation ($h: ID!) { createCycle(hubId: $h, fiscalYear: 2025) { id } }', { h: hubId }, secretariatToken);
    const invited = await ok<{ inviteMember: { token: string } }>(
      url,
      'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }',
      { input: { hubId, email: `member-${index}@bench.example.jp`, role: 'ADVISOR' } },
      secretariatToken,
    );
    const memberToken = await accept(invited.data.inviteMember.token, 'アドバイザー');
    return { index, hubId, cycleId: cycle.data.createCycle.id, secretariatToken, memberToken };
  };
  const hubs: Hub[] = [];
  for (let i = 0; i < HUBS; i += 10) hubs.push(...(await Promise.all(Array.from({ length: Math.min(10, HUBS - i) }, (_, k) => one(i + k)))));
  return hubs;
}

const RAISE = 'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }';

type Published = { hub: Hub; issueId: string | null; sentAt: number; respondedAt: number; error?: string };

async function publish(server: ServerProcess, hub: Hub, title: string): Promise<Published> {
  const sentAt = Date.now();
  try {
    const { result } = await gql<{ raiseIssue: { id: string } }>(server.url, RAISE, { input: { hubId: hub.hubId, cycleId: hub.cycleId, title } }, hub.secretariatToken);
    const issueId = result.data?.raiseIssue.id ?? null;
    return { hub, issueId, sentAt, respondedAt: Date.now(), ...(issueId ? {} : { error: JSON.stringify(result.errors) }) };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return { hub, issueId: null, sentAt, respondedAt: Date.now(), error: `${String(error)}${cause ? ` (${String(cause)})` : ''}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Subscribers

const SUBSCRIPTION = 'subscription ($h: ID!) { hubEvents(hubId: $h) { sequence entityType entityId operation at } }';
type HubEvent = { sequence: number; entityType: string; entityId: string; operation: string; at: string };

/** Receipts of every subscriber of this process: per event (entity id), the latencies of its deliveries. */
class Receipts {
  readonly byEntity = new Map<string, number[]>();
  /** Each event's `at`, in ms since the epoch. */
  readonly at = new Map<string, number>();
  total = 0;
  record(event: HubEvent, receivedAt: number): void {
    let list = this.byEntity.get(event.entityId);
    if (!list) {
      this.byEntity.set(event.entityId, (list = []));
      this.at.set(event.entityId, Date.parse(event.at));
    }
    list.push(receivedAt - Date.parse(event.at));
    this.total++;
  }
}

class Subscriber {
  client: WsClient | null = null;
  received = 0;
  errors: unknown[] = [];
  closedUnexpectedly = false;
  private closing = false;

  constructor(readonly hub: Hub, readonly server: ServerProcess, private readonly receipts: Receipts) {}

  /** Opens the socket and resolves once the server acknowledged connection_init (authenticated). */
  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      let settled = false;
      this.client = createClient({
        url: this.server.wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { sessionToken: this.hub.memberToken },
        onNonLazyError: () => undefined,
        on: {
          connected: () => {
            settled = true;
            resolve();
          },
          closed: (event) => {
            if (!this.closing) this.closedUnexpectedly = true;
            if (!settled) {
              settled = true;
              reject(new Error(`socket closed before it was acknowledged: ${(event as { code?: number }).code}`));
            }
          },
        },
      });
    });
  }

  /** Starts the socket's one hubEvents subscription. */
  subscribe(): void {
    this.client!.subscribe<{ hubEvents: HubEvent }>({ query: SUBSCRIPTION, variables: { h: this.hub.hubId } }, {
      next: (value) => {
        const receivedAt = Date.now();
        if (value.data?.hubEvents) {
          this.received++;
          this.receipts.record(value.data.hubEvents, receivedAt);
        } else if (value.errors) this.errors.push(...value.errors);
      },
      error: (error) => this.errors.push(error),
      complete: () => undefined,
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.client?.dispose();
  }
}

/** Connects every subscriber, CONNECT_CONCURRENCY handshakes at a time. */
async function connectAll(subscribers: Subscriber[]): Promise<{ failed: number }> {
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < subscribers.length) {
      const subscriber = subscribers[next++]!;
      try {
        await Promise.race([subscriber.connect(), sleep(30_000).then(() => Promise.reject(new Error('connect timeout')))]);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
  return { failed };
}

/** Sends every subscribe message, CONNECT_CONCURRENCY at a time with a pause, so the server's context building is not flooded. */
async function subscribeAll(subscribers: Subscriber[]): Promise<void> {
  for (let i = 0; i < subscribers.length; i += CONNECT_CONCURRENCY) {
    for (const s of subscribers.slice(i, i + CONNECT_CONCURRENCY)) if (s.client) s.subscribe();
    await sleep(100);
  }
}

async function closeAll(subscribers: Subscriber[]): Promise<void> {
  for (let i = 0; i < subscribers.length; i += 500) await Promise.all(subscribers.slice(i, i + 500).map((s) => s.close()));
}

/**
 * Waits until every subscriber has received an event: publishes one warm-up event per hub, waits
 * up to 3 s, and again while some subscriptions are not live yet (up to `rounds` times).
 * Returns how many subscribers received one.
 */
async function barrier(servers: ServerProcess[], hubs: Hub[], subscribers: Subscriber[], label: string, rounds = 40): Promise<number> {
  const before = subscribers.map((s) => s.received);
  const waiting = () => subscribers.filter((s, i) => s.received <= before[i]!).length;
  for (let round = 0; round < rounds && waiting() > 0; round++) {
    await Promise.all(hubs.map((hub) => publish(servers[hub.index % servers.length]!, hub, `warm-up ${label} ${round}`)));
    const deadline = Date.now() + 3_000;
    while (waiting() > 0 && Date.now() < deadline) await sleep(100);
  }
  return subscribers.length - waiting();
}

// ---------------------------------------------------------------------------------------------
// One configuration

type Result = {
  subscribers: number;
  instances: number;
  redis: boolean;
  durationS: number;
  connectS: number;
  connectFailed: number;
  ready: number;
  published: number;
  publishErrors: number;
  expected: number;
  received: number;
  missed: number;
  duplicates: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** The publishing mutation's round trip, and its two parts around the event's `at`. */
  publishRttMs: { p50: number; p99: number; max: number };
  sendToAtMs: { p50: number; p99: number };
  /** When the last event was committed, counted from the start of the publishing window, and the commit rate that makes. */
  lastCommitS: number;
  commitsPerS: number;
  atToResponseMs: { p50: number; p99: number };
  subscribeS: number;
  /** Server RSS / V8 heap growth per socket with its subscription live (after a full GC). */
  rssPerSocketKB: number;
  heapPerSocketKB: number;
  /** The same for the socket alone: connected and authenticated, before it subscribed. */
  rssPerSocketConnectedKB: number;
  heapPerSocketConnectedKB: number;
  /** V8 heap reserved (used or not) and memory outside the heap held by JS objects (Buffers), per socket. */
  heapTotalPerSocketKB: number;
  externalPerSocketKB: number;
  serverRssMB: { before: number; after: number }[];
  serverLoopLagMs: { mean: number; p50: number; p99: number; max: number }[];
  clientLoopLagMs: { mean: number; p50: number; p99: number; max: number };
  /** CPU over the publishing window, % of one core (the machine has two). */
  cpu: CpuShare;
  socketsClosed: number;
  subscriptionErrors: number;
  /** Runs it took to get a window without much other work on the machine (see --busy-retries). */
  attempts?: number;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function runConfiguration(urls: Urls, hubs: Hub[], subscriberCount: number, instances: number, portBase: number): Promise<Result> {
  const redis = instances > 1 || opts['redis-single'];
  const durationS = subscriberCount >= 10_000 ? DURATION_LARGE_S : DURATION_S;
  log(`configuration: ${subscriberCount} subscribers, ${instances} instance(s)${redis ? ' over Redis' : ''}, ${durationS} s`);
  const servers: ServerProcess[] = [];
  await waitForQuiet(servers);
  try {
    for (let k = 0; k < instances; k++) servers.push(await ServerProcess.start(portBase + k, urls, redis ? opts['redis-url'] : null));
    const receipts = new Receipts();

    // Warm the code paths with one socket per hub, so that the RSS baseline is not a cold server.
    const primers = hubs.map((hub) => new Subscriber(hub, servers[hub.index % instances]!, receipts));
    await connectAll(primers);
    await subscribeAll(primers);
    await barrier(servers, hubs, primers, 'prime');
    await closeAll(primers);
    await sleep(2000);
    const memory = () => Promise.all(servers.map(async (s) => ({ ...(await s.stats({ gc: true })), vmRss: s.vmRss() })));
    const baseline = await memory();
    const snapshot = async (stage: string) => {
      if (!opts['heap-snapshots']) return;
      mkdirSync(opts['heap-snapshots'], { recursive: true });
      for (const s of servers) await s.request({ type: 'heap-snapshot', file: path.join(opts['heap-snapshots'], `server-${subscriberCount}x${instances}-${s.port}-${stage}.heapsnapshot`) }, 300_000);
    };
    await snapshot('1-baseline');

    // Subscriber i follows hub i mod H on instance floor(i / H) mod instances.
    const subscribers = Array.from({ length: subscriberCount }, (_, i) => new Subscriber(hubs[i % hubs.length]!, servers[Math.floor(i / hubs.length) % instances]!, receipts));
    const connectStarted = Date.now();
    const { failed: connectFailed } = await connectAll(subscribers);
    const connectS = (Date.now() - connectStarted) / 1000;
    log(`  ${subscriberCount - connectFailed} sockets open and acknowledged in ${connectS.toFixed(1)} s (${connectFailed} failed)`);
    await sleep(3000);
    const connected = await memory();
    await snapshot('2-connected');
    const subscribeStarted = Date.now();
    await subscribeAll(subscribers);
    const ready = await barrier(servers, hubs, subscribers, 'ready');
    const subscribeS = (Date.now() - subscribeStarted) / 1000;
    log(`  ${ready}/${subscriberCount} subscriptions live (received a warm-up event) after ${subscribeS.toFixed(1)} s`);
    await sleep(5000);
    const loaded = await memory();
    await snapshot('3-subscribed');
    const perSocketKB = (from: typeof baseline, to: typeof baseline, key: 'vmRss' | 'heapUsed' | 'heapTotal' | 'external') =>
      Math.round((to.reduce((sum, l, k) => sum + l[key] - from[k]![key], 0) / subscriberCount / 1024) * 10) / 10;

    await waitForQuiet(servers);
    // Publishing window.
    if (opts.profile) {
      mkdirSync(opts.profile, { recursive: true });
      await Promise.all(servers.map((s) => s.request({ type: 'profile-start' })));
    }
    await Promise.all(servers.map((s) => s.stats({ reset: true })));
    const clientLoop = monitorEventLoopDelay({ resolution: 10 });
    clientLoop.enable();
    const cpuStart = cpuSnapshot(servers);
    const inFlight: Promise<Published>[] = [];
    const start = Date.now() + 200;
    const slot = 1000 / hubs.length;
    for (let second = 0; second < durationS; second++) {
      for (const hub of hubs) {
        const due = start + second * 1000 + hub.index * slot;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        inFlight.push(publish(servers[hub.index % instances]!, hub, `bench ${second}`));
      }
    }
    const published = await Promise.all(inFlight);
    const publishEnded = Date.now();
    const cpu = cpuShare(cpuStart, cpuSnapshot(servers));
    const serverLoop = await Promise.all(servers.map((s) => s.stats()));
    clientLoop.disable();
    if (opts.profile) {
      await Promise.all(servers.map((s) => s.request({ type: 'profile-stop', file: path.join(opts.profile!, `server-${subscriberCount}x${instances}-${s.port}.cpuprofile`) }, 120_000)));
    }

    // Expected deliveries: every successfully published event, to every subscriber of its hub.
    const perHub = new Map<string, number>();
    for (const s of subscribers) perHub.set(s.hub.hubId, (perHub.get(s.hub.hubId) ?? 0) + 1);
    const ok = published.filter((p) => p.issueId);
    const expected = ok.reduce((sum, p) => sum + perHub.get(p.hub.hubId)!, 0);
    const countReceived = () => ok.reduce((sum, p) => sum + Math.min(receipts.byEntity.get(p.issueId!)?.length ?? 0, perHub.get(p.hub.hubId)!), 0);
    const drainDeadline = publishEnded + 15_000;
    while (countReceived() < expected && Date.now() < drainDeadline) await sleep(200);
    const received = countReceived();
    const duplicates = ok.reduce((sum, p) => sum + Math.max(0, (receipts.byEntity.get(p.issueId!)?.length ?? 0) - perHub.get(p.hub.hubId)!), 0);
    const latencies = new Float64Array(received + duplicates);
    let n = 0;
    for (const p of ok) for (const ms of receipts.byEntity.get(p.issueId!) ?? []) latencies[n++] = ms;
    latencies.sort();
    const rtts = Float64Array.from(published.map((p) => p.respondedAt - p.sentAt)).sort();
    // Where a mutation's time goes: from sending it to the event's `at` (HTTP, session, pool, transaction
    // start), and from `at` to the response (insert, commit, response).
    const toAt = Float64Array.from(ok.filter((p) => receipts.at.has(p.issueId!)).map((p) => receipts.at.get(p.issueId!)! - p.sentAt)).sort();
    const commitTimes = ok.map((p) => receipts.at.get(p.issueId!)).filter((t): t is number => t !== undefined);
    const lastCommitS = (Math.max(...commitTimes) - start) / 1000;
    const afterAt = Float64Array.from(ok.filter((p) => receipts.at.has(p.issueId!)).map((p) => p.respondedAt - receipts.at.get(p.issueId!)!)).sort();
    const round = (x: number) => Math.round(x * 10) / 10;
    // The histogram records sampling intervals of 10 ms: the lag is the excess.
    const ms = (ns: number) => Math.max(0, round(ns / 1e6 - 10));

    const result: Result = {
      subscribers: subscriberCount,
      instances,
      redis,
      durationS,
      connectS: round(connectS),
      connectFailed,
      ready,
      published: ok.length,
      publishErrors: published.length - ok.length,
      expected,
      received,
      missed: expected - received,
      duplicates,
      latencyMs: {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: latencies[latencies.length - 1] ?? NaN,
        mean: round(latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1)),
      },
      publishRttMs: { p50: percentile(rtts, 50), p99: percentile(rtts, 99), max: rtts[rtts.length - 1] ?? NaN },
      sendToAtMs: { p50: percentile(toAt, 50), p99: percentile(toAt, 99) },
      lastCommitS: round(lastCommitS),
      commitsPerS: round(commitTimes.length / lastCommitS),
      atToResponseMs: { p50: percentile(afterAt, 50), p99: percentile(afterAt, 99) },
      subscribeS: round(subscribeS),
      rssPerSocketKB: perSocketKB(baseline, loaded, 'vmRss'),
      heapPerSocketKB: perSocketKB(baseline, loaded, 'heapUsed'),
      rssPerSocketConnectedKB: perSocketKB(baseline, connected, 'vmRss'),
      heapPerSocketConnectedKB: perSocketKB(baseline, connected, 'heapUsed'),
      heapTotalPerSocketKB: perSocketKB(baseline, loaded, 'heapTotal'),
      externalPerSocketKB: perSocketKB(baseline, loaded, 'external'),
      serverRssMB: servers.map((_, k) => ({ before: round(baseline[k]!.vmRss / 2 ** 20), after: round(loaded[k]!.vmRss / 2 ** 20) })),
      serverLoopLagMs: serverLoop.map((s) => ({ mean: s.loop.mean, p50: s.loop.p50, p99: s.loop.p99, max: s.loop.max })),
      clientLoopLagMs: { mean: ms(clientLoop.mean), p50: ms(clientLoop.percentile(50)), p99: ms(clientLoop.percentile(99)), max: ms(clientLoop.max) },
      cpu,
      socketsClosed: subscribers.filter((s) => s.closedUnexpectedly).length,
      subscriptionErrors: subscribers.reduce((sum, s) => sum + s.errors.length, 0),
    };
    const errors = published.filter((p) => p.error).slice(0, 3);
    if (errors.length) log(`  publish errors, e.g. ${errors.map((p) => p.error).join(' | ')}`);
    log(`  ${JSON.stringify(result)}`);
    await closeAll(subscribers);
    return result;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

// ---------------------------------------------------------------------------------------------

function table(results: Result[]): string {
  const rows = results.map((r) =>
    [
      r.subscribers.toLocaleString('en'),
      `${r.instances}${r.redis ? ' (Redis)' : ''}`,
      r.latencyMs.p50,
      r.latencyMs.p95,
      r.latencyMs.p99,
      r.latencyMs.max,
      `${r.missed} / ${r.expected.toLocaleString('en')}`,
      r.commitsPerS,
      `${r.publishRttMs.p50} / ${r.publishRttMs.p99}`,
      r.rssPerSocketKB,
      r.serverLoopLagMs.map((l) => `${l.p50} / ${l.p99} / ${l.max}`).join('; '),
      `${r.clientLoopLagMs.p50} / ${r.clientLoopLagMs.p99} / ${r.clientLoopLagMs.max}`,
      `${r.cpu.serverPct.join(' + ')} / ${r.cpu.postgresPct} / ${r.cpu.redisPct} / ${r.cpu.benchPct} / ${r.cpu.foreignPct}`,
    ].join(' | '),
  );
  return [
    '| subscribers | instances | p50 ms | p95 ms | p99 ms | max ms | missed / expected | events committed per s | publish RTT p50 / p99 ms | RSS per socket KB | server loop lag p50 / p99 / max ms | bench loop lag p50 / p99 / max ms | CPU % of a core: server / PostgreSQL / Redis / bench / foreign |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const sizes = opts.subscribers.split(',').map(int);
  const instanceCounts = opts.instances.split(',').map(int);
  const portBase = int(opts['port-base']);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: serverDir, encoding: 'utf8' }).trim();
  const revision = { commit: git('rev-parse', '--short', 'HEAD'), serverChanges: git('status', '--short', '--', '.').split('\n').filter(Boolean) };
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  log(`server at ${revision.commit}${revision.serverChanges.length ? ` with uncommitted changes: ${revision.serverChanges.join(', ')}` : ''}`);
  log(`preparing database ${opts.database}`);
  const urls = await prepareDatabase();
  const setupServer = await ServerProcess.start(portBase, urls, null);
  let hubs: Hub[];
  try {
    log(`creating ${HUBS} hubs`);
    hubs = await createHubs(setupServer.url);
  } finally {
    await setupServer.stop();
  }
  const results: Result[] = [];
  let port = portBase + 10;
  for (const instances of instanceCounts) {
    for (const size of sizes) {
      for (let attempt = 0; ; attempt++) {
        const result = await runConfiguration(urls, hubs, size, instances, port);
        // A new port per run: no TIME_WAIT leftovers on the same 4-tuples.
        port += 10;
        if (result.cpu.foreignPct <= BUSY_LIMIT_PCT || attempt >= int(opts['busy-retries'], 0)) {
          results.push({ ...result, attempts: attempt + 1 });
          break;
        }
        log(`  other work used ${result.cpu.foreignPct} % of a core during the window: measuring again`);
      }
    }
  }
  writeFileSync(opts.out, JSON.stringify({ revision, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: os.totalmem() / 2 ** 30, node: process.version }, results }, null, 2));
  process.stdout.write(`${table(results)}\n`);
  log(`results written to ${opts.out}`);
}

await main();
process.exit(0);
