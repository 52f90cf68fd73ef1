export type SessionTimes = { lastSeenAt: Date; expiresAt: Date; revokedAt?: Date | null };

export type SessionState = 'ACTIVE' | 'REVOKED' | 'IDLE_EXPIRED' | 'EXPIRED';

/** A session lives until its absolute expiry, unless it sits idle longer than `idleMs` or is revoked. */
export function sessionState(session: SessionTimes, idleMs: number, now: Date): SessionState {
  if (session.revokedAt) return 'REVOKED';
  if (session.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  if (session.lastSeenAt.getTime() + idleMs <= now.getTime()) return 'IDLE_EXPIRED';
  return 'ACTIVE';
}

/** Activity is written at most once a minute, so reads do not turn into writes on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
