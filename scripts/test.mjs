#!/usr/bin/env node
// `pnpm test`: every package's suites, even when an earlier one fails, then one summary of all
// failures and skipped suites, and a non-zero exit when anything failed (or, with CI=true, was
// skipped). Each package runs its own `test` script with vitest's JSON report added.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

function run(pkg) {
  const report = path.join(work, `${pkg.label}.json`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['--filter', pkg.name, 'run', 'test', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, HUB_TEST_SKIPS: skipsFile },
    });
    child.on('exit', (code, signal) => resolve({ pkg, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000, report: existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : null }));
  });
}

const rel = (file) => path.relative(root, file);
const firstLine = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';

const results = [];
for (const pkg of packages) {
  if (only.length && !only.includes(pkg.label)) continue;
  console.log(`\n━━ ${pkg.label} (${pkg.name}) ━━`);
  results.push(await run(pkg));
}

const skips = existsSync(skipsFile) ? readFileSync(skipsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
const failures = [];
const skipped = [];
const rows = [];
for (const { pkg, code, seconds, report } of results) {
  if (!report) {
    failures.push(`${pkg.label}: did not report (exit code ${code}); its output is above`);
    rows.push([pkg.label, '—', '—', '—', '—', seconds]);
    continue;
  }
  let failed = 0;
  let skippedTests = 0;
  for (const file of report.testResults) {
    const tests = file.assertionResults;
    for (const t of tests.filter((a) => a.status === 'failed')) failures.push(`${pkg.label}: ${rel(file.name)} › ${t.fullName}\n      ${firstLine(t.failureMessages?.[0])}`);
    failed += tests.filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && !tests.some((a) => a.status === 'failed')) {
      failures.push(`${pkg.label}: ${rel(file.name)} failed to run\n      ${firstLine(file.message)}`);
      failed += 1;
    }
    const notRun = tests.filter((a) => a.status === 'skipped' || a.status === 'pending' || a.status === 'todo');
    skippedTests += notRun.length;
    const suites = new Set(notRun.map((a) => a.ancestorTitles[0] ?? '(top level)'));
    for (const suite of suites) {
      const why = skips.find((s) => s.suite === suite);
      const count = notRun.filter((a) => (a.ancestorTitles[0] ?? '(top level)') === suite).length;
      skipped.push({ where: `${pkg.label}: ${rel(file.name)} › ${suite} (${count} test${count === 1 ? '' : 's'})`, why });
    }
  }
  if (code !== 0 && failed === 0) failures.push(`${pkg.label}: exited with code ${code} although no test failed; its output is above`);
  rows.push([pkg.label, report.testResults.length, report.numTotalTests, failed, skippedTests, seconds]);
}

const pad = (v, n) => String(v).padStart(n);
console.log('\n━━ Summary of every package ━━');
console.log(`${'package'.padEnd(8)} ${pad('files', 6)} ${pad('tests', 6)} ${pad('failed', 7)} ${pad('skipped', 8)} ${pad('seconds', 8)}`);
for (const [label, files, tests, failed, skippedTests, seconds] of rows) console.log(`${label.padEnd(8)} ${pad(files, 6)} ${pad(tests, 6)} ${pad(failed, 7)} ${pad(skippedTests, 8)} ${pad(seconds.toFixed(1), 8)}`);
if (failures.length) {
  console.log(`\nFailed (${failures.length}):`);
  for (const f of failures) console.log(`  ✗ ${f}`);
}
if (skipped.length) {
  console.log(`\nSkipped suites (${skipped.length})${ci ? ' — with CI=true a skip is a failure' : ''}:`);
  for (const { where, why } of skipped) {
    console.log(`  ○ ${where}`);
    console.log(why ? `      ${why.missing}. Install: ${why.install}` : '      skipped in the code (.skip / .todo), with no requirement named');
  }
} else {
  console.log('\nSkipped suites: none');
}
rmSync(work, { recursive: true, force: true });
const ok = failures.length === 0 && (!ci || skipped.length === 0);
console.log(`\n${ok ? 'PASSED' : 'FAILED'}: ${rows.map(([label, , tests]) => `${label} ${tests}`).join(', ')} tests; ${failures.length} failure${failures.length === 1 ? '' : 's'}, ${skipped.length} skipped suite${skipped.length === 1 ? '' : 's'}`);
process.exit(ok ? 0 : 1);
