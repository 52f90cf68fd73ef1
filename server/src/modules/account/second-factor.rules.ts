/**
 * What a sign-in still needs before the session may do anything (MHLW guideline 6.0, ch. 14):
 * an initial password replaced, then the second factor entered — or, for the roles that must have
 * one, set up. Pure: the server decides with it, the client shows the step it names.
 */
export enum SignInStep {
  DONE = 'DONE',
  CHANGE_PASSWORD = 'CHANGE_PASSWORD',
  SECOND_FACTOR = 'SECOND_FACTOR',
  SET_UP_SECOND_FACTOR = 'SET_UP_SECOND_FACTOR',
}

export type SignInFacts = {
  mustChangePassword: boolean;
  secondFactorEnabled: boolean;
  /** Whether the account's role must use a second factor (prefecture admins). */
  secondFactorRequired: boolean;
};

/** The next step of a sign-in whose password was right. */
export function nextSignInStep(facts: SignInFacts): SignInStep {
  if (facts.mustChangePassword) return SignInStep.CHANGE_PASSWORD;
  if (facts.secondFactorEnabled) return SignInStep.SECOND_FACTOR;
  if (facts.secondFactorRequired) return SignInStep.SET_UP_SECOND_FACTOR;
  return SignInStep.DONE;
}

/** Wrong codes one sign-in may take; then it ends, and the next begins with the password again (and its backoff). */
export const MAX_CODE_FAILURES = 5;
/** Recovery codes given at a time. */
export const RECOVERY_CODES = 10;
/** Time steps of 30 s accepted either side of now, for a phone's clock that is a little off. */
export const TOTP_TOLERANCE_SECONDS = 30;

export type CodeKind = 'TOTP' | 'RECOVERY' | 'MALFORMED';

/** Spaces and hyphens people type or paste are ignored; six digits are an app's code, ten letters and digits a recovery code. */
export function normalizeCode(input: string): { kind: CodeKind; code: string } {
  const code = input.normalize('NFKC').replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(code)) return { kind: 'TOTP', code };
  if (/^[a-z2-7]{10}$/.test(code)) return { kind: 'RECOVERY', code };
  return { kind: 'MALFORMED', code };
}

/** A recovery code as shown: two groups of five, e.g. `k7q2m-x9a4b` (base32 letters, no 0/1/8/9 to confuse). */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
