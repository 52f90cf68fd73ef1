/** What waits for one person in a hub, worked out from what the personal page loaded. */

type SurveyActivity = { id: string; title: string; kind: string; surveySentAt?: string | null; surveyDeadline?: string | null; myResponse?: { id: string } | null };
type CycleWithActivities = { fiscalYear: number; plan: { projects: { activities: SurveyActivity[] }[] } };

/** Surveys of the current fiscal year that were sent, are still open on `today` (a Tokyo date) and have no answer from the member's municipality. */
export function surveysAwaitingAnswer(cycles: CycleWithActivities[], fiscalYear: number, today: string): SurveyActivity[] {
  return cycles
    .filter((c) => c.fiscalYear === fiscalYear)
    .flatMap((c) => c.plan.projects.flatMap((p) => p.activities))
    .filter((a) => a.kind === 'SURVEY' && a.surveySentAt && !a.myResponse && (!a.surveyDeadline || a.surveyDeadline >= today))
    .sort((a, b) => (a.surveyDeadline ?? '9999').localeCompare(b.surveyDeadline ?? '9999'));
}

type MeetingWithInvitees = { id: string; status: string; invitees: { userId?: string | null; rsvp: string }[] };

/** Meetings the user is invited to and has not answered yet. */
export function meetingsAwaitingRsvp<M extends MeetingWithInvitees>(meetings: M[], userId: string): M[] {
  return meetings.filter((m) => m.status === 'SCHEDULED' && m.invitees.some((i) => i.userId === userId && i.rsvp === 'PENDING'));
}
