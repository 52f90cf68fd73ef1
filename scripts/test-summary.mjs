// The summary `pnpm test` ends with, from each package's vitest JSON report and the skips that
// suites wrote down (tests/support/requirements.ts). Pure: tested in
// tests/integration/platform/test-summary.test.ts.
import path from 'node:path';

const firstLine = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
const NOT_RUN = new Set(['skipped', 'pending', 'todo']);

/**
 * @param {{ label: string, code: number, seconds: number, report: null | { numTotalTests: number, testResults: { name: string, status: string, message?: string, assertionResults: { status: string, fullName: string, ancestorTitles: string[], failureMessages?: string[] }[] }[] } }[]} runs
 * @param {{ suite: string, missing: string, install: string }[]} skips
 * @param {{ ci: boolean, root: string }} options
 * @returns {{ text: string, ok: boolean, failures: string[], skipped: { where: string, why: string }[] }}
 */
export function summarise(runs, skips, { ci, root }) {
  const rel = (file) => path.relative(root, file);
  const failures = [];
  const skipped = [];
  const rows = [];
  for (const { label, code, seconds, report } of runs) {
    if (!report) {
      failures.push(`${label}: did not report (exit code ${code}); its output is above`);
      rows.push([label, '—', '—', '—', '—', seconds]);
      continue;
    }
    let failed = 0;
    let skippedTests = 0;
    for (const file of report.testResults) {
      const tests = file.assertionResults;
      for (const t of tests.filter((a) => a.status === 'failed')) failures.push(`${label}: ${rel(file.name)} › ${t.fullName}\n      ${firstLine(t.failureMessages?.[0])}`);
      failed += tests.filter((a) => a.status === 'failed').length;
      if (file.status === 'failed' && !tests.some((a) => a.status === 'failed')) {
        failures.push(`${label}: ${rel(file.name)} failed to run\n      ${firstLine(file.message)}`);
        failed += 1;
      }
      const notRun = tests.filter((a) => NOT_RUN.has(a.status));
      skippedTests += notRun.length;
      const suiteOf = (a) => a.ancestorTitles[0] ?? '(top level)';
      for (const suite of new Set(notRun.map(suiteOf))) {
        const recorded = skips.find((s) => s.suite === suite);
        const count = notRun.filter((a) => suiteOf(a) === suite).length;
        skipped.push({
          where: `${label}: ${rel(file.name)} › ${suite} (${count} test${count === 1 ? '' : 's'})`,
          why: recorded ? `${recorded.missing}. Install: ${recorded.install}` : 'skipped in the code (.skip / .todo), with no requirement named',
        });
      }
    }
    if (code !== 0 && failed === 0) failures.push(`${label}: exited with code ${code} although no test failed; its output is above`);
    rows.push([label, report.testResults.length, report.numTotalTests, failed, skippedTests, seconds]);
  }

  const pad = (v, n) => String(v).padStart(n);
  const lines = ['', '━━ Summary of every package ━━', `${'package'.padEnd(8)} ${pad('files', 6)} ${pad('tests', 6)} ${pad('failed', 7)} ${pad('skipped', 8)} ${pad('seconds', 8)}`];
  for (const [label, files, tests, failed, skippedTests, seconds] of rows) lines.push(`${label.padEnd(8)} ${pad(files, 6)} ${pad(tests, 6)} ${pad(failed, 7)} ${pad(skippedTests, 8)} ${pad(seconds.toFixed(1), 8)}`);
  if (failures.length) lines.push('', `Failed (${failures.length}):`, ...failures.map((f) => `  ✗ ${f}`));
  if (skipped.length) {
    lines.push('', `Skipped suites (${skipped.length})${ci ? ' — with CI=true a skip is a failure' : ''}:`);
    for (const { where, why } of skipped) lines.push(`  ○ ${where}`, `      ${why}`);
  } else {
    lines.push('', 'Skipped suites: none');
  }
  const ok = failures.length === 0 && (!ci || skipped.length === 0);
  const counts = rows.map(([label, , tests]) => `${label} ${tests}`).join(', ');
  lines.push('', `${ok ? 'PASSED' : 'FAILED'}: ${counts} tests; ${failures.length} failure${failures.length === 1 ? '' : 's'}, ${skipped.length} skipped suite${skipped.length === 1 ? '' : 's'}`);
  return { text: lines.join('\n'), ok, failures, skipped };
}
