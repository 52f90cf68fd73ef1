import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Client } from '../../support/harness.js';
import { alive, call, descendants, figures, n, remote, remoteWorld, rounds, seconds, sleep } from '../../support/faults.js';
import { freePort, postgresOf, runServer, waitReady, type ServerProcess } from '../../support/server-process.js';

/**
 * kill -9 during write bursts, on the embedded database: every write the server acknowledged
 * is there after the restart, and nothing is half-written (a record without its audit entry,
 * an audit entry without its record, a meeting without its invitees or agenda, a gap or a
 * mismatch between the hub's event counter and its numbered entries).
 *
 * Even rounds kill the server process only (its PostgreSQL is left running, orphaned: the next
 * start must stop it); odd rounds kill the server and every PostgreSQL process with it, as a
 * crash of the whole machine's service would (the next start must run crash recovery).
 *
 * Quick: 3 rounds; FAULTS_FULL=1: 20 rounds (FAULTS_KILL_ROUNDS overrides).
 */
const ROUNDS = rounds('KILL_ROUNDS', 3, 20);
const WRITERS = 12;

const ISSUE = 'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }';
const EXPENSE = 'mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id amountYen } }';
const MEETING = 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id invitees { id } agenda { id } } } }';

type Acked = { kind: 'Issue' | 'Expense' | 'Meeting'; id: string; parts: string[] };

const started: ServerProcess[] = [];
let folder: string | undefined;

afterAll(async () => {
  for (const server of started) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  if (folder) {
    for (const pid of postgresOf(path.join(folder, 'data'))) process.kill(pid, 'SIGQUIT');
    await sleep(500);
    await rm(folder, { recursive: true, force: true });
  }
});

/** Every table the burst writes, with the audit entity type its rows are recorded under. */
const TABLES: Record<string, string> = { Issue: 'issue', Expense: 'expense', Meeting: 'meeting', Invitee: 'invitee', AgendaItem: 'agenda_item' };

function tableOf(entityType: string): string {
  const overrides: Record<string, string> = { User: 'app_user', Session: 'user_session' };
  return overrides[entityType] ?? entityType.replace(/[A-Z]/g, (c, i: number) => `${i ? '_' : ''}${c.toLowerCase()}`);
}

/** Checks the hub's records after a restart; returns the figures, with every problem found listed. */
async function inspect(db: pg.Client, hubId: string, acked: Acked[]) {
  const problems: string[] = [];
  // Every acknowledged write is there, whole.
  const byKind = (kind: Acked['kind']) => acked.filter((a) => a.kind === kind).map((a) => a.id);
  let present = 0;
  for (const [kind, table] of [['Issue', 'issue'], ['Expense', 'expense'], ['Meeting', 'meeting']] as const) {
    const ids = byKind(kind);
    const { rows } = await db.query<{ id: string }>(`select id::text from ${table} where id = any($1::uuid[])`, [ids]);
    present += rows.length;
    const found = new Set(rows.map((r) => r.id));
    for (const id of ids) if (!found.has(id)) problems.push(`acknowledged ${kind} ${id} is missing`);
  }
  for (const meeting of acked.filter((a) => a.kind === 'Meeting')) {
    const { rows } = await db.query<{ id: string }>('select id::text from invitee where meeting_id = $1 union all select id::text from agenda_item where meeting_id = $1', [meeting.id]);
    const found = new Set(rows.map((r) => r.id));
    for (const part of meeting.parts) if (!found.has(part)) problems.push(`acknowledged meeting ${meeting.id} lost its part ${part}`);
  }
  // Nothing half-written, acknowledged or not: each record with its audit entry…
  let records = 0;
  for (const [entityType, table] of Object.entries(TABLES)) {
    const { rows } = await db.query<{ id: string; audited: boolean }>(
      `select t.id::text, exists (select 1 from audit_entry a where a.hub_id = $1 and a.entity_type = $2 and a.entity_id = t.id::text and a.action = 'CREATE') as audited
         from ${table} t where t.hub_id = $1`,
      [hubId, entityType],
    );
    records += rows.length;
    for (const row of rows) if (!row.audited) problems.push(`${entityType} ${row.id} has no audit entry`);
  }
  // …each audit entry with its record (unless the entry's record was removed on record)…
  const { rows: types } = await db.query<{ entity_type: string }>('select distinct entity_type from audit_entry where hub_id = $1', [hubId]);
  for (const { entity_type: entityType } of types) {
    const table = tableOf(entityType);
    const { rows: exists } = await db.query<{ t: string | null }>('select to_regclass($1)::text as t', [`public.${table}`]);
    if (!exists[0]?.t) {
      problems.push(`audit entity type ${entityType} has no table ${table} to check against`);
      continue;
    }
    const { rows } = await db.query<{ entity_id: string }>(
      `select a.entity_id from audit_entry a
        where a.hub_id = $1 and a.entity_type = $2 and a.action = 'CREATE'
          and not exists (select 1 from ${table} t where t.id::text = a.entity_id)
          and not exists (select 1 from audit_entry d where d.hub_id = $1 and d.entity_type = $2 and d.entity_id = a.entity_id and d.action = 'DELETE')`,
      [hubId, entityType],
    );
    for (const row of rows) problems.push(`audit entry for ${entityType} ${row.entity_id} without its record`);
  }
  // …each meeting with both its invitees and both its agenda items…
  const { rows: meetings } = await db.query<{ id: string; invitees: number; agenda: number }>(
    `select m.id::text, (select count(*)::int from invitee i where i.meeting_id = m.id) as invitees, (select count(*)::int from agenda_item g where g.meeting_id = m.id) as agenda
       from meeting m where m.hub_id = $1`,
    [hubId],
  );
  for (const m of meetings) if (m.invitees !== 2 || m.agenda !== 2) problems.push(`meeting ${m.id} has ${m.invitees} invitees and ${m.agenda} agenda items (2 and 2 were written)`);
  // …and the hub's event counter equal to its numbered entries (the changes), without gaps.
  const { rows: numbering } = await db.query<{ last: string | null; entries: string; distinct: string; max: string | null; unnumbered: string }>(
    `select (select last_sequence::text from hub_event_counter where hub_id = $1) as last, count(*) filter (where sequence is not null)::text as entries,
            count(distinct sequence)::text as distinct, max(sequence)::text as max, count(*) filter (where sequence is null)::text as unnumbered
       from audit_entry where hub_id = $1 and action in ('CREATE', 'UPDATE', 'DELETE')`,
    [hubId],
  );
  const seq = numbering[0]!;
  if (!(seq.last === seq.max && seq.max === seq.entries && seq.entries === seq.distinct)) {
    problems.push(`event numbering: counter ${seq.last}, ${seq.entries} numbered entries, ${seq.distinct} distinct, highest ${seq.max}`);
  }
  if (seq.unnumbered !== '0') problems.push(`${seq.unnumbered} of the hub's changes carry no sequence`);
  return { present, records, problems };
}

describe('kill -9 during write bursts (embedded PostgreSQL)', () => {
  it(`keeps every acknowledged write, whole, over ${ROUNDS} kill -9 rounds`, async () => {
    const began = Date.now();
    folder = await mkdtemp(path.join(tmpdir(), 'hub-faults-kill-'));
    // The embedded PostgreSQL runs as its own system user when the suite runs as root.
    await chmod(folder, 0o755);
    const dataDir = path.join(folder, 'data');
    const dbPort = await freePort();
    const target = remote('');
    let server: ServerProcess;

    const start = async () => {
      const port = await freePort();
      server = runServer({ PORT: String(port), EMBEDDED_DB_DIR: folder!, EMBEDDED_DB_PORT: String(dbPort), DEMO_DATA: 'true', NODE_ENV: 'development', LOG_LEVEL: 'warn', WEB_DIST_DIR: '/nonexistent' });
      started.push(server);
      const ready = await waitReady(port, server, 180_000);
      expect(ready, server.output()).toBe(true);
      (target as { url: string }).url = `http://127.0.0.1:${port}`;
      return server;
    };

    await start();
    const world = await remoteWorld(target);
    const { me } = await world.secretariat.ok<{ me: { user: { id: string } } }>('{ me { user { id } } }');
    expect(me.user.id).toBeTruthy();
    const credentials = JSON.parse(readFileSync(path.join(folder, 'credentials.json'), 'utf8')) as { superuserPassword: string };
    const dbUrl = `postgres://postgres:${encodeURIComponent(credentials.superuserPassword)}@127.0.0.1:${dbPort}/hub`;

    const acked: Acked[] = [];
    let sent = 0;
    let unanswered = 0;
    const refusals: string[] = [];
    let orphaned = 0;
    let recovered = 0;
    let crashed = 0;
    let counter = 0;

    const write = async (client: Client, i: number): Promise<'ok' | 'refused' | 'gone'> => {
      const k = counter++;
      sent++;
      if (i % 3 === 0) {
        const r = await call<{ raiseIssue: { id: string } }>(client, ISSUE, { input: { hubId: world.hubId, cycleId: world.cycleId, title: `停止試験の課題 ${k}`, functions: ['DISCHARGE_SUPPORT'] } });
        if (r.kind === 'ok') acked.push({ kind: 'Issue', id: r.data.raiseIssue.id, parts: [] });
        return r.kind === 'ok' ? 'ok' : r.kind === 'refused' ? (refusals.push(`raiseIssue: ${r.code} ${r.message}`), 'refused') : 'gone';
      }
      if (i % 3 === 1) {
        const r = await call<{ recordExpense: { id: string } }>(client, EXPENSE, { input: { hubId: world.hubId, spentOn: '2025-07-01', subCap: 'OFFICE', category: 'SUPPLIES', amountYen: 1, description: `停止試験の消耗品 ${k}` } });
        if (r.kind === 'ok') acked.push({ kind: 'Expense', id: r.data.recordExpense.id, parts: [] });
        return r.kind === 'ok' ? 'ok' : r.kind === 'refused' ? (refusals.push(`recordExpense: ${r.code} ${r.message}`), 'refused') : 'gone';
      }
      const day = new Date(Date.UTC(2025, 4, 1) + (k % 300) * 86_400_000).toISOString().slice(0, 10);
      const r = await call<{ scheduleMeeting: { meetings: { id: string; invitees: { id: string }[]; agenda: { id: string }[] }[] } }>(client, MEETING, {
        input: {
          hubId: world.hubId,
          kind: 'COLLABORATION_COUNCIL',
          title: `停止試験の会議 ${k}`,
          startsAt: `${day}T18:30:00+09:00`,
          endsAt: `${day}T20:00:00+09:00`,
          place: '医師会館',
          agenda: [{ title: '退院支援ルール', presenter: '事務局' }, { title: '研修計画' }],
          invitees: [
            { name: `北海 花子 ${k}`, organisation: '訪問看護ステーションすずらん', profession: 'VISITING_NURSE' },
            { name: `室蘭 太郎 ${k}`, organisation: '室蘭薬局', profession: 'PHARMACIST' },
          ],
        },
      });
      if (r.kind === 'ok') {
        for (const m of r.data.scheduleMeeting.meetings) acked.push({ kind: 'Meeting', id: m.id, parts: [...m.invitees.map((x) => x.id), ...m.agenda.map((x) => x.id)] });
      }
      return r.kind === 'ok' ? 'ok' : r.kind === 'refused' ? (refusals.push(`scheduleMeeting: ${r.code} ${r.message}`), 'refused') : 'gone';
    };

    const perRound: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const wholeTree = round % 2 === 1;
      const before = acked.length;
      let stop = false;
      const workers = Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = w; !stop; i++) {
          const outcome = await write(world.secretariat, i);
          if (outcome === 'gone') {
            unanswered++;
            return;
          }
        }
      });
      // A random moment of the burst: after a random number of acknowledgements and a random pause.
      const threshold = 5 + Math.floor(Math.random() * 40);
      for (let waited = 0; acked.length - before < threshold && waited < 60_000; waited += 10) await sleep(10);
      await sleep(Math.random() * 300);
      const postmasters = postgresOf(dataDir);
      const tree = wholeTree ? [...postmasters, ...postmasters.flatMap((pid) => descendants(pid))] : [];
      server!.child.kill('SIGKILL');
      for (const pid of tree) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await server!.exited;
      stop = true;
      await Promise.all(workers);
      // What SIGKILL of the server really does to its database: it does not take PostgreSQL with it.
      const left = postgresOf(dataDir);
      if (wholeTree) {
        for (let i = 0; i < 50 && tree.some(alive); i++) await sleep(100);
        expect(tree.filter(alive), 'every PostgreSQL process was killed').toEqual([]);
        crashed++;
      } else {
        expect(left, 'the killed server left its PostgreSQL running').toHaveLength(1);
        orphaned++;
      }
      const restarted = await start();
      if (!wholeTree) {
        expect(restarted.output()).toContain(`stopping the embedded PostgreSQL (pid ${left[0]})`);
        expect(alive(left[0]!)).toBe(false);
        recovered++;
      }
      const db = new pg.Client({ connectionString: dbUrl });
      await db.connect();
      try {
        const report = await inspect(db, world.hubId, acked);
        expect(report.problems, `round ${round + 1} (${wholeTree ? 'server and PostgreSQL killed' : 'server killed'})`).toEqual([]);
        expect(report.present).toBe(acked.length);
        perRound.push(`${acked.length - before}`);
      } finally {
        await db.end();
      }
    }
    expect(refusals, 'no write was refused while the server ran').toEqual([]);

    // The last restart serves, and stops with its database on SIGTERM.
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const final = await inspect(db, world.hubId, acked).finally(() => db.end());
    server!.child.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
    expect(postgresOf(dataDir)).toEqual([]);

    figures(
      `kill -9: ${ROUNDS} rounds (${orphaned} server only, ${crashed} server + PostgreSQL), ${n(sent)} writes sent, ${n(acked.length)} acknowledged, ${n(final.present)} present, ` +
        `${n(final.records)} records checked, ${final.problems.length} half-written, ${unanswered} unanswered at the kill, ${recovered} orphaned databases recovered, ` +
        `${crashed} crash recoveries; acknowledged per round ${perRound.join('/')}; ${seconds(Date.now() - began)}`,
    );
  }, 60_000 + ROUNDS * 90_000);
});
