import type { HubAction } from '../composables/hub-context';

/** Every Hub.viewerCan question, for component tests that provide a hub (the type check keeps the list whole). */
const ALL: Record<HubAction, true> = {
  raiseIssue: true,
  curateIssues: true,
  editPlan: true,
  scheduleMeeting: true,
  recordExpense: true,
  seeBudget: true,
  giveAdvice: true,
  comment: true,
  recordProgrammeResult: true,
  runActivities: true,
  answerSurvey: true,
  seeSurveyCompilation: true,
  seeAudit: true,
  seeMembers: true,
  seeInvitations: true,
  manageMembers: true,
  advanceCycle: true,
};
export const HUB_ACTIONS = Object.keys(ALL) as HubAction[];

/** The answers a hub gives a role, as tests/integration/hub/viewer-can.test.ts pins them on the server. */
export function abilitiesOf(...yes: HubAction[]): Record<HubAction, boolean> {
  return Object.fromEntries(HUB_ACTIONS.map((a) => [a, yes.includes(a)])) as Record<HubAction, boolean>;
}
