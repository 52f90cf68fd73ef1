import ical, { ICalAttendeeStatus, ICalEventStatus } from 'ical-generator';
import { type Invitee, type Meeting } from './meeting.entity.js';
import { MeetingStatus, Rsvp } from './meeting.types.js';

const attendeeStatus: Record<Rsvp, ICalAttendeeStatus> = {
  [Rsvp.PENDING]: ICalAttendeeStatus.NEEDSACTION,
  [Rsvp.ACCEPTED]: ICalAttendeeStatus.ACCEPTED,
  [Rsvp.DECLINED]: ICalAttendeeStatus.DECLINED,
  [Rsvp.TENTATIVE]: ICalAttendeeStatus.TENTATIVE,
};

export type CalendarMeeting = { meeting: Meeting; invitees: Invitee[]; hubName: string };

/**
 * iCalendar for meetings: one VEVENT per meeting, UID = meeting id, SEQUENCE grows with every
 * change so calendars replace the old copy, cancelled meetings stay with STATUS:CANCELLED.
 */
export function toICalendar(name: string, items: CalendarMeeting[]): string {
  // ical-generator escapes the text of events but writes the calendar's name as given: a line
  // break in it (a meeting or hub name) would start a property of the attacker's choosing.
  const calendar = ical({ name: oneLine(name), prodId: { company: 'hokkaido-home-care-hubs', product: 'hub-workspace', language: 'JA' } });
  for (const { meeting, invitees, hubName } of items) {
    calendar.createEvent({
      id: `${meeting.id}@hub-workspace`,
      sequence: meeting.sequence,
      start: meeting.startsAt,
      end: meeting.endsAt,
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
      summary: `${meeting.title}（${hubName}）`,
      location: meeting.place || meeting.onlineUrl || undefined,
      url: meeting.onlineUrl ?? undefined,
      status: meeting.status === MeetingStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      description: meeting.cancellationReason ? `中止：${meeting.cancellationReason}` : undefined,
      attendees: invitees
        .filter((i) => i.email)
        .map((i) => ({ name: i.name, email: i.email!, status: attendeeStatus[i.rsvp as Rsvp], rsvp: true })),
    });
  }
  return calendar.toString();
}

/** Control characters (line breaks among them) as spaces, for a value written as it is. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
