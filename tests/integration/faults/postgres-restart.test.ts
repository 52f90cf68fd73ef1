import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { call, figures, FULL, n, privatePostgres, remote, remoteWorld, rounds, seconds, serverScript, sleep, type Outcome, type PrivatePostgres } from '../../support/faults.js';
import { freePort, runServer, waitReady, type ServerProcess } from '../../support/server-process.js';

/**
 * PostgreSQL stopped and started again under steady read and write load, on a cluster of the
 * test's own: /readyz turns 503 promptly (it does not hang), requests fail with a coded error in
 * bounded time, the server process stays up, and once PostgreSQL is back /readyz is 200 again
 * and requests succeed, without restarting the server.
 *
 * Quick: one outage of 3 s (pg_ctl stop -m fast). FAULTS_FULL=1: 6 outages of 10 s, alternating
 * -m fast and -m immediate (FAULTS_PG_OUTAGES overrides the number).
 */
const OUTAGES = rounds('PG_OUTAGES', 1, 6);
const DOWN_MS = FULL ? 10_000 : 3_000;
const WORKERS = 8;
/** The server's pool (server/src/db/orm.ts): after a restart, each of its connections may fail one request. */
const POOL_SIZE = 10;
/** An answer slower than this counts as a hang. */
const BOUND_MS = 5_000;

let cluster: PrivatePostgres | undefined;
let server: ServerProcess | undefined;

afterAll(async () => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  await cluster?.destroy();
});

type Sample = { at: number; op: 'read' | 'write'; outcome: Outcome<unknown> };

async function readyz(url: string): Promise<{ status: number; ms: number; body: unknown }> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(30_000) });
    return { status: response.status, ms: Date.now() - startedAt, body: await response.json().catch(() => null) };
  } catch (error) {
    return { status: 0, ms: Date.now() - startedAt, body: String(error) };
  }
}

describe('PostgreSQL restarted under load', () => {
  it(`detects ${OUTAGES} database outage(s) promptly and recovers from each without a restart`, async () => {
    const began = Date.now();
    cluster = await privatePostgres();
    await cluster.start();
    // The project's own setup: roles and database by `pnpm --filter @hub/server db:setup`.
    const exports = serverScript('db-setup.ts', [cluster.adminUrl, 'hub_faults']);
    const env = Object.fromEntries([...exports.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
    expect(Object.keys(env).sort()).toEqual(['DATABASE_OWNER_URL', 'DATABASE_URL']);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = runServer({ ...env, PORT: String(port), DEMO_DATA: 'true', NODE_ENV: 'development', LOG_LEVEL: 'warn', WEB_DIST_DIR: '/nonexistent' });
    expect(await waitReady(port, server, 120_000), server.output()).toBe(true);
    const target = remote(url);
    const world = await remoteWorld(target);

    // Steady load: reads and writes, one after another on each of the workers.
    const samples: Sample[] = [];
    const acked: string[] = [];
    let running = true;
    let k = 0;
    const worker = async (w: number) => {
      for (let i = 0; running; i++) {
        const at = Date.now();
        if ((i + w) % 2 === 0) {
          const outcome = await call(world.secretariat, 'query ($h: ID!) { hub(hubId: $h) { id name participations { id } } budget(hubId: $h, fiscalYear: 2025) { summary { total { actualYen } } } }', { h: world.hubId });
          samples.push({ at, op: 'read', outcome });
        } else {
          const outcome = await call<{ recordExpense: { id: string } }>(world.secretariat, 'mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', {
            input: { hubId: world.hubId, spentOn: '2025-08-01', subCap: 'OFFICE', category: 'SUPPLIES', amountYen: 1, description: `再起動試験 ${k++}` },
          });
          if (outcome.kind === 'ok') acked.push(outcome.data.recordExpense.id);
          samples.push({ at, op: 'write', outcome });
        }
        // A steady load, not a flood: the outage, not the machine, is what is measured.
        await sleep(20);
      }
    };
    const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));

    const windows: { mode: string; detectMs: number; recoverMs: number; stopBegan: number; stopped: number; startBegan: number; readyAt: number; until: number }[] = [];
    try {
      await sleep(FULL ? 5_000 : 2_000);
      const steady = samples.filter((s) => s.outcome.kind !== 'ok');
      expect(steady.map((s) => JSON.stringify(s.outcome)), 'requests before the first outage').toEqual([]);
      for (let outage = 0; outage < OUTAGES; outage++) {
        const mode = outage % 2 === 0 ? 'fast' : 'immediate';
        const stopBegan = Date.now();
        await cluster.stop(mode);
        const stopped = Date.now();
        // /readyz says so at once, answering (not hanging) every time it is asked.
        const probes: { status: number; ms: number; body: unknown }[] = [];
        let detectMs = -1;
        while (Date.now() - stopped < DOWN_MS) {
          const probe = await readyz(url);
          probes.push(probe);
          if (detectMs < 0 && probe.status === 503) detectMs = Date.now() - stopBegan;
          await sleep(100);
        }
        const seen = probes.map((p) => `${p.status} in ${p.ms} ms`).join(', ');
        expect(detectMs, `outage ${outage + 1} (${mode}): /readyz turned 503; it answered ${seen}; server output: ${server.output().slice(-3000)}`).toBeGreaterThanOrEqual(0);
        for (const probe of probes) {
          expect(probe.status, `outage ${outage + 1}: /readyz while PostgreSQL is down`).toBe(503);
          expect(probe.ms, `outage ${outage + 1}: /readyz answer time (${seen})`).toBeLessThan(BOUND_MS);
        }
        expect(probes[0]!.body).toEqual({ status: 'unavailable', database: 'unreachable' });
        expect(server.child.exitCode, `the server process is still running: ${server.output().slice(-2000)}`).toBeNull();

        // PostgreSQL back: ready again, and requests succeed, from the same process.
        const startBegan = Date.now();
        await cluster.start();
        let recoverMs = -1;
        while (Date.now() - startBegan < 60_000) {
          const probe = await readyz(url);
          if (probe.status === 200) {
            recoverMs = Date.now() - startBegan;
            break;
          }
          await sleep(50);
        }
        expect(recoverMs, `outage ${outage + 1}: /readyz back to 200`).toBeGreaterThanOrEqual(0);
        const readyAt = startBegan + recoverMs;
        await sleep(FULL ? 4_000 : 2_000);
        windows.push({ mode, detectMs, recoverMs, stopBegan, stopped, startBegan, readyAt, until: Date.now() });
      }
    } finally {
      running = false;
      await Promise.all(workers);
    }

    // Judged once every request has its answer (a request that hung is then one that timed out, unanswered).
    const problems: string[] = [];
    const outages = windows.map((window, i) => {
      const label = `outage ${i + 1}`;
      // Made while PostgreSQL was down: answered, with a code, in bounded time, without internals.
      const during = samples.filter((s) => s.at >= window.stopped && s.at < window.startBegan);
      if (during.length === 0) problems.push(`${label}: no request was made while PostgreSQL was down`);
      const codes = new Set<string>();
      for (const s of during) {
        if (s.outcome.kind === 'unanswered') problems.push(`${label}: ${s.op} unanswered after ${s.outcome.ms} ms: ${s.outcome.error}`);
        else if (s.outcome.kind === 'ok') problems.push(`${label}: ${s.op} succeeded while PostgreSQL was down`);
        else {
          if (!s.outcome.code) problems.push(`${label}: ${s.op} refused without a code (HTTP ${s.outcome.status}): ${s.outcome.message}`);
          else codes.add(`${s.outcome.code} (HTTP ${s.outcome.status})`);
          if (s.outcome.code && (s.outcome.code !== 'SERVICE_UNAVAILABLE' || s.outcome.status !== 503)) problems.push(`${label}: ${s.op} refused as ${s.outcome.code} (HTTP ${s.outcome.status}), not as SERVICE_UNAVAILABLE (503)`);
          if (/ECONNREFUSED|terminat|postgres|at \w+ \(/i.test(s.outcome.message)) problems.push(`${label}: internals in the message: ${s.outcome.message}`);
        }
        if (s.outcome.ms >= BOUND_MS) problems.push(`${label}: ${s.op} took ${s.outcome.ms} ms`);
      }
      // In flight when PostgreSQL went away: answered too (succeeded or refused), not left hanging.
      for (const s of samples.filter((x) => x.at >= window.stopBegan - 2_000 && x.at < window.stopped)) {
        if (s.outcome.kind === 'unanswered') problems.push(`${label}: ${s.op} in flight at the stop was never answered (${s.outcome.ms} ms): ${s.outcome.error}`);
      }
      // After /readyz says ready, a request may still meet a pooled connection that died with the
      // old server: it is refused as SERVICE_UNAVAILABLE (503, retry after 5 s), and the dead
      // connection leaves the pool. So at most one refusal per pooled connection, then none.
      const after = samples.filter((s) => s.at >= window.readyAt && s.at < window.until);
      if (after.length === 0) problems.push(`${label}: no request was made after the recovery`);
      const refusedAfter = after.filter((s) => s.outcome.kind !== 'ok');
      for (const s of refusedAfter) if (!(s.outcome.kind === 'refused' && s.outcome.code === 'SERVICE_UNAVAILABLE' && s.outcome.status === 503)) problems.push(`${label}: ${s.op} failed after /readyz said ready: ${JSON.stringify(s.outcome)}`);
      if (refusedAfter.length > POOL_SIZE) problems.push(`${label}: ${refusedAfter.length} requests refused after /readyz said ready, more than the ${POOL_SIZE} pooled connections that can have died`);
      const settlingRefused = refusedAfter.length;
      const settledMs = refusedAfter.length ? Math.max(...refusedAfter.map((s) => s.at)) - window.readyAt : 0;
      const firstOk = samples.find((s) => s.at >= window.startBegan && s.outcome.kind === 'ok');
      return { ...window, refused: during.length, settlingRefused, settledMs, codes, slowestMs: Math.max(0, ...during.map((s) => s.outcome.ms)), firstOkAfterMs: firstOk ? firstOk.at + firstOk.outcome.ms - window.startBegan : -1 };
    });
    expect(problems).toEqual([]);

    // Every write acknowledged across the outages is there.
    const admin = new pg.Client({ connectionString: cluster.adminUrl.replace(/\/postgres$/, '/hub_faults') });
    await admin.connect();
    const { rows } = await admin.query<{ count: number }>('select count(*)::int as count from expense where id = any($1::uuid[])', [acked]).finally(() => admin.end());
    expect(rows[0]!.count).toBe(acked.length);

    expect(server.child.exitCode).toBeNull();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const reads = samples.filter((s) => s.op === 'read').length;
    const list = (pick: (o: (typeof outages)[number]) => number) => outages.map((o) => seconds(pick(o))).join('/');
    figures(
      `PostgreSQL restart: ${OUTAGES} outage(s) of ${seconds(DOWN_MS)} (${outages.map((o) => o.mode).join('/')}), ${n(samples.length)} requests (${n(reads)} reads, ${n(samples.length - reads)} writes), ` +
        `${n(acked.length)} writes acknowledged and present; /readyz 503 after ${outages.map((o) => `${o.detectMs} ms`).join('/')}; ` +
        `${n(outages.reduce((t, o) => t + o.refused, 0))} requests refused while down (codes ${[...new Set(outages.flatMap((o) => [...o.codes]))].join(', ')}; slowest ${outages.map((o) => `${o.slowestMs} ms`).join('/')}); ` +
        `/readyz 200 again ${list((o) => o.recoverMs)} after pg_ctl start; ${n(outages.reduce((t, o) => t + o.settlingRefused, 0))} refused as unavailable after that (dead pooled connections, the last ${list((o) => o.settledMs)} after ready); first success ${list((o) => o.firstOkAfterMs)}; server process never restarted; ${seconds(Date.now() - began)}`,
    );
  }, 120_000 + OUTAGES * (DOWN_MS + 30_000));
});
