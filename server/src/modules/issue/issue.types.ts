/** The issue module's enums and GraphQL types, apart from its entities. */
import { registerEnumType } from 'type-graphql';

export enum HomeCareFunction {
  DISCHARGE_SUPPORT = 'DISCHARGE_SUPPORT',
  DAILY_CARE = 'DAILY_CARE',
  SUDDEN_DETERIORATION = 'SUDDEN_DETERIORATION',
  END_OF_LIFE = 'END_OF_LIFE',
  DISASTER_PREPAREDNESS = 'DISASTER_PREPAREDNESS',
  ROUND_THE_CLOCK = 'ROUND_THE_CLOCK',
  INFORMATION_SHARING = 'INFORMATION_SHARING',
  WORKFORCE_DEVELOPMENT = 'WORKFORCE_DEVELOPMENT',
  PUBLIC_AWARENESS = 'PUBLIC_AWARENESS',
}

registerEnumType(HomeCareFunction, {
  name: 'HomeCareFunction',
  description: 'Function of home care an issue or project concerns.',
  valuesConfig: {
    DISCHARGE_SUPPORT: { description: '退院支援' },
    DAILY_CARE: { description: '日常の療養支援' },
    SUDDEN_DETERIORATION: { description: '急変時の対応' },
    END_OF_LIFE: { description: '看取り' },
    DISASTER_PREPAREDNESS: { description: '災害時の備え' },
    ROUND_THE_CLOCK: { description: '24時間体制' },
    INFORMATION_SHARING: { description: '多職種の情報共有・ICT' },
    WORKFORCE_DEVELOPMENT: { description: '人材育成' },
    PUBLIC_AWARENESS: { description: '普及啓発（ACP等）' },
  },
});

export enum IssueSource {
  MEETING = 'MEETING',
  SURVEY = 'SURVEY',
  MUNICIPALITY = 'MUNICIPALITY',
  ADVISOR = 'ADVISOR',
  HEALTH_CENTER = 'HEALTH_CENTER',
}

registerEnumType(IssueSource, {
  name: 'IssueSource',
  description: 'Where an issue came from.',
  valuesConfig: {
    MEETING: { description: '協議の場' },
    SURVEY: { description: '調査' },
    MUNICIPALITY: { description: '市町村' },
    ADVISOR: { description: '助言医' },
    HEALTH_CENTER: { description: '保健所' },
  },
});

export enum IssuePriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

registerEnumType(IssuePriority, {
  name: 'IssuePriority',
  description: 'Priority of an issue.',
  valuesConfig: { HIGH: { description: '高' }, MEDIUM: { description: '中' }, LOW: { description: '低' } },
});

export enum IssueStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  CARRIED_OVER = 'CARRIED_OVER',
  CLOSED = 'CLOSED',
}

registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description: 'Where an issue stands.',
  valuesConfig: {
    OPEN: { description: '未対応' },
    IN_PROGRESS: { description: '対応中' },
    CARRIED_OVER: { description: '次年度へ繰越' },
    CLOSED: { description: '解決・終了' },
  },
});
