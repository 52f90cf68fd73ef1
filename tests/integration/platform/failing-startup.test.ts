import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, postgresOf, runServer, waitReady, type ServerProcess } from '../../support/server-process.js';

/**
 * Starts that go wrong, as a new user meets them with the embedded database: each ends in one
 * line saying what to change, and none leaves a PostgreSQL running; a server killed outright is
 * recovered from by the next start without help.
 */
const started: ServerProcess[] = [];
const folders: string[] = [];

async function dataFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hub-start-'));
  // The embedded PostgreSQL runs as its own system user when the suite runs as root.
  await chmod(dir, 0o755);
  folders.push(dir);
  return dir;
}

function start(dir: string, port: number, dbPort: number, cwd?: string): ServerProcess {
  const server = runServer({ PORT: String(port), EMBEDDED_DB_DIR: dir, EMBEDDED_DB_PORT: String(dbPort), DEMO_DATA: 'false', WEB_DIST_DIR: '/nonexistent' }, cwd);
  started.push(server);
  return server;
}

function occupy(port: number): Promise<net.Server> {
  return new Promise((resolve) => {
    const holder = net.createServer(() => undefined).listen(port, '127.0.0.1', () => resolve(holder));
  });
}

afterEach(async () => {
  for (const server of started.splice(0)) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  for (const dir of folders.splice(0)) {
    for (const pid of postgresOf(path.join(dir, 'data'))) process.kill(pid, 'SIGQUIT');
    await rm(dir, { recursive: true, force: true });
  }
});

describe('a start on a port already in use', () => {
  it('names the port and the variable to change, exits 1 and starts no database', async () => {
    const dir = await dataFolder();
    const port = await freePort();
    const holder = await occupy(port);
    try {
      const server = start(dir, port, await freePort());
      expect(await server.exited).toBe(1);
      const lines = server.output().trim().split('\n');
      expect(lines).toEqual([`The server could not start: PORT ${port} on 127.0.0.1 is already in use (is the app already running?). Stop that program or choose another port, e.g. PORT=${port + 1}.`]);
      expect(postgresOf(path.join(dir, 'data'))).toEqual([]);
    } finally {
      holder.close();
    }
  });

  it('names EMBEDDED_DB_PORT when another program holds the database port, and leaves no PostgreSQL behind', async () => {
    const dir = await dataFolder();
    const dbPort = await freePort();
    const holder = await occupy(dbPort);
    try {
      const server = start(dir, await freePort(), dbPort);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`The server could not start: EMBEDDED_DB_PORT ${dbPort} on 127.0.0.1 is already in use`);
      expect(server.output()).not.toMatch(/\n\s+at /);
      expect(postgresOf(path.join(dir, 'data'))).toEqual([]);
      // Found before initdb: the data folder was not even created.
      expect(existsSync(path.join(dir, 'data', 'PG_VERSION'))).toBe(false);
    } finally {
      holder.close();
    }
  });
});

describe('after the server was killed outright', () => {
  it('the next start stops the leftover PostgreSQL, serves, and SIGINT stops the database with it', async () => {
    const dir = await dataFolder();
    const dbPort = await freePort();
    const port1 = await freePort();
    const serving = start(dir, port1, dbPort);
    expect(await waitReady(port1, serving), serving.output()).toBe(true);
    // It says where its data is and on which port the database listens.
    expect(serving.output()).toContain(`Embedded PostgreSQL: ${dir} (port ${dbPort})`);
    serving.child.kill('SIGKILL');
    await serving.exited;
    const leftover = postgresOf(path.join(dir, 'data'));
    expect(leftover).toHaveLength(1);
    expect(existsSync(path.join(dir, 'data', 'postmaster.pid'))).toBe(true);

    // Started from the repository root this time: the same folder is found.
    const port2 = await freePort();
    const again = start(dir, port2, dbPort, path.resolve(import.meta.dirname, '../../..'));
    expect(await waitReady(port2, again), again.output()).toBe(true);
    const now = postgresOf(path.join(dir, 'data'));
    expect(now).toHaveLength(1);
    expect(now).not.toEqual(leftover);

    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
    expect(postgresOf(path.join(dir, 'data'))).toEqual([]);
  }, 120_000);

  it('SIGTERM during the start still stops the database it started', async () => {
    const dir = await dataFolder();
    const server = start(dir, await freePort(), await freePort());
    // As soon as the database is being started, ask the server to stop.
    for (let i = 0; i < 600 && postgresOf(path.join(dir, 'data')).length === 0 && server.child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(postgresOf(path.join(dir, 'data'))).toEqual([]);
  }, 120_000);
});
