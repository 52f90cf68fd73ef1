/**
 * Fixed-window limit on failed sign-ins: with `limit` failures inside the window, the next
 * attempt is refused until the oldest of them leaves the window.
 */
export function loginRetryAfter(failures: Date[], limit: number, windowMs: number, now: Date): number | null {
  if (failures.length < limit) return null;
  const sorted = failures.map((d) => d.getTime()).sort((a, b) => b - a);
  // The limit-th most recent failure decides when one slot frees up.
  const decisive = sorted[limit - 1]!;
  const waitMs = decisive + windowMs - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
}
