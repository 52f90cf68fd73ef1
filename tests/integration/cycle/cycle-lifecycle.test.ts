import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { adopt, advance, createActivity, createCycle, createProject, cycleWorld, raiseIssue, version, type CycleWorld } from '../../support/cycle-world.js';
import { hubWorld, prefectureAdmin } from '../../support/world.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const unmetCodes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (result.errors?.[0]?.extensions?.unmet as { code: string }[] | undefined)?.map((u) => u.code);

describe('cycles and their era labels', () => {
  it('labels fiscal years in era form, computed by the server', async () => {
    const world = await cycleWorld(server);
    const cycle = await createCycle(world, 2025);
    const { cycle: read } = await world.healthCenter.ok<{ cycle: { label: string; labelEn: string; phase: string; plan: { state: string } } }>(
      'query ($h: ID!, $c: ID!) { cycle(hubId: $h, cycleId: $c) { label labelEn phase plan { state } } }',
      { h: world.hubId, c: cycle.id },
    );
    expect(read).toEqual({ label: '令和7年度', labelEn: 'FY2025 (Reiwa 7)', phase: 'ISSUE_IDENTIFICATION', plan: { state: 'DRAFT' } });
    const again = await world.secretariat.gql('mutation ($h: ID!) { createCycle(hubId: $h, fiscalYear: 2025) { id } }', { h: world.hubId });
    expect(errorCode(again)).toBe('CYCLE_EXISTS');
    expect(errorCode(await world.secretariat.gql('mutation ($h: ID!) { createCycle(hubId: $h, fiscalYear: 2019) { id } }', { h: world.hubId }))).toBe('BAD_USER_INPUT');
  });
});

describe('phase rules', () => {
  let world: CycleWorld;
  beforeAll(async () => {
    world = await cycleWorld(server);
  });

  it('checks each precondition and lists every unmet one', async () => {
    const cycle = await createCycle(world, 2025);
    expect(unmetCodes(await advance(world, cycle.id))).toEqual(['NO_ISSUES']);

    const issueId = await raiseIssue(world, world.municipality, cycle.id);
    expect((await advance(world, cycle.id)).data?.advanceCycle.phase).toBe('PLANNING');

    // Planning → implementation: no adopted plan and no project.
    expect(unmetCodes(await advance(world, cycle.id))).toEqual(['PLAN_NOT_ADOPTED', 'NO_PROJECTS']);
    const project = await createProject(world, cycle.plan.id, [issueId]);
    await world.secretariat.ok('mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }', {
      input: { hubId: world.hubId, projectId: project.id, version: project.version, indicators: [{ name: '参加者数', type: 'OUTCOME', unit: '人' }] },
    });
    const refused = await advance(world, cycle.id);
    expect(errorCode(refused)).toBe('PHASE_PRECONDITIONS_UNMET');
    expect(unmetCodes(refused)).toEqual(['PLAN_NOT_ADOPTED', 'INDICATOR_WITHOUT_TARGET']);
    expect(refused.errors?.[0]?.message).toContain('事業計画が決定（承認）されていません');
    const { plan } = await world.secretariat.ok<{ plan: { projects: { id: string; version: number; indicators: { id: string }[] }[] } }>(
      'query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { projects { id version indicators { id } } } }',
      { h: world.hubId, p: cycle.plan.id },
    );
    const current = plan.projects[0]!;
    await world.secretariat.ok('mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }', {
      input: { hubId: world.hubId, projectId: current.id, version: current.version, indicators: [{ id: current.indicators[0]!.id, name: '参加者数', type: 'OUTCOME', unit: '人', target: 100 }] },
    });
    await adopt(world, cycle.plan.id);
    expect((await advance(world, cycle.id)).data?.advanceCycle.phase).toBe('IMPLEMENTATION');

    // Implementation → evaluation: an activity per project.
    expect(unmetCodes(await advance(world, cycle.id))).toEqual(['PROJECT_WITHOUT_ACTIVITY']);
    await createActivity(world, current.id);
    expect((await advance(world, cycle.id)).data?.advanceCycle.phase).toBe('EVALUATION');

    // Evaluation → closed: every project evaluated with actual values.
    expect(unmetCodes(await advance(world, cycle.id))).toEqual(['PROJECT_NOT_EVALUATED', 'INDICATOR_WITHOUT_ACTUAL']);
    await world.secretariat.ok('mutation ($input: EvaluateProjectInput!) { evaluateProject(input: $input) { id } }', {
      input: { hubId: world.hubId, projectId: current.id, assessment: 'ACHIEVED', text: '目標を上回る参加', actuals: [{ indicatorId: current.indicators[0]!.id, actual: 120 }], carryOverIssueIds: [issueId] },
    });
    expect((await advance(world, cycle.id)).data?.advanceCycle.phase).toBe('CLOSED');
    expect(errorCode(await advance(world, cycle.id))).toBe('CYCLE_CLOSED');
  });

  it('carries marked issues into the next fiscal year when a cycle closes', async () => {
    const { cycles } = await world.secretariat.ok<{ cycles: { fiscalYear: number; label: string; phase: string; issues: { title: string; status: string; carriedFromId: string | null; id: string }[] }[] }>(
      'query ($h: ID!) { cycles(hubId: $h) { fiscalYear label phase issues(filter: { includeMerged: true }) { id title status carriedFromId } } }',
      { h: world.hubId },
    );
    const [next, closed] = cycles;
    expect([next!.fiscalYear, next!.label, next!.phase]).toEqual([2026, '令和8年度', 'ISSUE_IDENTIFICATION']);
    expect(closed!.issues.map((i) => i.status)).toEqual(['CARRIED_OVER']);
    expect(next!.issues).toEqual([{ id: expect.any(String), title: closed!.issues[0]!.title, status: 'OPEN', carriedFromId: closed!.issues[0]!.id }]);
    // A closed cycle is read-only.
    const write = await world.municipality.gql('mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', { input: { hubId: world.hubId, cycleId: (await world.secretariat.ok<{ cycles: { id: string }[] }>('query ($h: ID!) { cycles(hubId: $h) { id } }', { h: world.hubId })).cycles[1]!.id, title: '遅れた課題' } });
    expect(errorCode(write)).toBe('CYCLE_CLOSED');
  });

  it('goes back a phase only with a reason, and keeps the reason', async () => {
    const other = await cycleWorld(server);
    const built = await other.cycleIn('PLANNING');
    const revert = async (reason: string | null) =>
      other.secretariat.gql<{ revertCycle: { phase: string; phaseChanges: { fromPhase: string; toPhase: string; reason: string | null }[] } }>(
        'mutation ($h: ID!, $c: ID!, $v: Int!, $r: String) { revertCycle(hubId: $h, cycleId: $c, version: $v, reason: $r) { phase phaseChanges { fromPhase toPhase reason } } }',
        { h: other.hubId, c: built.cycleId, v: await version(other.secretariat, other.hubId, 'cycle', built.cycleId), r: reason },
      );
    expect(errorCode(await revert(null))).toBe('REASON_REQUIRED');
    expect(errorCode(await revert('   '))).toBe('REASON_REQUIRED');
    const back = await revert('市町村からの課題が追加で上がったため');
    expect(back.data?.revertCycle.phase).toBe('ISSUE_IDENTIFICATION');
    expect(back.data?.revertCycle.phaseChanges.at(-1)).toEqual({ fromPhase: 'PLANNING', toPhase: 'ISSUE_IDENTIFICATION', reason: '市町村からの課題が追加で上がったため' });
    const { auditTrail } = await other.secretariat.ok<{ auditTrail: { operation: string; changes: { phase?: { before: string; after: string } } }[] }>(
      'query ($h: ID!, $c: ID!) { auditTrail(hubId: $h, entityType: Cycle, entityId: $c) { operation changes } }',
      { h: other.hubId, c: built.cycleId },
    );
    expect(auditTrail.at(-1)).toEqual({ operation: 'revertCycle', changes: { phase: { before: 'PLANNING', after: 'ISSUE_IDENTIFICATION' } } });
    expect(errorCode(await revert('最初のフェーズからは戻れない'))).toBe('WRONG_PHASE');
  });
});

describe('business plan versions', () => {
  it('freezes each adopted version and lists the differences between versions', async () => {
    const world = await cycleWorld(server);
    const built = await world.cycleIn('IMPLEMENTATION');
    const query = 'query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { state versionNumber version versions { number snapshot } projects { id version title indicators { id name target } } } }';
    type PlanRead = { plan: { state: string; versionNumber: number; version: number; versions: { number: number }[]; projects: { id: string; version: number; title: string; indicators: { id: string; name: string; target: number }[] }[] } };
    const before = (await world.secretariat.ok<PlanRead>(query, { h: world.hubId, p: built.planId })).plan;
    expect([before.state, before.versionNumber, before.versions.map((v) => v.number)]).toEqual(['ADOPTED', 1, [1]]);
    const project = before.projects[0]!;
    await world.secretariat.ok('mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }', {
      input: { hubId: world.hubId, projectId: project.id, version: project.version, title: '退院支援ルールの運用と評価', indicators: [{ id: project.indicators[0]!.id, name: project.indicators[0]!.name, type: 'PROCESS', unit: '回', baseline: 0, target: 6 }] },
    });
    const edited = (await world.secretariat.ok<PlanRead>(query, { h: world.hubId, p: built.planId })).plan;
    expect([edited.state, edited.versionNumber]).toEqual(['DRAFT', 2]);
    expect((edited.versions[0] as unknown as { snapshot: { projects: { title: string }[] } }).snapshot.projects[0]!.title).toBe('退院支援ルールの運用');
    const { plan } = await world.secretariat.ok<{ plan: { differences: { path: string; kind: string; field: string; before: unknown; after: unknown }[] } }>(
      'query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { differences(fromVersion: 1) { path kind field before after } } }',
      { h: world.hubId, p: built.planId },
    );
    expect(plan.differences.map((d) => [d.kind, d.field, d.before, d.after])).toEqual([
      ['CHANGED', 'title', '退院支援ルールの運用', '退院支援ルールの運用と評価'],
      ['CHANGED', 'target', 4, 6],
    ]);
    await adopt(world, built.planId);
    const { plan: adopted } = await world.secretariat.ok<{ plan: { differences: unknown[]; versions: { number: number }[] } }>(
      'query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { versions { number } differences(fromVersion: 1, toVersion: 2) { path } } }',
      { h: world.hubId, p: built.planId },
    );
    expect(adopted.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(adopted.differences).toHaveLength(2);
  });
});

describe('stale versions', () => {
  it('refuses a write based on a stale version of an issue, a project, a plan or a cycle, returning the current version', async () => {
    const world = await cycleWorld(server);
    const built = await world.cycleIn('ISSUE_IDENTIFICATION');
    const update = (version: number, priority: string) =>
      world.secretariat.gql('mutation ($input: UpdateIssueInput!) { updateIssue(input: $input) { version } }', { input: { hubId: world.hubId, issueId: built.issueId, version, priority } });
    const first = await update(1, 'HIGH');
    expect(first.errors).toBeUndefined();
    const stale = await update(1, 'LOW');
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    const { issue } = await world.secretariat.ok<{ issue: { priority: string } }>('query ($h: ID!, $i: ID!) { issue(hubId: $h, issueId: $i) { priority } }', { h: world.hubId, i: built.issueId });
    expect(issue.priority).toBe('HIGH');

    const project = await world.secretariat.gql('mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }', { input: { hubId: world.hubId, projectId: built.projectId, version: 99, title: 'x' } });
    expect(errorCode(project)).toBe('CONFLICT');
    expect(errorCode(await world.secretariat.gql('mutation ($h: ID!, $p: ID!) { circulatePlan(hubId: $h, planId: $p, version: 99) { id } }', { h: world.hubId, p: built.planId }))).toBe('CONFLICT');
    expect(errorCode(await world.secretariat.gql('mutation ($h: ID!, $c: ID!) { advanceCycle(hubId: $h, cycleId: $c, version: 99) { id } }', { h: world.hubId, c: built.cycleId }))).toBe('CONFLICT');
  });
});

describe('issues', () => {
  it('records who raised an issue and for which municipality, and merges duplicates keeping both', async () => {
    const world = await cycleWorld(server);
    const built = await world.cycleIn('ISSUE_IDENTIFICATION');
    const duplicate = await raiseIssue(world, world.advisor, built.cycleId, '退院時の情報共有');
    await world.secretariat.ok('mutation ($h: ID!, $d: ID!, $i: ID!) { mergeIssues(hubId: $h, duplicateId: $d, intoId: $i) { id } }', { h: world.hubId, d: duplicate, i: built.issueId });
    const { issues } = await world.healthCenter.ok<{ issues: { id: string; source: string; raisedByMunicipality: { name: string } | null; mergedIssues: { id: string; status: string; mergedIntoId: string }[]; projects: { id: string }[] }[] }>(
      'query ($h: ID!, $c: ID!) { issues(hubId: $h, filter: { cycleId: $c }) { id source raisedByMunicipality { name } mergedIssues { id status mergedIntoId } projects { id } } }',
      { h: world.hubId, c: built.cycleId },
    );
    expect(issues).toEqual([
      { id: built.issueId, source: 'MUNICIPALITY', raisedByMunicipality: { name: '室蘭市' }, mergedIssues: [{ id: duplicate, status: 'CLOSED', mergedIntoId: built.issueId }], projects: [{ id: built.projectId }] },
    ]);
    const filtered = await world.secretariat.ok<{ issues: unknown[] }>('query ($h: ID!) { issues(hubId: $h, filter: { function: END_OF_LIFE }) { id } }', { h: world.hubId });
    expect(filtered.issues).toEqual([]);
  });
});

describe('surveys', () => {
  it('refuses a choice question without two different choices, keeping nothing', async () => {
    const world = await cycleWorld(server);
    const built = await world.cycleIn('IMPLEMENTATION');
    const CREATE = 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }';
    const refused = await world.secretariat.gql(CREATE, {
      input: { hubId: world.hubId, projectId: built.projectId, kind: 'SURVEY', title: '重複した選択肢の調査', surveyDeadline: '2030-03-31', questions: [{ text: '参加しますか', kind: 'CHOICE', choices: ['はい', ' はい '] }] },
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('questions.choices');
    const { cycle } = await world.secretariat.ok<{ cycle: { plan: { projects: { activities: { title: string }[] }[] } } }>('query ($h: ID!, $c: ID!) { cycle(hubId: $h, cycleId: $c) { plan { projects { activities { title } } } } }', { h: world.hubId, c: built.cycleId });
    expect(cycle.plan.projects.flatMap((p) => p.activities.map((a) => a.title))).not.toContain('重複した選択肢の調査');
  });

  it('sends questions to the participating municipalities and compiles one answer per municipality', async () => {
    const world = await cycleWorld(server);
    const noboribetsu = await world.invite('MUNICIPALITY', '登別市');
    const built = await world.cycleIn('IMPLEMENTATION');
    const activityId = await createActivity(world, built.projectId, {
      kind: 'SURVEY',
      title: '入退院支援の実態調査',
      surveyDeadline: '2030-03-31',
      questions: [
        { text: '退院前カンファレンスの年間件数', kind: 'NUMBER' },
        { text: '入退院支援ルールの運用状況', kind: 'CHOICE', choices: ['運用中', '準備中', '未着手'] },
      ],
    });
    const answerQuery = 'mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }';
    const { activity } = await world.secretariat.ok<{ activity: { questions: { id: string }[] } }>('query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { questions { id } } }', { h: world.hubId, a: activityId });
    const [count, status] = activity.questions.map((q) => q.id) as [string, string];
    const answer = (client: typeof world.municipality, values: [string, string]) =>
      client.gql(answerQuery, { input: { hubId: world.hubId, activityId, answers: [{ questionId: count, value: values[0] }, { questionId: status, value: values[1] }] } });
    expect(errorCode(await answer(world.municipality, ['12', '運用中']))).toBe('NOT_A_SURVEY'); // not sent yet
    await world.secretariat.ok('mutation ($h: ID!, $a: ID!) { sendSurvey(hubId: $h, activityId: $a) { surveySentAt } }', { h: world.hubId, a: activityId });
    expect((await answer(world.municipality, ['10', '準備中'])).errors).toBeUndefined();
    expect((await answer(world.municipality, ['12', '運用中'])).errors).toBeUndefined(); // changed before the deadline
    expect(errorCode(await answer(noboribetsu, ['abc', '運用中']))).toBe('BAD_USER_INPUT');
    expect(errorCode(await answer(noboribetsu, ['3', 'たぶん']))).toBe('BAD_USER_INPUT');
    expect((await answer(noboribetsu, ['3', '運用中'])).errors).toBeUndefined();
    const compiled = await world.secretariat.ok<{ activity: { compiledAnswers: { questions: { total: number | null; choiceCounts: { choice: string; count: number }[]; answers: { municipality: { name: string }; value: string }[] }[]; unanswered: unknown[] } } }>(
      'query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { compiledAnswers { questions { total choiceCounts { choice count } answers { municipality { name } value } } unanswered { name } } } }',
      { h: world.hubId, a: activityId },
    );
    const [numbers, choices] = compiled.activity.compiledAnswers.questions;
    expect(numbers!.total).toBe(15);
    expect(numbers!.answers.map((a) => [a.municipality.name, a.value]).sort()).toEqual([['室蘭市', '12'], ['登別市', '3']]);
    expect(choices!.choiceCounts).toEqual([{ choice: '運用中', count: 2 }, { choice: '準備中', count: 0 }, { choice: '未着手', count: 0 }]);
    expect(compiled.activity.compiledAnswers.unanswered).toEqual([]);
    expect(errorCode(await world.advisor.gql('query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { compiledAnswers { unanswered { name } } } }', { h: world.hubId, a: activityId }))).toBe('FORBIDDEN');
  });
});

describe('advice', () => {
  it('lets advisors give advice, others only ask and comment, and tracks what awaits advice', async () => {
    const world = await cycleWorld(server);
    const built = await world.cycleIn('ISSUE_IDENTIFICATION');
    const post = (client: typeof world.advisor, kind: string, targetId = built.issueId, targetType = 'ISSUE') =>
      client.gql<{ postAdvice: { id: string } }>('mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', { input: { hubId: world.hubId, targetType, targetId, kind, body: '意見です' } });
    const awaiting = async () =>
      (await world.advisor.ok<{ awaitingMyAdvice: { issues: { id: string }[]; projects: { id: string }[] } }>('query ($h: ID!) { awaitingMyAdvice(hubId: $h) { issues { id } projects { id } } }', { h: world.hubId })).awaitingMyAdvice;
    expect((await awaiting()).issues.map((i) => i.id)).toEqual([built.issueId]);
    expect(errorCode(await post(world.municipality, 'ADVICE'))).toBe('ADVICE_KIND_NOT_ALLOWED');
    expect(errorCode(await post(world.secretariat, 'IDEA'))).toBe('ADVICE_KIND_NOT_ALLOWED');
    expect((await post(world.municipality, 'QUESTION')).errors).toBeUndefined();
    const advice = await post(world.advisor, 'ADVICE');
    expect((await awaiting()).issues).toEqual([]);
    await world.secretariat.ok('mutation ($h: ID!, $p: ID!, $v: Int!) { circulatePlan(hubId: $h, planId: $p, version: $v) { id } }', { h: world.hubId, p: built.planId, v: await version(world.secretariat, world.hubId, 'plan', built.planId) });
    expect((await awaiting()).projects.map((p) => p.id)).toEqual([built.projectId]);
    await world.secretariat.ok('mutation ($h: ID!, $a: ID!, $p: ID!) { markAdviceTaken(hubId: $h, adviceId: $a, projectId: $p) { takenIntoProjectId } }', {
      h: world.hubId,
      a: advice.data!.postAdvice.id,
      p: built.projectId,
    });
    const { adviceThread } = await world.healthCenter.ok<{ adviceThread: { kind: string; takenIntoProjectId: string | null; author: { displayName: string } }[] }>(
      'query ($h: ID!, $t: ID!) { adviceThread(hubId: $h, targetType: ISSUE, targetId: $t) { kind takenIntoProjectId author { displayName } } }',
      { h: world.hubId, t: built.issueId },
    );
    expect(adviceThread.map((a) => [a.kind, a.takenIntoProjectId])).toEqual([['QUESTION', null], ['ADVICE', built.projectId]]);
  });
});

describe('recent advice', () => {
  const RECENT = 'query ($h: ID!, $n: Int) { recentAdvice(hubId: $h, limit: $n) { body targetType author { displayName } } }';

  it('lists the hub’s latest advice and comments on any record, newest first, and nothing of another hub', async () => {
    const world = await cycleWorld(server);
    const other = await cycleWorld(server);
    const built = await world.cycleIn('PLANNING');
    const elsewhere = await other.cycleIn('ISSUE_IDENTIFICATION');
    const post = (client: typeof world.advisor, hubId: string, targetType: string, targetId: string, body: string) =>
      client.ok('mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', { input: { hubId, targetType, targetId, kind: 'COMMENT', body } });
    await post(world.municipality, world.hubId, 'ISSUE', built.issueId, '一番目');
    await post(world.advisor, world.hubId, 'PROJECT', built.projectId, '二番目');
    await post(world.secretariat, world.hubId, 'ISSUE', built.issueId, '三番目');
    await post(other.advisor, other.hubId, 'ISSUE', elsewhere.issueId, '別の拠点');
    const { recentAdvice } = await world.healthCenter.ok<{ recentAdvice: { body: string; targetType: string }[] }>(RECENT, { h: world.hubId, n: 2 });
    expect(recentAdvice.map((a) => [a.body, a.targetType])).toEqual([['三番目', 'ISSUE'], ['二番目', 'PROJECT']]);
    const all = await world.secretariat.ok<{ recentAdvice: { body: string }[] }>(RECENT, { h: world.hubId, n: 50 });
    expect(all.recentAdvice.map((a) => a.body)).toEqual(['三番目', '二番目', '一番目']);
    expect(errorCode(await world.secretariat.gql(RECENT, { h: world.hubId, n: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await world.secretariat.gql(RECENT, { h: other.hubId, n: 5 }))).toBe('FORBIDDEN');
  });
});

describe('municipal programme results', () => {
  const RECORD = 'mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id fiscalYear itemLabel municipality { name } } }';

  it('are attached for the member’s own municipality only, and reported per item with CSV', async () => {
    const world = await cycleWorld(server);
    const noboribetsu = await world.invite('MUNICIPALITY', '登別市');
    const built = await world.cycleIn('IMPLEMENTATION');
    const record = (client: typeof world.municipality, input: Record<string, unknown>) => client.gql<{ recordProgrammeResult: { id: string; fiscalYear: number; itemLabel: string; municipality: { name: string } } }>(RECORD, { input: { hubId: world.hubId, ...input } });
    const training = await record(world.municipality, { item: 'KA_TRAINING', activityId: built.activityId, description: '多職種研修会（退院支援）', sessions: 1, participants: 17, periodStart: '2025-09-01', periodEnd: '2025-09-01' });
    expect(training.data?.recordProgrammeResult).toMatchObject({ fiscalYear: 2025, itemLabel: '（カ）医療・介護関係者の研修', municipality: { name: '室蘭市' } });
    await record(world.municipality, { item: 'KA_TRAINING', description: 'ケアマネ向け研修', sessions: 2, participants: 40, periodStart: '2026-02-10', periodEnd: '2026-03-31' });
    await record(world.municipality, { item: 'KI_AWARENESS', description: '市民公開講座「人生会議」', sessions: 1, participants: 85, periodStart: '2025-11-15', periodEnd: '2025-11-15' });
    await record(world.municipality, { item: 'KI_AWARENESS', description: '翌年度の講座', sessions: 1, participants: 50, periodStart: '2026-04-01', periodEnd: '2026-04-01' });
    await record(noboribetsu, { item: 'A_RESOURCES', description: '医療資源マップの更新', sessions: 0, participants: 0, periodStart: '2025-06-01', periodEnd: '2025-07-31' });

    const report = async (client: typeof world.municipality, municipalityId: string) =>
      client.gql<{ programmeReport: { fiscalYearLabel: string; items: { item: string; sessions: number; participants: number; results: { description: string }[] }[]; totalSessions: number; totalParticipants: number; csv: string } }>(
        'query ($h: ID!, $m: ID!) { programmeReport(hubId: $h, municipalityId: $m, fiscalYear: 2025) { fiscalYearLabel totalSessions totalParticipants csv items { item sessions participants results { description } } } }',
        { h: world.hubId, m: municipalityId },
      );
    const muroranId = world.zone.municipalities.find((m) => m.name === '室蘭市')!.id;
    const noboribetsuId = world.zone.municipalities.find((m) => m.name === '登別市')!.id;
    const { programmeReport } = (await report(world.municipality, muroranId)).data!;
    expect(programmeReport.fiscalYearLabel).toBe('令和7年度');
    expect(programmeReport.items.map((i) => i.item)).toEqual(['A_RESOURCES', 'I_ISSUES', 'U_SEAMLESS_PROVISION', 'E_INFORMATION_SHARING', 'O_CONSULTATION', 'KA_TRAINING', 'KI_AWARENESS', 'KU_INTER_MUNICIPAL']);
    const byItem = Object.fromEntries(programmeReport.items.map((i) => [i.item, [i.sessions, i.participants, i.results.length]]));
    expect(byItem.KA_TRAINING).toEqual([3, 57, 2]);
    expect(byItem.KI_AWARENESS).toEqual([1, 85, 1]); // the April 2026 lecture counts for FY2026
    expect(byItem.A_RESOURCES).toEqual([0, 0, 0]); // 登別市's result is not in 室蘭市's report
    expect([programmeReport.totalSessions, programmeReport.totalParticipants]).toEqual([4, 142]);
    const csv = programmeReport.csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe('年度,事業項目,内容,期間（開始）,期間（終了）,回数,参加者数');
    expect(csv).toContain('令和7年度,（カ）医療・介護関係者の研修 計,,,,3,57');

    // The secretariat reads any municipality's report; a municipality member only its own.
    expect((await report(world.secretariat, noboribetsuId)).data?.programmeReport.totalParticipants).toBe(0);
    expect(errorCode(await report(world.municipality, noboribetsuId))).toBe('NOT_OWN_MUNICIPALITY');
    const listed = await noboribetsu.ok<{ programmeResults: { municipality: { name: string } }[] }>('query ($h: ID!) { programmeResults(hubId: $h) { municipality { name } } }', { h: world.hubId });
    expect(listed.programmeResults.map((r) => r.municipality.name)).toEqual(['登別市']);
    const foreignEdit = await noboribetsu.gql('mutation ($input: UpdateProgrammeResultInput!) { updateProgrammeResult(input: $input) { id } }', {
      input: { hubId: world.hubId, resultId: training.data!.recordProgrammeResult.id, version: 1, participants: 1 },
    });
    expect(errorCode(foreignEdit)).toBe('NOT_OWN_MUNICIPALITY');
  });

  it('refuses a change based on a stale version with CONFLICT and the current version, changing nothing', async () => {
    const world = await cycleWorld(server);
    const colleague = await world.invite('MUNICIPALITY', '室蘭市');
    const { recordProgrammeResult: recorded } = await world.municipality.ok<{ recordProgrammeResult: { id: string; version: number } }>(
      'mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id version } }',
      { input: { hubId: world.hubId, item: 'KA_TRAINING', description: '多職種研修会', sessions: 1, participants: 17, periodStart: '2025-09-01', periodEnd: '2025-09-01' } },
    );
    expect(recorded.version).toBe(1);
    const UPDATE = 'mutation ($input: UpdateProgrammeResultInput!) { updateProgrammeResult(input: $input) { version participants description } }';
    const update = (client: typeof world.municipality, version: number, change: Record<string, unknown>) =>
      client.gql<{ updateProgrammeResult: { version: number; participants: number; description: string } }>(UPDATE, { input: { hubId: world.hubId, resultId: recorded.id, version, ...change } });

    // Two members of 室蘭市 opened version 1; the first one's save grows the version by one.
    const first = await update(colleague, 1, { participants: 18 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateProgrammeResult).toEqual({ version: 2, participants: 18, description: '多職種研修会' });
    const stale = await update(world.municipality, 1, { description: '上書きされては困る内容', participants: 99 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    const read = async () =>
      (await world.municipality.ok<{ programmeResults: { id: string; version: number; participants: number; description: string }[] }>('query ($h: ID!) { programmeResults(hubId: $h) { id version participants description } }', { h: world.hubId }))
        .programmeResults.find((r) => r.id === recorded.id);
    expect(await read()).toEqual({ id: recorded.id, version: 2, participants: 18, description: '多職種研修会' });

    // Based on the current version, the change goes through, one version further each time.
    expect((await update(world.municipality, 2, { description: '多職種研修会（退院支援）' })).data?.updateProgrammeResult.version).toBe(3);
    expect((await update(colleague, 3, { sessions: 2 })).data?.updateProgrammeResult.version).toBe(4);
    expect(await read()).toEqual({ id: recorded.id, version: 4, participants: 18, description: '多職種研修会（退院支援）' });
    expect(errorCode(await update(world.municipality, 99, { participants: 1 }))).toBe('CONFLICT');
  });

  it('are never readable from another hub', async () => {
    const admin = await prefectureAdmin(server);
    const world = await cycleWorld(server, { admin });
    await world.municipality.ok(RECORD, { input: { hubId: world.hubId, item: 'KI_AWARENESS', description: '講演会', sessions: 1, participants: 10, periodStart: '2025-10-01', periodEnd: '2025-10-01' } });
    const other = await hubWorld(server, { admin, zone: '日高' });
    const foreignMunicipality = await other.invite('MUNICIPALITY', [...other.participationIds.keys()][0]);
    for (const client of [other.secretariat, foreignMunicipality]) {
      expect(errorCode(await client.gql('query ($h: ID!) { programmeResults(hubId: $h) { id } }', { h: world.hubId }))).toBe('FORBIDDEN');
    }
    const own = await foreignMunicipality.ok<{ programmeResults: unknown[] }>('query ($h: ID!) { programmeResults(hubId: $h) { id } }', { h: other.hubId });
    expect(own.programmeResults).toEqual([]);
  });
});
