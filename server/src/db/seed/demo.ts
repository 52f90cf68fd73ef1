import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ActivityKind, SurveyQuestionKind } from '../../modules/activity/activity.types.js';
import { Profession } from '../../modules/activity/profession.js';
import type { Services } from '../../services.js';
import type { AuthService } from '../../modules/account/auth.service.js';
import { User } from '../../modules/account/user.entity.js';
import { GlobalRole } from '../../modules/account/account.types.js';
import { AdviceKind, AdviceTarget } from '../../modules/advice/advice.types.js';
import { HonorariumRole, PayeeType } from '../../modules/budget/budget.types.js';
import { type Cycle } from '../../modules/cycle/cycle.entity.js';
import { Assessment } from '../../modules/evaluation/evaluation.types.js';
import { Hub } from '../../modules/hub/hub.entity.js';
import { HubStatus, ImplementingBodyKind, HubRole } from '../../modules/hub/hub.types.js';
import { HubTier } from '../../modules/hub/hub-tier.js';
import { Membership } from '../../modules/hub/membership.entity.js';
import { Participation } from '../../modules/hub/participation.entity.js';
import { type Issue } from '../../modules/issue/issue.entity.js';
import { HomeCareFunction, IssuePriority, IssueSource, IssueStatus } from '../../modules/issue/issue.types.js';
import { type Meeting } from '../../modules/meeting/meeting.entity.js';
import { MeetingKind, Rsvp } from '../../modules/meeting/meeting.types.js';
import type { ActionItemInput, InviteeInput } from '../../modules/meeting/meeting.inputs.js';
import { holidayOn, tokyoInstant } from '../../modules/meeting/meeting.rules.js';
import { ExpenseCategory, SubCap } from '../../modules/budget/expense-category.js';
import { Indicator } from '../../modules/plan/project.entity.js';
import { IndicatorType } from '../../modules/plan/plan.types.js';
import type { BudgetLineInput, IndicatorInput, PlannedActivityInput } from '../../modules/plan/plan.inputs.js';
import { ProgrammeItem } from '../../modules/programme-result/programme-item.js';
import { HomeCareZone } from '../../modules/reference/home-care-zone.entity.js';
import { Municipality } from '../../modules/reference/municipality.entity.js';
import type { Viewer } from '../../platform/context.js';
import { fiscalYearEnd, fiscalYearLabel, fiscalYearOf, fiscalYearStart, tokyoCalendarDate } from '../../platform/fiscal-year.js';
import { mutationScope } from '../../platform/request-scope.js';
import { forkForHub, inHub } from '../../platform/tenancy.js';

/** Shared by every demo account; listed in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Demo-Password-2025!';
/**
 * The demo prefecture account's authenticator secret (prefecture administrators must use a
 * second factor): add it to any authenticator app, or print the current code with
 * `pnpm --silent totp`. Demo data only, never in production.
 */
export const DEMO_TOTP_SECRET = 'HUBDEMOPREFECTUREZAITAKUIRYOKYOT';

export const DEMO_ACCOUNTS = [
  { email: 'prefecture@demo.example.jp', displayName: '北海道 保健福祉部（デモ）', globalRole: GlobalRole.PREFECTURE_ADMIN },
  { email: 'secretariat@demo.example.jp', displayName: '室蘭市医師会 事務局（デモ）', role: HubRole.SECRETARIAT },
  { email: 'advisor@demo.example.jp', displayName: '本輪西ファミリークリニック 医師（デモ）', role: HubRole.ADVISOR },
  { email: 'muroran@demo.example.jp', displayName: '室蘭市 保健福祉部（デモ）', role: HubRole.MUNICIPALITY, municipality: '室蘭市' },
  { email: 'noboribetsu@demo.example.jp', displayName: '登別市 保健福祉部（デモ）', role: HubRole.MUNICIPALITY, municipality: '登別市' },
  { email: 'health-center@demo.example.jp', displayName: '室蘭保健所（デモ）', role: HubRole.HEALTH_CENTER, globalRole: GlobalRole.HEALTH_CENTER },
] as const;

type DemoKey = 'secretariat' | 'advisor' | 'muroran' | 'noboribetsu' | 'healthCenter';
const KEY_OF: Record<string, DemoKey> = {
  'secretariat@demo.example.jp': 'secretariat',
  'advisor@demo.example.jp': 'advisor',
  'muroran@demo.example.jp': 'muroran',
  'noboribetsu@demo.example.jp': 'noboribetsu',
  'health-center@demo.example.jp': 'healthCenter',
};

/**
 * The demo hub of the 室蘭 zone with one account per role, in the middle of a real year: the
 * previous fiscal year's cycle closed (plan adopted, projects evaluated, an issue carried over),
 * the current one in implementation with its adopted plan, meetings held and coming, a training,
 * a survey, the budget and its spending, advice and municipal results. Everything is dated
 * relative to `now` (the current fiscal year judged in Asia/Tokyo), so the demo stays meaningful
 * whenever it is loaded.
 *
 * Runs only on a database with no accounts at all, and never in production (the caller checks
 * the configuration). Apart from the hub and its accounts (which a real hub gets through the
 * prefecture and invitations), everything is made through the module services, one transaction
 * per step as the API would, with audit entries and event numbers under the demo account that
 * would have made the change.
 */
export async function seedDemoData(em: EntityManager, services: Services, now = new Date()): Promise<boolean> {
  if ((await em.count(User, {})) > 0) return false;
  const requestId = `demo-data-${randomUUID()}`;
  const { hubId, viewers } = await mutationScope.run({ requestId, operation: 'seedDemoData', actorId: null }, () => seedHubAndAccounts(em, services.auth));
  await seedYear(em, services, hubId, viewers, now, requestId);
  return true;
}

async function seedHubAndAccounts(em: EntityManager, auth: AuthService): Promise<{ hubId: string; viewers: Record<DemoKey, Viewer> }> {
  const passwordHash = await auth.hashPassword(DEMO_PASSWORD);
  // The reference data already holds 室蘭's designated hub (designations.csv): the demo takes it
  // over, as its secretariat would on accepting the prefecture's invitation.
  const designated = await em.fork().findOne(Hub, { zone: { name: '室蘭' }, status: HubStatus.DESIGNATED });
  const hubId = designated?.id ?? randomUUID();
  const users = await inHub(em, hubId, async (tx) => {
    const zone = await tx.findOneOrFail(HomeCareZone, { name: '室蘭' });
    const existing = designated ? await tx.findOneOrFail(Hub, { id: hubId }) : null;
    const hub = existing ?? tx.create(Hub, { id: hubId, zone, name: '', tier: HubTier.SINGLE, implementingBody: '', implementingBodyKind: ImplementingBodyKind.MEDICAL_ASSOCIATION });
    tx.assign(hub, {
      name: '在宅医療ソリューション会議',
      tier: HubTier.SINGLE,
      implementingBody: '（公社）室蘭市医師会',
      implementingBodyKind: ImplementingBodyKind.MEDICAL_ASSOCIATION,
      status: HubStatus.DESIGNATED,
      designatedOn: '2025-07-01',
      activeRoleInstitutions: ['医療法人北海道家庭医療学センター 本輪西ファミリークリニック'],
    });
    const municipalities = new Map((await tx.find(Municipality, { name: { $in: ['室蘭市', '登別市'] } })).map((m) => [m.name, m]));
    const created: { user: User; key: DemoKey | null; secondaryAreaId: string | null }[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const healthCenter = 'globalRole' in account && account.globalRole === GlobalRole.HEALTH_CENTER;
      const user = tx.create(User, {
        email: account.email,
        displayName: account.displayName,
        passwordHash,
        globalRole: 'globalRole' in account ? account.globalRole : null,
        ...('globalRole' in account && account.globalRole === GlobalRole.PREFECTURE_ADMIN ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() } : {}),
        // The health centre oversees the zone's secondary area (西胆振).
        secondaryArea: healthCenter ? zone.secondaryArea : null,
      });
      if ('role' in account) {
        tx.create(Membership, {
          hub,
          user,
          role: account.role,
          municipality: 'municipality' in account ? municipalities.get(account.municipality)! : null,
        });
      }
      created.push({ user, key: KEY_OF[account.email] ?? null, secondaryAreaId: healthCenter ? zone.secondaryArea.id : null });
    }
    const contacts: Record<string, string> = { 室蘭市: '室蘭市 保健福祉部 高齢福祉課 在宅医療・介護連携担当', 登別市: '登別市 保健福祉部 高齢・介護グループ 在宅医療・介護連携担当' };
    for (const municipality of municipalities.values()) {
      tx.create(Participation, { hub, municipality, contactName: contacts[municipality.name] ?? null });
    }
    await tx.flush();
    return created;
  });
  // The viewer each service takes, as the request context builds it for a signed-in member.
  const viewers = {} as Record<DemoKey, Viewer>;
  for (const { user, key, secondaryAreaId } of users) {
    if (!key) continue;
    viewers[key] = {
      userId: user.id,
      sessionId: 'demo-data',
      globalRole: user.globalRole ?? null,
      memberships: await auth.memberships(em, user.id),
      secondaryAreaId,
      areaHubIds: new Set(secondaryAreaId ? [hubId] : []),
    };
  }
  return { hubId, viewers };
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isWorkingDay(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !holidayOn(date);
}

/** The working day on or before `date`, but not before `floor` (which is kept even when not a working day). */
function workingDayBefore(date: string, floor: string): string {
  let d = date < floor ? floor : date;
  while (d > floor && !isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

function workingDayAfter(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** Dates of the demo year, relative to `now`: the part of the fiscal year gone so far, and the weeks ahead. */
function timeline(now: Date) {
  const fiscalYear = fiscalYearOf(now);
  const start = fiscalYearStart(fiscalYear);
  const today = tokyoCalendarDate(now);
  const daysGone = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);
  const startMs = Date.parse(`${start}T00:00:00+09:00`);
  /** A working day of this fiscal year before today, `f` (0–1) of the way through the days gone so far. */
  const past = (f: number): string => (daysGone === 0 ? today : workingDayBefore(addDays(start, Math.floor(f * daysGone)), start));
  return {
    fiscalYear,
    start,
    today,
    past,
    /**
     * A Tokyo wall-clock time on past(f); on 1 April, when no day of the year has gone yet, the
     * same fraction of the hours gone today instead, so that it is always before now.
     */
    pastAt(f: number, time: string): Date {
      const at = tokyoInstant(past(f), time);
      return at < now ? at : new Date(startMs + Math.floor(f * (now.getTime() - startMs)));
    },
    /** A working day `days` or more ahead, at a Tokyo wall-clock time: always after now. */
    ahead(days: number, time: string): Date {
      return tokyoInstant(workingDayAfter(addDays(today, days)), time);
    },
    /** A date, but not after the end of this fiscal year. */
    withinYear(date: string): string {
      return date > fiscalYearEnd(fiscalYear) ? fiscalYearEnd(fiscalYear) : date;
    },
    /** A date some days after `date`, but not after today. */
    after(date: string, days: number): string {
      const d = addDays(date, days);
      return d > today ? today : d;
    },
    /** An instant some days after `instant`, but before now. */
    later(instant: Date, days: number): Date {
      return new Date(Math.min(instant.getTime() + days * DAY_MS, now.getTime() - 60_000));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The year

/** How each demo member appears on a meeting's invitation list. */
const INVITED_AS: Record<DemoKey, [Profession, string]> = {
  secretariat: [Profession.OTHER, '（公社）室蘭市医師会 事務局'],
  advisor: [Profession.DOCTOR, '本輪西ファミリークリニック'],
  muroran: [Profession.MUNICIPAL_STAFF, '室蘭市 保健福祉部'],
  noboribetsu: [Profession.MUNICIPAL_STAFF, '登別市 保健福祉部'],
  healthCenter: [Profession.HEALTH_CENTER_STAFF, '北海道室蘭保健所'],
};
const COUNCIL: DemoKey[] = ['secretariat', 'advisor', 'muroran', 'noboribetsu', 'healthCenter'];

const EXTERNAL_MEMBERS: InviteeInput[] = [
  { name: '絵鞆 一郎', organisation: '一般社団法人 室蘭歯科医師会', profession: Profession.DENTIST },
  { name: '母恋 花子', organisation: '一般社団法人 室蘭薬剤師会', profession: Profession.PHARMACIST },
  { name: '幌別 幸子', organisation: '西胆振訪問看護ステーション連絡会', profession: Profession.VISITING_NURSE },
  { name: '中島 次郎', organisation: '室蘭地区介護支援専門員連絡協議会', profession: Profession.CARE_MANAGER },
  { name: '知利別 三郎', organisation: '〇〇病院 地域医療連携室（MSW）', profession: Profession.SOCIAL_WORKER },
];

async function seedYear(em: EntityManager, s: Services, hubId: string, v: Record<DemoKey, Viewer>, now: Date, requestId: string): Promise<void> {
  const t = timeline(now);
  const fy = t.fiscalYear;
  const prev = fy - 1;
  const label = fiscalYearLabel(fy);
  /** Runs one step as the given member would through the API: their name and the mutation's go into the audit trail. */
  const as = <T>(who: Viewer, operation: string, work: () => Promise<T>): Promise<T> => mutationScope.run({ requestId, operation, actorId: who.userId }, work);
  const read = () => forkForHub(em, hubId);
  const raise = (who: Viewer, cycleId: string, title: string, description: string, functions: HomeCareFunction[], source?: IssueSource) =>
    as(who, 'raiseIssue', () => s.issue.raise(em, { hubId, cycleId, title, description, functions, source }, who));
  const updateIssue = async (issue: Issue, change: { status?: IssueStatus; priority?: IssuePriority }) => {
    const current = await s.issue.get(read(), issue.id);
    return as(v.secretariat, 'updateIssue', () => s.issue.update(em, { hubId, issueId: issue.id, version: current.version, ...change }));
  };
  const advise = (who: Viewer, targetType: AdviceTarget, targetId: string, kind: AdviceKind, body: string, parentId?: string) =>
    as(who, 'postAdvice', () => s.advice.post(em, { hubId, targetType, targetId, kind, body, parentId }, who));
  const advance = async (cycle: Cycle) => {
    const current = await s.cycle.get(read(), cycle.id);
    return as(v.secretariat, 'advanceCycle', () => s.cycle.advance(em, hubId, cycle.id, current.version, v.secretariat));
  };
  const project = (planId: string, title: string, objective: string, issueIds: string[], indicators: IndicatorInput[], budgetLines: BudgetLineInput[], plannedActivities: PlannedActivityInput[]) =>
    as(v.secretariat, 'createProject', () => s.plan.createProject(em, { hubId, planId, title, objective, issueIds, indicators, budgetLines, plannedActivities }));
  const circulate = (planId: string) => as(v.secretariat, 'circulatePlan', async () => s.plan.circulate(em, hubId, planId, (await s.plan.get(read(), planId)).version));
  const adopt = (planId: string, adoptedOn: string, adoptedAt: string, meetingId?: string) =>
    as(v.secretariat, 'adoptPlan', async () => s.plan.adopt(em, { hubId, planId, version: (await s.plan.get(read(), planId)).version, adoptedOn, adoptedAt, meetingId }));
  const indicatorIds = async (projectId: string) => new Map((await read().find(Indicator, { project: projectId })).map((i) => [i.name, i.id]));
  /** Demo members as invitees; the lecturer's organisation says so. */
  const members = (keys: DemoKey[], lecturer?: DemoKey): InviteeInput[] =>
    keys.map((key) => ({ userId: v[key].userId, profession: INVITED_AS[key][0], organisation: `${INVITED_AS[key][1]}${key === lecturer ? '（講師）' : ''}` }));

  /** A meeting held in the past: scheduled, answered, attended, minutes recorded and (optionally) approved. */
  const holdMeeting = async (options: {
    kind: MeetingKind;
    title: string;
    startsAt: Date;
    hours: number;
    place: string;
    agenda: { title: string; presenter?: string; issueId?: string; projectId?: string; minutes: string; decisions?: string[] }[];
    invitees: InviteeInput[];
    absent?: string[];
    actions?: (ActionItemInput & { agendaIndex?: number })[];
    approve: boolean;
  }): Promise<{ meeting: Meeting; inviteeIds: Map<string, string> }> => {
    const { meetings } = await as(v.secretariat, 'scheduleMeeting', () =>
      s.meeting.schedule(em, {
        hubId,
        kind: options.kind,
        title: options.title,
        startsAt: options.startsAt,
        endsAt: new Date(options.startsAt.getTime() + options.hours * 3_600_000),
        place: options.place,
        agenda: options.agenda.map(({ title, presenter, issueId, projectId }) => ({ title, presenter, issueId, projectId })),
        invitees: options.invitees,
      }),
    );
    const meeting = meetings[0]!;
    const invitees = await s.meeting.invitees(read(), meeting.id);
    // Members answer their own invitations; external persons answer by phone or fax, which the
    // workspace does not record (their RSVP stays 未回答), and only their attendance is marked.
    for (const invitee of invitees) {
      const key = (Object.keys(v) as DemoKey[]).find((k) => v[k].userId === invitee.userId);
      if (key) {
        await as(v[key], 'respondToMeeting', () => s.meeting.respond(em, hubId, meeting.id, options.absent?.includes(invitee.name) ? Rsvp.DECLINED : Rsvp.ACCEPTED, v[key]));
      }
    }
    // Attendance and "held" are recorded as the secretariat does on the day: the service takes the
    // moment of recording, which for a past meeting is its end.
    const endedAt = new Date(Math.min(meeting.endsAt.getTime(), now.getTime() - 60_000));
    await as(v.secretariat, 'markAttendance', () =>
      s.meeting.markAttendance(em, hubId, meeting.id, invitees.map((i) => ({ inviteeId: i.id, attended: !options.absent?.includes(i.name) })), endedAt),
    );
    await as(v.secretariat, 'markMeetingHeld', () => s.meeting.markHeld(em, hubId, meeting.id, endedAt));
    const agenda = await s.meeting.agenda(read(), meeting.id);
    const held = await s.meeting.get(read(), meeting.id);
    await as(v.secretariat, 'recordMinutes', () =>
      s.meeting.recordMinutes(
        em,
        hubId,
        meeting.id,
        held.version,
        agenda.map((a, i) => ({ agendaItemId: a.id, minutes: options.agenda[i]!.minutes, decisions: options.agenda[i]!.decisions ?? [] })),
        (options.actions ?? []).map(({ agendaIndex, ...action }) => ({ ...action, agendaItemId: agendaIndex === undefined ? null : agenda[agendaIndex]!.id })),
      ),
    );
    if (options.approve) await as(v.secretariat, 'approveMinutes', () => s.meeting.approveMinutes(em, hubId, meeting.id, t.later(meeting.startsAt, 7)));
    // Invitees by name, and members also by their user id.
    return { meeting, inviteeIds: new Map(invitees.flatMap((i) => [[i.name, i.id] as const, ...(i.userId ? [[i.userId, i.id] as const] : [])])) };
  };
  /** Honoraria of a held meeting: planned, approved once attendance is recorded, and paid (posted into ② as 報償費). */
  const honoraria = async (inviteeId: string, role: HonorariumRole, payeeType: PayeeType, grossYen: number, paidOn: string | null) => {
    const planned = await as(v.secretariat, 'planHonorarium', () => s.budget.planHonorarium(em, { hubId, inviteeId, role, payeeType, grossYen }));
    await as(v.secretariat, 'approveHonorarium', () => s.budget.approveHonorarium(em, hubId, planned.id, now));
    if (paidOn) await as(v.secretariat, 'payHonorarium', () => s.budget.payHonorarium(em, hubId, planned.id, paidOn));
  };
  const spend = (spentOn: string, subCap: SubCap, category: ExpenseCategory, amountYen: number, description: string, payee: string, link: { meetingId?: string; activityId?: string } = {}, receiptRef?: string) =>
    as(v.secretariat, 'recordExpense', () => s.budget.record(em, { hubId, spentOn, subCap, category, amountYen, description, payee, receiptRef, ...link }));

  // ---- The previous fiscal year: a full cycle, closed. -------------------------------------------------------------
  const prevLabel = fiscalYearLabel(prev);
  const lastYear = await as(v.secretariat, 'createCycle', () => s.cycle.create(em, hubId, prev, now));
  const oldRules = await raise(v.muroran, lastYear.id, '入退院時の情報共有のルールが圏域にない', '病院ごとに入院時・退院時の連絡方法が異なり、ケアマネジャーが個別に問い合わせている。', [HomeCareFunction.DISCHARGE_SUPPORT]);
  const oldAcp = await raise(
    v.advisor,
    lastYear.id,
    '人生会議（ACP）が住民に知られていない',
    '外来・訪問診療の場で、本人の意向が家族と共有されないまま急変や看取りを迎える例が多い。',
    [HomeCareFunction.PUBLIC_AWARENESS, HomeCareFunction.END_OF_LIFE],
  );
  const oldResources = await raise(v.secretariat, lastYear.id, '在宅医療を担う医療機関・訪問看護の資源が一覧になっていない', '第1回協議の場での意見。', [HomeCareFunction.DAILY_CARE], IssueSource.MEETING);
  await advance(lastYear);
  const lastPlan = (await s.plan.ofCycle(read(), lastYear.id))!;
  const oldMap = await project(
    lastPlan.id,
    '在宅医療・介護資源の把握と入退院支援ルール案の検討',
    '圏域の在宅医療・介護資源を一覧にし、入退院時の情報共有ルールの案をまとめる。',
    [oldRules.id, oldResources.id],
    [
      { name: '資源マップ掲載事業所数', type: IndicatorType.OUTCOME, unit: '件', baseline: 0, target: 80 },
      { name: 'ルール検討会議の開催回数', type: IndicatorType.PROCESS, unit: '回', baseline: 0, target: 3 },
    ],
    [
      { subCap: SubCap.OFFICE, category: ExpenseCategory.SUPPLIES, plannedYen: 120_000, description: '資源マップ印刷' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.HONORARIA, plannedYen: 96_000, description: '検討会議 出席謝金' },
    ],
    [{ title: '資源調査・マップ作成', startsOn: `${prev}-09-01`, endsOn: `${prev + 1}-01-31` }],
  );
  const oldTalk = await project(
    lastPlan.id,
    '住民向けACP出前講座',
    '町内会・老人クラブで人生会議（ACP）の出前講座を行う。',
    [oldAcp.id],
    [{ name: '出前講座の参加者数', type: IndicatorType.OUTCOME, unit: '人', baseline: 0, target: 200 }],
    [{ subCap: SubCap.OFFICE, category: ExpenseCategory.HONORARIA, plannedYen: 60_000, description: '講師謝金' }],
    [{ title: '出前講座（年6回）', startsOn: `${prev}-10-01`, endsOn: `${prev + 1}-03-15` }],
  );
  await circulate(lastPlan.id);
  await adopt(lastPlan.id, workingDayAfter(`${prev}-08-26`), `${prevLabel}第1回 在宅医療ソリューション会議`);
  await advance(lastYear);
  await as(v.secretariat, 'createActivity', () =>
    s.activity.create(em, {
      hubId,
      projectId: oldMap.id,
      kind: ActivityKind.WORKING_GROUP,
      title: '入退院支援ルール検討会議（全3回）',
      startsOn: workingDayAfter(`${prev}-10-15`),
      endsOn: workingDayAfter(`${prev + 1}-02-18`),
      place: '室蘭市医師会館',
      participants: [
        { profession: Profession.SOCIAL_WORKER, count: 9 },
        { profession: Profession.CARE_MANAGER, count: 12 },
        { profession: Profession.VISITING_NURSE, count: 5 },
        { profession: Profession.MUNICIPAL_STAFF, count: 4 },
      ],
      outcomeNotes: '圏域共通の「入院時情報提供シート」と退院調整の連絡手順（案）をまとめた。資源マップは86事業所を掲載して配布した。',
    }),
  );
  await as(v.secretariat, 'createActivity', () =>
    s.activity.create(em, {
      hubId,
      projectId: oldTalk.id,
      kind: ActivityKind.AWARENESS_EVENT,
      title: '人生会議（ACP）出前講座',
      startsOn: workingDayAfter(`${prev}-11-10`),
      endsOn: workingDayAfter(`${prev + 1}-03-06`),
      place: '室蘭市・登別市の町内会館ほか',
      participants: [{ profession: Profession.OTHER, count: 134 }],
      outcomeNotes: '4回開催（予定6回）。参加者アンケートでは「家族と話してみたい」が7割。若い世代・男性の参加が少ない。',
    }),
  );
  await advance(lastYear);
  const mapIndicators = await indicatorIds(oldMap.id);
  await as(v.secretariat, 'evaluateProject', () =>
    s.evaluation.evaluate(
      em,
      {
        hubId,
        projectId: oldMap.id,
        assessment: Assessment.ACHIEVED,
        text: '資源マップは目標を上回る86事業所を掲載。入退院支援ルール案をまとめ、次年度から試行運用することを協議の場で確認した。',
        actuals: [
          { indicatorId: mapIndicators.get('資源マップ掲載事業所数')!, actual: 86 },
          { indicatorId: mapIndicators.get('ルール検討会議の開催回数')!, actual: 3 },
        ],
      },
      v.secretariat,
    ),
  );
  const talkIndicators = await indicatorIds(oldTalk.id);
  await as(v.secretariat, 'evaluateProject', () =>
    s.evaluation.evaluate(
      em,
      {
        hubId,
        projectId: oldTalk.id,
        assessment: Assessment.PARTLY_ACHIEVED,
        text: '出前講座は4回・134人で目標に届かなかった。ACPの周知は次年度も課題として繰り越し、リーフレットと市民公開講座で対象を広げる。',
        actuals: [{ indicatorId: talkIndicators.get('出前講座の参加者数')!, actual: 134 }],
        carryOverIssueIds: [oldAcp.id],
      },
      v.secretariat,
    ),
  );
  // Closing opens this year's cycle and carries the ACP issue into it.
  await advance(lastYear);

  // ---- This fiscal year: issues. -------------------------------------------------------------------------------------
  const cycle = (await s.cycle.list(read())).find((c) => c.fiscalYear === fy)!;
  const carried = (await s.issue.list(read(), { cycleId: cycle.id })).find((i) => i.carriedFrom)!;
  const admission = await raise(
    v.muroran,
    cycle.id,
    '入院時に在宅側のケア情報が病院へ届いていない',
    '試行中の入院時情報提供シートが使われず、入院後に病院から居宅介護支援事業所へ問い合わせが来る例が続いている。',
    [HomeCareFunction.DISCHARGE_SUPPORT, HomeCareFunction.INFORMATION_SHARING],
  );
  const conference = await raise(
    v.noboribetsu,
    cycle.id,
    '退院前カンファレンスの開催が病院によってまちまち',
    '退院日の直前に連絡があり、訪問看護やサービスの調整が間に合わないことがある。',
    [HomeCareFunction.DISCHARGE_SUPPORT],
  );
  const duplicate = await raise(v.noboribetsu, cycle.id, '入院時の情報提供の様式が統一されていない', '事業所ごとに様式が異なり、病院側で読み取りに時間がかかっている。', [HomeCareFunction.DISCHARGE_SUPPORT]);
  const emergency = await raise(
    v.advisor,
    cycle.id,
    '夜間・休日の急変時に在宅患者の情報が救急外来に伝わらない',
    '救急搬送時に主治医・服薬・本人の意向が分からず、望まない延命処置につながる例がある。',
    [HomeCareFunction.SUDDEN_DETERIORATION, HomeCareFunction.ROUND_THE_CLOCK],
  );
  await raise(
    v.advisor,
    cycle.id,
    '訪問診療を担う医師の24時間対応の負担が大きい',
    '訪問診療を行う診療所が少なく、夜間の往診・看取りの対応が一部の医師に集中している。主治医・副主治医の連携の仕組みが必要。',
    [HomeCareFunction.ROUND_THE_CLOCK, HomeCareFunction.DAILY_CARE],
  );
  await raise(
    v.secretariat,
    cycle.id,
    '多職種の情報共有ツール（ICT）の使い方が事業所ごとに異なる',
    '第1回協議の場での意見。医療介護連携のSNSを導入している事業所と、電話・FAXのみの事業所が混在している。',
    [HomeCareFunction.INFORMATION_SHARING],
    IssueSource.MEETING,
  );
  await raise(
    v.healthCenter,
    cycle.id,
    '訪問看護ステーションの人材確保が難しい',
    '圏域の訪問看護ステーションで看護職員の欠員が続き、新規の依頼を断る例が出ている。',
    [HomeCareFunction.DAILY_CARE, HomeCareFunction.ROUND_THE_CLOCK],
  );
  const endOfLife = await raise(
    v.muroran,
    cycle.id,
    '自宅や施設での看取りに対応できる事業所の情報が住民に届いていない',
    '地域包括支援センターへの相談で、看取りまで対応する訪問看護・施設を尋ねられることが増えている。',
    [HomeCareFunction.END_OF_LIFE],
  );
  await as(v.secretariat, 'mergeIssues', () => s.issue.merge(em, hubId, duplicate.id, admission.id));
  await updateIssue(admission, { priority: IssuePriority.HIGH });
  await updateIssue(emergency, { priority: IssuePriority.HIGH });
  await updateIssue(carried, { priority: IssuePriority.HIGH });

  await advise(
    v.advisor,
    AdviceTarget.ISSUE,
    admission.id,
    AdviceKind.ADVICE,
    '入院時情報提供シートは項目を絞った方が使われます。まずは「服薬・ADL・キーパーソン・本人の意向」の4項目を必須にし、病院の地域連携室の受付窓口を一本化してはどうでしょうか。',
  ).then((advice) =>
    advise(v.muroran, AdviceTarget.ISSUE, admission.id, AdviceKind.COMMENT, '市内の居宅介護支援事業所連絡会で、4項目版のシートを試してもらえるよう呼びかけます。', advice.id),
  );
  await advise(
    v.advisor,
    AdviceTarget.ISSUE,
    emergency.id,
    AdviceKind.IDEA,
    '救急医療情報キット（冷蔵庫に保管する情報シート）を在宅患者に配り、主治医と本人の意向を書いておく方法があります。消防本部にも協議の場へ参加してもらうとよいと思います。',
  );
  await advise(
    v.advisor,
    AdviceTarget.ISSUE,
    carried.id,
    AdviceKind.ADVICE,
    '昨年度の講座は高齢の方が中心でした。今年度は家族世代にも届くよう、リーフレットを薬局や企業の健康講座でも配ることを提案します。',
  );
  await advise(v.healthCenter, AdviceTarget.ISSUE, conference.id, AdviceKind.COMMENT, '管内の病院の退院支援担当者会議で、退院前カンファレンスの開催基準について情報提供します。');
  await advise(v.noboribetsu, AdviceTarget.ISSUE, endOfLife.id, AdviceKind.QUESTION, '登別市でも同じ相談があります。資源マップに看取り対応の有無を載せることはできますか。');

  // ---- This fiscal year: the business plan, adopted at the first council. --------------------------------------------
  await advance(cycle);
  const plan = (await s.plan.ofCycle(read(), cycle.id))!;
  const rules = await project(
    plan.id,
    '入退院支援ルールの運用',
    '昨年度まとめた入退院支援ルールを圏域の病院・居宅介護支援事業所で運用し、入院時の情報提供と退院前の連絡を確実にする。',
    [admission.id, conference.id],
    [
      { name: '入院時情報提供率', type: IndicatorType.OUTCOME, unit: '%', baseline: 42, target: 70 },
      { name: 'ルール説明会の開催回数', type: IndicatorType.PROCESS, unit: '回', baseline: 0, target: 3 },
    ],
    [
      { subCap: SubCap.COORDINATOR_PERSONNEL, category: ExpenseCategory.SALARY, plannedYen: 1_344_000, description: '調整担当者（MSW）給料 112,000円×12月' },
      { subCap: SubCap.COORDINATOR_PERSONNEL, category: ExpenseCategory.MUTUAL_AID, plannedYen: 198_000, description: '調整担当者 社会保険料事業主負担 16,500円×12月' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.RENTAL, plannedYen: 40_000, description: '協議の場・説明会の会場使用料' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.SERVICES, plannedYen: 30_000, description: '通信運搬費（案内・資料送付）' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.HONORARIA, plannedYen: 160_000, description: '協議の場 出席謝金' },
    ],
    [
      { title: 'ルール説明会（病院・居宅介護支援事業所向け）', startsOn: t.past(0.25), endsOn: t.past(0.3) },
      { title: '運用状況調査（参加市町村への照会）', startsOn: t.past(0.9), endsOn: t.withinYear(addDays(t.today, 14)) },
    ],
  );
  const training = await project(
    plan.id,
    '多職種研修会',
    '医師・訪問看護・ケアマネジャー・薬剤師などが顔の見える関係をつくり、急変時の対応と在宅での看取りを学ぶ研修を年3回開く。',
    [emergency.id],
    [
      { name: '研修会の開催回数', type: IndicatorType.PROCESS, unit: '回', baseline: 1, target: 3 },
      { name: '研修参加者数（延べ）', type: IndicatorType.OUTCOME, unit: '人', baseline: 48, target: 150 },
      { name: '参加職種数', type: IndicatorType.STRUCTURE, unit: '職種', baseline: 5, target: 8 },
    ],
    [
      { subCap: SubCap.OFFICE, category: ExpenseCategory.HONORARIA, plannedYen: 120_000, description: '講師謝金' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.TRAVEL, plannedYen: 40_000, description: '講師旅費' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.RENTAL, plannedYen: 90_000, description: '研修会場使用料' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.SUPPLIES, plannedYen: 60_000, description: '研修資料印刷・消耗品' },
    ],
    [
      { title: '第1回 多職種研修会（入退院支援）', startsOn: t.past(0.4), endsOn: t.past(0.4) },
      { title: '第2回 多職種研修会（急変時の対応）', startsOn: t.withinYear(addDays(t.today, 21)), endsOn: t.withinYear(addDays(t.today, 21)) },
    ],
  );
  const acp = await project(
    plan.id,
    'ACP（人生会議）普及啓発',
    '住民と家族が、もしものときの医療・ケアについて話し合えるよう、リーフレットの配布と市民公開講座を行う。',
    [carried.id, endOfLife.id],
    [
      { name: 'リーフレット配布部数', type: IndicatorType.PROCESS, unit: '部', baseline: 0, target: 3000 },
      { name: '市民公開講座の参加者数', type: IndicatorType.OUTCOME, unit: '人', baseline: 0, target: 150 },
    ],
    [
      { subCap: SubCap.OFFICE, category: ExpenseCategory.SUPPLIES, plannedYen: 200_000, description: 'リーフレット印刷（3,000部）' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.HONORARIA, plannedYen: 60_000, description: '市民公開講座 講師謝金' },
      { subCap: SubCap.OFFICE, category: ExpenseCategory.RENTAL, plannedYen: 50_000, description: '市民公開講座 会場使用料' },
    ],
    [
      { title: 'リーフレット作成・配布', startsOn: t.past(0.5), endsOn: t.withinYear(addDays(t.today, 60)) },
      { title: '市民公開講座', startsOn: t.withinYear(addDays(t.today, 45)), endsOn: t.withinYear(addDays(t.today, 45)) },
    ],
  );
  await circulate(plan.id);
  // While the plan is circulated for comment, the advisor and a municipality respond.
  const idea = await advise(
    v.advisor,
    AdviceTarget.PROJECT,
    training.id,
    AdviceKind.ADVICE,
    '講義だけでなく、実際の事例をもとにしたグループワークを入れると職種間の理解が進みます。第2回は救急外来の看護師にも講師をお願いしてはどうでしょう。',
  );
  await advise(v.advisor, AdviceTarget.PROJECT, rules.id, AdviceKind.ADVICE, '情報提供率は病院側の受付件数で測ると比較しやすいと思います。連携室に月ごとの件数を出してもらいましょう。');
  const question = await advise(v.noboribetsu, AdviceTarget.PROJECT, rules.id, AdviceKind.QUESTION, '説明会は登別市内でも開催できますか。市内の事業所は室蘭まで出るのが負担との声があります。');
  await advise(v.secretariat, AdviceTarget.PROJECT, rules.id, AdviceKind.COMMENT, '2回目の説明会を登別市内で開く予定にします。会場の候補を教えてください。', question.id);
  await as(v.secretariat, 'markAdviceTaken', () => s.advice.markTaken(em, hubId, idea.id, training.id));

  // The first council of the year, where the plan is adopted.
  const council1At = t.pastAt(0.08, '18:30');
  const council1 = await holdMeeting({
    kind: MeetingKind.COLLABORATION_COUNCIL,
    title: `${label} 第1回 在宅医療ソリューション会議`,
    startsAt: council1At,
    hours: 1.5,
    place: '室蘭市医師会館 2階会議室',
    invitees: [
      ...members(COUNCIL),
      ...EXTERNAL_MEMBERS,
    ],
    absent: ['知利別 三郎'],
    agenda: [
      {
        title: `${prevLabel}の事業評価と繰越課題`,
        presenter: '事務局',
        issueId: carried.id,
        minutes: '資源マップ（86事業所）と入退院支援ルール案の完成を報告。ACP出前講座は目標に届かず、今年度に繰り越すことを確認した。',
        decisions: [`${prevLabel}の事業評価を了承`],
      },
      {
        title: `${label} 事業計画（案）について`,
        presenter: '事務局',
        projectId: rules.id,
        minutes: '3事業（入退院支援ルールの運用、多職種研修会、ACP普及啓発）と予算案を説明。登別市から説明会の市内開催の要望があり、対応することとした。',
        decisions: [`${label} 事業計画を原案のとおり決定`, 'ルール説明会のうち1回は登別市内で開催'],
      },
      { title: '参加市町村からの報告', presenter: '室蘭市・登別市', minutes: '両市の在宅医療・介護連携推進事業の今年度の予定について報告があった。' },
    ],
    actions: [
      { agendaIndex: 1, description: 'ルール説明会の日程と会場を調整し、案内を送付する', assignee: '事務局', dueOn: t.after(tokyoCalendarDate(council1At), 30) },
      { agendaIndex: 2, description: '各市の事業所向け研修の予定を事務局に共有する', assignee: '室蘭市・登別市', dueOn: t.after(tokyoCalendarDate(council1At), 21) },
    ],
    approve: true,
  });
  const council1Date = tokyoCalendarDate(council1At);
  await adopt(plan.id, council1Date, `${label}第1回 在宅医療ソリューション会議`, council1.meeting.id);
  await advance(cycle);
  await updateIssue(admission, { status: IssueStatus.IN_PROGRESS });
  await updateIssue(conference, { status: IssueStatus.IN_PROGRESS });
  await updateIssue(carried, { status: IssueStatus.IN_PROGRESS });

  // ---- The budget of the year, opened from the rule set in force. ----------------------------------------------------
  await as(v.secretariat, 'openBudget', () => s.budget.open(em, hubId, fy));
  // The coordinator's pay (①), posted on each payday of the year so far.
  for (let month = 0; month < 12; month++) {
    const first = new Date(Date.UTC(fy, 3 + month, 1)).toISOString().slice(0, 10);
    const payday = workingDayBefore(`${first.slice(0, 8)}25`, first);
    if (payday > t.today) break;
    const ym = `${Number(first.slice(5, 7))}月分`;
    await spend(payday, SubCap.COORDINATOR_PERSONNEL, ExpenseCategory.SALARY, 112_000, `調整担当者（MSW）給料 ${ym}`, '（公社）室蘭市医師会', {}, `給-${first.slice(0, 7)}`);
    await spend(payday, SubCap.COORDINATOR_PERSONNEL, ExpenseCategory.MUTUAL_AID, 16_500, `調整担当者 社会保険料事業主負担 ${ym}`, '（公社）室蘭市医師会', {}, `社-${first.slice(0, 7)}`);
  }
  await spend(council1Date, SubCap.OFFICE, ExpenseCategory.RENTAL, 5_500, '第1回協議の場 会議室使用料', '（公社）室蘭市医師会', { meetingId: council1.meeting.id });
  const council1Paid = t.after(council1Date, 14);
  for (const external of EXTERNAL_MEMBERS.slice(0, 4)) {
    await honoraria(council1.inviteeIds.get(external.name!)!, HonorariumRole.ATTENDEE, PayeeType.INDIVIDUAL, 8_000, council1Paid);
  }
  await spend(t.past(0.12), SubCap.OFFICE, ExpenseCategory.SUPPLIES, 9_460, '事務用品（コピー用紙・トナー）', '〇〇事務機 株式会社');

  // ---- The first training, with its activity record. -----------------------------------------------------------------
  const trainingAt = t.pastAt(0.4, '18:00');
  const trainingDate = tokyoCalendarDate(trainingAt);
  const trainingMeeting = await holdMeeting({
    kind: MeetingKind.TRAINING,
    title: '第1回 多職種研修会「入退院支援ルールを使ってみよう」',
    startsAt: trainingAt,
    hours: 2,
    place: '室蘭市生涯学習センター 大会議室',
    invitees: [
      ...members(['secretariat', 'advisor'], 'advisor'),
      { name: '登別 花子', organisation: '〇〇病院 退院支援看護師（講師）', profession: Profession.NURSE },
    ],
    agenda: [
      { title: '講義「入退院支援ルールの概要」', presenter: '登別 花子', projectId: rules.id, minutes: 'ルールの目的と入院時情報提供シートの書き方を説明。' },
      { title: 'グループワーク（事例検討）', presenter: '本輪西ファミリークリニック 医師', projectId: training.id, minutes: '職種混合の8グループで、退院直前に連絡が来た事例をもとに、どの時点で誰に連絡すべきだったかを話し合った。' },
    ],
    approve: true,
  });
  const trainingActivity = await as(v.secretariat, 'createActivity', () =>
    s.activity.create(em, {
      hubId,
      projectId: training.id,
      kind: ActivityKind.TRAINING,
      title: '第1回 多職種研修会「入退院支援ルールを使ってみよう」',
      startsOn: trainingDate,
      endsOn: trainingDate,
      place: '室蘭市生涯学習センター 大会議室',
      participants: [
        { profession: Profession.DOCTOR, count: 6 },
        { profession: Profession.DENTIST, count: 2 },
        { profession: Profession.PHARMACIST, count: 7 },
        { profession: Profession.NURSE, count: 11 },
        { profession: Profession.VISITING_NURSE, count: 9 },
        { profession: Profession.CARE_MANAGER, count: 24 },
        { profession: Profession.SOCIAL_WORKER, count: 8 },
        { profession: Profession.THERAPIST, count: 4 },
        { profession: Profession.MUNICIPAL_STAFF, count: 3 },
        { profession: Profession.COMMUNITY_CARE_CENTER_STAFF, count: 5 },
      ],
      outcomeNotes: '参加79人（10職種）。アンケートでは「他職種の動きが分かった」が9割。入院時情報提供シートの記入例が欲しいとの声があり、次回までに作成する。',
    }),
  );
  await spend(trainingDate, SubCap.OFFICE, ExpenseCategory.RENTAL, 28_600, '第1回多職種研修会 会場使用料', '室蘭市生涯学習センター', { activityId: trainingActivity.id });
  await spend(workingDayBefore(addDays(trainingDate, -3), t.start), SubCap.OFFICE, ExpenseCategory.SUPPLIES, 18_700, '第1回多職種研修会 資料印刷', '〇〇印刷 株式会社', { meetingId: trainingMeeting.meeting.id });
  await spend(trainingDate, SubCap.OFFICE, ExpenseCategory.TRAVEL, 9_860, '講師旅費（札幌〜室蘭 JR往復）', '登別 花子', { meetingId: trainingMeeting.meeting.id });
  await honoraria(trainingMeeting.inviteeIds.get('登別 花子')!, HonorariumRole.LECTURER, PayeeType.INDIVIDUAL, 30_000, t.after(trainingDate, 10));
  // The advisor's lecture is paid to the clinic (a corporation, no withholding): approved, payment pending.
  await honoraria(trainingMeeting.inviteeIds.get(v.advisor.userId)!, HonorariumRole.LECTURER, PayeeType.CORPORATION, 30_000, null);
  await advise(v.advisor, AdviceTarget.ACTIVITY, trainingActivity.id, AdviceKind.IDEA, '次回は急変時の対応がテーマなので、消防本部の救急救命士に事例を話してもらうと、病院前の動きも共有できます。');
  await advise(v.muroran, AdviceTarget.ACTIVITY, trainingActivity.id, AdviceKind.COMMENT, '市内のケアマネジャーから好評でした。記入例ができたら市からも事業所へ配ります。');

  // ---- The ACP leaflet. ----------------------------------------------------------------------------------------------
  const leafletDate = t.past(0.5);
  const leaflet = await as(v.secretariat, 'createActivity', () =>
    s.activity.create(em, {
      hubId,
      projectId: acp.id,
      kind: ActivityKind.AWARENESS_EVENT,
      title: 'ACPリーフレット「もしものときのこと、話していますか」の作成・配布',
      startsOn: leafletDate,
      place: '室蘭市・登別市の窓口、薬局、地域包括支援センター',
      participants: [],
      outcomeNotes: '3,000部を印刷し、これまでに両市の窓口・薬局・地域包括支援センターで約1,800部を配布した。',
    }),
  );
  await spend(leafletDate, SubCap.OFFICE, ExpenseCategory.SUPPLIES, 165_000, 'ACPリーフレット印刷（A4三つ折り 3,000部）', '〇〇印刷 株式会社', { activityId: leaflet.id });
  await spend(t.after(leafletDate, 3), SubCap.OFFICE, ExpenseCategory.SERVICES, 3_280, 'リーフレット送付 郵送料', '日本郵便 株式会社', { activityId: leaflet.id });

  // ---- The second council, with an action item that became an issue. -------------------------------------------------
  const council2At = t.pastAt(0.62, '18:30');
  const council2Date = tokyoCalendarDate(council2At);
  const council2 = await holdMeeting({
    kind: MeetingKind.COLLABORATION_COUNCIL,
    title: `${label} 第2回 在宅医療ソリューション会議`,
    startsAt: council2At,
    hours: 1.5,
    place: '室蘭市医師会館 2階会議室',
    invitees: [
      ...members(COUNCIL),
      ...EXTERNAL_MEMBERS,
    ],
    absent: ['絵鞆 一郎'],
    agenda: [
      {
        title: '入退院支援ルールの運用状況',
        presenter: '事務局',
        projectId: rules.id,
        minutes: '上半期の入院時情報提供は受付件数ベースで約55%。病院側の受付窓口の一本化が進んでいない病院がある。',
        decisions: ['各病院の地域連携室に受付窓口の一本化を依頼する'],
      },
      { title: '第1回多職種研修会の報告', presenter: '事務局', projectId: training.id, minutes: '79人が参加。第2回は急変時の対応をテーマに開催する。', decisions: ['第2回研修会のテーマを「急変時の対応と情報共有」とする'] },
      {
        title: '災害時の在宅医療について（意見交換）',
        presenter: '室蘭保健所',
        minutes: '在宅で人工呼吸器や酸素濃縮装置を使う方の把握が市・保健所・事業所で分かれており、停電時の連絡体制が決まっていないとの意見があった。',
      },
    ],
    actions: [
      { agendaIndex: 2, description: '災害時に在宅で人工呼吸器・在宅酸素を使う方の把握と停電時の連絡体制を検討する', assignee: '室蘭保健所・事務局', dueOn: t.after(council2Date, 60) },
      { agendaIndex: 0, description: '入院時情報提供シートの記入例を作成し、事業所へ配布する', assignee: '事務局', dueOn: t.after(council2Date, 45) },
    ],
    approve: true,
  });
  const [disasterAction] = await s.meeting.actionItems(read(), council2.meeting.id);
  const disasterItem = await as(v.secretariat, 'actionItemToIssue', () => s.meeting.actionItemToIssue(em, hubId, disasterAction!.id, cycle.id, v.secretariat));
  const disaster = await s.issue.get(read(), disasterItem.issueId!);
  const disasterVersion = disaster.version;
  await as(v.secretariat, 'updateIssue', () =>
    s.issue.update(em, { hubId, issueId: disaster.id, version: disasterVersion, functions: [HomeCareFunction.DISASTER_PREPAREDNESS], priority: IssuePriority.HIGH }),
  );
  await advise(v.healthCenter, AdviceTarget.ISSUE, disaster.id, AdviceKind.COMMENT, '保健所で把握している在宅人工呼吸器使用者の名簿と、各市の避難行動要支援者名簿との突合を進めます。');
  await spend(council2Date, SubCap.OFFICE, ExpenseCategory.RENTAL, 5_500, '第2回協議の場 会議室使用料', '（公社）室蘭市医師会', { meetingId: council2.meeting.id });
  const council2Paid = t.after(council2Date, 14);
  for (const external of EXTERNAL_MEMBERS.slice(1)) {
    // Paid once the month's payments run; the latest ones may still wait for it.
    await honoraria(council2.inviteeIds.get(external.name!)!, HonorariumRole.ATTENDEE, PayeeType.INDIVIDUAL, 8_000, external.profession === Profession.SOCIAL_WORKER ? null : council2Paid);
  }
  await advise(v.advisor, AdviceTarget.MEETING, council2.meeting.id, AdviceKind.ADVICE, '災害時の件は、停電時に電源を確保できる医療機関の一覧もあわせて整理しておくと、救急の負担が減ります。');

  // ---- A working-group meeting whose minutes await approval. ---------------------------------------------------------
  await holdMeeting({
    kind: MeetingKind.WORKING_GROUP,
    title: '入退院支援ルール ワーキンググループ',
    startsAt: t.pastAt(0.8, '15:00'),
    hours: 1,
    place: 'オンライン（Web会議）',
    invitees: [
      ...members(['secretariat', 'muroran', 'noboribetsu']),
      EXTERNAL_MEMBERS[3]!,
      EXTERNAL_MEMBERS[4]!,
    ],
    agenda: [{ title: '入院時情報提供シート 記入例（案）', presenter: '事務局', projectId: rules.id, minutes: '記入例（案）を確認。服薬欄の書き方を補足して次回の協議の場に諮る。' }],
    approve: false,
  });

  // ---- The survey: sent to both municipalities, 室蘭市 has answered. -------------------------------------------------
  const surveyDeadline = addDays(t.today, 14);
  const survey = await as(v.secretariat, 'createActivity', () =>
    s.activity.create(em, {
      hubId,
      projectId: rules.id,
      kind: ActivityKind.SURVEY,
      title: '入退院支援ルールの運用状況調査（参加市町村照会）',
      startsOn: t.past(0.9),
      surveyDeadline,
      questions: [
        { text: '上半期に市内の居宅介護支援事業所から病院へ入院時情報提供を行った件数', kind: SurveyQuestionKind.NUMBER },
        { text: '市内の事業所へのルールの周知状況', kind: SurveyQuestionKind.CHOICE, choices: ['十分に周知できた', '一部に周知できた', 'まだ周知できていない'] },
        { text: '運用上の課題や、拠点に求める支援', kind: SurveyQuestionKind.TEXT },
      ],
    }),
  );
  // Sent some days ago: the service takes the moment of sending.
  await as(v.secretariat, 'sendSurvey', () => s.activity.send(em, hubId, survey.id, t.pastAt(0.9, '10:00')));
  const questions = await s.activity.questions(read(), survey.id);
  await as(v.muroran, 'answerSurvey', () =>
    s.activity.answer(
      em,
      {
        hubId,
        activityId: survey.id,
        answers: [
          { questionId: questions[0]!.id, value: '142' },
          { questionId: questions[1]!.id, value: '一部に周知できた' },
          { questionId: questions[2]!.id, value: '小規模な事業所ではシートの記入に時間がかかる。記入例と、病院ごとの受付窓口の一覧がほしい。' },
        ],
      },
      v.muroran,
      now,
    ),
  );

  // ---- Meetings coming up. -------------------------------------------------------------------------------------------
  const { meetings: [council3] } = await as(v.secretariat, 'scheduleMeeting', () =>
    s.meeting.schedule(em, {
      hubId,
      kind: MeetingKind.COLLABORATION_COUNCIL,
      title: `${label} 第3回 在宅医療ソリューション会議`,
      startsAt: t.ahead(10, '18:30'),
      endsAt: new Date(t.ahead(10, '18:30').getTime() + 90 * 60_000),
      place: '室蘭市医師会館 2階会議室',
      onlineUrl: 'https://meet.example.jp/muroran-hub-council',
      agenda: [
        { title: '入退院支援ルール運用状況調査の結果', presenter: '事務局', projectId: rules.id },
        { title: '災害時の在宅医療機器利用者の把握について', presenter: '室蘭保健所', issueId: disaster.id },
        { title: 'ACP市民公開講座の企画', presenter: '事務局', projectId: acp.id },
        { title: '次年度に向けた課題の整理', presenter: '事務局' },
      ],
      invitees: [
        ...members(COUNCIL),
        ...EXTERNAL_MEMBERS,
      ],
    }),
  );
  await as(v.secretariat, 'respondToMeeting', () => s.meeting.respond(em, hubId, council3!.id, Rsvp.ACCEPTED, v.secretariat));
  await as(v.muroran, 'respondToMeeting', () => s.meeting.respond(em, hubId, council3!.id, Rsvp.ACCEPTED, v.muroran));
  await as(v.healthCenter, 'respondToMeeting', () => s.meeting.respond(em, hubId, council3!.id, Rsvp.TENTATIVE, v.healthCenter));
  await as(v.secretariat, 'scheduleMeeting', () =>
    s.meeting.schedule(em, {
      hubId,
      kind: MeetingKind.TRAINING,
      title: '第2回 多職種研修会「急変時の対応と情報共有」',
      startsAt: t.ahead(21, '18:00'),
      endsAt: new Date(t.ahead(21, '18:00').getTime() + 2 * 3_600_000),
      place: '登別市総合福祉センター 研修室',
      agenda: [
        { title: '講義「在宅患者の急変と救急搬送」', presenter: '本輪西ファミリークリニック 医師', issueId: emergency.id },
        { title: 'グループワーク「救急医療情報キットの使い方」', projectId: training.id },
      ],
      invitees: [
        ...members(['secretariat', 'advisor', 'noboribetsu'], 'advisor'),
        { name: '白鳥 四郎', organisation: '〇〇消防本部 救急救命士（講師）', profession: Profession.OTHER },
      ],
    }),
  );

  // ---- Municipal programme results (市町村の実績). -------------------------------------------------------------------
  const result = (who: Viewer, fields: { item: ProgrammeItem; description: string; periodStart: string; periodEnd: string; sessions?: number; participants?: number; projectId?: string; activityId?: string; costYen?: number; costPayee?: string; costDate?: string }) =>
    as(who, 'recordProgrammeResult', () => s.programmeResult.record(em, { hubId, ...fields }, who));
  await result(v.muroran, { item: ProgrammeItem.KA_TRAINING, description: '拠点の多職種研修会に市内の介護支援専門員・地域包括支援センター職員が参加（市から周知）', periodStart: trainingDate, periodEnd: trainingDate, sessions: 1, participants: 52, activityId: trainingActivity.id });
  await result(v.muroran, { item: ProgrammeItem.E_INFORMATION_SHARING, description: '入退院支援ルールと入院時情報提供シートを市内の居宅介護支援事業所へ説明', periodStart: t.past(0.2), periodEnd: t.past(0.55), sessions: 2, participants: 38, projectId: rules.id });
  await result(v.muroran, { item: ProgrammeItem.KI_AWARENESS, description: 'ACPリーフレットを市役所窓口・地域包括支援センターで配布（約1,000部）', periodStart: leafletDate, periodEnd: t.past(0.95), activityId: leaflet.id });
  await result(v.noboribetsu, { item: ProgrammeItem.KA_TRAINING, description: '拠点の多職種研修会に市内の事業所職員が参加', periodStart: trainingDate, periodEnd: trainingDate, sessions: 1, participants: 21, activityId: trainingActivity.id });
  await result(v.noboribetsu, { item: ProgrammeItem.KU_INTER_MUNICIPAL, description: '協議の場で室蘭市と入退院支援ルールの広域運用を検討', periodStart: council1Date, periodEnd: council2Date, sessions: 2, projectId: rules.id });
  await result(v.noboribetsu, {
    item: ProgrammeItem.KI_AWARENESS,
    description: '市の出前講座「人生会議について話してみよう」（市の事業費で実施）',
    periodStart: t.past(0.7),
    periodEnd: t.past(0.7),
    sessions: 1,
    participants: 27,
    costYen: 10_000,
    costPayee: '登別市〇〇町内会',
    costDate: t.past(0.7),
  });
}
