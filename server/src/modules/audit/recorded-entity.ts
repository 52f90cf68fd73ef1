/**
 * The kinds of record the audit trail and the live events name (the entity's class name). A
 * plain enum so the rules and the client can use it; audit.types.ts registers it for GraphQL,
 * and a test holds it equal to the ORM's entities less the ones never audited (NOT_AUDITED).
 */
export enum RecordedEntity {
  TertiaryArea = 'TertiaryArea',
  SecondaryArea = 'SecondaryArea',
  HomeCareZone = 'HomeCareZone',
  Municipality = 'Municipality',
  ZonePopulation = 'ZonePopulation',
  User = 'User',
  Session = 'Session',
  Hub = 'Hub',
  Membership = 'Membership',
  Invitation = 'Invitation',
  Participation = 'Participation',
  Cycle = 'Cycle',
  PhaseChange = 'PhaseChange',
  Issue = 'Issue',
  Plan = 'Plan',
  PlanVersion = 'PlanVersion',
  Project = 'Project',
  ProjectIssue = 'ProjectIssue',
  Indicator = 'Indicator',
  BudgetLine = 'BudgetLine',
  PlannedActivity = 'PlannedActivity',
  Activity = 'Activity',
  ActivityLecturer = 'ActivityLecturer',
  SurveyQuestion = 'SurveyQuestion',
  SurveyResponse = 'SurveyResponse',
  Advice = 'Advice',
  ProgrammeResult = 'ProgrammeResult',
  ProjectEvaluation = 'ProjectEvaluation',
  MeetingSeries = 'MeetingSeries',
  Meeting = 'Meeting',
  AgendaItem = 'AgendaItem',
  Invitee = 'Invitee',
  ActionItem = 'ActionItem',
  CalendarFeed = 'CalendarFeed',
  Budget = 'Budget',
  Expense = 'Expense',
  Honorarium = 'Honorarium',
  DesignationChange = 'DesignationChange',
  ZoneApproach = 'ZoneApproach',
}

/** Entities whose changes are not audited: the audit trail itself, the sign-in log, the event counter. */
export const NOT_AUDITED: ReadonlySet<string> = new Set(['AuditEntry', 'AuditChain', 'LoginAttempt', 'HubEventCounter']);
