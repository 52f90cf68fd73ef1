import { afterAll, describe, expect, it } from 'vitest';
import { Client, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { testDatabase } from '../../support/database.js';
import { Collected } from '../../support/subscription.js';
import { wsClient } from '../../support/ws.js';
import { call, figures, FULL, privateRedis, remote, rounds, seconds, sleep, type PrivateRedis } from '../../support/faults.js';
import { freePort, runServer, waitReady, type ServerProcess } from '../../support/server-process.js';

/**
 * Redis stopped under two server instances that share one database and one Redis (a private
 * redis-server of the test's own): each instance keeps serving its own subscribers and stays up,
 * writes succeed, and once Redis is back, events written on one instance reach the other's
 * subscribers again within a bounded time. What became of the events written while Redis was
 * down is reported: delivered late, lost to the live stream, and whether the catch-up
 * (hubEventsSince / afterSequence) still has them.
 *
 * Quick: one outage of 5 s. FAULTS_FULL=1: 4 outages of 15 s (FAULTS_REDIS_OUTAGES overrides).
 */
const OUTAGES = rounds('REDIS_OUTAGES', 1, 4);
const DOWN_MS = FULL ? 15_000 : 5_000;
/** How long a live event may take to reach a subscriber. */
const DELIVERY_MS = 5_000;
/** How long the instances may take to find Redis again once it is back. */
const RECONNECT_MS = 20_000;

let setup: TestServer | undefined;
let redis: PrivateRedis | undefined;
const instances: ServerProcess[] = [];

afterAll(async () => {
  for (const instance of instances) if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGKILL');
  await redis?.stop();
  await setup?.close();
});

type Ev = { sequence: number; entityId: string; operation: string };
const EVENTS = 'subscription ($h: ID!, $after: Int) { hubEvents(hubId: $h, afterSequence: $after) { sequence entityId operation } }';
const RAISE = 'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }';

async function instance(redisUrl: string): Promise<{ url: string; process: ServerProcess }> {
  const { appUrl, ownerUrl } = testDatabase();
  const port = await freePort();
  const child = runServer({ DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, REDIS_URL: redisUrl, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', WEB_DIST_DIR: '/nonexistent' });
  instances.push(child);
  expect(await waitReady(port, child, 120_000), child.output()).toBe(true);
  return { url: `http://127.0.0.1:${port}`, process: child };
}

/** A member's client on one of the instances (same session, another address). */
function on(url: string, member: Client): Client {
  const client = new Client(remote(url));
  client.cookie = member.cookie;
  return client;
}

describe('Redis stopped under two instances', () => {
  it(`keeps both instances serving through ${OUTAGES} Redis outage(s), and fans out again once it is back`, async () => {
    const began = Date.now();
    redis = await privateRedis();
    await redis.start();
    setup = await startServer();
    const world: CycleWorld = await cycleWorld(setup);
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const [a, b] = await Promise.all([instance(redis.url), instance(redis.url)]);
    const writerA = on(a.url, world.advisor);
    const writerB = on(b.url, world.municipality);

    const { hubEventHead } = await world.secretariat.ok<{ hubEventHead: number }>('query ($h: ID!) { hubEventHead(hubId: $h) }', { h: world.hubId });
    const wsA = wsClient(a.url.replace('http', 'ws') + '/graphql', { cookie: world.healthCenter.cookie });
    const wsB = wsClient(b.url.replace('http', 'ws') + '/graphql', { cookie: world.secretariat.cookie });
    const onA = new Collected<Ev>(wsA.client, EVENTS, { h: world.hubId, after: hubEventHead }, (d) => d.hubEvents as Ev);
    const onB = new Collected<Ev>(wsB.client, EVENTS, { h: world.hubId, after: hubEventHead }, (d) => d.hubEvents as Ev);
    const has = (events: Collected<Ev>, id: string) => events.items.some((e) => e.entityId === id);
    const arrives = async (events: Collected<Ev>, id: string, ms: number) => {
      const deadline = Date.now() + ms;
      while (!has(events, id) && Date.now() < deadline && events.errors.length === 0 && !events.completed) await sleep(20);
      return has(events, id);
    };
    let k = 0;
    const problems: string[] = [];
    const running = (p: ServerProcess) => p.child.exitCode === null && p.child.signalCode === null;
    const state = (p: ServerProcess) => (running(p) ? 'running' : `ended (exit ${p.child.exitCode}, signal ${p.child.signalCode}); its last output: ${p.output().slice(-1200)}`);
    /** A write through one instance: its id when acknowledged; otherwise the problem is noted. */
    const raise = async (client: Client, label: string): Promise<{ id: string; ms: number } | null> => {
      const outcome = await call<{ raiseIssue: { id: string } }>(client, RAISE, { input: { hubId: world.hubId, cycleId, title: `${label} ${k++}` } }, 15_000);
      if (outcome.kind === 'ok') return { id: outcome.data.raiseIssue.id, ms: outcome.ms };
      problems.push(`${label}: ${JSON.stringify(outcome)}; the instance has ${state((client === writerA ? a : b).process)}`);
      return null;
    };

    // With Redis: a write on either instance reaches both instances' subscribers.
    for (const [writer, name] of [[writerA, 'A'], [writerB, 'B']] as const) {
      const written = await raise(writer, `Redis稼働中 ${name}`);
      expect(written).not.toBeNull();
      expect(await arrives(onA, written!.id, DELIVERY_MS), `write on ${name} reaches A's subscriber`).toBe(true);
      expect(await arrives(onB, written!.id, DELIVERY_MS), `write on ${name} reaches B's subscriber`).toBe(true);
    }

    const report: { ownDelivered: number; crossLate: number; replayed: number; written: number; reconnectMs: number; slowestWriteMs: number; endedAfterMs: number }[] = [];
    for (let outage = 0; outage < OUTAGES && problems.length === 0; outage++) {
      const label = `outage ${outage + 1}`;
      const seenBefore = Math.max(...onB.items.map((e) => e.sequence));
      await redis.stop();
      const stopped = Date.now();
      // While Redis is down: both instances stay up, writes succeed on both, each instance's own subscriber gets its own instance's writes.
      const down: { id: string; on: 'A' | 'B' }[] = [];
      let ownDelivered = 0;
      let slowestWriteMs = 0;
      let endedAfterMs = -1;
      while (Date.now() - stopped < DOWN_MS && running(a.process) && running(b.process)) {
        for (const [writer, name, own] of [[writerA, 'A', onA], [writerB, 'B', onB]] as const) {
          const written = await raise(writer, `${label}: write on ${name} while Redis is down`);
          if (!written) break;
          slowestWriteMs = Math.max(slowestWriteMs, written.ms);
          down.push({ id: written.id, on: name });
          if (await arrives(own, written.id, DELIVERY_MS)) ownDelivered++;
          else problems.push(`${label}: a write on ${name} did not reach ${name}'s own subscriber within ${seconds(DELIVERY_MS)} while Redis was down`);
        }
        await sleep(500);
      }
      for (const [name, instanceOf] of [['A', a], ['B', b]] as const) {
        if (!running(instanceOf.process)) {
          endedAfterMs = Date.now() - stopped;
          problems.push(`${label}: instance ${name} ${state(instanceOf.process)}`);
        } else if ((await fetch(`${instanceOf.url}/readyz`).then((r) => r.status, () => 0)) !== 200) problems.push(`${label}: instance ${name} is not ready while Redis is down`);
      }
      if (!running(a.process) || !running(b.process)) {
        const { hubEventsSince } = await world.secretariat.ok<{ hubEventsSince: Ev[] }>('query ($h: ID!, $a: Int!) { hubEventsSince(hubId: $h, afterSequence: $a) { sequence entityId operation } }', { h: world.hubId, a: seenBefore });
        const replayed = down.filter((w) => hubEventsSince.some((e) => e.entityId === w.id)).length;
        const crossLate = down.filter((w) => has(w.on === 'A' ? onB : onA, w.id)).length;
        report.push({ ownDelivered, crossLate, replayed, written: down.length, reconnectMs: -1, slowestWriteMs, endedAfterMs });
        break;
      }

      // Redis back: a write on A reaches B's subscriber again within a bounded time, and one on B reaches A's.
      await redis.start();
      const restarted = Date.now();
      let reconnectMs = -1;
      while (Date.now() - restarted < RECONNECT_MS) {
        const written = await raise(writerA, `${label}: write on A after Redis came back`);
        if (!written) break;
        if (await arrives(onB, written.id, 1_000)) {
          reconnectMs = Date.now() - restarted;
          break;
        }
      }
      if (reconnectMs < 0) problems.push(`${label}: no write on A reached B's subscriber within ${seconds(RECONNECT_MS)} of Redis coming back`);
      const back = await raise(writerB, `${label}: write on B after Redis came back`);
      if (back && !(await arrives(onA, back.id, DELIVERY_MS))) problems.push(`${label}: a write on B did not reach A's subscriber after Redis came back`);

      // The events written while Redis was down, as the other instance's subscriber saw them, and as the catch-up has them.
      await sleep(1_000);
      const crossLate = down.filter((w) => has(w.on === 'A' ? onB : onA, w.id)).length;
      const { hubEventsSince } = await on(b.url, world.secretariat).ok<{ hubEventsSince: Ev[] }>('query ($h: ID!, $a: Int!) { hubEventsSince(hubId: $h, afterSequence: $a) { sequence entityId operation } }', { h: world.hubId, a: seenBefore });
      const replayed = down.filter((w) => hubEventsSince.some((e) => e.entityId === w.id)).length;
      if (replayed !== down.length) problems.push(`${label}: hubEventsSince has ${replayed} of the ${down.length} events written while Redis was down`);
      report.push({ ownDelivered, crossLate, replayed, written: down.length, reconnectMs, slowestWriteMs, endedAfterMs });
    }

    // Whatever the live streams did, the catch-up has every event: a subscription resumed from a sequence gets them all.
    const { hubEventHead: head } = await world.secretariat.ok<{ hubEventHead: number }>('query ($h: ID!) { hubEventHead(hubId: $h) }', { h: world.hubId });
    const { hubEventsSince: all } = await world.secretariat.ok<{ hubEventsSince: Ev[] }>('query ($h: ID!, $a: Int!) { hubEventsSince(hubId: $h, afterSequence: $a) { sequence entityId operation } }', { h: world.hubId, a: hubEventHead });
    expect(all.map((e) => e.sequence)).toEqual(Array.from({ length: head - hubEventHead }, (_, i) => hubEventHead + 1 + i));

    const sum = (pick: (r: (typeof report)[number]) => number) => report.reduce((t, r) => t + pick(r), 0);
    const ended = report.filter((r) => r.endedAfterMs >= 0);
    figures(
      `Redis stopped: ${report.length}/${OUTAGES} outage(s) of ${seconds(DOWN_MS)}, ${ended.length ? `${[a, b].filter((i) => !running(i.process)).length} instance(s) ENDED within ${seconds(ended[0]!.endedAfterMs)} of the outage` : '2 instances up throughout'}, ` +
        `${sum((r) => r.written)} writes acknowledged while down (slowest ${Math.max(0, ...report.map((r) => r.slowestWriteMs))} ms), ${sum((r) => r.ownDelivered)}/${sum((r) => r.written)} reached their own instance's subscriber, ` +
        `${sum((r) => r.crossLate)} reached the other instance's subscriber late, ${sum((r) => r.written - r.crossLate)} never did (lost to its live stream), ` +
        `${sum((r) => r.replayed)} replayable via hubEventsSince/afterSequence (${all.length} events since the start, none missing); ` +
        `cross-instance delivery back ${report.map((r) => (r.reconnectMs >= 0 ? seconds(r.reconnectMs) : 'never')).join('/')} after Redis restarted; ${seconds(Date.now() - began)}`,
    );

    await wsA.client.dispose();
    await wsB.client.dispose();
    expect(problems).toEqual([]);
    for (const instanceOf of [a, b]) {
      instanceOf.process.child.kill('SIGTERM');
      expect(await instanceOf.process.exited).toBe(0);
    }

  }, 120_000 + OUTAGES * (DOWN_MS + 40_000));
});
