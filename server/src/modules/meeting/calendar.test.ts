import { describe, expect, it } from 'vitest';
import { toICalendar } from './calendar.js';
import { type Invitee, type Meeting } from './meeting.entity.js';
import { MeetingStatus, Rsvp } from './meeting.types.js';

/** Properties of the calendar as lines: what a calendar program would read, after unfolding. */
const lines = (ics: string) => ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/).filter(Boolean);

describe('iCalendar output', () => {
  it('cannot be given extra properties through line breaks in any text a person typed', () => {
    const hostile = '会議\r\nATTENDEE:mailto:evil@example.com\nURL:https://evil.example/\rX-INJECTED:1';
    const meeting = {
      id: 'm1',
      sequence: 2,
      startsAt: new Date('2025-06-10T09:30:00Z'),
      endsAt: new Date('2025-06-10T11:00:00Z'),
      updatedAt: new Date('2025-06-01T00:00:00Z'),
      title: hostile,
      place: hostile,
      onlineUrl: null,
      status: MeetingStatus.CANCELLED,
      cancellationReason: hostile,
    } as unknown as Meeting;
    const invitee = { name: hostile, email: 'doctor@example.jp', rsvp: Rsvp.ACCEPTED } as unknown as Invitee;
    const ics = toICalendar(hostile, [{ meeting, invitees: [invitee], hubName: hostile }]);
    const names = lines(ics).map((l) => l.split(/[;:]/)[0]);
    expect(names.filter((n) => n === 'ATTENDEE')).toHaveLength(1);
    expect(names).not.toContain('URL');
    expect(names).not.toContain('X-INJECTED');
    expect(lines(ics).find((l) => l.startsWith('SUMMARY:'))).toContain('会議\\nATTENDEE');
  });
});
