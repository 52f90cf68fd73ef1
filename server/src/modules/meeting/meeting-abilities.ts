import { mayCall } from '../../platform/authorization.js';
import type { Viewer } from '../../platform/context.js';
import { MeetingStatus } from './meeting-status.js';
import { MeetingAction, openActions } from './meeting-state.rules.js';
import type { MeetingViewerCan } from './meeting.types.js';

/** Each `Meeting.viewerCan` field: the mutation it leads to, and the state-machine action it needs. */
const ABILITIES: Record<keyof MeetingViewerCan, { operation: string; action: MeetingAction | null }> = {
  editDetails: { operation: 'updateMeeting', action: MeetingAction.EDIT_DETAILS },
  reschedule: { operation: 'updateMeeting', action: MeetingAction.RESCHEDULE },
  invite: { operation: 'inviteToMeeting', action: MeetingAction.INVITE },
  removeInvitee: { operation: 'removeInvitee', action: MeetingAction.REMOVE_INVITEE },
  respond: { operation: 'respondToMeeting', action: MeetingAction.RESPOND },
  cancel: { operation: 'cancelMeeting', action: MeetingAction.CANCEL },
  markAttendance: { operation: 'markAttendance', action: MeetingAction.MARK_ATTENDANCE },
  markHeld: { operation: 'markMeetingHeld', action: MeetingAction.MARK_HELD },
  recordMinutes: { operation: 'recordMinutes', action: MeetingAction.RECORD_MINUTES },
  approveMinutes: { operation: 'approveMinutes', action: MeetingAction.APPROVE_MINUTES },
  // Honoraria are the budget's; a cancelled meeting pays nobody.
  planHonorarium: { operation: 'planHonorarium', action: null },
};

export function meetingAbilities(viewer: Viewer | null, meeting: { hubId: string; status: MeetingStatus; startsAt: Date }, invited: boolean, now = new Date()): MeetingViewerCan {
  const open = new Set(openActions(meeting, now));
  const can = (key: keyof MeetingViewerCan) => {
    const { operation, action } = ABILITIES[key];
    return mayCall(viewer, operation, meeting.hubId) && (action === null ? meeting.status !== MeetingStatus.CANCELLED : open.has(action));
  };
  const abilities = Object.fromEntries(Object.keys(ABILITIES).map((key) => [key, can(key as keyof MeetingViewerCan)])) as unknown as MeetingViewerCan;
  // Only an invitee answers an invitation.
  abilities.respond &&= invited;
  return abilities;
}
