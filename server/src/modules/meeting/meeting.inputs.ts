import { InputRule } from '../../platform/input-guard.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Profession } from '../activity/profession.js';
import { MAX_INVITEES } from './meeting.rules.js';
import { MeetingKind } from './meeting.types.js';

@InputType({ description: 'An item of an agenda.' })
export class AgendaItemInput {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Presenter.' })
  presenter?: string | null;

  @Field(() => ID, { nullable: true, description: 'Issue discussed.' })
  issueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Project discussed.' })
  projectId?: string | null;
}

@InputType({ description: 'A person to invite: a hub member (userId) or an external person (name, organisation, profession).' })
export class InviteeInput {
  @Field(() => ID, { nullable: true, description: 'A member of the hub.' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name (taken from the account for a member).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation.' })
  organisation?: string | null;

  @Field(() => Profession, { description: 'Profession.' })
  profession!: Profession;

  @Field(() => String, { nullable: true, description: 'E-mail for calendar invitations.' })
  email?: string | null;
}

@InputType({ description: 'Recurrence of a series.' })
export class RecurrenceInput {
  @Field(() => String, { description: 'RFC 5545 rule, e.g. FREQ=MONTHLY;BYDAY=2TU;COUNT=12 (at most 60 occurrences are made).' })
  rule!: string;
}

@InputType({ description: 'A meeting to schedule; with a recurrence, a series of them.' })
export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => MeetingKind, { description: 'Kind.' })
  kind!: MeetingKind;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => Date, { description: 'Start (ISO 8601 with offset, e.g. 2025-06-10T18:30:00+09:00).' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Place.' })
  place?: string | null;

  @InputRule({ maxLength: 2000 })
  @Field(() => String, { nullable: true, description: 'Online link.' })
  onlineUrl?: string | null;

  @Field(() => [AgendaItemInput], { nullable: true, description: 'Agenda, in order.' })
  agenda?: AgendaItemInput[] | null;

  @InputRule({ maxItems: MAX_INVITEES })
  @Field(() => [InviteeInput], { nullable: true, description: 'Invitees.' })
  invitees?: InviteeInput[] | null;

  @Field(() => RecurrenceInput, { nullable: true, description: 'Makes a series: every occurrence is created and can be changed or cancelled on its own.' })
  recurrence?: RecurrenceInput | null;
}

@InputType({ description: 'Changes to one meeting (one occurrence of a series); omitted fields stay.' })
export class UpdateMeetingInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field(() => Int, { description: 'Version the change is based on.' })
  version!: number;

  @Field(() => MeetingKind, { nullable: true, description: 'Kind.' })
  kind?: MeetingKind | null;

  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Place.' })
  place?: string | null;

  @InputRule({ maxLength: 2000 })
  @Field(() => String, { nullable: true, description: 'Online link.' })
  onlineUrl?: string | null;

  @Field(() => [AgendaItemInput], { nullable: true, description: 'Replaces the agenda (only before minutes are recorded).' })
  agenda?: AgendaItemInput[] | null;
}

@InputType({ description: 'Whether an invitee attended.' })
export class AttendanceInput {
  @Field(() => ID, { description: 'The invitee.' })
  inviteeId!: string;

  @Field(() => Boolean, { description: 'Attended or not.' })
  attended!: boolean;
}

@InputType({ description: 'Minutes of one agenda item.' })
export class MinutesItemInput {
  @Field(() => ID, { description: 'The agenda item.' })
  agendaItemId!: string;

  @InputRule({ multiline: true })
  @Field(() => String, { description: 'What was discussed.' })
  minutes!: string;

  @InputRule({ multiline: true })
  @Field(() => [String], { nullable: true, description: 'Decisions taken.' })
  decisions?: string[] | null;
}

@InputType({ description: 'An action item decided at the meeting.' })
export class ActionItemInput {
  @Field(() => ID, { nullable: true, description: 'Agenda item it belongs to.' })
  agendaItemId?: string | null;

  @InputRule({ multiline: true })
  @Field(() => String, { description: 'What is to be done.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who does it.' })
  assignee?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'By when.' })
  dueOn?: string | null;
}

