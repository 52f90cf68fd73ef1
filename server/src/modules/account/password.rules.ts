/**
 * Password policy after the MHLW guideline for the security of medical information systems
 * (医療情報システムの安全管理に関するガイドライン 第6.0版): at least 13 characters mixing letters,
 * digits and symbols; 8 characters suffice only with a second factor, which the workspace does
 * not offer yet, so the 13-character rule applies to everyone.
 */
export const PASSWORD_MIN_LENGTH = 13;
export const PASSWORD_MIN_LENGTH_WITH_SECOND_FACTOR = 8;
/** Upper bound so that hashing cost stays bounded. */
export const PASSWORD_MAX_LENGTH = 256;

/** REUSED: the same as the password being replaced (known only to the server). */
export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'NO_LETTER' | 'NO_DIGIT' | 'NO_SYMBOL' | 'CONTAINS_EMAIL' | 'REUSED';

export function passwordProblems(password: string, options: { email?: string; secondFactor?: boolean } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  const min = options.secondFactor ? PASSWORD_MIN_LENGTH_WITH_SECOND_FACTOR : PASSWORD_MIN_LENGTH;
  if (length < min) problems.push('TOO_SHORT');
  if (length > PASSWORD_MAX_LENGTH) problems.push('TOO_LONG');
  if (!/\p{L}/u.test(password)) problems.push('NO_LETTER');
  if (!/\p{Nd}/u.test(password)) problems.push('NO_DIGIT');
  if (!/[^\p{L}\p{Nd}\s]/u.test(password)) problems.push('NO_SYMBOL');
  const local = options.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) problems.push('CONTAINS_EMAIL');
  return problems;
}

const descriptions: Record<PasswordProblem, { ja: string; en: string }> = {
  TOO_SHORT: { ja: `${PASSWORD_MIN_LENGTH}文字以上にしてください`, en: `use at least ${PASSWORD_MIN_LENGTH} characters` },
  TOO_LONG: { ja: `${PASSWORD_MAX_LENGTH}文字以下にしてください`, en: `use at most ${PASSWORD_MAX_LENGTH} characters` },
  NO_LETTER: { ja: '英字を含めてください', en: 'include a letter' },
  NO_DIGIT: { ja: '数字を含めてください', en: 'include a digit' },
  NO_SYMBOL: { ja: '記号を含めてください', en: 'include a symbol' },
  CONTAINS_EMAIL: { ja: 'メールアドレスを含めないでください', en: 'do not include your e-mail address' },
  REUSED: { ja: 'いまのパスワードとは別のものにしてください', en: 'choose one different from the current password' },
};

export function describePasswordProblems(problems: PasswordProblem[]): { ja: string; en: string } {
  return {
    ja: `パスワードが要件を満たしていません：${problems.map((p) => descriptions[p].ja).join('、')}。`,
    en: `The password does not meet the policy: ${problems.map((p) => descriptions[p].en).join('; ')}.`,
  };
}
