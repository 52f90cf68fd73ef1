import { AppError } from '../../platform/errors.js';

export enum IssueErrorCode {
  MERGE_INVALID = 'MERGE_INVALID',
}

export const mergeIntoItself = () =>
  new AppError(IssueErrorCode.MERGE_INVALID, { ja: '同じ課題どうしは統合できません。', en: 'An issue cannot be merged into itself.' }, { field: 'intoId' });

export const mergeInvalid = () =>
  new AppError(IssueErrorCode.MERGE_INVALID, {
    ja: '統合できるのは、同じ年度の、まだ統合されていない課題どうしです。',
    en: 'Only issues of the same cycle that have not been merged themselves can be merged.',
  });
