import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActivityKind, SurveyQuestionKind } from '../../modules/activity/activity.types.js';
import type { Profession } from '../../modules/activity/profession.js';
import { AdviceTarget, type AdviceKind } from '../../modules/advice/advice.types.js';
import type { HonorariumRole, PayeeType } from '../../modules/budget/budget.types.js';
import type { ExpenseCategory, SubCap } from '../../modules/budget/expense-category.js';
import type { Assessment } from '../../modules/evaluation/evaluation.types.js';
import type { HomeCareFunction, IssuePriority, IssueSource, IssueStatus } from '../../modules/issue/issue.types.js';
import type { InviteeInput } from '../../modules/meeting/meeting.inputs.js';
import { holidayOn, tokyoInstant } from '../../modules/meeting/meeting.rules.js';
import { Rsvp, type MeetingKind } from '../../modules/meeting/meeting.types.js';
import type { IndicatorType } from '../../modules/plan/plan.types.js';
import type { ProgrammeItem } from '../../modules/programme-result/programme-item.js';
import type { Viewer } from '../../platform/context.js';
import { fiscalYearEnd, fiscalYearLabel, fiscalYearOf, fiscalYearStart, tokyoCalendarDate } from '../../platform/fiscal-year.js';
import { mutationScope } from '../../platform/request-scope.js';
import { forkForHub } from '../../platform/tenancy.js';
import type { Services } from '../../services.js';

/**
 * Performs demo/year.yaml: each step through the module services, one transaction per step as
 * the API would, under the demo member who would have made it (their name and the mutation's go
 * into the audit trail). A step of an unknown kind, or naming an unknown record or person, stops
 * the seeding with the step's place in the file.
 */

export type DemoPeople = {
  viewers: Record<string, Viewer>;
  invitedAs: Record<string, [string, string]>;
  externalMembers: { name: string; organisation: string; profession: string }[];
};
type Step = Record<string, unknown>;
type Fields = Record<string, unknown>;

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isWorkingDay = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()) && !holidayOn(date);
/** The working day on or before `date`, but not before `floor` (kept even when not a working day). */
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

/** The dates of the demo year, relative to `now` (year.yaml's header explains the forms). */
class Timeline {
  readonly fiscalYear: number;
  readonly start: string;
  readonly today: string;
  private readonly daysGone: number;
  readonly named = new Map<string, string>();

  constructor(private readonly now: Date) {
    this.fiscalYear = fiscalYearOf(now);
    this.start = fiscalYearStart(this.fiscalYear);
    this.today = tokyoCalendarDate(now);
    this.daysGone = Math.round((Date.parse(`${this.today}T00:00:00Z`) - Date.parse(`${this.start}T00:00:00Z`)) / DAY_MS);
  }

  private past(f: number): string {
    return this.daysGone === 0 ? this.today : workingDayBefore(addDays(this.start, Math.floor(f * this.daysGone)), this.start);
  }

  /** A calendar date. */
  date(expression: unknown): string {
    const text = this.fill(String(expression));
    let m: RegExpExecArray | null;
    if ((m = /^past ([\d.]+)$/.exec(text))) return this.past(Number(m[1]));
    if ((m = /^today\+(\d+)( in year)?$/.exec(text))) {
      const date = addDays(this.today, Number(m[1]));
      return m[2] && date > fiscalYearEnd(this.fiscalYear) ? fiscalYearEnd(this.fiscalYear) : date;
    }
    if ((m = /^working day after (\d{4}-\d{2}-\d{2})$/.exec(text))) return workingDayAfter(m[1]!);
    if ((m = /^working day before @(\w+)-(\d+)$/.exec(text))) return workingDayBefore(addDays(this.of(m[1]!), -Number(m[2])), this.start);
    if ((m = /^@(\w+)\+(\d+)$/.exec(text))) {
      const date = addDays(this.of(m[1]!), Number(m[2]));
      return date > this.today ? this.today : date;
    }
    if ((m = /^@(\w+)$/.exec(text))) return this.of(m[1]!);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
    throw new Error(`not a date: ${text}`);
  }

  /** An instant. */
  instant(expression: unknown): Date {
    const text = String(expression);
    let m: RegExpExecArray | null;
    if ((m = /^past ([\d.]+) at (\d{2}:\d{2})$/.exec(text))) {
      // On 1 April, when no day of the year has gone yet, the same fraction of the hours gone today.
      const at = tokyoInstant(this.past(Number(m[1])), m[2]!);
      const startMs = Date.parse(`${this.start}T00:00:00+09:00`);
      return at < this.now ? at : new Date(startMs + Math.floor(Number(m[1]) * (this.now.getTime() - startMs)));
    }
    if ((m = /^ahead (\d+) at (\d{2}:\d{2})$/.exec(text))) return tokyoInstant(workingDayAfter(addDays(this.today, Number(m[1]))), m[2]!);
    throw new Error(`not an instant: ${text}`);
  }

  /** An instant some days after another, but before now. */
  later(instant: Date, days: number): Date {
    return new Date(Math.min(instant.getTime() + days * DAY_MS, this.now.getTime() - 60_000));
  }

  fill(text: string): string {
    const prev = this.fiscalYear - 1;
    return text
      .replaceAll('{prev+1}', String(prev + 1))
      .replaceAll('{prev}', String(prev))
      .replaceAll('{prevLabel}', fiscalYearLabel(prev))
      .replaceAll('{label}', fiscalYearLabel(this.fiscalYear));
  }

  private of(key: string): string {
    const date = this.named.get(key);
    if (!date) throw new Error(`no date named ${key} yet`);
    return date;
  }
}

export async function performYear(em: EntityManager, s: Services, hubId: string, people: DemoPeople, fixture: { steps: Step[] }, now: Date, requestId: string): Promise<void> {
  const t = new Timeline(now);
  const read = () => forkForHub(em, hubId);
  const records = new Map<string, string>();
  const id = (key: unknown): string => {
    const found = records.get(String(key));
    if (!found) throw new Error(`no record named ${String(key)} yet`);
    return found;
  };
  const ids = (keys: unknown) => ((keys as unknown[] | undefined) ?? []).map(id);
  const keep = (key: unknown, recordId: string, date?: string) => {
    if (typeof key !== 'string') return;
    records.set(key, recordId);
    if (date) t.named.set(key, date);
  };
  const person = (key: unknown): Viewer => {
    const viewer = people.viewers[String(key ?? 'secretariat')];
    if (!viewer) throw new Error(`no demo member ${String(key)}`);
    return viewer;
  };
  const as = <T>(who: Viewer, operation: string, work: () => Promise<T>): Promise<T> => mutationScope.run({ requestId, operation, actorId: who.userId }, work);
  const text = (value: unknown) => t.fill(String(value));
  const cycleYear = (which: unknown) => (which === 'previous' ? t.fiscalYear - 1 : t.fiscalYear);
  const secretariat = person('secretariat');

  /** Invitees: member keys (with the profession and organisation hub.yaml gives them), council members, external persons by name, guests. */
  const invitees = (f: Fields): InviteeInput[] => {
    const lecturers = new Set((f.lecturers as string[] | undefined) ?? []);
    const council = [...Object.keys(people.invitedAs), ...people.externalMembers.map((m) => m.name)];
    const names = ((f.invitees as string[] | undefined) ?? []).flatMap((n) => (n === '{council}' ? council : [n]));
    return [
      ...names.map((name): InviteeInput => {
        const member = people.viewers[name];
        if (member) {
          const [profession, organisation] = people.invitedAs[name]!;
          return { userId: member.userId, profession: profession as Profession, organisation: `${organisation}${lecturers.has(name) ? '（講師）' : ''}` };
        }
        const external = people.externalMembers.find((m) => m.name === name);
        if (!external) throw new Error(`no member or external person ${name}`);
        return { ...external, profession: external.profession as Profession };
      }),
      ...((f.guests as InviteeInput[] | undefined) ?? []),
    ];
  };
  const agenda = (f: Fields) =>
    ((f.agenda as Fields[] | undefined) ?? []).map((a) => ({
      title: text(a.title),
      presenter: a.presenter === undefined ? undefined : text(a.presenter),
      issueId: a.issue === undefined ? undefined : id(a.issue),
      projectId: a.project === undefined ? undefined : id(a.project),
    }));
  const meetingTimes = (f: Fields) => {
    const startsAt = t.instant(f.startsAt);
    return { startsAt, endsAt: new Date(startsAt.getTime() + Number(f.hours) * 3_600_000) };
  };
  const planOf = async (cycleKey: unknown) => (await s.plan.ofCycle(read(), id(cycleKey)))!;

  const perform: Record<string, (f: Fields) => Promise<void>> = {
    async createCycle(f) {
      const cycle = await as(secretariat, 'createCycle', () => s.cycle.create(read(), hubId, cycleYear(f.fiscalYear), now));
      keep(f.key, cycle.id);
    },
    async cycleOfYear(f) {
      const cycle = (await s.cycle.list(read())).find((c) => c.fiscalYear === cycleYear(f.fiscalYear));
      if (!cycle) throw new Error('no cycle of that year');
      keep(f.key, cycle.id);
      const carried = (await s.issue.list(read(), { cycleId: cycle.id })).find((i) => i.carriedFrom);
      if (f.carriedIssue && carried) keep(f.carriedIssue, carried.id);
    },
    async raiseIssue(f) {
      const who = person(f.by);
      const issue = await as(who, 'raiseIssue', () =>
        s.issue.raise(read(), { hubId, cycleId: id(f.cycle), title: text(f.title), description: text(f.description), functions: f.functions as HomeCareFunction[], source: f.source as IssueSource | undefined }, who),
      );
      keep(f.key, issue.id);
    },
    async updateIssue(f) {
      const issue = await s.issue.get(read(), id(f.issue));
      await as(secretariat, 'updateIssue', () =>
        s.issue.update(read(), { hubId, issueId: issue.id, version: issue.version, status: f.status as IssueStatus | undefined, priority: f.priority as IssuePriority | undefined, functions: f.functions as HomeCareFunction[] | undefined }),
      );
    },
    async mergeIssues(f) {
      await as(secretariat, 'mergeIssues', () => s.issue.merge(read(), hubId, id(f.duplicate), id(f.into)));
    },
    async advance(f) {
      const cycleId = id(f);
      const cycle = await s.cycle.get(read(), cycleId);
      await as(secretariat, 'advanceCycle', () => s.cycle.advance(read(), hubId, cycleId, cycle.version, secretariat));
    },
    async createProject(f) {
      const plan = await planOf(f.cycle);
      const project = await as(secretariat, 'createProject', () =>
        s.plan.createProject(read(), {
          hubId,
          planId: plan.id,
          title: text(f.title),
          objective: text(f.objective),
          issueIds: ids(f.issues),
          indicators: (f.indicators as { name: string; type: IndicatorType; unit: string; baseline: number; target: number }[]) ?? [],
          budgetLines: ((f.budgetLines as { subCap: SubCap; category: ExpenseCategory; plannedYen: number; description: string }[]) ?? []).map((l) => ({ ...l, description: text(l.description) })),
          plannedActivities: ((f.plannedActivities as Fields[]) ?? []).map((a) => ({ title: text(a.title), startsOn: t.date(a.startsOn), endsOn: t.date(a.endsOn) })),
        }),
      );
      keep(f.key, project.id);
    },
    async circulatePlan(f) {
      const plan = await planOf(f);
      await as(secretariat, 'circulatePlan', () => s.plan.circulate(read(), hubId, plan.id, plan.version));
    },
    async adoptPlan(f) {
      const plan = await planOf(f.cycle);
      await as(secretariat, 'adoptPlan', () =>
        s.plan.adopt(read(), { hubId, planId: plan.id, version: plan.version, adoptedOn: t.date(f.adoptedOn), adoptedAt: text(f.adoptedAt), meetingId: f.meeting === undefined ? undefined : id(f.meeting) }),
      );
    },
    async createActivity(f) {
      const startsOn = t.date(f.startsOn);
      const activity = await as(secretariat, 'createActivity', () =>
        s.activity.create(read(), {
          hubId,
          projectId: id(f.project),
          kind: f.kind as ActivityKind,
          title: text(f.title),
          startsOn,
          endsOn: f.endsOn === undefined ? undefined : t.date(f.endsOn),
          place: f.place === undefined ? undefined : text(f.place),
          participants: Object.entries((f.participants as Record<string, number> | undefined) ?? {}).map(([profession, count]) => ({ profession: profession as Profession, count })),
          outcomeNotes: f.outcomeNotes === undefined ? undefined : text(f.outcomeNotes),
          surveyDeadline: f.surveyDeadline === undefined ? undefined : t.date(f.surveyDeadline),
          questions: f.questions as { text: string; kind: SurveyQuestionKind; choices?: string[] }[] | undefined,
        }),
      );
      keep(f.key, activity.id, startsOn);
    },
    async sendSurvey(f) {
      await as(secretariat, 'sendSurvey', () => s.activity.send(read(), hubId, id(f.activity), t.instant(f.sentAt)));
    },
    async answerSurvey(f) {
      const who = person(f.by);
      const questions = await s.activity.questions(read(), id(f.activity));
      const answers = (f.answers as string[]).map((value, i) => ({ questionId: questions[i]!.id, value: String(value) }));
      await as(who, 'answerSurvey', () => s.activity.answer(read(), { hubId, activityId: id(f.activity), answers }, who, now));
    },
    async evaluateProject(f) {
      const indicators = new Map((await s.plan.indicators(read(), id(f.project))).map((i) => [i.name, i.id]));
      const actuals = Object.entries((f.actuals as Record<string, number>) ?? {}).map(([name, actual]) => {
        const indicatorId = indicators.get(name);
        if (!indicatorId) throw new Error(`no indicator ${name}`);
        return { indicatorId, actual };
      });
      await as(secretariat, 'evaluateProject', () =>
        s.evaluation.evaluate(read(), { hubId, projectId: id(f.project), assessment: f.assessment as Assessment, text: text(f.text), actuals, carryOverIssueIds: f.carryOver ? ids(f.carryOver) : undefined }, secretariat),
      );
    },
    async postAdvice(f) {
      const who = person(f.by);
      const [target, key] = Object.entries(f.on as Record<string, string>)[0]!;
      const targetType = { issue: AdviceTarget.ISSUE, project: AdviceTarget.PROJECT, activity: AdviceTarget.ACTIVITY, meeting: AdviceTarget.MEETING }[target];
      if (!targetType) throw new Error(`advice on ${target}`);
      const advice = await as(who, 'postAdvice', () =>
        s.advice.post(read(), { hubId, targetType, targetId: id(key), kind: f.kind as AdviceKind, body: text(f.body), parentId: f.replyTo === undefined ? undefined : id(f.replyTo) }, who),
      );
      keep(f.key, advice.id);
    },
    async markAdviceTaken(f) {
      await as(secretariat, 'markAdviceTaken', () => s.advice.markTaken(read(), hubId, id(f.advice), id(f.project)));
    },
    async scheduleMeeting(f) {
      const { meetings } = await as(secretariat, 'scheduleMeeting', () =>
        s.meeting.schedule(read(), { hubId, kind: f.kind as MeetingKind, title: text(f.title), ...meetingTimes(f), place: text(f.place), onlineUrl: f.onlineUrl as string | undefined, agenda: agenda(f), invitees: invitees(f) }),
      );
      const meeting = meetings[0]!;
      keep(f.key, meeting.id, tokyoCalendarDate(meeting.startsAt));
      for (const [key, answer] of Object.entries((f.answers as Record<string, Rsvp> | undefined) ?? {})) {
        const who = person(key);
        await as(who, 'respondToMeeting', () => s.meeting.respond(read(), hubId, meeting.id, answer, who));
      }
    },
    /** A meeting held in the past: scheduled, answered, attended, minutes recorded and (optionally) approved. */
    async holdMeeting(f) {
      const { meetings } = await as(secretariat, 'scheduleMeeting', () =>
        s.meeting.schedule(read(), { hubId, kind: f.kind as MeetingKind, title: text(f.title), ...meetingTimes(f), place: text(f.place), agenda: agenda(f), invitees: invitees(f) }),
      );
      const meeting = meetings[0]!;
      keep(f.key, meeting.id, tokyoCalendarDate(meeting.startsAt));
      const absent = new Set((f.absent as string[] | undefined) ?? []);
      const invited = await s.meeting.invitees(read(), meeting.id);
      // Members answer their own invitations; external persons answer by phone or fax, which the
      // workspace does not record (their RSVP stays 未回答), and only their attendance is marked.
      for (const invitee of invited) {
        const key = Object.keys(people.viewers).find((k) => people.viewers[k]!.userId === invitee.userId);
        if (key) await as(people.viewers[key]!, 'respondToMeeting', () => s.meeting.respond(read(), hubId, meeting.id, absent.has(invitee.name) ? Rsvp.DECLINED : Rsvp.ACCEPTED, people.viewers[key]!));
      }
      // Attendance and "held" are recorded as on the day: the service takes the moment of recording, here the meeting's end.
      const endedAt = new Date(Math.min(meeting.endsAt.getTime(), now.getTime() - 60_000));
      await as(secretariat, 'markAttendance', () => s.meeting.markAttendance(read(), hubId, meeting.id, invited.map((i) => ({ inviteeId: i.id, attended: !absent.has(i.name) })), endedAt));
      await as(secretariat, 'markMeetingHeld', () => s.meeting.markHeld(read(), hubId, meeting.id, endedAt));
      const items = await s.meeting.agenda(read(), meeting.id);
      const given = (f.agenda as Fields[]) ?? [];
      const held = await s.meeting.get(read(), meeting.id);
      await as(secretariat, 'recordMinutes', () =>
        s.meeting.recordMinutes(
          read(),
          hubId,
          meeting.id,
          held.version,
          items.map((item, i) => ({ agendaItemId: item.id, minutes: text(given[i]!.minutes), decisions: ((given[i]!.decisions as string[] | undefined) ?? []).map(text) })),
          ((f.actions as Fields[] | undefined) ?? []).map((a) => ({
            agendaItemId: a.agenda === undefined ? null : items[Number(a.agenda)]!.id,
            description: text(a.description),
            assignee: text(a.assignee),
            dueOn: a.dueOn === undefined ? null : t.date(a.dueOn),
          })),
        ),
      );
      if (f.approve) await as(secretariat, 'approveMinutes', () => s.meeting.approveMinutes(read(), hubId, meeting.id, t.later(meeting.startsAt, 7)));
    },
    async actionItemToIssue(f) {
      const action = (await s.meeting.actionItems(read(), id(f.meeting)))[Number(f.action)]!;
      const item = await as(secretariat, 'actionItemToIssue', () => s.meeting.actionItemToIssue(read(), hubId, action.id, id(f.cycle), secretariat));
      keep(f.key, item.issueId!);
    },
    async openBudget(f) {
      await as(secretariat, 'openBudget', () => s.budget.open(read(), hubId, cycleYear(f)));
    },
    /** The lines posted on each payday of the year so far: the 25th, or the working day before it. */
    async payroll(f) {
      for (let month = 0; month < 12; month++) {
        const first = new Date(Date.UTC(t.fiscalYear, 3 + month, 1)).toISOString().slice(0, 10);
        const payday = workingDayBefore(`${first.slice(0, 8)}25`, first);
        if (payday > t.today) break;
        const fill = (value: string) => value.replaceAll('{month}', `${Number(first.slice(5, 7))}月分`).replaceAll('{ym}', first.slice(0, 7));
        for (const line of f.lines as Fields[]) {
          await as(secretariat, 'recordExpense', () =>
            s.budget.record(read(), { hubId, spentOn: payday, subCap: line.subCap as SubCap, category: line.category as ExpenseCategory, amountYen: Number(line.amountYen), description: fill(String(line.description)), payee: text(f.payee), receiptRef: fill(String(line.receiptRef)) }),
          );
        }
      }
    },
    async recordExpense(f) {
      await as(secretariat, 'recordExpense', () =>
        s.budget.record(read(), {
          hubId,
          spentOn: t.date(f.spentOn),
          subCap: f.subCap as SubCap,
          category: f.category as ExpenseCategory,
          amountYen: Number(f.amountYen),
          description: text(f.description),
          payee: text(f.payee),
          receiptRef: f.receiptRef as string | undefined,
          meetingId: f.meeting === undefined ? undefined : id(f.meeting),
          activityId: f.activity === undefined ? undefined : id(f.activity),
        }),
      );
    },
    /** Honoraria of a held meeting: planned, approved (attendance is recorded) and, unless `paidOn: none`, paid (posted into ② as 報償費). */
    async honoraria(f) {
      const invited = await s.meeting.invitees(read(), id(f.meeting));
      for (const name of f.invitees as string[]) {
        const member = people.viewers[name];
        const invitee = invited.find((i) => (member ? i.userId === member.userId : i.name === name));
        if (!invitee) throw new Error(`${name} is not invited to ${String(f.meeting)}`);
        const planned = await as(secretariat, 'planHonorarium', () =>
          s.budget.planHonorarium(read(), { hubId, inviteeId: invitee.id, role: f.role as HonorariumRole, payeeType: f.payeeType as PayeeType, grossYen: Number(f.grossYen) }),
        );
        await as(secretariat, 'approveHonorarium', () => s.budget.approveHonorarium(read(), hubId, planned.id, now));
        if (f.paidOn !== 'none') await as(secretariat, 'payHonorarium', () => s.budget.payHonorarium(read(), hubId, planned.id, t.date(f.paidOn)));
      }
    },
    async recordProgrammeResult(f) {
      const who = person(f.by);
      await as(who, 'recordProgrammeResult', () =>
        s.programmeResult.record(
          read(),
          {
            hubId,
            item: f.item as ProgrammeItem,
            description: text(f.description),
            periodStart: t.date(f.periodStart),
            periodEnd: t.date(f.periodEnd),
            sessions: f.sessions as number | undefined,
            participants: f.participants as number | undefined,
            projectId: f.project === undefined ? undefined : id(f.project),
            activityId: f.activity === undefined ? undefined : id(f.activity),
            costYen: f.costYen as number | undefined,
            costPayee: f.costPayee as string | undefined,
            costDate: f.costDate === undefined ? undefined : t.date(f.costDate),
          },
          who,
        ),
      );
    },
  };

  for (const [index, step] of fixture.steps.entries()) {
    const [kind, fields] = Object.entries(step)[0] ?? [];
    const run = kind ? perform[kind] : undefined;
    if (!run) throw new Error(`demo/year.yaml, step ${index + 1}: no step "${kind}"`);
    try {
      await run(fields as Fields);
    } catch (error) {
      throw new Error(`demo/year.yaml, step ${index + 1} (${kind}): ${(error as Error).message}`, { cause: error });
    }
  }
}
