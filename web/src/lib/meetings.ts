import type { HubRole } from '../gql/graphql';
import { MAX_OCCURRENCES, monthlyRule, occurrenceDates, weekdayOrdinal } from '../../../server/src/modules/meeting/recurrence.rules';
import { changedKeys, reapplyEdits } from './reapply';
import type { InviteeInput, MeetingKind, Profession, ScheduleMeetingInput, UpdateMeetingInput } from '../gql/graphql';
import { tokyoDate } from './formats';

/**
 * Meetings in the calendar, the scheduling form and recurrence, as plain functions.
 * Everything is judged on Tokyo calendar dates (Japan keeps UTC+9 all year), whatever the
 * browser's own time zone: a meeting at 23:30 JST sits on its Tokyo day, not the UTC one.
 */

export type YearMonth = { year: number; month: number };

const tokyoClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Tokyo wall-clock time (HH:mm) of an instant. */
export function tokyoTimeOf(instant: string | Date): string {
  return tokyoClock.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The instant of a Tokyo date and time, as the API takes it: 2025-06-10T18:30:00+09:00. */
export function tokyoInstant(date: string, time: string): string {
  return `${date}T${time}:00+09:00`;
}

export function tokyoMonthOf(instant: string | Date): YearMonth {
  const [year, month] = tokyoDate(instant).split('-').map(Number) as [number, number];
  return { year, month };
}

/** "2026-11" → { year: 2026, month: 11 }; anything else → null. */
export function parseYearMonth(value: unknown): YearMonth | null {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

// Calendar dates are computed on UTC midnights, where no time zone can shift a day.
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export function addDays(date: string, days: number): string {
  return isoOf(utcDay(date) + days * DAY);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (new Date(utcDay(date)).getUTCDay() + 6) % 7;
}

export function daysInMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type CalendarDay<T> = {
  date: string;
  day: number;
  /** Part of the month shown, rather than a neighbouring month's day filling the week. */
  inMonth: boolean;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  today: boolean;
  /** Name of the public holiday, if known. */
  holiday: string | null;
  /** The meetings starting that Tokyo day, by start. */
  meetings: T[];
};

/**
 * The weeks (Monday to Sunday) covering a Tokyo month, with each meeting on the Tokyo date it
 * starts and the holidays given by date.
 */
export function monthGrid<T extends { startsAt: string }>(
  ym: YearMonth,
  meetings: readonly T[],
  options: { today?: string; holidays?: ReadonlyMap<string, string> } = {},
): CalendarDay<T>[][] {
  const first = `${formatYearMonth(ym)}-01`;
  const last = addDays(first, daysInMonth(ym) - 1);
  const start = addDays(first, -weekdayOf(first));
  const end = addDays(last, 6 - weekdayOf(last));
  const byDate = new Map<string, T[]>();
  for (const meeting of [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const date = tokyoDate(meeting.startsAt);
    byDate.set(date, [...(byDate.get(date) ?? []), meeting]);
  }
  const weeks: CalendarDay<T>[][] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    if (weekday === 0) weeks.push([]);
    weeks.at(-1)!.push({
      date,
      day: Number(date.slice(8)),
      inMonth: date >= first && date <= last,
      weekday,
      today: date === options.today,
      holiday: options.holidays?.get(date) ?? null,
      meetings: byDate.get(date) ?? [],
    });
  }
  return weeks;
}

/** The first and last calendar days of a month, for the holiday query. */
export function monthRange(ym: YearMonth): { from: string; to: string } {
  const first = `${formatYearMonth(ym)}-01`;
  return { from: first, to: addDays(`${formatYearMonth(addMonths(ym, 1))}-01`, -1) };
}

// Recurrence: monthly on the same weekday ("the 2nd Tuesday"), as an RFC 5545 rule, by the
// server's own meeting rules, so the dates previewed are the dates the server will schedule.

export { MAX_OCCURRENCES, monthlyRule, weekdayOrdinal };

/** The dates a monthly rule from `date` gives, the first being `date` itself. */
export function monthlyOccurrences(date: string, count: number): string[] {
  const n = Math.max(0, Math.min(count, MAX_OCCURRENCES));
  return n ? occurrenceDates(monthlyRule(date, n), date, n) : [];
}

// The scheduling form and what it sends.

/** An agenda row; `projectId` is carried along unchanged when an existing agenda is edited. */
export type AgendaRow = { title: string; presenter: string; issueId: string; projectId?: string };
export type ExternalRow = { name: string; organisation: string; profession: Profession };
export type MemberChoice = { userId: string; profession: Profession; organisation: string };

export type MeetingForm = {
  title: string;
  kind: MeetingKind;
  date: string;
  start: string;
  end: string;
  place: string;
  onlineUrl: string;
  agenda: AgendaRow[];
  members: MemberChoice[];
  externals: ExternalRow[];
  repeat: boolean;
  count: number;
};

export const MEETING_KINDS: readonly MeetingKind[] = ['COLLABORATION_COUNCIL', 'TRAINING', 'WORKING_GROUP', 'OTHER'];
export const PROFESSIONS: readonly Profession[] = ['DOCTOR', 'DENTIST', 'PHARMACIST', 'NURSE', 'VISITING_NURSE', 'CARE_MANAGER', 'SOCIAL_WORKER', 'THERAPIST', 'MUNICIPAL_STAFF', 'COMMUNITY_CARE_CENTER_STAFF', 'CONSULTATION_SUPPORT_SPECIALIST', 'HEALTH_CENTER_STAFF', 'OTHER'];

export function emptyMeetingForm(): MeetingForm {
  return { title: '', kind: 'COLLABORATION_COUNCIL', date: '', start: '18:30', end: '20:00', place: '', onlineUrl: '', agenda: [emptyAgendaRow()], members: [], externals: [], repeat: false, count: 12 };
}

export const emptyAgendaRow = (): AgendaRow => ({ title: '', presenter: '', issueId: '' });
export const emptyExternalRow = (): ExternalRow => ({ name: '', organisation: '', profession: 'OTHER' });

/** The profession a member most likely has, from their role in the hub (the secretariat can change it). */
export function professionForRole(role: HubRole): Profession {
  return ({ ADVISOR: 'DOCTOR', MUNICIPALITY: 'MUNICIPAL_STAFF', HEALTH_CENTER: 'HEALTH_CENTER_STAFF', SECRETARIAT: 'OTHER' } as const)[role];
}

const trimmed = (value: string): string | undefined => value.trim() || undefined;

/**
 * What the form sends: times as Tokyo instants, blank rows left out (a row with only a presenter
 * is sent so that the server names the missing title), a series only when asked for.
 */
export function toScheduleInput(hubId: string, form: MeetingForm): ScheduleMeetingInput {
  const agenda = agendaInput(form.agenda);
  const invitees = inviteeInputs(form.members, form.externals);
  return {
    hubId,
    kind: form.kind,
    title: form.title.trim(),
    startsAt: tokyoInstant(form.date, form.start),
    endsAt: tokyoInstant(form.date, form.end),
    place: form.place.trim(),
    onlineUrl: trimmed(form.onlineUrl),
    agenda,
    invitees,
    recurrence: form.repeat ? { rule: monthlyRule(form.date, Math.max(1, Math.min(MAX_OCCURRENCES, Math.round(form.count)))) } : undefined,
  };
}

/** Agenda rows as the API takes them: blank rows left out (a row with only a presenter is sent so that the server names the missing title). */
export function agendaInput(rows: readonly AgendaRow[]) {
  return rows
    .filter((row) => row.title.trim() || row.presenter.trim())
    .map((row) => ({ title: row.title.trim(), presenter: trimmed(row.presenter), issueId: row.issueId || undefined, projectId: row.projectId || undefined }));
}

/** Members chosen and external persons typed, as invitees; an external row left blank is not sent. */
export function inviteeInputs(members: readonly MemberChoice[], externals: readonly ExternalRow[]): InviteeInput[] {
  return [
    ...members.map((m) => ({ userId: m.userId, profession: m.profession, organisation: trimmed(m.organisation) })),
    ...externals
      .filter((row) => row.name.trim() || row.organisation.trim())
      .map((row) => ({ name: row.name.trim(), organisation: trimmed(row.organisation), profession: row.profession })),
  ];
}

/** The hub members not invited yet, in the order given: whom "invite more people" offers. */
export function uninvitedMembers<T extends { user: { id: string } }>(members: readonly T[], invitees: readonly { userId?: string | null }[]): T[] {
  const invited = new Set(invitees.map((i) => i.userId).filter(Boolean));
  return members.filter((m) => !invited.has(m.user.id));
}

/** Where the server's refusal of a meeting form belongs: the part of the form its `field` names. */
const FIELD_PARTS: Record<string, string> = { title: 'title', startsAt: 'start', endsAt: 'end', place: 'place', onlineUrl: 'onlineUrl', agenda: 'agenda', invitees: 'invitees', recurrence: 'recurrence', kind: 'kind' };
export function formPartOf(field: string | null | undefined): string | null {
  return field ? (FIELD_PARTS[field.split('.')[0]!] ?? null) : null;
}

// Changing a scheduled meeting.

/** The fields of a meeting the edit form changes (invitees are changed on their own). */
export type MeetingEditForm = Pick<MeetingForm, 'title' | 'kind' | 'date' | 'start' | 'end' | 'place' | 'onlineUrl' | 'agenda'> & {
  /** Days from the start's date to the end's (1 for a meeting that runs past midnight); not edited. */
  endDayOffset?: number;
};
export type EditableMeeting = {
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl?: string | null;
  agenda: readonly { title: string; presenter: string; issueId?: string | null; projectId?: string | null }[];
};
const EDIT_FIELDS = ['title', 'kind', 'date', 'start', 'end', 'place', 'onlineUrl', 'agenda'] as const;
export type MeetingEditField = (typeof EDIT_FIELDS)[number];

/** The edit form prefilled from a meeting: its Tokyo date and times, and an empty agenda row when it has none. */
export function meetingEditForm(meeting: EditableMeeting): MeetingEditForm {
  return {
    title: meeting.title,
    kind: meeting.kind,
    date: tokyoDate(meeting.startsAt),
    start: tokyoTimeOf(meeting.startsAt),
    end: tokyoTimeOf(meeting.endsAt),
    endDayOffset: Math.round((Date.parse(tokyoDate(meeting.endsAt)) - Date.parse(tokyoDate(meeting.startsAt))) / 86_400_000),
    place: meeting.place,
    onlineUrl: meeting.onlineUrl ?? '',
    agenda: meeting.agenda.length
      ? meeting.agenda.map((a) => ({ title: a.title, presenter: a.presenter, issueId: a.issueId ?? '', ...(a.projectId ? { projectId: a.projectId } : {}) }))
      : [emptyAgendaRow()],
  };
}

/** A field's value as it would be sent, so that blanks, spaces and empty agenda rows do not count as changes. */
const sent = (form: MeetingEditForm, field: keyof MeetingEditForm): unknown => normal(form, field as MeetingEditField);

function normal(form: MeetingEditForm, field: MeetingEditField): string {
  if (field === 'agenda') return JSON.stringify(agendaInput(form.agenda));
  const value = form[field];
  return field === 'kind' || field === 'date' || field === 'start' || field === 'end' ? value : value.trim();
}

/** The fields the person changed from what the form started with. */
export function changedEditFields(base: MeetingEditForm, form: MeetingEditForm): MeetingEditField[] {
  return changedKeys(EDIT_FIELDS, base, form, sent);
}

/**
 * The times the edited meeting would have: a start or end whose date and time were left alone
 * stays the meeting's own instant (so a meeting running past midnight keeps its end).
 */
export function editedTimes(meeting: Pick<EditableMeeting, 'startsAt' | 'endsAt'>, base: MeetingEditForm, form: MeetingEditForm): { startsAt: string; endsAt: string } {
  const changed = changedEditFields(base, form);
  const moved = changed.includes('date');
  return {
    startsAt: moved || changed.includes('start') ? tokyoInstant(form.date, form.start) : meeting.startsAt,
    endsAt: moved || changed.includes('end') ? endInstant(form) : meeting.endsAt,
  };
}

/**
 * The end as edited: on the start's date plus the days the meeting ran over, so a meeting from
 * 22:00 to 01:00 keeps ending the next day whichever of its date and times is changed.
 */
export function endInstant(form: Pick<MeetingEditForm, 'date' | 'end' | 'endDayOffset'>): string {
  return tokyoInstant(addDays(form.date, form.endDayOffset ?? 0), form.end);
}

/** What updateMeeting takes: only the fields the person changed, based on the version the form started from. */
export function toUpdateMeetingInput(
  ids: { hubId: string; meetingId: string; version: number },
  base: MeetingEditForm,
  form: MeetingEditForm,
): UpdateMeetingInput {
  const changed = new Set(changedEditFields(base, form));
  const input: UpdateMeetingInput = { ...ids };
  if (changed.has('title')) input.title = form.title.trim();
  if (changed.has('kind')) input.kind = form.kind;
  if (changed.has('date') || changed.has('start')) input.startsAt = tokyoInstant(form.date, form.start);
  if (changed.has('date') || changed.has('end')) input.endsAt = endInstant(form);
  if (changed.has('place')) input.place = form.place.trim();
  // An emptied link is sent as '' so that the server removes it.
  if (changed.has('onlineUrl')) input.onlineUrl = form.onlineUrl.trim();
  if (changed.has('agenda')) input.agenda = agendaInput(form.agenda);
  return input;
}

/**
 * After a CONFLICT: the person's changes (from `base` to `mine`) put onto the meeting as it is now
 * (`fresh`); a field they left alone takes the fresh value. `overlaps` names the fields both they
 * and someone else changed, differently: their value is kept, and they should look at it.
 */
export function reapplyMeetingEdits(base: MeetingEditForm, mine: MeetingEditForm, fresh: MeetingEditForm): { form: MeetingEditForm; overlaps: MeetingEditField[] } {
  // Agenda rows are copied, so that the merged form shares none with either side.
  const copy = (f: MeetingEditForm): MeetingEditForm => ({ ...f, agenda: f.agenda.map((row) => ({ ...row })) });
  const merged = reapplyEdits(EDIT_FIELDS, base, copy(mine), copy(fresh), sent);
  return { form: merged.form, overlaps: merged.clashes };
}

/** The members invited, for the double-booking warnings. */
export function inviteeUserIds(form: Pick<MeetingForm, 'members'>): string[] {
  return form.members.map((m) => m.userId);
}

/** Records that are new in `after`, or whose given fields differ from `before`: what to highlight after a live reload. */
export function changedIds<T extends { id: string }>(before: readonly T[], after: readonly T[], fields: readonly (keyof T)[]): string[] {
  const old = new Map(before.map((item) => [item.id, item]));
  return after.filter((item) => {
    const previous = old.get(item.id);
    return !previous || fields.some((field) => JSON.stringify(previous[field]) !== JSON.stringify(item[field]));
  }).map((item) => item.id);
}

// Minutes of a held meeting.

export type MinutesAgendaItem = { id: string; title: string; minutes: string; decisions: readonly string[] };
export type MinutesItemDraft = { agendaItemId: string; minutes: string; decisions: string[] };
export type ActionRow = { description: string; assignee: string; dueOn: string; agendaItemId: string };

/** The editable copy of the minutes as recorded so far, one entry per agenda item. */
export function minutesDraft(agenda: readonly MinutesAgendaItem[]): { items: MinutesItemDraft[] } {
  return { items: agenda.map((a) => ({ agendaItemId: a.id, minutes: a.minutes, decisions: a.decisions.length ? [...a.decisions] : [''] })) };
}

/**
 * What recordMinutes takes: every item's minutes and non-blank decisions (it replaces them), and
 * the new action items with a description (each save adds those given, so none is sent twice).
 */
export function minutesInput(items: readonly MinutesItemDraft[], actions: readonly ActionRow[]) {
  return {
    items: items.map((item) => ({ agendaItemId: item.agendaItemId, minutes: item.minutes.trim(), decisions: item.decisions.map((d) => d.trim()).filter(Boolean) })),
    actionItems: actions
      .filter((a) => a.description.trim())
      .map((a) => ({ description: a.description.trim(), assignee: a.assignee.trim() || undefined, dueOn: a.dueOn || undefined, agendaItemId: a.agendaItemId || undefined })),
  };
}

/**
 * After a CONFLICT on the minutes: each agenda item the person changed (from `base` to `mine`)
 * put onto the minutes as saved now (`fresh`); an item they left alone takes the fresh text.
 * `clashes` names the items both they and someone else changed, differently: theirs is kept.
 */
export function reapplyMinutes(base: readonly MinutesItemDraft[], mine: readonly MinutesItemDraft[], fresh: readonly MinutesItemDraft[]): { items: MinutesItemDraft[]; clashes: string[] } {
  const key = (d: MinutesItemDraft | undefined) => (d ? JSON.stringify([d.minutes.trim(), d.decisions.map((x) => x.trim()).filter(Boolean)]) : '');
  const clashes: string[] = [];
  const items = fresh.map((f) => {
    const b = base.find((x) => x.agendaItemId === f.agendaItemId);
    const m = mine.find((x) => x.agendaItemId === f.agendaItemId);
    if (!m || key(m) === key(b)) return { ...f, decisions: [...f.decisions] };
    if (key(f) !== key(b) && key(f) !== key(m)) clashes.push(f.agendaItemId);
    return { ...m, decisions: [...m.decisions] };
  });
  return { items, clashes };
}
