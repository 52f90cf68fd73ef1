import { Activity, SurveyQuestion, SurveyResponse } from '../modules/activity/activity.entity.js';
import { Advice } from '../modules/advice/advice.entity.js';
import { AuditChain } from '../modules/audit/audit-chain.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Budget, Expense, Honorarium } from '../modules/budget/budget.entity.js';
import { Cycle } from '../modules/cycle/cycle.entity.js';
import { CalendarFeed } from '../modules/meeting/calendar-feed.entity.js';
import { HubEventCounter } from '../modules/live/hub-event-counter.entity.js';
import { DesignationChange, ZoneApproach } from '../modules/designation/designation.entity.js';
import { ActionItem, AgendaItem, Invitee, Meeting, MeetingSeries } from '../modules/meeting/meeting.entity.js';
import { PhaseChange } from '../modules/cycle/phase-change.entity.js';
import { ProjectEvaluation } from '../modules/evaluation/project-evaluation.entity.js';
import { Issue } from '../modules/issue/issue.entity.js';
import { Plan } from '../modules/plan/plan.entity.js';
import { PlanVersion } from '../modules/plan/plan-version.entity.js';
import { BudgetLine, Indicator, PlannedActivity, Project, ProjectIssue } from '../modules/plan/project.entity.js';
import { ProgrammeResult } from '../modules/programme-result/programme-result.entity.js';
import { Invitation } from '../modules/hub/invitation.entity.js';
import { Hub } from '../modules/hub/hub.entity.js';
import { Membership } from '../modules/hub/membership.entity.js';
import { Participation } from '../modules/hub/participation.entity.js';
import { LoginAttempt } from '../modules/account/login-attempt.entity.js';
import { Session } from '../modules/account/session.entity.js';
import { User } from '../modules/account/user.entity.js';
import { HomeCareZone } from '../modules/reference/home-care-zone.entity.js';
import { Municipality } from '../modules/reference/municipality.entity.js';
import { SecondaryArea } from '../modules/reference/secondary-area.entity.js';
import { TertiaryArea } from '../modules/reference/tertiary-area.entity.js';
import { ZonePopulation } from '../modules/reference/zone-population.entity.js';

/** Every entity of the application; the ORM is given this list, nothing is discovered by path. */
export const entities = [
  TertiaryArea,
  SecondaryArea,
  HomeCareZone,
  Municipality,
  ZonePopulation,
  User,
  Session,
  LoginAttempt,
  Hub,
  Membership,
  Invitation,
  Participation,
  AuditChain,
  AuditEntry,
  Cycle,
  PhaseChange,
  Issue,
  Plan,
  PlanVersion,
  Project,
  ProjectIssue,
  Indicator,
  BudgetLine,
  PlannedActivity,
  Activity,
  SurveyQuestion,
  SurveyResponse,
  Advice,
  ProgrammeResult,
  ProjectEvaluation,
  MeetingSeries,
  Meeting,
  AgendaItem,
  Invitee,
  ActionItem,
  CalendarFeed,
  Budget,
  Expense,
  Honorarium,
  HubEventCounter,
  DesignationChange,
  ZoneApproach,
];
