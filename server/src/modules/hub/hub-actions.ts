import { mayCall, roleIn } from '../../platform/authorization.js';
import type { Viewer } from '../../platform/context.js';
import { mayPost } from '../advice/advice.rules.js';
import { AdviceKind } from '../advice/advice.types.js';

/**
 * The hub-wide "may I?" questions the client asks (`Hub.viewerCan`), each answered by the roles of
 * the operation it leads to: the `@Authorized(...)` of that query or mutation, so the answer is the
 * one the server will give when the button is pressed.
 */
export const HUB_ACTIONS = {
  raiseIssue: 'raiseIssue',
  curateIssues: 'mergeIssues',
  editPlan: 'createProject',
  scheduleMeeting: 'scheduleMeeting',
  recordExpense: 'recordExpense',
  seeBudget: 'budget',
  comment: 'postAdvice',
  recordProgrammeResult: 'recordProgrammeResult',
  runActivities: 'createActivity',
  answerSurvey: 'answerSurvey',
  seeSurveyCompilation: 'Activity.compiledAnswers',
  seeAudit: 'auditTrail',
  seeMembers: 'Hub.members',
  seeInvitations: 'Hub.pendingInvitations',
  manageMembers: 'inviteMember',
  advanceCycle: 'advanceCycle',
} as const;

export type HubAbilities = Record<keyof typeof HUB_ACTIONS | 'giveAdvice', boolean>;

export function hubAbilities(viewer: Viewer | null, hubId: string): HubAbilities {
  const abilities = Object.fromEntries(Object.entries(HUB_ACTIONS).map(([action, operation]) => [action, mayCall(viewer, operation, hubId)])) as Omit<HubAbilities, 'giveAdvice'>;
  // Advice and ideas (not comments) are the advisors' own: a rule of the advice module, beyond the mutation's roles.
  return { ...abilities, giveAdvice: abilities.comment && viewer !== null && mayPost(AdviceKind.ADVICE, roleIn(viewer, hubId)) };
}
