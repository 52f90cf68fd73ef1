import * as rrulePackage from 'rrule';

// rrule is CommonJS in Node (its exports under `default`) and an ES module in the client's bundle
// (named exports, no default): take whichever this side has.
const cjsExports = (rrulePackage as Record<string, unknown>)[['default'][0]!] as typeof rrulePackage | undefined;
const { RRule } = cjsExports ?? rrulePackage;

/** Meeting series as RFC 5545 recurrence rules, evaluated on Tokyo calendar dates; the client previews with the same functions. */

/** A series has at most this many meetings. */
export const MAX_OCCURRENCES = 60;

const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Which weekday of its month a date is: the 1st to 4th, or the last (-1) for a 5th one, which not every month has (0 = Monday). */
export function weekdayOrdinal(date: string): { ordinal: 1 | 2 | 3 | 4 | -1; weekday: number } {
  const n = Math.ceil(Number(date.slice(8)) / 7);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { ordinal: n >= 5 ? -1 : (n as 1 | 2 | 3 | 4), weekday: (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7 };
}

/** FREQ=MONTHLY;BYDAY=2TU;COUNT=12 for `count` meetings on the weekday of `date` (the 2nd Tuesday; a 5th one becomes the last). */
export function monthlyRule(date: string, count: number): string {
  const { ordinal, weekday } = weekdayOrdinal(date);
  return `FREQ=MONTHLY;BYDAY=${ordinal}${RRULE_DAYS[weekday]};COUNT=${count}`;
}

/**
 * Dates (Tokyo calendar dates) a recurrence rule gives from a first date, at most `limit` of them.
 * The rule is read as RFC 5545 (e.g. FREQ=MONTHLY;BYDAY=2TU;COUNT=12) and evaluated on dates,
 * so daylight saving and time zones cannot shift an occurrence to another day.
 */
export function occurrenceDates(rule: string, firstDate: string, limit = MAX_OCCURRENCES): string[] {
  const options = RRule.parseString(rule.replace(/^RRULE:/, ''));
  const [y, m, d] = firstDate.split('-').map(Number) as [number, number, number];
  const rrule = new RRule({ ...options, dtstart: new Date(Date.UTC(y, m - 1, d)) });
  return rrule.all((_, i) => i < limit).map((date) => date.toISOString().slice(0, 10));
}
