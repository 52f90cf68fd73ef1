import { describe, expect, it } from 'vitest';
import { holidayOn, holidaysBetween, holidayWarnings, occurrenceDates, overlaps, tokyoInstant } from './meeting.rules.js';

describe('Japanese public holidays', () => {
  it('lists the holidays of a period in order, both ends included', () => {
    expect(holidaysBetween('2025-11-01', '2025-11-30')).toEqual([
      { date: '2025-11-03', name: '文化の日', nameEn: expect.any(String) },
      { date: '2025-11-23', name: '勤労感謝の日', nameEn: expect.any(String) },
      { date: '2025-11-24', name: '勤労感謝の日 振替休日', nameEn: expect.any(String) },
    ]);
    expect(holidaysBetween('2025-11-03', '2025-11-03')?.map((h) => h.date)).toEqual(['2025-11-03']);
    expect(holidaysBetween('2025-11-04', '2025-11-22')).toEqual([]);
    expect(holidaysBetween('2025-11-30', '2025-11-01')).toBeNull();
    expect(holidaysBetween('2025-01-01', '2026-02-05')).toHaveLength(21);
    expect(holidaysBetween('2025-01-01', '2026-02-06')).toBeNull();
  });

  it('knows 文化の日 and substitute holidays, judged on the Tokyo date', () => {
    expect(holidayOn('2025-11-03')?.name).toBe('文化の日');
    expect(holidayOn('2025-11-24')?.name).toBe('勤労感謝の日 振替休日');
    expect(holidayOn('2025-11-04')).toBeNull();
    // 00:30 on 3 November in Tokyo is still 2 November in UTC.
    expect(holidayWarnings(tokyoInstant('2025-11-03', '00:30'), tokyoInstant('2025-11-03', '01:30')).map((w) => w.code)).toEqual(['HOLIDAY']);
  });
});

describe('recurrence', () => {
  it('gives monthly dates on the second Tuesday', () => {
    expect(occurrenceDates('FREQ=MONTHLY;BYDAY=2TU;COUNT=4', '2025-04-01')).toEqual(['2025-04-08', '2025-05-13', '2025-06-10', '2025-07-08']);
  });
});

describe('overlap', () => {
  it('counts touching meetings as not overlapping', () => {
    const a = { startsAt: tokyoInstant('2025-06-10', '18:00'), endsAt: tokyoInstant('2025-06-10', '19:00') };
    expect(overlaps(a, { startsAt: tokyoInstant('2025-06-10', '19:00'), endsAt: tokyoInstant('2025-06-10', '20:00') })).toBe(false);
    expect(overlaps(a, { startsAt: tokyoInstant('2025-06-10', '18:30'), endsAt: tokyoInstant('2025-06-10', '20:00') })).toBe(true);
  });
});
