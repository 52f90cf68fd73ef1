/** The meeting module's GraphQL output types; its enums are in meeting.enums.ts (re-exported here). */
import { Field, ID, ObjectType } from 'type-graphql';
import { Meeting } from './meeting.entity.js';
import { LocalDateResolver } from 'graphql-scalars';
import { CalendarFeed } from './calendar-feed.entity.js';

export * from './meeting.enums.js';

@ObjectType({ description: 'A warning about a meeting time: shown before saving, never a refusal.' })
export class MeetingWarningType {
  @Field(() => String, { description: 'HOLIDAY, OVERLAP or INVITEE_DOUBLE_BOOKED.' })
  code!: string;

  @Field(() => String, { description: 'The warning in Japanese.' })
  message!: string;

  @Field(() => String, { description: 'The warning in English.' })
  messageEn!: string;

  @Field(() => ID, { nullable: true, description: 'The other meeting concerned.' })
  relatedMeetingId!: string | null;
}

@ObjectType({ description: 'Meetings saved, with the warnings about their times.' })
export class MeetingsSaved {
  @Field(() => [Meeting], { description: 'The meeting, or every occurrence of a new series.' })
  meetings!: Meeting[];

  @Field(() => [MeetingWarningType], { description: 'Holidays, overlaps and double-booked invitees.' })
  warnings!: MeetingWarningType[];
}

@ObjectType({ description: 'A Japanese public holiday (祝日).' })
export class PublicHoliday {
  @Field(() => LocalDateResolver, { description: 'The day, a calendar date in Japan.' })
  date!: string;

  @Field(() => String, { description: 'Its name in Japanese, e.g. 文化の日.' })
  name!: string;

  @Field(() => String, { description: 'Its name in English, e.g. Culture Day.' })
  nameEn!: string;
}

@ObjectType({ description: 'A calendar feed just created, with its secret address (shown only now).' })
export class IssuedCalendarFeed {
  @Field(() => CalendarFeed, { description: 'The feed.' })
  feed!: CalendarFeed;

  @Field(() => String, { description: 'Path of the feed, to add to a calendar application (prefix it with the server address).' })
  path!: string;
}

@ObjectType({ description: 'What you may do to this meeting now: your role (as the server checks it) and the meeting’s state and time (meeting-state.rules.ts).' })
export class MeetingViewerCan {
  @Field(() => Boolean, { description: 'Change the title, kind, place or online address.' })
  editDetails!: boolean;

  @Field(() => Boolean, { description: 'Change the times or the agenda (fixed once the meeting was held).' })
  reschedule!: boolean;

  @Field(() => Boolean, { description: 'Invite more people.' })
  invite!: boolean;

  @Field(() => Boolean, { description: 'Take an invitee off (not once they attended or have an honorarium).' })
  removeInvitee!: boolean;

  @Field(() => Boolean, { description: 'Answer your own invitation.' })
  respond!: boolean;

  @Field(() => Boolean, { description: 'Cancel the meeting.' })
  cancel!: boolean;

  @Field(() => Boolean, { description: 'Record who attended (from the start of the meeting).' })
  markAttendance!: boolean;

  @Field(() => Boolean, { description: 'Mark the meeting as held (from its start).' })
  markHeld!: boolean;

  @Field(() => Boolean, { description: 'Write the minutes.' })
  recordMinutes!: boolean;

  @Field(() => Boolean, { description: 'Approve the minutes.' })
  approveMinutes!: boolean;

  @Field(() => Boolean, { description: 'Plan an honorarium for an invitee.' })
  planHonorarium!: boolean;
}
