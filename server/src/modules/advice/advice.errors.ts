import { AppError } from '../../platform/errors.js';

export enum AdviceErrorCode {
  ADVICE_KIND_NOT_ALLOWED = 'ADVICE_KIND_NOT_ALLOWED',
}

export const adviceKindNotAllowed = () =>
  new AppError(
    AdviceErrorCode.ADVICE_KIND_NOT_ALLOWED,
    { ja: '助言・アイディアを書けるのは助言医です。質問またはコメントとして投稿してください。', en: 'Only advisors give advice and ideas; post a question or a comment instead.' },
    { field: 'kind' },
  );
