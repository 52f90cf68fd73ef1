import holidayJp from '@holiday-jp/holiday_jp';
import { tokyoCalendarDate } from '../../platform/fiscal-year.js';

export { MAX_OCCURRENCES, monthlyRule, occurrenceDates, weekdayOrdinal } from './recurrence.rules.js';

export type MeetingWarning = { code: 'HOLIDAY' | 'OVERLAP' | 'INVITEE_DOUBLE_BOOKED' | 'INVITEE_BUSY_ELSEWHERE'; message: string; messageEn: string; relatedMeetingId: string | null };

/**
 * The Japanese public holiday (substitute holidays included) on a Tokyo calendar date, if any.
 * The holiday data is keyed by calendar date, so the server's own time zone plays no part.
 */
export function holidayOn(date: string): { name: string; nameEn: string } | null {
  const holiday = (holidayJp.holidays as Record<string, { name: string; name_en: string }>)[date];
  return holiday ? { name: holiday.name, nameEn: holiday.name_en } : null;
}

/** Invitees one meeting can have: a council of the zone's parties with room to spare, not a mailing list. */
export const MAX_INVITEES = 100;

export const HOLIDAY_PERIOD_MAX_DAYS = 400;

/** Every public holiday from `from` to `to` (Tokyo calendar dates, both included), in order; null for a period that runs backwards or is too long. */
export function holidaysBetween(from: string, to: string): { date: string; name: string; nameEn: string }[] | null {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (!(days >= 0 && days <= HOLIDAY_PERIOD_MAX_DAYS)) return null;
  return Object.entries(holidayJp.holidays as Record<string, { name: string; name_en: string }>)
    .filter(([date]) => date >= from && date <= to)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, h]) => ({ date, name: h.name, nameEn: h.name_en }));
}

export function holidayWarnings(startsAt: Date, endsAt: Date): MeetingWarning[] {
  const dates = new Set([tokyoCalendarDate(startsAt), tokyoCalendarDate(new Date(endsAt.getTime() - 1))]);
  return [...dates].flatMap((date) => {
    const holiday = holidayOn(date);
    return holiday ? [{ code: 'HOLIDAY' as const, message: `${date}は祝日（${holiday.name}）です。`, messageEn: `${date} is a public holiday (${holiday.nameEn}).`, relatedMeetingId: null }] : [];
  });
}

export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

const tokyoTime = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatTokyo(instant: Date): string {
  return tokyoTime.format(instant);
}

/** The instant of a Tokyo wall-clock time (Japan has no daylight saving: UTC+9 all year). */
export function tokyoInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+09:00`);
}
