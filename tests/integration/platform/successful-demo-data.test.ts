import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm } from '../../../server/src/db/orm.js';
import { ensureDatabase, urlFor } from '../../../server/src/db/roles.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from '../../../server/src/db/seed/demo.js';
import { holidayOn } from '../../../server/src/modules/meeting/meeting.rules.js';
import { tokyoCalendarDate } from '../../../server/src/platform/fiscal-year.js';
import { seedReferenceData } from '../../../server/src/db/seed/reference.js';
import { fiscalYearOf } from '../../../server/src/platform/fiscal-year.js';
import { Client, startServer, type TestServer } from '../../support/harness.js';
import { testDatabase } from '../../support/database.js';

/**
 * The demo hub as a new user meets it after `pnpm start`: a year in progress, seen through the
 * API by each demo account. The demo loads only into a database without accounts, so it gets a
 * database of its own (the suite's database is shared by every test file).
 */
describe('demo data: a hub in the middle of its year', () => {
  const database = `hub_demo_year_${Date.now()}`;
  let server: TestServer;
  let seedMs = 0;
  const fiscalYear = fiscalYearOf(new Date());
  const clients = new Map<string, Client>();
  let hubId = '';

  beforeAll(async () => {
    const { adminUrl, appUrl, ownerUrl } = testDatabase();
    const role = (url: string) => ({ name: decodeURIComponent(new URL(url).username), password: decodeURIComponent(new URL(url).password) });
    await ensureDatabase(adminUrl, { database, owner: role(ownerUrl), app: role(appUrl) });
    const urls = { app: urlFor(appUrl, role(appUrl), database), owner: urlFor(ownerUrl, role(ownerUrl), database) };
    await migrate(urls.owner);
    const orm = await openOrm(urls.app);
    await seedReferenceData(orm.em.fork());
    await orm.close(true);
    server = await startServer({ DATABASE_URL: urls.app });
    const started = performance.now();
    expect(await seedDemoData(server.orm.em.fork(), server.app.services)).toBe(true);
    seedMs = performance.now() - started;
    for (const account of DEMO_ACCOUNTS) {
      const client = new Client(server);
      const login = await client.login(account.email, DEMO_PASSWORD);
      expect(login.errors, account.email).toBeUndefined();
      clients.set(account.email.split('@')[0]!, client);
    }
    const { hubs } = await clients.get('secretariat')!.ok<{ hubs: { id: string }[] }>('{ hubs { id } }');
    hubId = hubs[0]!.id;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
  });

  const as = (name: string) => clients.get(name)!;

  it('loads once, quickly enough for a first start', async () => {
    expect(await seedDemoData(server.orm.em.fork(), server.app.services)).toBe(false);
    console.info(`demo data seeded in ${Math.round(seedMs)} ms`);
    expect(seedMs).toBeLessThan(15_000);
  });

  it('has last year closed with an evaluation and a carried issue, and this year in implementation with an adopted plan', async () => {
    const { cycles } = await as('secretariat').ok<{
      cycles: {
        fiscalYear: number;
        phase: string;
        issues: { title: string; status: string; source: string; carriedFromId: string | null; mergedIntoId: string | null; functions: string[] }[];
        plan: {
          state: string;
          adoptedOn: string | null;
          adoptedMeetingId: string | null;
          versions: { number: number; adoptedOn: string }[];
          projects: { title: string; evaluation: { assessment: string } | null; indicators: { target: number | null; actual: number | null }[]; budgetLines: { subCap: string; plannedYen: number }[]; plannedActivities: { title: string }[] }[];
        };
      }[];
    }>(
      `query ($h: ID!) { cycles(hubId: $h) { fiscalYear phase
        issues(filter: { includeMerged: true }) { title status source carriedFromId mergedIntoId functions }
        plan { state adoptedOn adoptedMeetingId versions { number adoptedOn }
          projects { title evaluation { assessment } indicators { target actual } budgetLines { subCap plannedYen } plannedActivities { title } } } } }`,
      { h: hubId },
    );
    const [current, previous] = cycles;
    expect(current!.fiscalYear).toBe(fiscalYear);
    expect(current!.phase).toBe('IMPLEMENTATION');
    expect(previous!.fiscalYear).toBe(fiscalYear - 1);
    expect(previous!.phase).toBe('CLOSED');
    // demo/year.yaml: both of last year's projects evaluated with their actuals; the ACP issue carried over.
    expect(previous!.plan.projects.map((p) => [p.title, p.evaluation?.assessment, p.indicators.map((i) => i.actual)])).toEqual([
      ['在宅医療・介護資源の把握と入退院支援ルール案の検討', 'ACHIEVED', [86, 3]],
      ['住民向けACP出前講座', 'PARTLY_ACHIEVED', [134]],
    ]);
    expect(previous!.issues.filter((i) => i.status === 'CARRIED_OVER').map((i) => i.title)).toEqual(['人生会議（ACP）が住民に知られていない']);

    expect(current!.plan.state).toBe('ADOPTED');
    expect(current!.plan.versions).toEqual([{ number: 1, adoptedOn: current!.plan.adoptedOn }]);
    expect(current!.plan.adoptedMeetingId).toBeTruthy();
    expect(current!.plan.projects.map((p) => p.title)).toEqual(['入退院支援ルールの運用', '多職種研修会', 'ACP（人生会議）普及啓発']);
    expect(current!.plan.projects.map((p) => [p.indicators.map((i) => i.target), p.plannedActivities.length])).toEqual([
      [[70, 3], 2],
      [[3, 150, 8], 2],
      [[3000, 150], 2],
    ]);
    const planned = (subCap: string) => current!.plan.projects.flatMap((p) => p.budgetLines).filter((l) => l.subCap === subCap).reduce((sum, l) => sum + l.plannedYen, 0);
    // ① the coordinator's pay and insurance for the year; ② the office costs of the three projects.
    expect(planned('COORDINATOR_PERSONNEL')).toBe(1_344_000 + 198_000);
    expect(planned('OFFICE')).toBe(40_000 + 30_000 + 160_000 + (120_000 + 40_000 + 90_000 + 60_000) + (200_000 + 60_000 + 50_000));

    // The carried issue, eight raised this year, and the one an action item became; one merged away.
    const issues = current!.issues;
    expect(issues).toHaveLength(10);
    expect(issues.filter((i) => i.carriedFromId).map((i) => i.title)).toEqual(['人生会議（ACP）が住民に知られていない']);
    expect(issues.filter((i) => i.mergedIntoId).map((i) => i.title)).toEqual(['入院時の情報提供の様式が統一されていない']);
    expect(new Set(issues.map((i) => i.source))).toEqual(new Set(['MUNICIPALITY', 'ADVISOR', 'MEETING', 'HEALTH_CENTER']));
    const functions = new Set(issues.flatMap((i) => i.functions));
    for (const f of ['DISCHARGE_SUPPORT', 'DAILY_CARE', 'SUDDEN_DETERIORATION', 'END_OF_LIFE', 'DISASTER_PREPAREDNESS', 'INFORMATION_SHARING']) expect(functions).toContain(f);
  });

  it('has a budget opened from the rule set with spending under the caps, personnel around half way', async () => {
    const { budget } = await as('secretariat').ok<{
      budget: { capTotalYen: number; summary: { total: { actualYen: number; capYen: number }; subCaps: { key: string; actualYen: number; capYen: number; level: string }[] } };
    }>('query ($h: ID!, $y: Int!) { budget(hubId: $h, fiscalYear: $y) { capTotalYen summary { total { actualYen capYen } subCaps { key actualYen capYen level } } } }', { h: hubId, y: fiscalYear });
    expect(budget.capTotalYen).toBe(4_012_000);
    // ① 112,000 + 16,500 on each payday so far (the 25th, or the working day before it);
    // ② the year's expenses of demo/year.yaml and the gross of the honoraria paid.
    const paydays = Array.from({ length: 12 }, (_, month) => {
      const first = new Date(Date.UTC(fiscalYear, 3 + month, 1)).toISOString().slice(0, 10);
      let day = `${first.slice(0, 8)}25`;
      while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()) || holidayOn(day)) day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      return day;
    }).filter((day) => day <= tokyoCalendarDate(new Date()));
    const office = 5_500 + 9_460 + 28_600 + 18_700 + 9_860 + 165_000 + 3_280 + 5_500 + (4 * 8_000 + 30_000 + 3 * 8_000);
    expect(Object.fromEntries(budget.summary.subCaps.map((sub) => [sub.key, sub.actualYen]))).toEqual({ COORDINATOR_PERSONNEL: paydays.length * 128_500, OFFICE: office });
    expect(budget.summary.total.actualYen).toBe(paydays.length * 128_500 + office);
    for (const sub of budget.summary.subCaps) expect(sub.actualYen, sub.key).toBeLessThan(sub.capYen);
    const { honoraria } = await as('secretariat').ok<{ honoraria: { state: string; payeeType: string; grossYen: number; withholdingYen: number }[] }>(
      'query ($h: ID!, $y: Int!) { honoraria(hubId: $h, fiscalYear: $y) { state payeeType grossYen withholdingYen } }',
      { h: hubId, y: fiscalYear },
    );
    // Paid: four attendees of the first council, the training's lecturer, three of the second council;
    // approved and waiting: the advisor's clinic and the second council's last attendee.
    expect(honoraria.map((h) => h.state).sort()).toEqual([...Array(8).fill('PAID'), 'APPROVED', 'APPROVED'].sort());
    for (const h of honoraria.filter((x) => x.payeeType === 'INDIVIDUAL')) expect(h.withholdingYen).toBe(Math.floor(h.grossYen * 0.1021));
  });

  it('has councils held with approved minutes, a training, and meetings coming up with the advisor’s answer pending', async () => {
    const { meetings } = await as('advisor').ok<{
      meetings: { title: string; kind: string; status: string; startsAt: string; attendance: number; agenda: { decisions: string[] }[]; actionItems: { description: string }[]; invitees: { userId: string | null; rsvp: string; profession: string }[] }[];
    }>('query ($h: ID!) { meetings(hubId: $h) { title kind status startsAt attendance agenda { decisions } actionItems { description } invitees { userId rsvp profession } } }', { h: hubId });
    const now = Date.now();
    const held = meetings.filter((m) => m.status === 'MINUTES_APPROVED');
    // Ten invited to each council (five members, five others), one absent each time; three at the training.
    expect(held.map((m) => [m.kind, m.attendance, m.agenda.flatMap((a) => a.decisions).length, m.actionItems.length])).toEqual([
      ['COLLABORATION_COUNCIL', 9, 3, 2],
      ['TRAINING', 3, 0, 0],
      ['COLLABORATION_COUNCIL', 9, 2, 2],
    ]);
    for (const m of held) expect(Date.parse(m.startsAt)).toBeLessThan(now);
    expect(meetings.filter((m) => m.status === 'HELD').map((m) => m.title)).toEqual(['入退院支援ルール ワーキンググループ']);

    const { me } = await as('advisor').ok<{ me: { user: { id: string } } }>('{ me { user { id } } }');
    const upcoming = meetings.filter((m) => Date.parse(m.startsAt) > now && m.status === 'SCHEDULED');
    expect(upcoming.map((m) => m.kind)).toEqual(['COLLABORATION_COUNCIL', 'TRAINING']);
    for (const m of upcoming) expect(Date.parse(m.startsAt) - now).toBeLessThan(60 * 86_400_000);
    // The advisor has answered neither; 室蘭市 and the secretariat have accepted the council, the health centre maybe.
    expect(upcoming.map((m) => m.invitees.find((i) => i.userId === me.user.id)?.rsvp)).toEqual(['PENDING', 'PENDING']);
    expect(upcoming[0]!.invitees.map((i) => i.rsvp).sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'TENTATIVE', ...Array(7).fill('PENDING')].sort());
  });

  it('has a training with participants by profession, and a survey that awaits 登別市 before its deadline', async () => {
    type Activities = { cycles: { fiscalYear: number; plan: { projects: { activities: { id: string; kind: string; participants: { profession: string; count: number }[]; surveySentAt: string | null; surveyDeadline: string | null; myResponse?: { id: string } | null; compiledAnswers?: { answered: { name: string }[]; unanswered: { name: string }[] } }[] }[] } }[] };
    const activitiesOf = (data: Activities) => data.cycles.find((c) => c.fiscalYear === fiscalYear)!.plan.projects.flatMap((p) => p.activities);
    const seenBy = activitiesOf(
      await as('noboribetsu').ok<Activities>('query ($h: ID!) { cycles(hubId: $h) { fiscalYear plan { projects { activities { id kind participants { profession count } surveySentAt surveyDeadline myResponse { id } } } } } }', { h: hubId }),
    );
    const training = seenBy.find((a) => a.kind === 'TRAINING')!;
    expect(training.participants.map((p) => p.count)).toEqual([6, 2, 7, 11, 9, 24, 8, 4, 3, 5]);
    const survey = seenBy.find((a) => a.kind === 'SURVEY')!;
    expect(survey.surveySentAt).toBeTruthy();
    expect(Date.parse(survey.surveySentAt!)).toBeLessThan(Date.now());
    expect(survey.surveyDeadline! >= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(survey.myResponse).toBeNull();
    const { activity } = await as('muroran').ok<{ activity: { myResponse: { id: string } | null } }>('query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { myResponse { id } } }', { h: hubId, a: survey.id });
    expect(activity.myResponse).not.toBeNull();
    const compiled = await as('secretariat').ok<{ activity: { compiledAnswers: { answered: { name: string }[]; unanswered: { name: string }[] } } }>(
      'query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { compiledAnswers { answered { name } unanswered { name } } } }',
      { h: hubId, a: survey.id },
    );
    expect(compiled.activity.compiledAnswers.answered.map((m) => m.name)).toEqual(['室蘭市']);
    expect(compiled.activity.compiledAnswers.unanswered.map((m) => m.name)).toEqual(['登別市']);
  });

  it('has programme results for both municipalities, each seeing its own', async () => {
    const { programmeResults: all } = await as('secretariat').ok<{ programmeResults: { item: string; municipality: { name: string } }[] }>(
      'query ($h: ID!, $y: Int) { programmeResults(hubId: $h, fiscalYear: $y) { item municipality { name } } }',
      { h: hubId, y: fiscalYear },
    );
    expect(new Set(all.map((r) => r.municipality.name))).toEqual(new Set(['室蘭市', '登別市']));
    expect(all.map((r) => r.item).sort()).toEqual(['E_INFORMATION_SHARING', 'KA_TRAINING', 'KA_TRAINING', 'KI_AWARENESS', 'KI_AWARENESS', 'KU_INTER_MUNICIPAL']);
    for (const [name, client] of [['室蘭市', 'muroran'], ['登別市', 'noboribetsu']] as const) {
      const { programmeResults } = await as(client).ok<{ programmeResults: { municipality: { name: string } }[] }>('query ($h: ID!) { programmeResults(hubId: $h) { municipality { name } } }', { h: hubId });
      expect(programmeResults.map((r) => r.municipality.name)).toEqual([name, name, name]);
    }
    const { doubleFundingSuspects } = await as('secretariat').ok<{ doubleFundingSuspects: unknown[] }>('query ($h: ID!, $y: Int!) { doubleFundingSuspects(hubId: $h, fiscalYear: $y) { expenseId } }', { h: hubId, y: fiscalYear });
    expect(doubleFundingSuspects).toEqual([]);
  });

  it('leaves issues awaiting the advisor’s advice, and shows advice and comments from several roles', async () => {
    const { awaitingMyAdvice } = await as('advisor').ok<{ awaitingMyAdvice: { issues: { title: string }[] } }>('query ($h: ID!) { awaitingMyAdvice(hubId: $h) { issues { title } } }', { h: hubId });
    // The open issues of this year on which the advisor has given no advice or idea yet.
    expect(awaitingMyAdvice.issues.map((i) => i.title)).toEqual([
      '退院前カンファレンスの開催が病院によってまちまち',
      '訪問診療を担う医師の24時間対応の負担が大きい',
      '多職種の情報共有ツール（ICT）の使い方が事業所ごとに異なる',
      '訪問看護ステーションの人材確保が難しい',
      '自宅や施設での看取りに対応できる事業所の情報が住民に届いていない',
      '災害時に在宅で人工呼吸器・在宅酸素を使う方の把握と停電時の連絡体制を検討する',
    ]);
    const { recentAdvice } = await as('health-center').ok<{ recentAdvice: { kind: string; authorId: string }[] }>('query ($h: ID!) { recentAdvice(hubId: $h, limit: 50) { kind authorId } }', { h: hubId });
    expect(new Set(recentAdvice.map((a) => a.kind))).toEqual(new Set(['ADVICE', 'IDEA', 'QUESTION', 'COMMENT']));
    expect(recentAdvice).toHaveLength(14);
    expect(new Set(recentAdvice.map((a) => a.authorId)).size).toBe(5);
  });

  it('is visible to the prefecture and the health centre, and audited under the demo accounts', async () => {
    const { hubs } = await as('prefecture').ok<{ hubs: { id: string; name: string }[] }>('{ hubs { id name } }');
    expect(hubs.map((h) => h.name)).toContain('在宅医療ソリューション会議');
    const { hubs: areaHubs } = await as('health-center').ok<{ hubs: { id: string }[] }>('{ hubs { id } }');
    expect(areaHubs.map((h) => h.id)).toContain(hubId);
    const { hubEventHead } = await as('secretariat').ok<{ hubEventHead: number }>('query ($h: ID!) { hubEventHead(hubId: $h) }', { h: hubId });
    expect(hubEventHead).toBeGreaterThan(100);
  });
});
