#!/usr/bin/env node
// Builds the web client and the server, each only when its inputs changed since its last build,
// so a second `pnpm start` goes straight to serving. A build records a hash of every input file
// (content and path) in its output folder; `--force` rebuilds regardless; `web` or `server`
// builds only that one (the browser tests build the client this way before they start).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const force = process.argv.includes('--force');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const SKIP = new Set(['node_modules', 'dist', '.data', 'gql', '.vitest-cache', 'coverage']);
const shared = ['pnpm-lock.yaml', 'tsconfig.base.json', 'schema/schema.graphql'];

/** What each build reads; the web client imports the server's pure rule modules, so server/src too. */
const targets = [
  // The client's bundle without vue-tsc's type check (12 of its 16 s): `pnpm typecheck` and CI check the types.
  { name: '@hub/web', short: 'web', script: 'bundle', out: 'web/dist', inputs: ['web', 'server/src', ...shared] },
  { name: '@hub/server', short: 'server', script: 'build', out: 'server/dist', inputs: ['server/src', 'server/package.json', 'server/tsconfig.json', 'server/tsconfig.build.json', ...shared] },
];

function files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => !SKIP.has(d.name) && !d.name.endsWith('.test.ts'))
    .flatMap((d) => (d.isDirectory() ? files(path.join(entry, d.name)) : [path.join(entry, d.name)]));
}

function inputHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(files).sort()) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

for (const target of targets.filter((t) => !only.length || only.includes(t.short))) {
  const stamp = path.join(root, target.out, '.build-inputs');
  const hash = inputHash(target.inputs);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    console.log(`${target.name}: up to date (${target.out})`);
    continue;
  }
  console.log(`${target.name}: building`);
  const started = Date.now();
  const run = spawnSync('pnpm', ['--filter', target.name, target.script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeFileSync(stamp, hash);
  console.log(`${target.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
