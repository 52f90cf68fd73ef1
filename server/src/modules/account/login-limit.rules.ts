/**
 * Backoff after failed sign-ins: from the `threshold`-th failure in a row, the next attempt waits
 * `baseSeconds`, doubling with each further failure up to `capSeconds`, counted from the latest
 * failure. It slows guessing without ever shutting the owner out for long: the waits are short
 * where an attacker could impose them on the owner (the account from everywhere, a shared
 * address), and long only for the one address that keeps guessing one account.
 */
export type Backoff = { threshold: number; baseSeconds: number; capSeconds: number };

/** Seconds until the next attempt may be made, or null when it may be made now. `failures` are those since the last success, in any order. */
export function backoffSeconds(failures: readonly Date[], rule: Backoff, now: Date): number | null {
  if (failures.length < rule.threshold) return null;
  const latest = Math.max(...failures.map((d) => d.getTime()));
  const exponent = Math.min(failures.length - rule.threshold, 30);
  const waitMs = Math.min(rule.capSeconds, rule.baseSeconds * 2 ** exponent) * 1000;
  const remaining = latest + waitMs - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / 1000) : null;
}

/**
 * The three backoffs, from the configured thresholds:
 * - one address guessing one account: from `perAccount` failures, 30 s doubling to 15 min;
 * - one account from every address (a spread-out guess): from three times that, 5 s doubling to 1 min;
 * - one address across accounts (a hospital's NAT can hold many people): from `perIp`, 5 s doubling to 5 min.
 */
export function backoffs(limits: { perAccount: number; perIp: number }): { pair: Backoff; account: Backoff; address: Backoff } {
  return {
    pair: { threshold: limits.perAccount, baseSeconds: 30, capSeconds: 15 * 60 },
    account: { threshold: limits.perAccount * 3, baseSeconds: 5, capSeconds: 60 },
    address: { threshold: limits.perIp, baseSeconds: 5, capSeconds: 5 * 60 },
  };
}
