import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { testDatabase } from '../../support/database.js';
import { hubWorld, prefectureAdmin, type HubWorld } from '../../support/world.js';
import { figures, FULL, n, remote, rounds, seconds } from '../../support/faults.js';
import { freePort, runServer, waitReady, type ServerProcess } from '../../support/server-process.js';

/**
 * Races at the cap: in each race 50 writers post expenses at once against a sub-cap a random
 * few thousand yen from full. Whatever the interleaving: the committed sum never passes the
 * sub-cap or the total cap, every refusal is CAP_EXCEEDED (no internal error, no timeout), and
 * no refusal was wrong (each refused amount is more than what was left at the end, and more than
 * the remainder the refusal itself reported).
 *
 * Races run on several hubs at once, each with its own budget (the budget row lock is per budget).
 * Quick: 20 races on 2 hubs, on the in-process server. FAULTS_FULL=1: 1,000 races on 4 hubs spread
 * over 2 server processes (FAULTS_CAP_RACES, FAULTS_CAP_LANES, FAULTS_CAP_SERVERS override).
 */
const RACES = rounds('CAP_RACES', 20, 1000);
const LANES = Math.min(RACES, rounds('CAP_LANES', 2, 4));
/** Server processes the lanes are spread over (0: the in-process server alone); each has its own connection pool. */
const SERVERS = Number(process.env.FAULTS_CAP_SERVERS ?? (FULL ? 2 : 0));
const WRITERS = 50;
const CAPS = { OFFICE: 1_920_000, COORDINATOR_PERSONNEL: 2_092_000, TOTAL: 4_012_000 } as const;

let server: TestServer;
let admin: pg.Client;
const processes: ServerProcess[] = [];
let targets: TestServer[] = [];
beforeAll(async () => {
  server = await startServer();
  admin = new pg.Client({ connectionString: testDatabase().adminUrl });
  await admin.connect();
  const { appUrl, ownerUrl } = testDatabase();
  targets = SERVERS > 0 ? [] : [server];
  for (let i = 0; i < SERVERS; i++) {
    const port = await freePort();
    const child = runServer({ DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', WEB_DIST_DIR: '/nonexistent' });
    processes.push(child);
    if (!(await waitReady(port, child, 120_000))) throw new Error(`server process ${i + 1} did not start: ${child.output()}`);
    targets.push(remote(`http://127.0.0.1:${port}`));
  }
});
afterAll(async () => {
  for (const child of processes) child.child.kill('SIGTERM');
  await Promise.all(processes.map((child) => child.exited));
  await admin?.end();
  await server?.close();
});

const EXPENSE = 'mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id amountYen } }';
type Posted = { recordExpense: { id: string; amountYen: number } };

type Race = { lane: number; subCap: keyof typeof CAPS; remaining: number; accepted: number; refused: number; finalRemaining: number; ms: number };

describe('races at the cap', () => {
  it(`never overspends in ${n(RACES)} races of ${WRITERS} concurrent writers`, async () => {
    const began = Date.now();
    const prefecture = await prefectureAdmin(server);
    // One hub (and budget) per lane, made one after another: a zone takes its hubs in turn.
    const lanes: (HubWorld & { budgetId: string })[] = [];
    for (let lane = 0; lane < LANES; lane++) {
      const world = await hubWorld(targets[lane % targets.length]!, { admin: prefecture, zone: '南檜山' });
      const { openBudget } = await world.secretariat.ok<{ openBudget: { id: string } }>('mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 2025) { id } }', { h: world.hubId });
      lanes.push({ ...world, budgetId: openBudget.id });
    }
    const problems: string[] = [];
    const races: Race[] = [];
    let next = 0;

    const post = (world: HubWorld, subCap: keyof typeof CAPS, amountYen: number, description: string) =>
      world.secretariat.gql<Posted>(EXPENSE, {
        input: { hubId: world.hubId, spentOn: '2025-09-01', subCap, category: subCap === 'OFFICE' ? 'RENTAL' : 'WAGES', amountYen, description },
      });

    const lane = async (index: number) => {
      const world = lanes[index]!;
      for (let race = next++; race < RACES; race = next++) {
        const subCap = race % 2 === 0 ? 'OFFICE' : 'COORDINATOR_PERSONNEL';
        const cap = CAPS[subCap];
        // The ledger of the lane's budget starts empty for each race; the cap is then brought within a few thousand yen.
        await admin.query('delete from expense where budget_id = $1', [lanes[index]!.budgetId]);
        const remaining = 2_000 + Math.floor(Math.random() * 40_000);
        const filler = await post(world, subCap, cap - remaining, `上限接近 ${race}`);
        if (filler.errors) throw new Error(`race ${race}: could not bring the budget near its cap: ${JSON.stringify(filler.errors)}`);
        const amounts = Array.from({ length: WRITERS }, () => 300 + Math.floor(Math.random() * 3_000));
        const startedAt = Date.now();
        const results = await Promise.all(amounts.map((amount, i) => post(world, subCap, amount, `同時計上 ${race}-${i}`)));
        const ms = Date.now() - startedAt;

        const { rows } = await admin.query<{ sub: number; total: number }>(
          'select coalesce(sum(amount_yen) filter (where sub_cap = $2), 0)::int as sub, coalesce(sum(amount_yen), 0)::int as total from expense where budget_id = $1',
          [world.budgetId, subCap],
        );
        const { sub, total } = rows[0]!;
        const label = `race ${race} (${subCap}, ${remaining} yen left)`;
        if (sub > cap) problems.push(`${label}: ${sub} yen committed under a cap of ${cap}`);
        if (total > CAPS.TOTAL) problems.push(`${label}: ${total} yen committed under the total cap of ${CAPS.TOTAL}`);
        const acceptedSum = results.reduce((t, r, i) => t + (r.errors ? 0 : amounts[i]!), 0);
        if (sub !== cap - remaining + acceptedSum) problems.push(`${label}: ledger holds ${sub} yen, the answers acknowledged ${cap - remaining + acceptedSum}`);
        const finalRemaining = cap - sub;
        results.forEach((r, i) => {
          if (!r.errors) return;
          const code = errorCode(r);
          const extensions = r.errors[0]!.extensions ?? {};
          if (code !== 'CAP_EXCEEDED') problems.push(`${label}: writer ${i} refused with ${code}: ${r.errors[0]!.message}`);
          else if (!(amounts[i]! > finalRemaining)) problems.push(`${label}: writer ${i} refused ${amounts[i]} yen with ${finalRemaining} yen still left at the end`);
          else if (!(Number(extensions.remainingYen) < amounts[i]! && Number(extensions.remainingYen) >= finalRemaining)) {
            problems.push(`${label}: writer ${i} refused ${amounts[i]} yen saying ${String(extensions.remainingYen)} remain (${finalRemaining} at the end)`);
          }
        });
        const accepted = results.filter((r) => !r.errors).length;
        races.push({ lane: index, subCap, remaining, accepted, refused: WRITERS - accepted, finalRemaining, ms });
      }
    };
    await Promise.all(lanes.map((_, i) => lane(i)));

    expect(problems.slice(0, 20), `${problems.length} problem(s)`).toEqual([]);
    expect(races).toHaveLength(RACES);
    // The races really were at the cap: most of them refused someone.
    expect(races.filter((r) => r.refused > 0).length).toBeGreaterThan(RACES / 2);

    const accepted = races.reduce((t, r) => t + r.accepted, 0);
    const slowest = Math.max(...races.map((r) => r.ms));
    const elapsed = Date.now() - began;
    figures(
      `cap races: ${n(RACES)} races × ${WRITERS} writers on ${LANES} hubs and ${SERVERS ? `${SERVERS} server processes` : 'the in-process server'} (${n(RACES * WRITERS)} expenses), ${n(accepted)} accepted, ${n(RACES * WRITERS - accepted)} refused (all CAP_EXCEEDED), ` +
        `0 overspend, ${races.filter((r) => r.finalRemaining === 0).length} races filled the cap to the yen, no wrong refusal; slowest race ${slowest} ms; ${seconds(elapsed)} (${(elapsed / RACES).toFixed(0)} ms a race)`,
    );
  }, FULL ? 3_600_000 : 180_000);
});
