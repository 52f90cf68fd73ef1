import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { tokyoCalendarDate } from '../../platform/fiscal-year.js';
import { inHub } from '../../platform/tenancy.js';
import { email as validEmail, optionalText, requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import { hashToken } from '../account/auth.service.js';
import { type User } from '../account/user.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import type { MembershipService } from '../hub/membership.service.js';
import type { IssueService } from '../issue/issue.service.js';

import type { PlanService } from '../plan/plan.service.js';
import { ActionItem, AgendaItem, Invitee, Meeting, MeetingSeries } from './meeting.entity.js';
import { MeetingStatus, type Rsvp, type MeetingsSaved } from './meeting.types.js';
import { heldMeetingLocked, inviteeInUse, meetingNotStarted, notInvited, tooManyInvitees, wrongMeetingState } from './meeting.errors.js';
import type { ActionItemInput, AgendaItemInput, AttendanceInput, InviteeInput, MinutesItemInput, ScheduleMeetingInput, UpdateMeetingInput } from './meeting.inputs.js';
import { MeetingAction, meetingRefusal, MOVES_TO } from './meeting-state.rules.js';
import { formatTokyo, HOLIDAY_PERIOD_MAX_DAYS, MAX_INVITEES, holidaysBetween, holidayWarnings, occurrenceDates, overlaps, type MeetingWarning } from './meeting.rules.js';

export const MEETING = { ja: '会議', en: 'The meeting' };
const MAX_MEETING_HOURS = 24;
const text = { title: { ja: '会議名', en: 'title' }, place: { ja: '場所', en: 'place' }, agenda: { ja: '議題', en: 'agenda item' }, presenter: { ja: '説明者', en: 'presenter' } };

/**
 * What the meeting module asks of the honoraria (the budget module), which itself knows meetings:
 * the composition root passes the budget service in, so neither module imports the other's.
 */
export interface HonorariaOfInvitees {
  anyForInvitee(tx: EntityManager, inviteeId: string): Promise<boolean>;
}

export class MeetingService {
  constructor(private readonly deps: { issues: IssueService; plans: PlanService; memberships: MembershipService; honoraria: HonorariaOfInvitees }) {}

  /** The meeting, or null when it is not one of the hub's. */
  find(em: EntityManager, meetingId: string): Promise<Meeting | null> {
    return em.findOne(Meeting, { id: meetingId });
  }

  /** Every meeting of the hub with its invitees, in date order (a calendar feed). */
  async withInvitees(em: EntityManager): Promise<{ meeting: Meeting; invitees: Invitee[] }[]> {
    const meetings = await em.find(Meeting, {}, { orderBy: { startsAt: 'asc' } });
    const invitees = meetings.length ? await em.find(Invitee, { meeting: { $in: meetings.map((m) => m.id) } }) : [];
    return meetings.map((meeting) => ({ meeting, invitees: invitees.filter((i) => i.meeting.id === meeting.id) }));
  }

  /** The calendar feed a (secret) token opens, unless revoked. */
  feedByToken(em: EntityManager, token: string): Promise<CalendarFeed | null> {
    return em.findOne(CalendarFeed, { tokenHash: hashToken(token), revokedAt: null });
  }

  /** Whether the meeting is one of the hub's the em is scoped to. */
  async exists(tx: EntityManager, meetingId: string): Promise<boolean> {
    return (await tx.count(Meeting, { id: meetingId })) > 0;
  }

  /** An invitee with their meeting (honoraria are planned for invitees). */
  async invitee(tx: EntityManager, inviteeId: string): Promise<Invitee> {
    const invitee = await tx.findOne(Invitee, { id: inviteeId }, { populate: ['meeting'] });
    if (!invitee) throw notFound({ ja: '会議の招待者', en: 'The invitee' });
    return invitee;
  }

  /** Whether the person is invited to the meeting. */
  async isInvited(em: EntityManager, meetingId: string, userId: string): Promise<boolean> {
    return (await em.count(Invitee, { meeting: meetingId, userId })) > 0;
  }

  /** How many invitees were marked as attending. */
  attendance(em: EntityManager, meetingId: string): Promise<number> {
    return em.count(Invitee, { meeting: meetingId, attended: true });
  }

  list(em: EntityManager, range: { from?: Date | null; to?: Date | null } = {}): Promise<Meeting[]> {
    return em.find(
      Meeting,
      { ...(range.from ? { endsAt: { $gt: range.from } } : {}), ...(range.to ? { startsAt: { $lt: range.to } } : {}) },
      { orderBy: { startsAt: 'asc' } },
    );
  }

  async get(em: EntityManager, meetingId: string): Promise<Meeting> {
    const meeting = await em.findOne(Meeting, { id: meetingId });
    if (!meeting) throw notFound(MEETING);
    return meeting;
  }

  /** Meetings held (or with approved minutes) that started within the calendar dates, in order. */
  heldIn(em: EntityManager, from: string, to: string): Promise<Meeting[]> {
    return em.find(
      Meeting,
      { status: { $in: [MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED] }, startsAt: { $gte: new Date(`${from}T00:00:00+09:00`), $lte: new Date(`${to}T23:59:59+09:00`) } },
      { orderBy: { startsAt: 'asc' } },
    );
  }

  /** The invitees marked as attending, of the given meetings, in the order they were invited. */
  attendeesOf(em: EntityManager, meetingIds: string[]): Promise<Invitee[]> {
    return meetingIds.length ? em.find(Invitee, { meeting: { $in: meetingIds }, attended: true }, { orderBy: { createdAt: 'asc' } }) : Promise.resolve([]);
  }

  agenda(em: EntityManager, meetingId: string): Promise<AgendaItem[]> {
    return em.find(AgendaItem, { meeting: meetingId }, { orderBy: { position: 'asc' } });
  }

  invitees(em: EntityManager, meetingId: string): Promise<Invitee[]> {
    return em.find(Invitee, { meeting: meetingId }, { orderBy: { createdAt: 'asc' } });
  }

  actionItems(em: EntityManager, meetingId: string): Promise<ActionItem[]> {
    return em.find(ActionItem, { meeting: meetingId }, { orderBy: { createdAt: 'asc' } });
  }

  /** Holidays, overlaps with the hub's other meetings, and invitees already booked at that time. */
  async warnings(em: EntityManager, slot: { startsAt: Date; endsAt: Date; userIds: string[]; exclude: string[] }): Promise<MeetingWarning[]> {
    const warnings = holidayWarnings(slot.startsAt, slot.endsAt);
    const others = (await em.find(Meeting, { status: { $ne: MeetingStatus.CANCELLED }, startsAt: { $lt: slot.endsAt }, endsAt: { $gt: slot.startsAt } })).filter(
      (m) => !slot.exclude.includes(m.id) && overlaps(m, slot),
    );
    for (const other of others) {
      warnings.push({ code: 'OVERLAP', message: `拠点の別の会議「${other.title}」（${formatTokyo(other.startsAt)}〜）と時間が重なっています。`, messageEn: `Overlaps "${other.title}" of the hub.`, relatedMeetingId: other.id });
    }
    if (slot.userIds.length && others.length) {
      const booked = await em.find(Invitee, { meeting: { $in: others.map((o) => o.id) }, userId: { $in: slot.userIds } });
      for (const invitee of booked) {
        const other = others.find((o) => o.id === invitee.meeting.id)!;
        warnings.push({ code: 'INVITEE_DOUBLE_BOOKED', message: `${invitee.name}さんは同じ時間の「${other.title}」にも招待されています。`, messageEn: `${invitee.name} is also invited to "${other.title}" at that time.`, relatedMeetingId: other.id });
      }
    }
    return warnings;
  }

  /**
   * Members invited at a time they are invited to a meeting of another hub they belong to. The
   * other hub's meeting stays its own: the warning says only that the person is busy then, never
   * what with. Each other hub is read in its own scope.
   */
  async busyElsewhere(em: EntityManager, hubId: string, slot: { startsAt: Date; endsAt: Date; userIds: string[] }): Promise<MeetingWarning[]> {
    if (!slot.userIds.length) return [];
    // Memberships are the access-control plane outside any hub's scope (membership.entity.ts).
    // Only this hub's own members are looked up: nobody learns when a stranger is busy.
    const own = (await this.deps.memberships.membersAmong(em.fork(), hubId, slot.userIds)).map((m) => m.user.id);
    if (!own.length) return [];
    const memberships = await this.deps.memberships.elsewhere(em.fork(), own, hubId);
    const busy = new Map<string, string>();
    for (const otherHub of new Set(memberships.map((m) => m.hub.id))) {
      const users = memberships.filter((m) => m.hub.id === otherHub).map((m) => m.user.id);
      const booked = await inHub(em, otherHub, (tx) =>
        tx.find(Invitee, { userId: { $in: users }, meeting: { status: { $ne: MeetingStatus.CANCELLED }, startsAt: { $lt: slot.endsAt }, endsAt: { $gt: slot.startsAt } } }, { fields: ['userId'] }),
      );
      for (const invitee of booked) {
        const user = memberships.find((m) => m.user.id === invitee.userId)!.user.getEntity();
        busy.set(user.id, user.displayName);
      }
    }
    return [...busy.values()].map((name) => ({
      code: 'INVITEE_BUSY_ELSEWHERE' as const,
      message: `${name}さんは同じ時間に、所属する別の拠点の会議にも招待されています。`,
      messageEn: `${name} is invited to a meeting of another hub they belong to at that time.`,
      relatedMeetingId: null,
    }));
  }

  /** Every warning for a slot: those within the hub, and the members' bookings in their other hubs. */
  async slotWarnings(em: EntityManager, hubId: string, slot: { startsAt: Date; endsAt: Date; userIds: string[]; exclude: string[] }): Promise<MeetingWarning[]> {
    const own = await inHub(em, hubId, (tx) => this.warnings(tx, slot));
    return [...own, ...(await this.busyElsewhere(em, hubId, slot))];
  }

  async schedule(em: EntityManager, input: ScheduleMeetingInput): Promise<MeetingsSaved> {
    checkTimes(input.startsAt, input.endsAt);
    const saved = await inHub(em, input.hubId, async (tx) => {
      const duration = input.endsAt.getTime() - input.startsAt.getTime();
      const time = input.startsAt.getTime() - Date.parse(`${tokyoCalendarDate(input.startsAt)}T00:00:00+09:00`);
      let series: MeetingSeries | null = null;
      let dates: (string | null)[] = [null];
      if (input.recurrence) {
        try {
          dates = occurrenceDates(input.recurrence.rule, tokyoCalendarDate(input.startsAt));
        } catch {
          dates = [];
        }
        if (dates.length === 0) throw badInput('recurrence.rule', { ja: '繰り返しの規則を読み取れません（例：FREQ=MONTHLY;BYDAY=2TU;COUNT=12）。', en: 'The recurrence rule could not be read (e.g. FREQ=MONTHLY;BYDAY=2TU;COUNT=12).' });
        series = tx.create(MeetingSeries, { hub: input.hubId, rule: input.recurrence.rule, title: requiredText('title', text.title, input.title) });
      }
      const invitees = await this.resolveInvitees(tx, input.hubId, input.invitees ?? []);
      await this.checkAgendaReferences(tx, input.agenda ?? []);
      const meetings: Meeting[] = [];
      for (const date of dates) {
        const startsAt = date ? new Date(Date.parse(`${date}T00:00:00+09:00`) + time) : input.startsAt;
        const meeting = tx.create(Meeting, {
          id: randomUUID(),
          hub: input.hubId,
          kind: input.kind,
          title: requiredText('title', text.title, input.title),
          startsAt,
          endsAt: new Date(startsAt.getTime() + duration),
          place: optionalText('place', text.place, input.place) ?? '',
          onlineUrl: onlineUrl(input.onlineUrl),
          series,
          occurrenceDate: date,
        });
        this.replaceAgenda(tx, meeting, input.agenda ?? [], []);
        for (const invitee of invitees) tx.create(Invitee, { hub: input.hubId, meeting, ...invitee });
        meetings.push(meeting);
      }
      const userIds = invitees.map((i) => i.userId).filter((id): id is string => Boolean(id));
      const warnings: MeetingWarning[] = [];
      for (const meeting of meetings) warnings.push(...(await this.warnings(tx, { startsAt: meeting.startsAt, endsAt: meeting.endsAt, userIds, exclude: meetings.map((m) => m.id) })));
      await tx.flush();
      return { meetings, warnings, userIds };
    });
    for (const meeting of saved.meetings) saved.warnings.push(...(await this.busyElsewhere(em, input.hubId, { startsAt: meeting.startsAt, endsAt: meeting.endsAt, userIds: saved.userIds })));
    return { meetings: saved.meetings, warnings: saved.warnings };
  }

  async update(em: EntityManager, input: UpdateMeetingInput): Promise<MeetingsSaved> {
    const saved = await inHub(em, input.hubId, async (tx) => {
      const meeting = await this.get(tx, input.meetingId);
      assertVersion(meeting, input.version, MEETING);
      assertOpen(MeetingAction.EDIT_DETAILS, meeting);
      const rescheduled = (['startsAt', 'endsAt', 'agenda'] as const).filter((f) => input[f] != null && (f === 'agenda' || input[f]!.getTime() !== meeting[f].getTime()));
      if (rescheduled.length && meetingRefusal(MeetingAction.RESCHEDULE, meeting, new Date())) throw heldMeetingLocked(rescheduled);
      if (input.kind) meeting.kind = input.kind;
      if (input.title != null) meeting.title = requiredText('title', text.title, input.title);
      if (input.startsAt) meeting.startsAt = input.startsAt;
      if (input.endsAt) meeting.endsAt = input.endsAt;
      checkTimes(meeting.startsAt, meeting.endsAt);
      if (input.place != null) meeting.place = optionalText('place', text.place, input.place) ?? '';
      if (input.onlineUrl !== undefined) meeting.onlineUrl = onlineUrl(input.onlineUrl);
      if (input.agenda) {
        await this.checkAgendaReferences(tx, input.agenda);
        this.replaceAgenda(tx, meeting, input.agenda, await this.agenda(tx, meeting.id));
      }
      meeting.sequence += 1;
      const userIds = (await this.invitees(tx, meeting.id)).map((i) => i.userId).filter((id): id is string => Boolean(id));
      const warnings = await this.warnings(tx, { startsAt: meeting.startsAt, endsAt: meeting.endsAt, userIds, exclude: [meeting.id] });
      await tx.flush();
      return { meetings: [meeting], warnings, userIds };
    });
    const [meeting] = saved.meetings as [Meeting];
    return { meetings: saved.meetings, warnings: [...saved.warnings, ...(await this.busyElsewhere(em, input.hubId, { startsAt: meeting.startsAt, endsAt: meeting.endsAt, userIds: saved.userIds }))] };
  }

  cancel(em: EntityManager, hubId: string, meetingId: string, reason: string | null): Promise<Meeting> {
    return inHub(em, hubId, async (tx) => {
      const meeting = await this.get(tx, meetingId);
      move(MeetingAction.CANCEL, meeting);
      meeting.cancellationReason = optionalText('reason', { ja: '中止の理由', en: 'reason' }, reason, 500);
      await tx.flush();
      return meeting;
    });
  }

  invite(em: EntityManager, hubId: string, meetingId: string, inputs: InviteeInput[]): Promise<Invitee[]> {
    return inHub(em, hubId, async (tx) => {
      const meeting = await this.get(tx, meetingId);
      assertOpen(MeetingAction.INVITE, meeting);
      const current = await this.invitees(tx, meetingId);
      const existing = new Set(current.map((i) => i.userId).filter(Boolean));
      const added = (await this.resolveInvitees(tx, hubId, inputs)).filter((i) => !i.userId || !existing.has(i.userId));
      if (current.length + added.length > MAX_INVITEES) throw tooManyInvitees();
      const created = added.map((i) => tx.create(Invitee, { hub: hubId, meeting, ...i }));
      meeting.sequence += 1;
      await tx.flush();
      return created;
    });
  }

  removeInvitee(em: EntityManager, hubId: string, inviteeId: string): Promise<Invitee> {
    return inHub(em, hubId, async (tx) => {
      const invitee = await tx.findOne(Invitee, { id: inviteeId }, { populate: ['meeting'] });
      if (!invitee) throw notFound({ ja: '招待者', en: 'The invitee' });
      const meeting = invitee.meeting.getEntity();
      // The record of who attended and who was paid stays whole: no removal once either exists.
      assertOpen(MeetingAction.REMOVE_INVITEE, meeting);
      if (invitee.attended === true) throw inviteeInUse(invitee.name, 'ATTENDED');
      if (await this.deps.honoraria.anyForInvitee(tx, invitee.id)) throw inviteeInUse(invitee.name, 'HONORARIUM');
      meeting.sequence += 1;
      tx.remove(invitee);
      await tx.flush();
      return invitee;
    });
  }

  /** A member answers their own invitation. */
  respond(em: EntityManager, hubId: string, meetingId: string, rsvp: Rsvp, viewer: Viewer): Promise<Invitee> {
    return inHub(em, hubId, async (tx) => {
      const meeting = await this.get(tx, meetingId);
      assertOpen(MeetingAction.RESPOND, meeting);
      const invitee = await tx.findOne(Invitee, { meeting, userId: viewer.userId });
      if (!invitee) throw notInvited();
      invitee.rsvp = rsvp;
      await tx.flush();
      return invitee;
    });
  }

  /** Attendance is marked at or after the start of the meeting. */
  markAttendance(em: EntityManager, hubId: string, meetingId: string, attendance: AttendanceInput[], now = new Date()): Promise<Invitee[]> {
    return inHub(em, hubId, async (tx) => {
      const meeting = await this.get(tx, meetingId);
      assertOpen(MeetingAction.MARK_ATTENDANCE, meeting, now);
      const invitees = new Map((await this.invitees(tx, meetingId)).map((i) => [i.id, i]));
      for (const mark of attendance) {
        const invitee = invitees.get(mark.inviteeId);
        if (!invitee) throw badInput('inviteeId', { ja: 'この会議の招待者ではありません。', en: 'Not an invitee of this meeting.' });
        invitee.attended = mark.attended;
      }
      await tx.flush();
      return [...invitees.values()];
    });
  }

  markHeld(em: EntityManager, hubId: string, meetingId: string, now = new Date()): Promise<Meeting> {
    return this.move(em, hubId, meetingId, MeetingAction.MARK_HELD, now);
  }

  /** Minutes per agenda item, and the action items, of a held meeting. */
  recordMinutes(em: EntityManager, hubId: string, meetingId: string, version: number, items: MinutesItemInput[], actions: ActionItemInput[]): Promise<Meeting> {
    return inHub(em, hubId, async (tx) => {
      const meeting = await this.get(tx, meetingId);
      assertOpen(MeetingAction.RECORD_MINUTES, meeting);
      // Two editors of the minutes: the second save, based on the version before the first, is
      // refused with CONFLICT (the client re-applies its edits onto the latest) instead of erasing it.
      assertVersion(meeting, version, MEETING);
      const agenda = new Map((await this.agenda(tx, meetingId)).map((a) => [a.id, a]));
      for (const item of items) {
        const agendaItem = agenda.get(item.agendaItemId);
        if (!agendaItem) throw badInput('agendaItemId', { ja: 'この会議の議題ではありません。', en: 'Not an agenda item of this meeting.' });
        agendaItem.minutes = optionalText('minutes', { ja: '議事録', en: 'minutes' }, item.minutes, 50_000) ?? '';
        agendaItem.decisions = (item.decisions ?? []).map((d) => requiredText('decisions', { ja: '決定事項', en: 'decision' }, d, 2000));
      }
      for (const action of actions) {
        if (action.agendaItemId && !agenda.has(action.agendaItemId)) throw badInput('actionItems.agendaItemId', { ja: 'この会議の議題ではありません。', en: 'Not an agenda item of this meeting.' });
        tx.create(ActionItem, {
          hub: hubId,
          meeting,
          agendaItemId: action.agendaItemId ?? null,
          description: requiredText('actionItems.description', { ja: '対応事項', en: 'action item' }, action.description, 2000),
          assignee: optionalText('actionItems.assignee', { ja: '担当', en: 'assignee' }, action.assignee) ?? '',
          dueOn: action.dueOn ?? null,
        });
      }
      meeting.updatedAt = new Date();
      await tx.flush();
      return meeting;
    });
  }

  approveMinutes(em: EntityManager, hubId: string, meetingId: string, now = new Date()): Promise<Meeting> {
    return this.move(em, hubId, meetingId, MeetingAction.APPROVE_MINUTES, now, (meeting) => {
      meeting.minutesApprovedAt = now;
    });
  }

  /** A personal calendar feed with a fresh secret token (only its hash is kept); the previous one stops working. */
  createFeed(em: EntityManager, userId: string): Promise<{ feed: CalendarFeed; path: string }> {
    const token = randomBytes(24).toString('base64url');
    return em.transactional(async (tx) => {
      for (const old of await tx.find(CalendarFeed, { userId, revokedAt: null })) old.revokedAt = new Date();
      const feed = tx.create(CalendarFeed, { userId, tokenHash: hashToken(token) });
      return { feed, path: `/calendar/${token}.ics` };
    });
  }

  /** Public holidays of a period, refused when it runs backwards or is longer than the rule allows. */
  publicHolidays(from: string, to: string): { date: string; name: string; nameEn: string }[] {
    const holidays = holidaysBetween(from, to);
    if (!holidays) throw badInput('to', { ja: `期間は開始日から${HOLIDAY_PERIOD_MAX_DAYS}日以内で指定してください。`, en: `Give a period of up to ${HOLIDAY_PERIOD_MAX_DAYS} days, ending on or after its start.` });
    return holidays;
  }

  /** The caller's feeds that still work (their addresses are not kept, only that they exist). */
  activeFeeds(em: EntityManager, userId: string): Promise<CalendarFeed[]> {
    return em.find(CalendarFeed, { userId, revokedAt: null }, { orderBy: { createdAt: 'desc' } });
  }

  revokeFeed(em: EntityManager, userId: string, feedId: string): Promise<CalendarFeed> {
    return em.transactional(async (tx) => {
      const feed = await tx.findOne(CalendarFeed, { id: feedId, userId });
      if (!feed) throw notFound({ ja: 'カレンダー配信', en: 'The calendar feed' });
      feed.revokedAt ??= new Date();
      return feed;
    });
  }

  /** Turns an action item into an issue of an open cycle. */
  actionItemToIssue(em: EntityManager, hubId: string, actionItemId: string, cycleId: string, viewer: Viewer): Promise<ActionItem> {
    return inHub(em, hubId, async (tx) => {
      const item = await tx.findOne(ActionItem, { id: actionItemId });
      if (!item) throw notFound({ ja: '対応事項', en: 'The action item' });
      if (item.issueId) throw badInput('actionItemId', { ja: 'この対応事項はすでに課題になっています。', en: 'This action item already became an issue.' });
      const issue = await this.deps.issues.raiseFromMeeting(tx, hubId, cycleId, item.description, viewer.userId);
      item.issueId = issue.id;
      await tx.flush();
      return item;
    });
  }

  private async move(em: EntityManager, hubId: string, meetingId: string, action: MeetingAction, now: Date, apply?: (m: Meeting) => void): Promise<Meeting> {
    return inHub(em, hubId, async (tx) => {
      const meeting = await this.get(tx, meetingId);
      move(action, meeting, now);
      apply?.(meeting);
      await tx.flush();
      return meeting;
    });
  }

  /**
   * The issues and projects an agenda discusses must be the hub's own: read through the hub-scoped
   * transaction, another hub's id (or a made-up one) is simply not found.
   */
  private async checkAgendaReferences(tx: EntityManager, items: AgendaItemInput[]): Promise<void> {
    const issueIds = [...new Set(items.map((i) => i.issueId).filter((id): id is string => Boolean(id)))];
    if (!(await this.deps.issues.allOwn(tx, issueIds))) throw notFound({ ja: '議題に結び付けた課題', en: 'An issue the agenda names' });
    const projectIds = [...new Set(items.map((i) => i.projectId).filter((id): id is string => Boolean(id)))];
    if (!(await this.deps.plans.allOwnProjects(tx, projectIds))) throw notFound({ ja: '議題に結び付けた事業', en: 'A project the agenda names' });
  }

  private replaceAgenda(tx: EntityManager, meeting: Meeting, items: AgendaItemInput[], current: AgendaItem[]): void {
    current.forEach((a) => tx.remove(a));
    items.forEach((item, position) =>
      tx.create(AgendaItem, {
        hub: meeting.hub,
        meeting,
        position,
        title: requiredText('agenda.title', text.agenda, item.title),
        presenter: optionalText('agenda.presenter', text.presenter, item.presenter) ?? '',
        issueId: item.issueId ?? null,
        projectId: item.projectId ?? null,
      }),
    );
  }

  /** Members are looked up in the hub (a non-member cannot be invited as one); external persons need a name. */
  private async resolveInvitees(tx: EntityManager, hubId: string, inputs: InviteeInput[]) {
    const memberIds = inputs.map((i) => i.userId).filter((id): id is string => Boolean(id));
    const members = await this.deps.memberships.membersAmong(tx, hubId, memberIds);
    return inputs.map((input) => {
      if (input.userId) {
        const member = members.find((m) => m.user.id === input.userId);
        if (!member) throw badInput('invitees.userId', { ja: 'この拠点のメンバーではありません。', en: 'Not a member of this hub.' });
        const user = member.user.getEntity() as User;
        return { userId: user.id, name: user.displayName, organisation: optionalText('invitees.organisation', { ja: '所属', en: 'organisation' }, input.organisation) ?? '', profession: input.profession, email: user.email };
      }
      return {
        userId: null,
        name: requiredText('invitees.name', { ja: '氏名', en: 'name' }, input.name ?? '', 100),
        organisation: optionalText('invitees.organisation', { ja: '所属', en: 'organisation' }, input.organisation) ?? '',
        profession: input.profession,
        email: input.email ? validEmail('invitees.email', input.email) : null,
      };
    });
  }
}

/** Refuses the action when the meeting's state (or the clock) does not allow it (meeting-state.rules.ts). */
function assertOpen(action: MeetingAction, meeting: Meeting, now = new Date()): void {
  const refusal = meetingRefusal(action, meeting, now);
  if (refusal?.code === 'WRONG_STATE') throw wrongMeetingState(meeting.status, refusal.allowed);
  if (refusal?.code === 'NOT_STARTED') throw meetingNotStarted();
}

/** Does a moving action: the meeting takes its new state and a new calendar sequence number. */
function move(action: MeetingAction, meeting: Meeting, now = new Date()): void {
  assertOpen(action, meeting, now);
  meeting.status = MOVES_TO[action]!;
  meeting.sequence += 1;
}

/** Meetings of the workspace fall within these years: a date outside is a typing slip, not a plan. */
const EARLIEST_MEETING = Date.parse('2000-01-01T00:00:00+09:00');
const LATEST_MEETING = Date.parse('2101-01-01T00:00:00+09:00');

function checkTimes(startsAt: Date, endsAt: Date): void {
  if (!(startsAt.getTime() >= EARLIEST_MEETING && endsAt.getTime() < LATEST_MEETING)) {
    throw badInput('startsAt', { ja: '会議の日付は2000年から2100年の間で入力してください。', en: 'Give a meeting date from 2000 to 2100.' });
  }
  if (!(endsAt > startsAt)) throw badInput('endsAt', { ja: '終了時刻は開始時刻より後にしてください。', en: 'The end must be after the start.' });
  if (endsAt.getTime() - startsAt.getTime() > MAX_MEETING_HOURS * 3_600_000) {
    throw badInput('endsAt', { ja: '1回の会議は24時間以内にしてください。', en: 'A meeting lasts at most 24 hours.' });
  }
}

/** Longer than any real meeting link; the column holds 2,000 characters. */
const MAX_URL_LENGTH = 2000;

function onlineUrl(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  if (value.trim().length > MAX_URL_LENGTH) {
    throw badInput('onlineUrl', { ja: `オンライン会議のURLは${MAX_URL_LENGTH}文字以内で入力してください。`, en: `The online meeting link may be at most ${MAX_URL_LENGTH} characters.` });
  }
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    if (url.toString().length > MAX_URL_LENGTH) throw new Error('length');
    return url.toString();
  } catch {
    throw badInput('onlineUrl', { ja: 'オンライン会議のURLを https:// から入力してください。', en: 'Enter the online meeting link as an https:// address.' });
  }
}
