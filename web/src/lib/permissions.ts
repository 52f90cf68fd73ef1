/** Which controls to offer a role. The server decides in the end; this only hides what would be refused. */
export type HubRole = 'SECRETARIAT' | 'ADVISOR' | 'MUNICIPALITY' | 'HEALTH_CENTER';

const ACTIONS = {
  raiseIssue: ['SECRETARIAT', 'ADVISOR', 'MUNICIPALITY'],
  curateIssues: ['SECRETARIAT'],
  editPlan: ['SECRETARIAT'],
  scheduleMeeting: ['SECRETARIAT'],
  recordExpense: ['SECRETARIAT'],
  giveAdvice: ['ADVISOR'],
  comment: ['SECRETARIAT', 'ADVISOR', 'MUNICIPALITY', 'HEALTH_CENTER'],
  recordProgrammeResult: ['MUNICIPALITY'],
  seeBudget: ['SECRETARIAT', 'HEALTH_CENTER'],
  runActivities: ['SECRETARIAT'],
  answerSurvey: ['MUNICIPALITY'],
  seeAudit: ['SECRETARIAT'],
  manageMembers: ['SECRETARIAT'],
  advanceCycle: ['SECRETARIAT'],
} as const satisfies Record<string, readonly HubRole[]>;

export type Action = keyof typeof ACTIONS;

export function can(role: HubRole | null | undefined, action: Action): boolean {
  return role ? (ACTIONS[action] as readonly string[]).includes(role) : false;
}
