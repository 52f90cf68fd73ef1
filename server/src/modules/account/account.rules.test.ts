import { describe, expect, it } from 'vitest';
import { backoffs, backoffSeconds } from './login-limit.rules.js';
import { passwordProblems } from './password.rules.js';
import { needsTouch, sessionState } from './session.rules.js';
import { formatRecoveryCode, nextSignInStep, normalizeCode, SignInStep } from './second-factor.rules.js';

describe('password policy (13+ characters mixing letters, digits and symbols)', () => {
  it('accepts a long mixed password, including Japanese letters', () => {
    expect(passwordProblems('Zaitaku-Iryo-2025')).toEqual([]);
    expect(passwordProblems('在宅医療連携拠点の会議2025!')).toEqual([]);
  });

  it('lists every unmet rule', () => {
    expect(passwordProblems('short1!')).toEqual(['TOO_SHORT']);
    expect(passwordProblems('abcdefghijklmn')).toEqual(['NO_DIGIT', 'NO_SYMBOL']);
    expect(passwordProblems('1234567890123!')).toEqual(['NO_LETTER']);
    expect(passwordProblems('!!!!')).toEqual(['TOO_SHORT', 'NO_LETTER', 'NO_DIGIT']);
  });

  it('counts characters, not bytes, at the 13-character boundary', () => {
    expect(passwordProblems('Abcdefghij1!')).toEqual(['TOO_SHORT']); // 12
    expect(passwordProblems('Abcdefghijk1!')).toEqual([]); // 13
  });

  it('allows 8 characters only with a second factor', () => {
    expect(passwordProblems('Abcdef1!')).toEqual(['TOO_SHORT']);
    expect(passwordProblems('Abcdef1!', { secondFactor: true })).toEqual([]);
  });

  it('refuses a password containing the e-mail name', () => {
    expect(passwordProblems('tanaka-Password-1', { email: 'Tanaka@example.jp' })).toEqual(['CONTAINS_EMAIL']);
  });
});

describe('sign-in backoff', () => {
  const now = new Date('2025-06-01T10:00:00Z');
  const secondsAgo = (...seconds: number[]) => seconds.map((x) => new Date(now.getTime() - x * 1000));
  const rule = { threshold: 3, baseSeconds: 30, capSeconds: 900 };

  it('lets attempts through under the threshold', () => {
    expect(backoffSeconds(secondsAgo(1, 2), rule, now)).toBeNull();
  });

  it('waits from the latest failure, doubling with each failure past the threshold', () => {
    expect(backoffSeconds(secondsAgo(10, 20, 30), rule, now)).toBe(20);
    expect(backoffSeconds(secondsAgo(10, 20, 30, 40), rule, now)).toBe(50);
    expect(backoffSeconds(secondsAgo(10, 20, 30, 40, 50), rule, now)).toBe(110);
    expect(backoffSeconds(secondsAgo(100, 200, 300), rule, now)).toBeNull();
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(backoffSeconds(secondsAgo(...Array.from({ length: 200 }, (_, i) => i + 1)), rule, now)).toBe(899);
  });

  it('keeps the waits an attacker can impose on the owner short', () => {
    const { pair, account, address } = backoffs({ perAccount: 5, perIp: 20 });
    expect(pair.capSeconds).toBe(900);
    expect(account.capSeconds).toBeLessThanOrEqual(60);
    expect(account.threshold).toBeGreaterThan(pair.threshold);
    expect(address.capSeconds).toBeLessThanOrEqual(300);
  });
});

describe('session state', () => {
  const now = new Date('2025-06-01T10:00:00Z');
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  const idle = 30 * 60_000;

  it('is active within both limits', () => {
    expect(sessionState({ lastSeenAt: at(-29), expiresAt: at(60) }, idle, now)).toBe('ACTIVE');
  });

  it('ends after 30 idle minutes, at the absolute end, or when revoked', () => {
    expect(sessionState({ lastSeenAt: at(-30), expiresAt: at(60) }, idle, now)).toBe('IDLE_EXPIRED');
    expect(sessionState({ lastSeenAt: at(-1), expiresAt: at(0) }, idle, now)).toBe('EXPIRED');
    expect(sessionState({ lastSeenAt: at(-1), expiresAt: at(60), revokedAt: at(-1) }, idle, now)).toBe('REVOKED');
  });

  it('records activity at most once a minute', () => {
    expect(needsTouch(at(-0.5), now)).toBe(false);
    expect(needsTouch(at(-1), now)).toBe(true);
  });
});

describe('sign-in steps and codes', () => {
  it('asks for a new password first, then the second factor, and has the roles that need one set it up', () => {
    const base = { mustChangePassword: false, secondFactorEnabled: false, secondFactorRequired: false };
    expect(nextSignInStep(base)).toBe(SignInStep.DONE);
    expect(nextSignInStep({ ...base, mustChangePassword: true, secondFactorEnabled: true })).toBe(SignInStep.CHANGE_PASSWORD);
    expect(nextSignInStep({ ...base, secondFactorEnabled: true, secondFactorRequired: true })).toBe(SignInStep.SECOND_FACTOR);
    expect(nextSignInStep({ ...base, secondFactorRequired: true })).toBe(SignInStep.SET_UP_SECOND_FACTOR);
  });

  it('reads six digits as an app code and two groups of five as a recovery code, whatever the spacing or width', () => {
    expect(normalizeCode(' 123 456 ')).toEqual({ kind: 'TOTP', code: '123456' });
    expect(normalizeCode('１２３４５６')).toEqual({ kind: 'TOTP', code: '123456' });
    expect(normalizeCode('K7Q2M-X3A4B')).toEqual({ kind: 'RECOVERY', code: 'k7q2mx3a4b' });
    expect(normalizeCode('12345')).toMatchObject({ kind: 'MALFORMED' });
    expect(normalizeCode("1' or '1'='1")).toMatchObject({ kind: 'MALFORMED' });
    expect(formatRecoveryCode('k7q2mx3a4b')).toBe('k7q2m-x3a4b');
  });
});

describe('the roles the platform checks', () => {
  it('are named as the account and hub modules name them', async () => {
    const { Access } = await import('../../platform/authorization.js');
    const { GlobalRole } = await import('./account.types.js');
    const { HubRole } = await import('../hub/hub.types.js');
    const names = new Set(Object.values(Access));
    expect(Object.values(GlobalRole).filter((r) => !names.has(r))).toEqual([]);
    expect(Object.values(HubRole).filter((r) => !names.has(r))).toEqual([]);
    expect(Access.HEALTH_CENTER).toBe(HubRole.HEALTH_CENTER);
    expect(Access.PREFECTURE_ADMIN).toBe(GlobalRole.PREFECTURE_ADMIN);
  });
});
