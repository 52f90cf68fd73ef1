import { describe, expect, it } from 'vitest';
import { MeetingStatus } from './meeting-status.js';
import { MeetingAction, meetingRefusal, MOVES_TO, openActions } from './meeting-state.rules.js';

const now = new Date('2026-06-10T10:00:00+09:00');
const started = new Date('2026-06-10T09:00:00+09:00');
const later = new Date('2026-06-10T18:00:00+09:00');
const at = (status: MeetingStatus, startsAt = started) => ({ status, startsAt });

describe('the meeting state machine', () => {
  it('opens every action on a scheduled meeting that has started, and only moving actions lead elsewhere', () => {
    expect(openActions(at(MeetingStatus.SCHEDULED), now)).toEqual([
      'EDIT_DETAILS',
      'RESCHEDULE',
      'INVITE',
      'REMOVE_INVITEE',
      'RESPOND',
      'CANCEL',
      'MARK_ATTENDANCE',
      'MARK_HELD',
    ]);
    expect(MOVES_TO).toEqual({ CANCEL: 'CANCELLED', MARK_HELD: 'HELD', APPROVE_MINUTES: 'MINUTES_APPROVED' });
  });

  it('keeps attendance and holding for the meeting’s start', () => {
    expect(openActions(at(MeetingStatus.SCHEDULED, later), now)).toEqual(['EDIT_DETAILS', 'RESCHEDULE', 'INVITE', 'REMOVE_INVITEE', 'RESPOND', 'CANCEL']);
    expect(meetingRefusal(MeetingAction.MARK_HELD, at(MeetingStatus.SCHEDULED, later), now)).toEqual({ code: 'NOT_STARTED' });
  });

  it('fixes who was invited, the times and the agenda once the meeting was held', () => {
    expect(openActions(at(MeetingStatus.HELD), now)).toEqual(['EDIT_DETAILS', 'MARK_ATTENDANCE', 'RECORD_MINUTES', 'APPROVE_MINUTES']);
    expect(meetingRefusal(MeetingAction.INVITE, at(MeetingStatus.HELD), now)).toEqual({ code: 'WRONG_STATE', status: 'HELD', allowed: ['SCHEDULED'] });
    expect(meetingRefusal(MeetingAction.REMOVE_INVITEE, at(MeetingStatus.HELD), now)).toEqual({ code: 'WRONG_STATE', status: 'HELD', allowed: ['SCHEDULED'] });
  });

  it('leaves only attendance corrections after approval, and nothing after cancellation', () => {
    expect(openActions(at(MeetingStatus.MINUTES_APPROVED), now)).toEqual(['MARK_ATTENDANCE']);
    expect(openActions(at(MeetingStatus.CANCELLED), now)).toEqual([]);
  });
});
