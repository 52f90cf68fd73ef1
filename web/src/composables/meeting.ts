import { useMutation, useQuery, type CombinedError } from '@urql/vue';
import { computed, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  ApproveHonorariumDocument,
  MarkAttendanceDocument,
  MeetingActionItemToIssueDocument,
  MeetingApproveMinutesDocument,
  MeetingCancelDocument,
  MeetingCyclesDocument,
  MeetingMarkHeldDocument,
  MeetingPageDocument,
  MeetingRemoveInviteeDocument,
  MeetingRespondDocument,
  MeetingsScheduleOptionsDocument,
  PlanHonorariumDocument,
  type Rsvp,
} from '../gql/graphql';
import { refusal, type Refusal } from '../lib/errors';
import { fiscalYearOf, tokyoDate } from '../lib/formats';
import { changedIds } from '../lib/meetings';
import { rulesOfYear } from '../lib/plan';
import { featureContext } from './feature-context';
import { useFlash } from './flash';
import { useHub } from './hub-context';
import { useReloadOn } from './hub-live';

/** The parts of the meeting page; each shows the refusals of its own controls next to them. */
export type MeetingPart = 'status' | 'rsvp' | 'invitees' | 'actions' | 'remove';

/**
 * One meeting as its page works with it: the query, the live reloads (others' changes
 * highlighted), every mutation the page makes, and the refusals per part. The page and its
 * feature components share one instance (provideMeeting / useMeetingPage).
 */
export function useMeeting(hubId: string, meetingId: string) {
  const { locale } = useI18n();
  const hub = useHub();
  const secretariat = computed(() => hub.can('scheduleMeeting'));
  const page = useQuery({
    query: MeetingPageDocument,
    variables: computed(() => ({ hubId, meetingId, withHonoraria: hub.can('recordExpense') })),
    requestPolicy: 'network-only',
  });
  const meeting = computed(() => page.data.value?.meeting ?? null);
  const honoraria = computed(() => meeting.value?.honoraria ?? []);
  const myInvitation = computed(() => meeting.value?.invitees.find((i) => i.userId && i.userId === page.data.value?.me?.user.id) ?? null);
  const cycles = useQuery({ query: MeetingCyclesDocument, variables: { hubId }, pause: computed(() => !secretariat.value), requestPolicy: 'network-only' });
  /** The members to invite and the open issues an agenda item can discuss, for the secretariat's forms. */
  const options = useQuery({ query: MeetingsScheduleOptionsDocument, variables: { hubId }, pause: computed(() => !secretariat.value), requestPolicy: 'network-only' });
  /** Action items become issues of the newest cycle still open. */
  const openCycle = computed(() => cycles.data.value?.cycles.find((c) => c.phase !== 'CLOSED') ?? null);

  /**
   * Reloads the meeting. Resolves once a fetch finishes: a reload overtaken by another (a live
   * event arriving meanwhile) would otherwise never settle, and whatever waits on it would wait forever.
   */
  function reload(): Promise<void> {
    return new Promise((resolve) => {
      const query = page.executeQuery({ requestPolicy: 'network-only' });
      const stop = watch(page.fetching, (fetching) => {
        if (!fetching) done();
      });
      function done() {
        stop();
        resolve();
      }
      void query.then(done);
    });
  }

  // What this person just did themself is not highlighted: only others' changes are.
  let quietUntil = 0;
  const hold = () => (quietUntil = Number.POSITIVE_INFINITY);
  const quiet = () => (quietUntil = Date.now() + 1500);

  /**
   * Live: answers, attendance, minutes and honoraria others record appear without reloading,
   * highlighted. Events of the meeting's invitees, agenda, action items and honoraria name it in `related.meeting`.
   */
  const { flash, isFlashing } = useFlash(4000);
  const LIVE_TYPES = ['Meeting', 'Invitee', 'AgendaItem', 'ActionItem', 'Honorarium'];
  useReloadOn(
    (event) => event.entityId === meetingId || (LIVE_TYPES.includes(event.entityType) && event.related.meeting === meetingId),
    async (event) => {
      const before = meeting.value;
      const honorariaBefore = honoraria.value;
      await reload();
      const after = meeting.value;
      if (!event || !before || !after || Date.now() < quietUntil) return;
      if (changedIds([before], [after], ['status', 'title', 'kind', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'cancellationReason']).length) flash('details');
      changedIds(before.invitees, after.invitees, ['rsvp', 'attended']).forEach((id) => flash(`invitee:${id}`));
      changedIds(before.agenda, after.agenda, ['title', 'presenter', 'minutes', 'decisions']).forEach((id) => flash(`agenda:${id}`));
      changedIds(before.actionItems, after.actionItems, ['issueId', 'description']).forEach((id) => flash(`action:${id}`));
      changedIds(honorariaBefore, honoraria.value, ['state', 'grossYen']).forEach((id) => flash(`honorarium:${id}`));
    },
  );

  const failures = ref<Partial<Record<MeetingPart, Refusal>>>({});
  const failure = (part: MeetingPart) => failures.value[part];
  async function run(part: MeetingPart, work: () => Promise<{ error?: CombinedError }>): Promise<boolean> {
    failures.value = { ...failures.value, [part]: undefined };
    hold();
    const result = await work();
    if (result.error) failures.value = { ...failures.value, [part]: refusal(result.error, locale.value) };
    // Reloaded either way: a refusal for the meeting's state shows the state it is in now.
    await reload();
    quiet();
    return !result.error;
  }
  /** After a form of the page saved: reload, and do not highlight one's own change. */
  async function saved(): Promise<void> {
    await reload();
    quiet();
  }

  const mutations = {
    mark: useMutation(MarkAttendanceDocument),
    plan: useMutation(PlanHonorariumDocument),
    approve: useMutation(ApproveHonorariumDocument),
    respond: useMutation(MeetingRespondDocument),
    held: useMutation(MeetingMarkHeldDocument),
    approveMinutes: useMutation(MeetingApproveMinutesDocument),
    cancel: useMutation(MeetingCancelDocument),
    toIssue: useMutation(MeetingActionItemToIssueDocument),
    remove: useMutation(MeetingRemoveInviteeDocument),
  };
  const ids = { hubId, meetingId };
  // The standard amount of the rule set in force for the meeting's fiscal year (the server's subsidy rules).
  const attendeeHonorariumYen = computed(() => (meeting.value ? rulesOfYear(fiscalYearOf(tokyoDate(meeting.value.startsAt))).attendeeHonorariumYen : 0));

  return {
    hubId,
    meetingId,
    hub,
    secretariat,
    page,
    meeting,
    honoraria,
    myInvitation,
    options,
    openCycle,
    flash,
    isFlashing,
    hold,
    quiet,
    saved,
    failure,
    mutations,
    markAttendance: (inviteeId: string, attended: boolean) => run('invitees', () => mutations.mark.executeMutation({ ...ids, attendance: [{ inviteeId, attended }] })),
    planHonorarium: (inviteeId: string) =>
      run('invitees', () => mutations.plan.executeMutation({ input: { hubId, inviteeId, payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: attendeeHonorariumYen.value } })),
    /** The invitee's attendance honorarium that holds their place (the server refuses a second one). */
    honorariumOf: (inviteeId: string) => honoraria.value.find((h) => h.inviteeId === inviteeId && h.role === 'ATTENDEE' && h.state !== 'CANCELLED') ?? null,
    approveHonorarium: (honorariumId: string) => run('invitees', () => mutations.approve.executeMutation({ hubId, honorariumId })),
    answer: (rsvp: Rsvp) => run('rsvp', () => mutations.respond.executeMutation({ ...ids, rsvp })),
    markHeld: () => run('status', () => mutations.held.executeMutation(ids)),
    approveMinutes: () => run('status', () => mutations.approveMinutes.executeMutation(ids)),
    cancel: (reason: string) => run('status', () => mutations.cancel.executeMutation({ ...ids, reason: reason.trim() || null })),
    actionItemToIssue: (actionItemId: string) => run('actions', () => mutations.toIssue.executeMutation({ hubId, actionItemId, cycleId: openCycle.value!.id })),
    removeInvitee: (inviteeId: string) => run('remove', () => mutations.remove.executeMutation({ hubId, inviteeId })),
  };
}

export type MeetingPage = ReturnType<typeof useMeeting>;
const context = featureContext<MeetingPage>('the meeting page');
/** Provided by the meeting page for its cards. */
export const provideMeeting = context.provide;
/** The meeting of the page, for its cards. */
export const useMeetingPage = context.use;
