import { describe, expect, it } from 'vitest';
import { loginRetryAfter } from './login-limit.rules.js';
import { passwordProblems } from './password.rules.js';
import { needsTouch, sessionState } from './session.rules.js';

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

describe('login limit', () => {
  const now = new Date('2025-06-01T10:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  const window = 15 * 60_000;

  it('allows attempts under the limit', () => {
    expect(loginRetryAfter([minutesAgo(1), minutesAgo(2)], 3, window, now)).toBeNull();
  });

  it('waits until the decisive failure leaves the window', () => {
    expect(loginRetryAfter([minutesAgo(1), minutesAgo(5), minutesAgo(10)], 3, window, now)).toBe(5 * 60);
  });

  it('ignores failures already out of the window', () => {
    expect(loginRetryAfter([minutesAgo(1), minutesAgo(2), minutesAgo(16)], 3, window, now)).toBeNull();
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
