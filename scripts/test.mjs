#!/usr/bin/env node
// `pnpm test`: every package's suites, even when an earlier one fails, then one summary of all
// failures and skipped suites, and a non-zero exit when anything failed (or, with CI=true, was
// skipped). Each package runs its own `test` script with vitest's JSON report added;
// `node scripts/test.mjs web server` runs only those.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summarise } from './test-summary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
const packages = [
  { name: '@hub/server', label: 'server', dir: 'server' },
  { name: '@hub/web', label: 'web', dir: 'web' },
  { name: '@hub/tests', label: 'tests', dir: 'tests' },
];
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const work = mkdtempSync(path.join(tmpdir(), 'hub-test-run-'));
const skipsFile = path.join(work, 'skips.jsonl');

/** Runs one package's tests; its output streams through, or is kept and printed as one block when it ends. */
function run(pkg, stream) {
  const report = path.join(work, `${pkg.label}.json`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['--filter', pkg.name, 'run', 'test', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: root,
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HUB_TEST_SKIPS: skipsFile, ...(stream ? {} : { FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }) },
    });
    const chunks = [];
    child.stdout?.on('data', (d) => chunks.push(d));
    child.stderr?.on('data', (d) => chunks.push(d));
    child.on('exit', (code, signal) => {
      if (!stream) process.stdout.write(`\n━━ ${pkg.label} (${pkg.name}) ━━\n${Buffer.concat(chunks).toString()}`);
      resolve({ pkg, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000, report: existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : null });
    });
  });
}


// The small packages run beside the integration suite (whose start — building the client,
// copying databases — leaves cores idle); their output is printed as a block when each ends.
const selected = packages.filter((p) => !only.length || only.includes(p.label));
const longest = selected.at(-1);
if (longest) console.log(`\n━━ ${longest.label} (${longest.name}) ━━`);
const results = await Promise.all(selected.map((pkg) => run(pkg, pkg === longest)));

const skips = existsSync(skipsFile) ? readFileSync(skipsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
rmSync(work, { recursive: true, force: true });
const { text, ok } = summarise(results.map(({ pkg, code, seconds, report }) => ({ label: pkg.label, code, seconds, report })), skips, { ci, root });
console.log(text);
process.exit(ok ? 0 : 1);
