/** The activity module's enums and their GraphQL registration: plain of entities, so that the entities can import them. */
import { registerEnumType } from 'type-graphql';

export enum ActivityKind {
  TRAINING = 'TRAINING',
  AWARENESS_EVENT = 'AWARENESS_EVENT',
  SURVEY = 'SURVEY',
  WORKING_GROUP = 'WORKING_GROUP',
  OTHER = 'OTHER',
}

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'Kind of activity.',
  valuesConfig: {
    TRAINING: { description: '研修' },
    AWARENESS_EVENT: { description: '普及啓発イベント' },
    SURVEY: { description: '調査照会' },
    WORKING_GROUP: { description: 'ワーキンググループ' },
    OTHER: { description: 'その他' },
  },
});

export enum SurveyQuestionKind {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  CHOICE = 'CHOICE',
}

registerEnumType(SurveyQuestionKind, {
  name: 'SurveyQuestionKind',
  description: 'How a survey question is answered.',
  valuesConfig: { TEXT: { description: '自由記述' }, NUMBER: { description: '数値' }, CHOICE: { description: '選択' } },
});
