import { AppError } from '../../platform/errors.js';
import { describePasswordProblems, type PasswordProblem } from './password.rules.js';

export enum AccountErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  LOGIN_RATE_LIMITED = 'LOGIN_RATE_LIMITED',
  PASSWORD_POLICY = 'PASSWORD_POLICY',
}

export const invalidCredentials = () =>
  new AppError(AccountErrorCode.INVALID_CREDENTIALS, {
    ja: 'メールアドレスまたはパスワードが正しくありません。',
    en: 'The e-mail address or password is not correct.',
  });

const tokyoTime = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });

export const loginRateLimited = (retryAfterSeconds: number, now: Date) => {
  const retryAt = new Date(now.getTime() + retryAfterSeconds * 1000);
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(
    AccountErrorCode.LOGIN_RATE_LIMITED,
    {
      ja: `ログインの失敗が続いたため、一時的にログインを制限しています。${tokyoTime.format(retryAt)}（約${minutes}分後）以降に再度お試しください。`,
      en: `Too many failed sign-ins. Please try again in about ${minutes} minute(s), after ${retryAt.toISOString()}.`,
    },
    { retryAfterSeconds, retryAt: retryAt.toISOString() },
  );
};

export const passwordPolicy = (problems: PasswordProblem[], field = 'password') =>
  new AppError(AccountErrorCode.PASSWORD_POLICY, describePasswordProblems(problems), { field, problems });
