import { MeetingStatus } from './meeting-status.js';

/**
 * A meeting's state machine: what may be done to a meeting in each state, and where the moves
 * lead. The service refuses by these rules and the API answers `Meeting.viewerCan` from them, so
 * the client offers exactly what the server would accept.
 */
export enum MeetingAction {
  /** Title, kind, place, online address. */
  EDIT_DETAILS = 'EDIT_DETAILS',
  /** Start, end and agenda: fixed once the meeting was held (attendance and minutes stand on them). */
  RESCHEDULE = 'RESCHEDULE',
  /** Who is invited is the record attendance, honoraria and the report stand on once held. */
  INVITE = 'INVITE',
  REMOVE_INVITEE = 'REMOVE_INVITEE',
  RESPOND = 'RESPOND',
  CANCEL = 'CANCEL',
  /** From the start of the meeting on (also after the minutes are approved, to correct the record). */
  MARK_ATTENDANCE = 'MARK_ATTENDANCE',
  MARK_HELD = 'MARK_HELD',
  RECORD_MINUTES = 'RECORD_MINUTES',
  APPROVE_MINUTES = 'APPROVE_MINUTES',
}

const { SCHEDULED, HELD, MINUTES_APPROVED, CANCELLED } = MeetingStatus;

/** The states each action is open in. */
export const OPEN_IN: Readonly<Record<MeetingAction, readonly MeetingStatus[]>> = {
  [MeetingAction.EDIT_DETAILS]: [SCHEDULED, HELD],
  [MeetingAction.RESCHEDULE]: [SCHEDULED],
  [MeetingAction.INVITE]: [SCHEDULED],
  [MeetingAction.REMOVE_INVITEE]: [SCHEDULED],
  [MeetingAction.RESPOND]: [SCHEDULED],
  [MeetingAction.CANCEL]: [SCHEDULED],
  [MeetingAction.MARK_ATTENDANCE]: [SCHEDULED, HELD, MINUTES_APPROVED],
  [MeetingAction.MARK_HELD]: [SCHEDULED],
  [MeetingAction.RECORD_MINUTES]: [HELD],
  [MeetingAction.APPROVE_MINUTES]: [HELD],
};

/** The actions that move the meeting to another state. */
export const MOVES_TO: Readonly<Partial<Record<MeetingAction, MeetingStatus>>> = {
  [MeetingAction.CANCEL]: CANCELLED,
  [MeetingAction.MARK_HELD]: HELD,
  [MeetingAction.APPROVE_MINUTES]: MINUTES_APPROVED,
};

/** Actions that only make sense from the meeting's start on. */
const FROM_START: ReadonlySet<MeetingAction> = new Set([MeetingAction.MARK_ATTENDANCE, MeetingAction.MARK_HELD]);

export type MeetingRefusal = { code: 'WRONG_STATE'; status: MeetingStatus; allowed: readonly MeetingStatus[] } | { code: 'NOT_STARTED' };

/** Why the action may not be done to the meeting now, or null when it may. */
export function meetingRefusal(action: MeetingAction, meeting: { status: MeetingStatus; startsAt: Date }, now: Date): MeetingRefusal | null {
  const allowed = OPEN_IN[action];
  if (!allowed.includes(meeting.status)) return { code: 'WRONG_STATE', status: meeting.status, allowed };
  if (FROM_START.has(action) && now < meeting.startsAt) return { code: 'NOT_STARTED' };
  return null;
}

/** Every action open to the meeting now. */
export function openActions(meeting: { status: MeetingStatus; startsAt: Date }, now: Date): MeetingAction[] {
  return Object.values(MeetingAction).filter((action) => meetingRefusal(action, meeting, now) === null);
}
