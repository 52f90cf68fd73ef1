import { AppError } from '../../platform/errors.js';

export enum ActivityErrorCode {
  NOT_A_SURVEY = 'NOT_A_SURVEY',
  SURVEY_ALREADY_SENT = 'SURVEY_ALREADY_SENT',
  SURVEY_CLOSED = 'SURVEY_CLOSED',
}

export const notASurvey = () =>
  new AppError(ActivityErrorCode.NOT_A_SURVEY, { ja: 'この記録は送付済みの調査照会ではありません。', en: 'This activity is not a sent survey.' });

export const surveyAlreadySent = () =>
  new AppError(ActivityErrorCode.SURVEY_ALREADY_SENT, { ja: '送付済みの調査の設問は変更できません。', en: 'The questions of a sent survey cannot change.' });

export const surveyClosed = (deadline: string) =>
  new AppError(ActivityErrorCode.SURVEY_CLOSED, { ja: `回答期限（${deadline}）を過ぎています。`, en: `The deadline (${deadline}) has passed.` }, { deadline });
