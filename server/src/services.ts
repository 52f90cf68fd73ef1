import type { Config } from './config.js';
import { AuthService } from './modules/account/auth.service.js';
import { HubService } from './modules/hub/hub.service.js';
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
import { CycleService } from './modules/cycle/cycle.service.js';
import { EvaluationService } from './modules/evaluation/evaluation.service.js';
import { IssueService } from './modules/issue/issue.service.js';
import { PlanService } from './modules/plan/plan.service.js';
import { ProgrammeResultService } from './modules/programme-result/programme-result.service.js';

/** The application's services, made once per server and reached from the resolver context. */
export type Services = {
  auth: AuthService;
  secondFactor: SecondFactorService;
  hub: HubService;
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
  const auth = new AuthService(config);
  const budget = new BudgetService();
  const hub = new HubService(auth);
  return {
    auth,
    secondFactor: new SecondFactorService(auth),
    hub,
    reference: new ReferenceService(),
    cycle: new CycleService(),
    issue: new IssueService(),
    plan: new PlanService(),
    activity: new ActivityService(),
    advice: new AdviceService(),
    programmeResult: new ProgrammeResultService(),
    evaluation: new EvaluationService(),
    meeting: new MeetingService(),
    budget,
    report: new ReportService(budget),
    live: new LiveService({ redisUrl: config.redisUrl, retentionDays: config.eventRetentionDays, onPublished: hooks.onEventsPublished, onDelivered: hooks.onEventDelivered, onRedisTrouble: hooks.onRedisTrouble }),
    designation: new DesignationService(hub),
    rollup: new RollupService(),
  };
}

declare module './platform/context.js' {
  interface Registered {
    services: Services;
  }
}
