import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedEvents, type HubEventData } from '../../../server/src/platform/event-bus.js';
import { Issue } from '../../../server/src/modules/issue/issue.entity.js';
import { IssueSource } from '../../../server/src/modules/issue/issue.types.js';
import { inHub } from '../../../server/src/platform/tenancy.js';
import { Client, errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, raiseIssue, type CycleWorld } from '../../support/cycle-world.js';
import { hubWorld } from '../../support/world.js';
import { Collected, until } from '../../support/subscription.js';
import { wsClient } from '../../support/ws.js';
import { describeWith, redis, REDIS_URL } from '../../support/requirements.js';
import { testDatabase } from '../../support/database.js';

let server: TestServer;
let world: CycleWorld;

beforeAll(async () => {
  server = await startServer();
  world = await cycleWorld(server);
});
afterAll(() => server.close());

type Ev = { sequence: number; entityType: string; action: string; operation: string; entityId: string };
const EVENTS = 'subscription ($h: ID!, $after: Int) { hubEvents(hubId: $h, afterSequence: $after) { sequence entityType action operation entityId } }';

function subscribe(client: Client, variables: Record<string, unknown>, url = server.wsUrl) {
  const ws = wsClient(url, { cookie: client.cookie });
  const events = new Collected<Ev>(ws.client, EVENTS, variables, (d) => d.hubEvents as Ev);
  return { ws, events };
}

/** Subscribes from the hub's current head, so that no event can slip past while the socket is being set up. */
async function subscribeFromHead(client: Client, url = server.wsUrl) {
  const { hubEventHead } = await client.ok<{ hubEventHead: number }>('query ($h: ID!) { hubEventHead(hubId: $h) }', { h: world.hubId });
  return subscribe(client, { h: world.hubId, after: hubEventHead }, url);
}

async function title(issueId: string, text: string) {
  const { issue } = await world.secretariat.ok<{ issue: { version: number } }>('query ($h: ID!, $i: ID!) { issue(hubId: $h, issueId: $i) { version } }', { h: world.hubId, i: issueId });
  await world.secretariat.ok('mutation ($input: UpdateIssueInput!) { updateIssue(input: $input) { id } }', { input: { hubId: world.hubId, issueId, version: issue.version, title: text } });
}

describe('hub event stream', () => {
  it('delivers every committed change to members, in order, with a growing sequence', async () => {
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const { ws, events } = await subscribeFromHead(world.healthCenter);
    const issueId = await raiseIssue(world, world.municipality, cycleId, '訪問歯科との連携');
    await title(issueId, '訪問歯科診療との連携不足');
    const received = await events.waitFor(2);
    expect(received.map((e) => [e.entityType, e.action, e.operation, e.entityId])).toEqual([
      ['Issue', 'CREATE', 'raiseIssue', issueId],
      ['Issue', 'UPDATE', 'updateIssue', issueId],
    ]);
    expect(received[1]!.sequence).toBe(received[0]!.sequence + 1);
    await ws.client.dispose();
  });

  it('publishes nothing for a rolled-back change, and leaves no gap in the sequence', async () => {
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const published: HubEventData[] = [];
    const listen = (events: HubEventData[]) => published.push(...events);
    committedEvents.on('committed', listen);
    const { ws, events } = await subscribeFromHead(world.secretariat);
    await expect(
      inHub(server.orm.em.fork(), world.hubId, async (tx) => {
        tx.create(Issue, { hub: world.hubId, cycle: cycleId, title: '取り消される課題', source: IssueSource.MEETING, raisedBy: '00000000-0000-0000-0000-000000000000' });
        await tx.flush(); // written and numbered inside the transaction…
        throw new Error('rolled back'); // …then undone
      }),
    ).rejects.toThrow('rolled back');
    const issueId = await raiseIssue(world, world.advisor, cycleId, '確定する課題');
    const [event] = await events.waitFor(1);
    committedEvents.off('committed', listen);
    expect(published.filter((e) => e.hubId === world.hubId).map((e) => e.operation)).toEqual(['raiseIssue']);
    expect(event!.entityId).toBe(issueId);
    const { hubEventsSince } = await world.secretariat.ok<{ hubEventsSince: Ev[] }>('query ($h: ID!, $a: Int!) { hubEventsSince(hubId: $h, afterSequence: $a) { sequence entityId } }', { h: world.hubId, a: event!.sequence - 1 });
    expect(hubEventsSince.map((e) => e.entityId)).toEqual([issueId]);
    await ws.client.dispose();
  });

  it('refuses a subscription to a hub the caller does not belong to, and an unauthenticated socket', async () => {
    const other = await hubWorld(server, { zone: '日高' });
    const { ws, events } = subscribe(other.secretariat, { h: world.hubId });
    await events.waitFor(1).catch(() => undefined);
    expect(JSON.stringify(events.errors)).toContain('FORBIDDEN');
    await ws.client.dispose();
    const anonymous = wsClient(server.wsUrl);
    expect((await anonymous.closed).code).toBe(4403);
  });

  it('stops delivering to a member at the moment they are removed', async () => {
    const member = await world.invite('ADVISOR');
    const { me } = await member.ok<{ me: { memberships: { id: string; hub: { id: string } }[] } }>('{ me { memberships { id hub { id } } } }');
    const membershipId = me.memberships.find((m) => m.hub.id === world.hubId)!.id;
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const { ws, events } = await subscribeFromHead(member);
    await raiseIssue(world, world.municipality, cycleId, '削除前の課題');
    await events.waitFor(1);
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { removeMember(hubId: $h, membershipId: $m) { id } }', { h: world.hubId, m: membershipId });
    await raiseIssue(world, world.municipality, cycleId, '削除後の課題');
    const after = await events.settle();
    expect(after.map((e) => e.operation)).toEqual(['raiseIssue']);
    expect(events.completed).toBe(true);
    await ws.client.dispose();
  });
});

describe('catch-up', () => {
  it('returns exactly the missed events after a reconnect, and resumes the stream from a sequence', async () => {
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const first = await subscribeFromHead(world.municipality);
    await raiseIssue(world, world.municipality, cycleId, '接続中の課題');
    const [seen] = await first.events.waitFor(1);
    await first.ws.client.dispose();

    const missed = [await raiseIssue(world, world.advisor, cycleId, '切断中1'), await raiseIssue(world, world.advisor, cycleId, '切断中2')];
    await title(missed[0]!, '切断中1（修正）');

    const { hubEventsSince } = await world.municipality.ok<{ hubEventsSince: Ev[] }>('query ($h: ID!, $a: Int!) { hubEventsSince(hubId: $h, afterSequence: $a) { sequence operation entityId } }', { h: world.hubId, a: seen!.sequence });
    expect(hubEventsSince.map((e) => [e.operation, e.entityId])).toEqual([
      ['raiseIssue', missed[0]],
      ['raiseIssue', missed[1]],
      ['updateIssue', missed[0]],
    ]);
    expect(hubEventsSince.map((e) => e.sequence)).toEqual([seen!.sequence + 1, seen!.sequence + 2, seen!.sequence + 3]);

    const resumed = subscribe(world.municipality, { h: world.hubId, after: seen!.sequence });
    await resumed.events.waitFor(3);
    await raiseIssue(world, world.advisor, cycleId, '再接続後');
    const all = await resumed.events.waitFor(4);
    expect(all.map((e) => e.sequence)).toEqual([1, 2, 3, 4].map((n) => seen!.sequence + n));
    await resumed.ws.client.dispose();
  });
});

describe('focused subscriptions', () => {
  it('sends the budget summary again when an expense is recorded', async () => {
    await world.secretariat.ok('mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 2024) { id } }', { h: world.hubId });
    const ws = wsClient(server.wsUrl, { cookie: world.healthCenter.cookie });
    const summaries = new Collected<number>(ws.client, 'subscription ($h: ID!) { budgetSummaryChanged(hubId: $h, fiscalYear: 2024) { total { actualYen } } }', { h: world.hubId }, (d) => (d.budgetSummaryChanged as { total: { actualYen: number } }).total.actualYen);
    await until(() => server.app.services.live.listeners(world.hubId) > 0, 'the budget subscription listens');
    await world.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', { input: { hubId: world.hubId, spentOn: '2024-10-01', subCap: 'OFFICE', category: 'TRAVEL', amountYen: 7_700, description: '旅費' } });
    expect(await summaries.waitFor(1)).toEqual([7_700]);
    await ws.client.dispose();
  });
});

describe('WebSocket hardening', () => {
  it('refuses an upgrade from a foreign origin and caps subscriptions per socket', async () => {
    const WebSocket = (await import('ws')).default;
    const refused = await new Promise<number>((resolve) => {
      const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers: { origin: 'https://evil.example.com' } });
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(refused).toBe(401);
    // Sockets the tests above closed release their listeners now (a completed subscription frees its listener at once).
    await until(() => server.app.services.live.listeners(world.hubId) === 0, 'earlier subscribers are gone');
    const ws = wsClient(server.wsUrl, { cookie: world.secretariat.cookie });
    const listening = server.app.services.live.listeners(world.hubId);
    const subs = Array.from({ length: 21 }, () => new Collected<Ev>(ws.client, EVENTS, { h: world.hubId }, (d) => d.hubEvents as Ev));
    await until(() => server.app.services.live.listeners(world.hubId) === listening + 20 && subs.some((s) => s.errors.length > 0), '20 subscriptions listen and one is refused');
    expect(subs.filter((s) => JSON.stringify(s.errors).includes('TOO_MANY_SUBSCRIPTIONS'))).toHaveLength(1);
    await ws.client.dispose();
  });

  it('frees a subscription slot when the client completes it, however often a socket subscribes again', async () => {
    await until(() => server.app.services.live.listeners(world.hubId) === 0, 'earlier subscribers are gone');
    const ws = wsClient(server.wsUrl, { cookie: world.secretariat.cookie });
    const listening = server.app.services.live.listeners(world.hubId);
    // 30 rounds of subscribe and complete on one socket, more than the 20 slots it has.
    for (let round = 0; round < 30; round++) {
      const sub = new Collected<Ev>(ws.client, EVENTS, { h: world.hubId }, (d) => d.hubEvents as Ev);
      await until(() => server.app.services.live.listeners(world.hubId) > listening || sub.errors.length > 0, `round ${round} listens`);
      expect(sub.errors, `round ${round}`).toEqual([]);
      sub.dispose();
      await until(() => server.app.services.live.listeners(world.hubId) === listening, `round ${round} stops listening`);
    }
    await ws.client.dispose();
  });
});

describeWith(redis, 'across two server processes sharing Redis', () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

  async function instance(): Promise<string> {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const { appUrl, ownerUrl } = testDatabase();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: path.resolve(import.meta.dirname, '../../../server'),
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, REDIS_URL, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', WEB_DIST_DIR: '/nonexistent' },
      stdio: 'ignore',
    });
    children.push(child);
    for (let i = 0; i < 600; i++) {
      if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return `127.0.0.1:${port}`;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('instance did not start');
  }

  it('delivers to a subscriber on one instance what was changed through the other, in order', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const viaA = await subscribeFromHead(world.healthCenter, `ws://${a}/graphql`);
    const onB = new Client({ ...server, url: `http://${b}` });
    onB.cookie = world.advisor.cookie;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { raiseIssue: raised } = await onB.ok<{ raiseIssue: { id: string } }>('mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', { input: { hubId: world.hubId, cycleId, title: `別インスタンス ${i}` } });
      ids.push(raised.id);
    }
    const received = await viaA.events.waitFor(5, 10_000);
    expect(received.map((e) => e.entityId)).toEqual(ids);
    expect(received.map((e) => e.sequence)).toEqual([...received.map((e) => e.sequence)].sort((x, y) => x - y));
    await viaA.ws.client.dispose();
    expect(errorCode(await onB.gql('{ hubs { id } }'))).toBeUndefined();
  }, 60_000);
});
