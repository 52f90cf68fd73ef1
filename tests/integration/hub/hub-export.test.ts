import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Client, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { ensureBudget, pastMeeting } from '../../support/mutation-catalogue.js';
import { hubWorld, type HubWorld } from '../../support/world.js';
import { testDatabase } from '../../support/database.js';

/** A hub's records, all of them and only them, as JSON and as a workbook, for its secretariat and the prefecture. */

type Export = { format: string; hubId: string; tables: { table: string; columns: string[]; rows: Record<string, unknown>[] }[] };

let server: TestServer;
let world: CycleWorld;
let other: HubWorld;
beforeAll(async () => {
  server = await startServer();
  world = await cycleWorld(server, { zone: '胆振西部', municipalities: ['伊達市', '豊浦町'] });
  await world.cycleIn('IMPLEMENTATION');
  await pastMeeting(world, { attended: true, held: true });
  await ensureBudget(world);
  other = await hubWorld(server, { admin: world.admin, zone: '日高' });
}, 120_000);
afterAll(() => server.close());

const download = (client: Client, hubId: string, extension: 'json' | 'xlsx') => fetch(`${server.url}/hubs/${hubId}/export.${extension}`, { headers: { 'x-forwarded-for': client.ip, ...(client.cookie ? { cookie: client.cookie } : {}) } });

async function countsInDatabase(hubId: string, tables: string[]): Promise<Record<string, number>> {
  const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
  await admin.connect();
  try {
    const out: Record<string, number> = {};
    for (const table of tables) out[table] = (await admin.query<{ n: number }>(`select count(*)::int as n from "${table}" where ${table === 'hub' ? 'id' : 'hub_id'} = $1`, [hubId])).rows[0]!.n;
    return out;
  } finally {
    await admin.end();
  }
}

describe('the hub export', () => {
  it('holds every record of the hub, table by table, and nothing of another hub or any secret', async () => {
    const answer = await download(world.secretariat, world.hubId, 'json');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(/attachment; .*filename\*=UTF-8''%E6%8B%A0%E7%82%B9/);
    const text = await answer.text();
    const data = JSON.parse(text) as Export;
    expect(data).toMatchObject({ format: 'hub-export/1', hubId: world.hubId });
    const names = data.tables.map((t) => t.table);
    expect(names).toEqual(expect.arrayContaining(['hub', 'issue', 'project', 'meeting', 'invitee', 'budget', 'audit_entry', 'membership', 'participation']));
    const inDatabase = await countsInDatabase(world.hubId, names);
    expect(Object.fromEntries(data.tables.map((t) => [t.table, t.rows.length]))).toEqual(inDatabase);
    expect(data.tables.find((t) => t.table === 'issue')!.rows.length).toBeGreaterThan(0);
    expect(text).not.toContain(other.hubId);
    for (const table of data.tables) expect(table.columns.filter((c) => /password|token|_hash$/.test(c)), table.table).toEqual([]);
  });

  it('is the same as a workbook: an index, then a sheet per table with its columns and rows', async () => {
    const json = (await (await download(world.secretariat, world.hubId, 'json')).json()) as Export;
    const answer = await download(world.secretariat, world.hubId, 'xlsx');
    expect(answer.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await answer.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.name).toBe('目次');
    for (const table of json.tables.filter((t) => t.table !== 'audit_entry')) {
      const sheet = workbook.getWorksheet(table.table)!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...table.columns]);
      expect(sheet.rowCount - 1, table.table).toBe(table.rows.length);
    }
  });

  it('is for the secretariat and the prefecture only, and is audited as a read', async () => {
    expect((await download(world.advisor, world.hubId, 'json')).status).toBe(403);
    expect((await download(world.municipality, world.hubId, 'xlsx')).status).toBe(403);
    expect((await download(other.secretariat, world.hubId, 'json')).status).toBe(403);
    const answer = await download(world.admin, world.hubId, 'json');
    expect(answer.status).toBe(200);
    const requestId = answer.headers.get('x-request-id');
    const { auditTrail } = await world.secretariat.ok<{ auditTrail: { action: string; operation: string; address: string | null }[] }>(
      'query ($h: ID!) { auditTrail(hubId: $h, entityType: Hub, entityId: $h) { action operation address requestId } }',
      { h: world.hubId },
    );
    expect(auditTrail.filter((e) => (e as { requestId?: string }).requestId === requestId)).toEqual([expect.objectContaining({ action: 'READ', operation: 'export.json', address: world.admin.ip })]);
  });
});
