import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm } from '../../../server/src/db/orm.js';
import { ensureDatabase, urlFor } from '../../../server/src/db/roles.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from '../../../server/src/db/seed/demo.js';
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
    expect(previous!.plan.projects.every((p) => p.evaluation && p.indicators.every((i) => i.actual !== null))).toBe(true);
    expect(previous!.issues.some((i) => i.status === 'CARRIED_OVER')).toBe(true);

    expect(current!.plan.state).toBe('ADOPTED');
    expect(current!.plan.versions).toEqual([{ number: 1, adoptedOn: current!.plan.adoptedOn }]);
    expect(current!.plan.adoptedMeetingId).toBeTruthy();
    expect(current!.plan.projects.map((p) => p.title)).toEqual(['入退院支援ルールの運用', '多職種研修会', 'ACP（人生会議）普及啓発']);
    for (const project of current!.plan.projects) {
      expect(project.indicators.length).toBeGreaterThan(0);
      expect(project.indicators.every((i) => i.target !== null)).toBe(true);
      expect(project.plannedActivities.length).toBeGreaterThan(0);
    }
    const planned = (subCap: string) => current!.plan.projects.flatMap((p) => p.budgetLines).filter((l) => l.subCap === subCap).reduce((sum, l) => sum + l.plannedYen, 0);
    expect(planned('COORDINATOR_PERSONNEL')).toBeGreaterThan(0);
    expect(planned('COORDINATOR_PERSONNEL')).toBeLessThanOrEqual(2_092_000);
    expect(planned('OFFICE')).toBeGreaterThan(0);
    expect(planned('OFFICE')).toBeLessThanOrEqual(1_920_000);

    const issues = current!.issues;
    expect(issues.some((i) => i.carriedFromId)).toBe(true);
    expect(issues.filter((i) => i.mergedIntoId)).toHaveLength(1);
    expect(new Set(issues.map((i) => i.source))).toEqual(new Set(['MUNICIPALITY', 'ADVISOR', 'MEETING', 'HEALTH_CENTER']));
    const functions = new Set(issues.flatMap((i) => i.functions));
    for (const f of ['DISCHARGE_SUPPORT', 'DAILY_CARE', 'SUDDEN_DETERIORATION', 'END_OF_LIFE', 'DISASTER_PREPAREDNESS', 'INFORMATION_SHARING']) expect(functions).toContain(f);
  });

  it('has a budget opened from the rule set with spending under the caps, personnel around half way', async () => {
    const { budget } = await as('secretariat').ok<{
      budget: { capTotalYen: number; summary: { total: { actualYen: number; capYen: number }; subCaps: { key: string; actualYen: number; capYen: number; level: string }[] } };
    }>('query ($h: ID!, $y: Int!) { budget(hubId: $h, fiscalYear: $y) { capTotalYen summary { total { actualYen capYen } subCaps { key actualYen capYen level } } } }', { h: hubId, y: fiscalYear });
    expect(budget.capTotalYen).toBe(4_012_000);
    expect(budget.summary.total.actualYen).toBeGreaterThan(0);
    expect(budget.summary.total.actualYen).toBeLessThan(budget.summary.total.capYen);
    for (const sub of budget.summary.subCaps) {
      expect(sub.actualYen, sub.key).toBeGreaterThan(0);
      expect(sub.actualYen, sub.key).toBeLessThan(sub.capYen);
      expect(sub.level, sub.key).not.toBe('EXCEEDED');
    }
    const { honoraria } = await as('secretariat').ok<{ honoraria: { state: string; payeeType: string; grossYen: number; withholdingYen: number }[] }>(
      'query ($h: ID!, $y: Int!) { honoraria(hubId: $h, fiscalYear: $y) { state payeeType grossYen withholdingYen } }',
      { h: hubId, y: fiscalYear },
    );
    expect(honoraria.some((h) => h.state === 'PAID')).toBe(true);
    expect(honoraria.some((h) => h.state === 'APPROVED')).toBe(true);
    for (const h of honoraria.filter((x) => x.payeeType === 'INDIVIDUAL')) expect(h.withholdingYen).toBe(Math.floor(h.grossYen * 0.1021));
  });

  it('has councils held with approved minutes, a training, and meetings coming up with the advisor’s answer pending', async () => {
    const { meetings } = await as('advisor').ok<{
      meetings: { title: string; kind: string; status: string; startsAt: string; attendance: number; agenda: { decisions: string[] }[]; actionItems: { description: string }[]; invitees: { userId: string | null; rsvp: string; profession: string }[] }[];
    }>('query ($h: ID!) { meetings(hubId: $h) { title kind status startsAt attendance agenda { decisions } actionItems { description } invitees { userId rsvp profession } } }', { h: hubId });
    const now = Date.now();
    const held = meetings.filter((m) => m.status === 'MINUTES_APPROVED');
    expect(held.filter((m) => m.kind === 'COLLABORATION_COUNCIL').length).toBeGreaterThanOrEqual(2);
    expect(held.some((m) => m.kind === 'TRAINING')).toBe(true);
    for (const m of held) {
      expect(Date.parse(m.startsAt)).toBeLessThan(now);
      expect(m.attendance).toBeGreaterThan(0);
    }
    expect(held.some((m) => m.agenda.some((a) => a.decisions.length > 0) && m.actionItems.length > 0)).toBe(true);

    const { me } = await as('advisor').ok<{ me: { user: { id: string } } }>('{ me { user { id } } }');
    const upcoming = meetings.filter((m) => Date.parse(m.startsAt) > now && m.status === 'SCHEDULED');
    expect(upcoming.length).toBeGreaterThanOrEqual(1);
    for (const m of upcoming) expect(Date.parse(m.startsAt) - now).toBeLessThan(60 * 86_400_000);
    expect(upcoming.some((m) => m.invitees.some((i) => i.userId === me.user.id && i.rsvp === 'PENDING'))).toBe(true);
    expect(upcoming.some((m) => m.invitees.some((i) => i.profession === 'MUNICIPAL_STAFF'))).toBe(true);
  });

  it('has a training with participants by profession, and a survey that awaits 登別市 before its deadline', async () => {
    type Activities = { cycles: { fiscalYear: number; plan: { projects: { activities: { id: string; kind: string; participants: { profession: string; count: number }[]; surveySentAt: string | null; surveyDeadline: string | null; myResponse?: { id: string } | null; compiledAnswers?: { answered: { name: string }[]; unanswered: { name: string }[] } }[] }[] } }[] };
    const activitiesOf = (data: Activities) => data.cycles.find((c) => c.fiscalYear === fiscalYear)!.plan.projects.flatMap((p) => p.activities);
    const seenBy = activitiesOf(
      await as('noboribetsu').ok<Activities>('query ($h: ID!) { cycles(hubId: $h) { fiscalYear plan { projects { activities { id kind participants { profession count } surveySentAt surveyDeadline myResponse { id } } } } } }', { h: hubId }),
    );
    const training = seenBy.find((a) => a.kind === 'TRAINING')!;
    expect(training.participants.length).toBeGreaterThanOrEqual(5);
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
    expect(new Set(all.map((r) => r.item)).size).toBeGreaterThanOrEqual(3);
    for (const [name, client] of [['室蘭市', 'muroran'], ['登別市', 'noboribetsu']] as const) {
      const { programmeResults } = await as(client).ok<{ programmeResults: { municipality: { name: string } }[] }>('query ($h: ID!) { programmeResults(hubId: $h) { municipality { name } } }', { h: hubId });
      expect(programmeResults.length).toBeGreaterThan(0);
      expect(programmeResults.every((r) => r.municipality.name === name)).toBe(true);
    }
    const { doubleFundingSuspects } = await as('secretariat').ok<{ doubleFundingSuspects: unknown[] }>('query ($h: ID!, $y: Int!) { doubleFundingSuspects(hubId: $h, fiscalYear: $y) { expenseId } }', { h: hubId, y: fiscalYear });
    expect(doubleFundingSuspects).toEqual([]);
  });

  it('leaves issues awaiting the advisor’s advice, and shows advice and comments from several roles', async () => {
    const { awaitingMyAdvice } = await as('advisor').ok<{ awaitingMyAdvice: { issues: { title: string }[] } }>('query ($h: ID!) { awaitingMyAdvice(hubId: $h) { issues { title } } }', { h: hubId });
    expect(awaitingMyAdvice.issues.length).toBeGreaterThan(0);
    const { recentAdvice } = await as('health-center').ok<{ recentAdvice: { kind: string; authorId: string }[] }>('query ($h: ID!) { recentAdvice(hubId: $h, limit: 50) { kind authorId } }', { h: hubId });
    expect(new Set(recentAdvice.map((a) => a.kind))).toEqual(new Set(['ADVICE', 'IDEA', 'QUESTION', 'COMMENT']));
    expect(new Set(recentAdvice.map((a) => a.authorId)).size).toBeGreaterThanOrEqual(4);
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
