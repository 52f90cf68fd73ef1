/** The meeting module's enums and their GraphQL registration: plain of entities, so that the entities can import them. */
import { registerEnumType } from 'type-graphql';
import { MeetingStatus } from './meeting-status.js';

export enum MeetingKind {
  COLLABORATION_COUNCIL = 'COLLABORATION_COUNCIL',
  TRAINING = 'TRAINING',
  WORKING_GROUP = 'WORKING_GROUP',
  OTHER = 'OTHER',
}

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'Kind of meeting.',
  valuesConfig: {
    COLLABORATION_COUNCIL: { description: '連携協議会（協議の場）' },
    TRAINING: { description: '研修' },
    WORKING_GROUP: { description: 'ワーキンググループ' },
    OTHER: { description: 'その他' },
  },
});

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a meeting stands.',
  valuesConfig: {
    SCHEDULED: { description: '開催予定' },
    HELD: { description: '開催済み' },
    MINUTES_APPROVED: { description: '議事録承認済み' },
    CANCELLED: { description: '中止' },
  },
});

export enum Rsvp {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  TENTATIVE = 'TENTATIVE',
}

registerEnumType(Rsvp, {
  name: 'Rsvp',
  description: 'Answer to an invitation.',
  valuesConfig: { PENDING: { description: '未回答' }, ACCEPTED: { description: '出席' }, DECLINED: { description: '欠席' }, TENTATIVE: { description: '未定' } },
});

export { MeetingStatus };
