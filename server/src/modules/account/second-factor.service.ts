import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { AppError } from '../../platform/errors.js';
import { invalidCredentials, passwordPolicy } from './account.errors.js';
import { type AuthService, signInFacts } from './auth.service.js';
import { formatRecoveryCode, MAX_CODE_FAILURES, nextSignInStep, normalizeCode, RECOVERY_CODES, SignInStep, TOTP_TOLERANCE_SECONDS } from './second-factor.rules.js';
import type { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { GlobalRole } from './account.types.js';

export enum SecondFactorErrorCode {
  WRONG_SIGN_IN_STEP = 'WRONG_SIGN_IN_STEP',
  INVALID_CODE = 'INVALID_CODE',
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  NO_SECOND_FACTOR = 'NO_SECOND_FACTOR',
}

const ISSUER = '在宅医療連携拠点ワークスペース';
const RECOVERY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

const wrongStep = (expected: SignInStep) =>
  new AppError(SecondFactorErrorCode.WRONG_SIGN_IN_STEP, { ja: 'この手順はいまのログインでは行えません。最初からログインし直してください。', en: 'This step is not where this sign-in is. Please sign in again.' }, { expected });
const invalidCode = (attemptsLeft: number) =>
  new AppError(
    SecondFactorErrorCode.INVALID_CODE,
    attemptsLeft > 0
      ? { ja: `確認コードが正しくありません（あと${attemptsLeft}回）。認証アプリの最新のコードか、回復用コードを入力してください。`, en: `The code is not right (${attemptsLeft} more tries). Enter the app's current code or a recovery code.` }
      : { ja: '確認コードの誤りが続いたため、このログインを終了しました。パスワードからやり直してください。', en: 'Too many wrong codes: this sign-in has ended. Start again with the password.' },
    { attemptsLeft },
  );

export const hashRecoveryCode = (code: string) => createHash('sha256').update(`recovery:${code}`).digest('hex');

/** The current code of a secret, as an authenticator app shows it (for the demo's accounts and the tests). */
export function currentCode(secret: string, at = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/**
 * The second factor (TOTP, RFC 6238, with any authenticator app) and the steps of a sign-in that
 * follow the password: an initial password replaced, the code entered, a second factor set up.
 * Every code is good once; wrong codes end the sign-in after MAX_CODE_FAILURES and count as failed
 * sign-ins of the account, so the password backoff slows a guesser of codes too.
 */
export class SecondFactorService {
  constructor(private readonly auth: AuthService, private readonly now: () => Date = () => new Date()) {}

  /** Replaces a password someone else chose, in the CHANGE_PASSWORD step. */
  changeInitialPassword(em: EntityManager, pendingSession: Session, user: User, newPassword: string): Promise<SignInStep> {
    return em.transactional(async (tx) => this.replaceInitialPassword(tx, tx.merge(pendingSession), user, newPassword));
  }

  private async replaceInitialPassword(em: EntityManager, session: Session, user: User, newPassword: string): Promise<SignInStep> {
    if (session.step !== SignInStep.CHANGE_PASSWORD) throw wrongStep(session.step);
    const withHash = await em.findOneOrFail(User, { id: user.id }, { populate: ['passwordHash'] });
    if (await this.auth.verifyPassword(withHash.passwordHash, newPassword)) throw passwordPolicy(['REUSED'], 'newPassword');
    withHash.passwordHash = await this.auth.hashPassword(newPassword, user.email);
    withHash.passwordChangedAt = this.now();
    withHash.mustChangePassword = false;
    session.step = nextSignInStep(signInFacts(withHash));
    await em.flush();
    return session.step;
  }

  /** A new secret to scan, kept on the session until its first code confirms it. */
  async beginSetup(em: EntityManager, session: Session, user: User): Promise<{ secret: string; uri: string; qrSvg: string }> {
    if (session.step !== SignInStep.DONE && session.step !== SignInStep.SET_UP_SECOND_FACTOR) throw wrongStep(session.step);
    const secret = generateSecret();
    session.pendingTotpSecret = secret;
    await em.flush();
    const uri = generateURI({ issuer: ISSUER, label: user.email, secret });
    return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }) };
  }

  /**
   * Turns the second factor on with the first code of the secret being set up; gives the
   * recovery codes (shown once, stored hashed) and ends the account's other sessions.
   */
  async confirmSetup(em: EntityManager, session: Session, user: User, code: string, ip: string): Promise<string[]> {
    if (!session.pendingTotpSecret) throw wrongStep(SignInStep.SET_UP_SECOND_FACTOR);
    const step = await this.acceptedStep(session.pendingTotpSecret, code, null);
    if (step === null) return this.refuse(em, session, user, ip);
    const account = await em.findOneOrFail(User, { id: user.id }, { populate: ['totpSecret', 'totpLastStep', 'recoveryCodeHashes'] });
    account.totpSecret = session.pendingTotpSecret;
    account.totpEnabledAt = this.now();
    account.totpLastStep = String(step);
    const codes = this.newRecoveryCodes(account);
    session.pendingTotpSecret = null;
    session.codeFailures = 0;
    if (session.step === SignInStep.SET_UP_SECOND_FACTOR) session.step = SignInStep.DONE;
    await em.flush();
    await this.auth.revokeAll(em, account.id, session.id);
    return codes;
  }

  /** The SECOND_FACTOR step: an app code (once each) or an unused recovery code (then gone). */
  async verify(em: EntityManager, session: Session, user: User, code: string, ip: string): Promise<void> {
    if (session.step !== SignInStep.SECOND_FACTOR) throw wrongStep(session.step);
    const account = await em.findOneOrFail(User, { id: user.id }, { populate: ['totpSecret', 'totpLastStep', 'recoveryCodeHashes'] });
    if (!(await this.consume(account, code))) return this.refuse(em, session, user, ip);
    session.step = SignInStep.DONE;
    session.codeFailures = 0;
    await em.flush();
  }

  /** Turns the second factor off, with the password; not for the roles that must keep one. */
  async disable(em: EntityManager, user: User, password: string): Promise<void> {
    const account = await em.findOneOrFail(User, { id: user.id }, { populate: ['passwordHash', 'totpSecret', 'recoveryCodeHashes'] });
    if (account.globalRole === GlobalRole.PREFECTURE_ADMIN) {
      throw new AppError(SecondFactorErrorCode.SECOND_FACTOR_REQUIRED, { ja: '道本庁の管理者は二要素認証をやめられません。', en: 'Prefecture administrators must keep their second factor.' });
    }
    if (!(await this.auth.verifyPassword(account.passwordHash, password))) throw invalidCredentials();
    Object.assign(account, { totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodeHashes: [] });
    await em.flush();
  }

  /** New recovery codes for the current app code; the old ones stop working. */
  async regenerateRecoveryCodes(em: EntityManager, session: Session, user: User, code: string, ip: string): Promise<string[]> {
    const account = await em.findOneOrFail(User, { id: user.id }, { populate: ['totpSecret', 'totpLastStep', 'recoveryCodeHashes'] });
    if (!account.totpSecret) throw new AppError(SecondFactorErrorCode.NO_SECOND_FACTOR, { ja: '二要素認証が設定されていません。', en: 'No second factor is set up.' });
    const step = normalizeCode(code).kind === 'TOTP' ? await this.acceptedStep(account.totpSecret, normalizeCode(code).code, account.totpLastStep) : null;
    if (step === null) return this.refuse(em, session, user, ip);
    account.totpLastStep = String(step);
    const codes = this.newRecoveryCodes(account);
    await em.flush();
    return codes;
  }

  private async consume(account: User, input: string): Promise<boolean> {
    const { kind, code } = normalizeCode(input);
    if (kind === 'TOTP' && account.totpSecret) {
      const step = await this.acceptedStep(account.totpSecret, code, account.totpLastStep);
      if (step === null) return false;
      account.totpLastStep = String(step);
      return true;
    }
    if (kind === 'RECOVERY') {
      const hashed = hashRecoveryCode(code);
      if (!account.recoveryCodeHashes.includes(hashed)) return false;
      account.recoveryCodeHashes = account.recoveryCodeHashes.filter((h) => h !== hashed);
      return true;
    }
    return false;
  }

  /** The time step a code is good for, or null: wrong, out of the tolerance, or already used. */
  private async acceptedStep(secret: string, input: string, lastStep: string | null | undefined): Promise<number | null> {
    const { kind, code } = normalizeCode(input);
    if (kind !== 'TOTP') return null;
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(this.now().getTime() / 1000),
      epochTolerance: TOTP_TOLERANCE_SECONDS,
      ...(lastStep ? { afterTimeStep: Number(lastStep) } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }

  private newRecoveryCodes(account: User): string[] {
    const codes = Array.from({ length: RECOVERY_CODES }, () => Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(''));
    account.recoveryCodeHashes = codes.map(hashRecoveryCode);
    return codes.map(formatRecoveryCode);
  }

  /** A wrong code: counted on the sign-in and as a failed sign-in of the account; the sign-in ends at the limit. */
  private async refuse(em: EntityManager, session: Session, user: User, ip: string): Promise<never> {
    session.codeFailures += 1;
    const left = Math.max(0, MAX_CODE_FAILURES - session.codeFailures);
    if (left === 0) session.revokedAt = this.now();
    await em.flush();
    await this.auth.recordFailedCode(em, user, ip);
    throw invalidCode(left);
  }
}
