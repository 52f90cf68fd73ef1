import { describe, expect, it } from 'vitest';
import { meetingsAwaitingRsvp, surveysAwaitingAnswer } from './personal';
import { capShare, totalAttendance } from './rollup';
import { tokyoDate } from './formats';

const survey = (id: string, extra: Record<string, unknown>) => ({ id, title: id, kind: 'SURVEY', surveySentAt: '2026-05-01T00:00:00Z', surveyDeadline: '2026-06-30', myResponse: null, ...extra });

describe('what waits for a member', () => {
  it('lists sent, open, unanswered surveys of the current year, soonest deadline first', () => {
    const cycles = [
      { fiscalYear: 2026, plan: { projects: [{ activities: [
        survey('late', { surveyDeadline: '2026-07-31' }),
        survey('soon', {}),
        survey('answered', { myResponse: { id: 'r' } }),
        survey('draft', { surveySentAt: null }),
        survey('closed', { surveyDeadline: '2026-05-31' }),
        { ...survey('training', {}), kind: 'TRAINING' },
      ] }] } },
      { fiscalYear: 2025, plan: { projects: [{ activities: [survey('last-year', {})] }] } },
    ];
    expect(surveysAwaitingAnswer(cycles, 2026, '2026-06-01').map((a) => a.id)).toEqual(['soon', 'late']);
    // The deadline day itself is still open.
    expect(surveysAwaitingAnswer(cycles, 2026, '2026-06-30').map((a) => a.id)).toEqual(['soon', 'late']);
  });

  it('lists scheduled meetings where my answer is pending', () => {
    const meetings = [
      { id: 'a', status: 'SCHEDULED', invitees: [{ userId: 'me', rsvp: 'PENDING' }] },
      { id: 'b', status: 'SCHEDULED', invitees: [{ userId: 'me', rsvp: 'ACCEPTED' }] },
      { id: 'c', status: 'CANCELLED', invitees: [{ userId: 'me', rsvp: 'PENDING' }] },
      { id: 'd', status: 'SCHEDULED', invitees: [{ userId: 'other', rsvp: 'PENDING' }, { userId: null, rsvp: 'PENDING' }] },
    ];
    expect(meetingsAwaitingRsvp(meetings, 'me').map((m) => m.id)).toEqual(['a']);
  });

  it('takes today in Tokyo, not in the browser’s zone', () => {
    expect(tokyoDate(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01');
    expect(tokyoDate(new Date('2026-03-31T14:59:00Z'))).toBe('2026-03-31');
  });
});

describe('roll-up sums', () => {
  it('gives the share of a cap and the attendance', () => {
    const budget = [{ key: 'TOTAL', capYen: 4_012_000, actualYen: 1_003_000 }, { key: 'OFFICE', capYen: 1_920_000, actualYen: 0 }];
    expect(capShare(budget, 'TOTAL')).toEqual({ actualYen: 1_003_000, capYen: 4_012_000, percent: 25 });
    expect(capShare(budget, 'OFFICE')?.percent).toBe(0);
    expect(capShare([], 'TOTAL')).toBeNull();
    expect(totalAttendance([{ count: 3 }, { count: 4 }])).toBe(7);
  });
});
