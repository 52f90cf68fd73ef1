import { InputRule } from '../../platform/input-guard.js';
import { MAX_INVITEES } from './meeting.rules.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { HubEventData } from '../../platform/event-bus.js';
import { hubEventStream, type StreamArgs } from '../live/live.streams.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Access } from '../../platform/authorization.js';
import { type Context, Unscoped } from '../../platform/context.js';
import { Advice } from '../advice/advice.entity.js';
import { AdviceTarget } from '../advice/advice.types.js';
import { Honorarium } from '../budget/budget.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { ActionItem, AgendaItem, Invitee, Meeting } from './meeting.entity.js';
import { IssuedCalendarFeed, MeetingsSaved, MeetingViewerCan, MeetingWarningType, PublicHoliday, Rsvp } from './meeting.types.js';
import { meetingAbilities } from './meeting-abilities.js';
import { AuditedRead } from '../audit/audited-read.js';
import { ActionItemInput, AttendanceInput, InviteeInput, MinutesItemInput, ScheduleMeetingInput, UpdateMeetingInput } from './meeting.inputs.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Subscription(() => Meeting, {
    description: 'One meeting, sent again whenever it, its agenda, invitees, attendance, minutes or honoraria change.',
    subscribe: ({ args, context }) => {
      const { meetingId } = args as StreamArgs & { meetingId: string };
      return hubEventStream(context as Context, args as StreamArgs, (e) => e.entityId === meetingId || e.related.meeting === meetingId);
    },
  })
  meetingChanged(@Root() _event: HubEventData, @Arg('hubId', () => ID) hubId: string, @Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Meeting> {
    // A fresh unit of work per delivery, so the meeting is read as committed.
    return ctx.services.meeting.get(ctx.db.hub(hubId, { fresh: true }), meetingId);
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => [Meeting], { description: "The hub's meetings in a period (all when no period is given), by start." })
  meetings(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('from', () => Date, { nullable: true, description: 'Meetings ending after this instant.' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Meetings starting before this instant.' }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<Meeting[]> {
    return ctx.services.meeting.list(ctx.db.hub(hubId), { from, to });
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => Meeting, { description: 'One meeting.' })
  meeting(@Arg('hubId', () => ID) hubId: string, @Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meeting.get(ctx.db.hub(hubId), meetingId);
  }

  @Authorized(Access.SECRETARIAT)
  @Query(() => [MeetingWarningType], { description: 'Warnings for a meeting time before saving it: holidays, overlaps, double-booked invitees (secretariat).' })
  meetingWarnings(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('endsAt', () => Date) endsAt: Date,
    @Arg('inviteeUserIds', () => [ID], { nullable: true }) inviteeUserIds: string[] | null,
    @Arg('exceptMeetingId', () => ID, { nullable: true, description: 'The meeting being edited.' }) exceptMeetingId: string | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingWarningType[]> {
    return ctx.services.meeting.slotWarnings(ctx.db.hub(hubId), hubId, { startsAt, endsAt, userIds: inviteeUserIds ?? [], exclude: exceptMeetingId ? [exceptMeetingId] : [] });
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => MeetingsSaved, { description: 'Schedules a meeting, or a recurring series, with agenda and invitees; answers with warnings, never refuses for them (secretariat).' })
  scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context): Promise<MeetingsSaved> {
    return ctx.services.meeting.schedule(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => MeetingsSaved, { description: 'Changes one meeting or one occurrence of a series (secretariat).' })
  updateMeeting(@Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: Context): Promise<MeetingsSaved> {
    return ctx.services.meeting.update(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @InputRule({ args: { reason: { multiline: true } } })
  @Mutation(() => Meeting, { description: 'Cancels a scheduled meeting or one occurrence of a series (secretariat).' })
  cancelMeeting(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return ctx.services.meeting.cancel(ctx.db.hub(hubId), hubId, meetingId, reason);
  }

  @Authorized(Access.SECRETARIAT)
  @InputRule({ args: { invitees: { maxItems: MAX_INVITEES } } })
  @Mutation(() => [Invitee], { description: 'Invites hub members or external persons to a meeting (secretariat).' })
  inviteToMeeting(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('invitees', () => [InviteeInput]) invitees: InviteeInput[],
    @Ctx() ctx: Context,
  ): Promise<Invitee[]> {
    return ctx.services.meeting.invite(ctx.db.hub(hubId), hubId, meetingId, invitees);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Invitee, { description: 'Takes an invitee off a meeting (secretariat).' })
  removeInvitee(@Arg('hubId', () => ID) hubId: string, @Arg('inviteeId', () => ID) inviteeId: string, @Ctx() ctx: Context): Promise<Invitee> {
    return ctx.services.meeting.removeInvitee(ctx.db.hub(hubId), hubId, inviteeId);
  }

  @Authorized(Access.MEMBER)
  @Mutation(() => Invitee, { description: 'Answers your own invitation to a meeting.' })
  respondToMeeting(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('rsvp', () => Rsvp) rsvp: Rsvp,
    @Ctx() ctx: Context,
  ): Promise<Invitee> {
    return ctx.services.meeting.respond(ctx.db.hub(hubId), hubId, meetingId, rsvp, ctx.viewer!);
  }

  @Authorized(Access.SECRETARIAT)
  @InputRule({ args: { attendance: { maxItems: MAX_INVITEES } } })
  @Mutation(() => [Invitee], { description: 'Marks who attended, at or after the start (secretariat).' })
  markAttendance(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('attendance', () => [AttendanceInput]) attendance: AttendanceInput[],
    @Ctx() ctx: Context,
  ): Promise<Invitee[]> {
    return ctx.services.meeting.markAttendance(ctx.db.hub(hubId), hubId, meetingId, attendance);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Records that the meeting took place (secretariat).' })
  markMeetingHeld(@Arg('hubId', () => ID) hubId: string, @Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meeting.markHeld(ctx.db.hub(hubId), hubId, meetingId);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Records minutes per agenda item and action items of a held meeting (secretariat).' })
  recordMinutes(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('version', () => Int, { description: 'Version of the meeting the minutes were edited from; a stale one is refused with CONFLICT and the current version.' }) version: number,
    @Arg('items', () => [MinutesItemInput]) items: MinutesItemInput[],
    @Arg('actionItems', () => [ActionItemInput], { nullable: true }) actionItems: ActionItemInput[] | null,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return ctx.services.meeting.recordMinutes(ctx.db.hub(hubId), hubId, meetingId, version, items, actionItems ?? []);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Approves the minutes (secretariat).' })
  approveMinutes(@Arg('hubId', () => ID) hubId: string, @Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meeting.approveMinutes(ctx.db.hub(hubId), hubId, meetingId);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => ActionItem, { description: 'Turns an action item into an issue of an open cycle (secretariat).' })
  actionItemToIssue(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('actionItemId', () => ID) actionItemId: string,
    @Arg('cycleId', () => ID) cycleId: string,
    @Ctx() ctx: Context,
  ): Promise<ActionItem> {
    return ctx.services.meeting.actionItemToIssue(ctx.db.hub(hubId), hubId, actionItemId, cycleId, ctx.viewer!);
  }

  @Authorized()
  @Mutation(() => IssuedCalendarFeed, { description: 'Creates your personal calendar feed of the meetings of all your hubs; a previous feed is revoked.' })
  createCalendarFeed(@Ctx() ctx: Context): Promise<IssuedCalendarFeed> {
    return ctx.services.meeting.createFeed(ctx.db.unscoped(Unscoped.PERSONAL_CALENDAR), ctx.viewer!.userId);
  }

  @Authorized()
  @Query(() => [CalendarFeed], { description: 'Your calendar feeds that still work, newest first (to revoke one later; the address itself is shown only when created).' })
  calendarFeeds(@Ctx() ctx: Context): Promise<CalendarFeed[]> {
    return ctx.services.meeting.activeFeeds(ctx.db.unscoped(Unscoped.PERSONAL_CALENDAR), ctx.viewer!.userId);
  }

  @Query(() => [PublicHoliday], { description: 'Japanese public holidays (substitute holidays included) between two Tokyo dates, both included; at most 400 days. Public reference data: no sign-in needed.' })
  publicHolidays(@Arg('from', () => LocalDateResolver) from: string, @Arg('to', () => LocalDateResolver) to: string, @Ctx() ctx: Context): PublicHoliday[] {
    return ctx.services.meeting.publicHolidays(from, to);
  }

  @Authorized()
  @Mutation(() => CalendarFeed, { description: 'Revokes one of your calendar feeds; its address stops working at once.' })
  revokeCalendarFeed(@Arg('feedId', () => ID) feedId: string, @Ctx() ctx: Context): Promise<CalendarFeed> {
    return ctx.services.meeting.revokeFeed(ctx.db.unscoped(Unscoped.PERSONAL_CALENDAR), ctx.viewer!.userId, feedId);
  }

  @FieldResolver(() => [AgendaItem], { description: 'Agenda with minutes, in order.' })
  agenda(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return ctx.services.meeting.agenda(ctx.db.hub(meeting.hubId), meeting.id);
  }

  @AuditedRead('invitees: names, organisations, e-mail addresses, attendance')
  @FieldResolver(() => [Invitee], { description: 'Invitees with RSVP and attendance.' })
  invitees(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Invitee[]> {
    return ctx.services.meeting.invitees(ctx.db.hub(meeting.hubId), meeting.id);
  }

  @FieldResolver(() => [ActionItem], { description: 'Action items decided.' })
  actionItems(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<ActionItem[]> {
    return ctx.services.meeting.actionItems(ctx.db.hub(meeting.hubId), meeting.id);
  }

  @FieldResolver(() => MeetingViewerCan, { description: 'What you may do to this meeting now (your role, its state and time), as the server will answer it.' })
  async viewerCan(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<MeetingViewerCan> {
    const invited = ctx.viewer ? await ctx.services.meeting.isInvited(ctx.db.hub(meeting.hubId), meeting.id, ctx.viewer.userId) : false;
    return meetingAbilities(ctx.viewer, meeting, invited);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The series this meeting is an occurrence of.' })
  seriesId(@Root() meeting: Meeting): string | null {
    return meeting.series?.id ?? null;
  }

  @FieldResolver(() => Int, { description: 'Number of invitees marked as attending.' })
  async attendance(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.meeting.attendance(ctx.db.hub(meeting.hubId), meeting.id);
  }

  @Authorized(Access.SECRETARIAT, Access.PREFECTURE_ADMIN)
  @AuditedRead('honoraria: payees and amounts')
  @FieldResolver(() => [Honorarium], { description: 'Honoraria for this meeting (secretariat).' })
  honoraria(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Honorarium[]> {
    return ctx.services.budget.honorariaOfMeeting(ctx.db.hub(meeting.hubId), meeting.id);
  }

  @FieldResolver(() => [Advice], { description: 'The thread of advice on this meeting.' })
  advice(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Advice[]> {
    return ctx.services.advice.thread(ctx.db.hub(meeting.hubId), AdviceTarget.MEETING, meeting.id);
  }

  @FieldResolver(() => String, { description: 'Address of the meeting as an .ics file.' })
  icsPath(@Root() meeting: Meeting): string {
    return `/hubs/${meeting.hubId}/meetings/${meeting.id}.ics`;
  }
}

