import { AppError, badInput } from '../../platform/errors.js';
import { MAX_INVITEES } from './meeting.rules.js';

export enum MeetingErrorCode {
  WRONG_MEETING_STATE = 'WRONG_MEETING_STATE',
  MEETING_NOT_STARTED = 'MEETING_NOT_STARTED',
  NOT_INVITED = 'NOT_INVITED',
  INVITEE_IN_USE = 'INVITEE_IN_USE',
  HELD_MEETING_LOCKED = 'HELD_MEETING_LOCKED',
}

const statusLabels: Record<string, string> = { SCHEDULED: '開催予定', HELD: '開催済み', MINUTES_APPROVED: '議事録承認済み', CANCELLED: '中止' };

export const wrongMeetingState = (status: string, allowed: readonly string[]) =>
  new AppError(
    MeetingErrorCode.WRONG_MEETING_STATE,
    { ja: `この操作は「${allowed.map((s) => statusLabels[s]).join('」「')}」の会議にのみ行えます（現在：${statusLabels[status]}）。`, en: `Only a meeting that is ${allowed.join(' or ').toLowerCase()} allows this (this one is ${status.toLowerCase()}).` },
    { status, allowed },
  );

const heldFieldLabels: Record<string, string> = { startsAt: '開始日時', endsAt: '終了日時', agenda: '議題' };

/** What a held meeting can no longer take: its times and agenda are the record attendance and minutes stand on. */
export const heldMeetingLocked = (fields: string[]) =>
  new AppError(
    MeetingErrorCode.HELD_MEETING_LOCKED,
    {
      ja: `開催済みの会議の${fields.map((f) => heldFieldLabels[f] ?? f).join('・')}は変更できません。出欠と議事録はこの内容に基づいて記録されています（名称・種別・場所は直せます）。`,
      en: `A held meeting's ${fields.join(' and ')} cannot change: attendance and minutes were recorded on them (its title, kind and place can be corrected).`,
    },
    { field: fields[0], fields },
  );

export const meetingNotStarted = () =>
  new AppError(MeetingErrorCode.MEETING_NOT_STARTED, { ja: '出欠と開催の記録は、会議の開始時刻以降に行えます。', en: 'Attendance and holding can be recorded from the start of the meeting on.' });

export const notInvited = () =>
  new AppError(MeetingErrorCode.NOT_INVITED, { ja: 'この会議に招待されていません。', en: 'You are not invited to this meeting.' });

export const inviteeInUse = (name: string, reason: 'ATTENDED' | 'HONORARIUM') =>
  new AppError(
    MeetingErrorCode.INVITEE_IN_USE,
    reason === 'ATTENDED'
      ? { ja: `${name}さんは出席が記録されているため、招待者から外せません。出席の記録を外してから操作してください。`, en: `${name} is recorded as having attended, so cannot be removed. Clear the attendance first.` }
      : { ja: `${name}さんには謝金が予定・計上されているため、招待者から外せません。先に謝金を削除してください。`, en: `${name} has an honorarium, so cannot be removed. Delete the honorarium first.` },
    { reason },
  );

export const tooManyInvitees = () =>
  badInput(
    'invitees',
    { ja: `1つの会議に招待できるのは${MAX_INVITEES}人までです。`, en: `A meeting can have at most ${MAX_INVITEES} invitees.` },
    { reason: 'TOO_MANY', limit: MAX_INVITEES },
  );
