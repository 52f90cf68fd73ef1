import type { Opt, Ref } from '@mikro-orm/core';
import { Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HubOwned, HubOwnedEntity, VersionedHubEntity } from '../../platform/tenancy.js';
import { Profession } from '../activity/profession.js';
import { MeetingKind, MeetingStatus, Rsvp } from './meeting.enums.js';

/** A recurring series; its occurrences are ordinary meetings that can each be changed or cancelled. */
@ObjectType({ description: 'A recurring series of meetings, e.g. monthly on the second Tuesday.' })
@HubOwned('meeting_series')
export class MeetingSeries extends HubOwnedEntity {
  @Field(() => String, { description: 'Recurrence rule (RFC 5545 RRULE), e.g. FREQ=MONTHLY;BYDAY=2TU;COUNT=12.' })
  @Property({ type: 'string' })
  rule!: string;

  @Field(() => String, { description: 'Title shared by the occurrences.' })
  @Property({ type: 'string' })
  title!: string;
}

/** A meeting (協議の場). Times are stored as instants and shown in Asia/Tokyo. */
@ObjectType({ description: 'A meeting (協議の場), training or working group of the hub.' })
@HubOwned('meeting')
@Index({ properties: ['hub', 'startsAt'] })
export class Meeting extends VersionedHubEntity {
  @Field(() => MeetingKind, { description: 'Kind of meeting.' })
  @Enum({ items: () => MeetingKind, nativeEnumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => Date, { description: 'Start (an instant; shown in Asia/Tokyo).' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End.' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => String, { description: 'Place.' })
  @Property({ type: 'string' })
  place: Opt<string> = '';

  @Field(() => String, { nullable: true, description: 'Link for joining online.' })
  @Property({ type: 'string', nullable: true, length: 2000 })
  onlineUrl?: string | null;

  @Field(() => MeetingStatus, { description: 'Scheduled, held, minutes approved, or cancelled.' })
  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status: Opt<MeetingStatus> = MeetingStatus.SCHEDULED;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ type: 'string', nullable: true })
  cancellationReason?: string | null;

  @Field(() => Int, { description: 'Revision number for calendars (iCalendar SEQUENCE): grows with every change.' })
  @Property({ type: 'integer' })
  sequence: Opt<number> = 0;

  @ManyToOne(() => MeetingSeries, { ref: true, nullable: true, deleteRule: 'set null' })
  series?: Ref<MeetingSeries> | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For an occurrence of a series: the date the rule gave it.' })
  @Property({ type: 'date', nullable: true })
  occurrenceDate?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the minutes were approved.' })
  @Property({ type: 'datetime', nullable: true })
  minutesApprovedAt?: Date | null;
}

@ObjectType({ description: 'An item of a meeting agenda, with its minutes.' })
@HubOwned('agenda_item')
export class AgendaItem extends HubOwnedEntity {
  @ManyToOne(() => Meeting, { ref: true, deleteRule: 'cascade', index: true })
  meeting!: Ref<Meeting>;

  @Field(() => Int, { description: 'Order on the agenda.' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String, { description: 'Title of the item.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String, { description: 'Who presents it.' })
  @Property({ type: 'string' })
  presenter: Opt<string> = '';

  @Field(() => ID, { nullable: true, description: 'Issue discussed.' })
  @Property({ type: 'uuid', nullable: true })
  issueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Project discussed.' })
  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Field(() => String, { description: 'Minutes of the discussion.' })
  @Property({ type: 'text' })
  minutes: Opt<string> = '';

  @Field(() => [String], { description: 'Decisions taken.' })
  @Property({ type: 'text[]' })
  decisions: Opt<string[]> = [];
}

@ObjectType({ description: 'A person invited to a meeting: a hub member or an external person.' })
@HubOwned('invitee')
export class Invitee extends HubOwnedEntity {
  @ManyToOne(() => Meeting, { ref: true, deleteRule: 'cascade', index: true })
  meeting!: Ref<Meeting>;

  @Field(() => ID, { nullable: true, description: 'The member, when the invitee is a hub member.' })
  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Organisation.' })
  @Property({ type: 'string' })
  organisation: Opt<string> = '';

  @Field(() => Profession, { description: 'Profession.' })
  @Enum({ items: () => Profession, nativeEnumName: 'profession' })
  profession!: Profession;

  @Field(() => String, { nullable: true, description: 'E-mail, for calendar invitations.' })
  @Property({ type: 'string', nullable: true })
  email?: string | null;

  @Field(() => Rsvp, { description: 'Answer to the invitation.' })
  @Enum({ items: () => Rsvp, nativeEnumName: 'rsvp' })
  rsvp: Opt<Rsvp> = Rsvp.PENDING;

  @Field(() => Boolean, { nullable: true, description: 'Attended, as marked at or after the meeting; empty until marked.' })
  @Property({ type: 'boolean', nullable: true })
  attended?: boolean | null;
}

@ObjectType({ description: 'An action item decided at a meeting.' })
@HubOwned('action_item')
export class ActionItem extends HubOwnedEntity {
  @ManyToOne(() => Meeting, { ref: true, deleteRule: 'cascade', index: true })
  meeting!: Ref<Meeting>;

  @Field(() => ID, { nullable: true, description: 'Agenda item it came from.' })
  @Property({ type: 'uuid', nullable: true })
  agendaItemId?: string | null;

  @Field(() => String, { description: 'What is to be done.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'Who does it.' })
  @Property({ type: 'string' })
  assignee: Opt<string> = '';

  @Field(() => LocalDateResolver, { nullable: true, description: 'By when.' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Issue it became, if it was turned into one.' })
  @Property({ type: 'uuid', nullable: true })
  issueId?: string | null;
}
