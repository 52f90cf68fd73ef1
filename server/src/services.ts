import type { Config } from './config.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/account/auth.service.js';
import { HubService } from './modules/hub/hub.service.js';
import { MembershipService } from './modules/hub/membership.service.js';
import { ReferenceService } from './modules/reference/reference.service.js';
import { ActivityService } from './modules/activity/activity.service.js';
import { BudgetService } from './modules/budget/budget.service.js';
import { LiveService } from './modules/live/live.service.js';
import { SecondFactorService } from './modules/account/second-factor.service.js';
import { DesignationService } from './modules/designation/designation.service.js';
import { RollupService } from './modules/rollup/rollup.service.js';
import { MeetingService } from './modules/meeting/meeting.service.js';
import { ReportService } from './modules/report/report.service.js';
import { AdviceService } from './modules/advice/advice.service.js';
import { AdviceTarget } from './modules/advice/advice.types.js';
import { CycleService } from './modules/cycle/cycle.service.js';
import { EvaluationService } from './modules/evaluation/evaluation.service.js';
import { IssueService } from './modules/issue/issue.service.js';
import { PlanService } from './modules/plan/plan.service.js';
import { ProgrammeResultService } from './modules/programme-result/programme-result.service.js';

/** The application's services, made once per server and reached from the resolver context. */
export type Services = {
  audit: AuditService;
  auth: AuthService;
  secondFactor: SecondFactorService;
  hub: HubService;
  memberships: MembershipService;
  reference: ReferenceService;
  cycle: CycleService;
  issue: IssueService;
  plan: PlanService;
  activity: ActivityService;
  advice: AdviceService;
  programmeResult: ProgrammeResultService;
  evaluation: EvaluationService;
  meeting: MeetingService;
  budget: BudgetService;
  report: ReportService;
  live: LiveService;
  designation: DesignationService;
  rollup: RollupService;
};

export function createServices(config: Config, hooks: { onEventsPublished?: (events: number) => void; onEventDelivered?: () => void; onRedisTrouble?: (error: unknown) => void } = {}): Services {
  const audit = new AuditService();
  const memberships = new MembershipService();
  const auth = new AuthService(config, memberships);
  const reference = new ReferenceService();
  const hub = new HubService(auth, reference);
  // Where two modules each need the other (the plan links issues and merging moves the links; the
  // plan's cap checks read the budget, which reads the plan; a meeting's invitee keeps their
  // honoraria, which are planned for invitees), the lower module names what it needs as a type
  // (ProjectLinks, AdoptionMeetings, YearCaps, HonorariaOfInvitees) and a late-bound call here
  // fills it in, so no module imports the other's service.
  const issue: IssueService = new IssueService({ projectLinks: { moveIssueLinks: (...args) => plan.moveIssueLinks(...args) } });
  const plan: PlanService = new PlanService({ issues: issue, meetings: { exists: (...args) => meeting.exists(...args) }, caps: { ofYear: (...args) => budget.capsOfYear(...args) } });
  const activity = new ActivityService({ plans: plan, hubs: hub });
  const meeting: MeetingService = new MeetingService({ issues: issue, plans: plan, memberships, honoraria: { anyForInvitee: (...args) => budget.anyForInvitee(...args) } });
  const programmeResult = new ProgrammeResultService({ plans: plan, activities: activity, reference });
  const budget: BudgetService = new BudgetService({ meetings: meeting, activities: activity, plans: plan, claims: programmeResult });
  const evaluation = new EvaluationService({ plans: plan, issues: issue });
  return {
    audit,
    auth,
    secondFactor: new SecondFactorService(auth),
    hub,
    memberships,
    reference,
    cycle: new CycleService({ issues: issue, plans: plan, activities: activity, evaluations: evaluation }),
    issue,
    plan,
    activity,
    advice: new AdviceService({
      subjects: { [AdviceTarget.ISSUE]: issue, [AdviceTarget.PROJECT]: plan, [AdviceTarget.ACTIVITY]: activity, [AdviceTarget.MEETING]: meeting },
      issues: issue,
      plans: plan,
    }),
    programmeResult,
    evaluation,
    meeting,
    budget,
    report: new ReportService({ budgets: budget, hubs: hub, meetings: meeting, activities: activity }),
    live: new LiveService(audit, { redisUrl: config.redisUrl, retentionDays: config.eventRetentionDays, onPublished: hooks.onEventsPublished, onDelivered: hooks.onEventDelivered, onRedisTrouble: hooks.onRedisTrouble }),
    designation: new DesignationService(hub, reference),
    rollup: new RollupService(hub),
  };
}

declare module './platform/context.js' {
  interface Registered {
    services: Services;
  }
}
