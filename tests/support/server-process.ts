import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const serverDir = path.resolve(import.meta.dirname, '../../server');
/** The server's own TypeScript loader, so the server can be started from any folder. */
const tsxLoader = pathToFileURL(path.join(path.dirname(createRequire(path.join(serverDir, 'package.json')).resolve('tsx/package.json')), 'dist/loader.mjs')).href;

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export type ServerProcess = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** The server as `pnpm start` runs it — one process, the TypeScript loader inside it — with only the given environment. */
export function runServer(env: Record<string, string>, cwd = serverDir): ServerProcess {
  let output = '';
  const child = spawn(process.execPath, ['--import', tsxLoader, path.join(serverDir, 'src/main.ts')], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TSX_TSCONFIG_PATH: path.join(serverDir, 'tsconfig.json'), ...env } });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves once /readyz answers on the port (false when the process ended first or time ran out). */
export async function waitReady(port: number, server: ServerProcess, ms = 60_000): Promise<boolean> {
  let ended = false;
  void server.exited.then(() => (ended = true));
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !ended) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Process ids of PostgreSQL servers whose data folder is `dataDir` (read from /proc). */
export function postgresOf(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const d = args.indexOf('-D');
      if (path.basename(args[0] ?? '') === 'postgres' && d >= 0 && path.resolve(args[d + 1] ?? '') === path.resolve(dataDir)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
