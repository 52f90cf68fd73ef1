import { describe, expect, it } from 'vitest';
import { tokyoDate } from './formats';
import {
  addMonths,
  changedIds,
  changedEditFields,
  editedTimes,
  emptyMeetingForm,
  formPartOf,
  inviteeInputs,
  meetingEditForm,
  reapplyMeetingEdits,
  reapplyMinutes,
  toUpdateMeetingInput,
  uninvitedMembers,
  monthRange,
  monthGrid,
  monthlyOccurrences,
  minutesDraft,
  minutesInput,
  monthlyRule,
  parseYearMonth,
  professionForRole,
  toScheduleInput,
  tokyoMonthOf,
  tokyoTimeOf,
  type MeetingForm,
} from './meetings';

const meeting = (id: string, startsAt: string) => ({ id, startsAt });

describe('the month grid', () => {
  it('covers a Tokyo month in weeks from Monday to Sunday, with the neighbouring days filling the first and last week', () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    const weeks = monthGrid({ year: 2026, month: 11 }, []);
    expect(weeks).toHaveLength(6);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0]!.map((d) => d.date)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01']);
    expect(weeks[0]!.map((d) => d.inMonth)).toEqual([false, false, false, false, false, false, true]);
    expect(weeks[5]!.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks[5]!.filter((d) => d.inMonth).map((d) => d.day)).toEqual([30]);
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
    expect(weeks.flat().map((d) => d.weekday).slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('needs only four weeks for a February that starts on a Monday', () => {
    const weeks = monthGrid({ year: 2027, month: 2 }, []);
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]!.date).toBe('2027-02-01');
    expect(weeks[3]![6]!.date).toBe('2027-02-28');
  });

  it('places a meeting on its Tokyo date: 23:30 JST is the previous day in UTC, and the last evening of a month stays in it', () => {
    const late = meeting('late', '2026-10-31T14:30:00Z'); // 2026-10-31 23:30 JST
    const early = meeting('early', '2026-10-31T15:30:00Z'); // 2026-11-01 00:30 JST, still October in UTC
    const weeks = monthGrid({ year: 2026, month: 10 }, [early, late]);
    const days = new Map(weeks.flat().map((d) => [d.date, d]));
    expect(days.get('2026-10-31')!.meetings.map((m) => m.id)).toEqual(['late']);
    expect(days.get('2026-10-31')!.inMonth).toBe(true);
    expect(days.get('2026-11-01')!.meetings.map((m) => m.id)).toEqual(['early']);
    expect(days.get('2026-11-01')!.inMonth).toBe(false);
    // Seen from November, the same meeting fills the grid's leading day, not November 1st's neighbour.
    const november = new Map(monthGrid({ year: 2026, month: 11 }, [early, late]).flat().map((d) => [d.date, d]));
    expect(november.get('2026-11-01')!.meetings.map((m) => m.id)).toEqual(['early']);
    expect(november.get('2026-10-31')!.meetings.map((m) => m.id)).toEqual(['late']);
    expect(tokyoDate('2026-10-31T14:30:00Z')).toBe('2026-10-31');
    expect(tokyoTimeOf('2026-10-31T14:30:00Z')).toBe('23:30');
  });

  it('orders a day’s meetings by start and marks today and the holidays it is given', () => {
    const weeks = monthGrid({ year: 2026, month: 11 }, [meeting('b', '2026-11-03T09:00:00Z'), meeting('a', '2026-11-03T01:00:00Z')], {
      today: '2026-11-03',
      holidays: new Map([['2026-11-03', '文化の日']]),
    });
    const day = weeks.flat().find((d) => d.date === '2026-11-03')!;
    expect(day.meetings.map((m) => m.id)).toEqual(['a', 'b']);
    expect(day.today).toBe(true);
    expect(day.holiday).toBe('文化の日');
    expect(weeks.flat().filter((d) => d.today || d.holiday)).toHaveLength(1);
  });

  it('steps months across years and reads months from the address', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 3 }, -15)).toEqual({ year: 2024, month: 12 });
    expect(parseYearMonth('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(parseYearMonth('2026-13')).toBeNull();
    expect(parseYearMonth(undefined)).toBeNull();
    expect(tokyoMonthOf('2026-11-30T15:00:00Z')).toEqual({ year: 2026, month: 12 });
  });
});

describe('the month asked for holidays', () => {
  it('runs from the first to the last day, leap years included', () => {
    expect(monthRange({ year: 2028, month: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange({ year: 2026, month: 12 })).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('monthly recurrence on the same weekday', () => {
  it('writes the rule for the nth weekday of the month', () => {
    expect(monthlyRule('2026-11-10', 12)).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=12');
    expect(monthlyRule('2026-11-01', 3)).toBe('FREQ=MONTHLY;BYDAY=1SU;COUNT=3');
    // A 5th Monday does not come every month: it becomes the last Monday.
    expect(monthlyRule('2026-11-30', 6)).toBe('FREQ=MONTHLY;BYDAY=-1MO;COUNT=6');
  });

  it('lists the dates the rule gives, across the year end', () => {
    expect(monthlyOccurrences('2026-11-10', 4)).toEqual(['2026-11-10', '2026-12-08', '2027-01-12', '2027-02-09']);
    expect(monthlyOccurrences('2026-11-30', 3)).toEqual(['2026-11-30', '2026-12-28', '2027-01-25']);
    expect(monthlyOccurrences('2026-11-10', 100)).toHaveLength(60);
  });
});

describe('the scheduling form', () => {
  const filled = (): MeetingForm => ({
    ...emptyMeetingForm(),
    title: '  第3回 連携会議 ',
    date: '2026-11-10',
    start: '23:30',
    end: '23:59',
    place: '医師会館',
    onlineUrl: ' ',
    agenda: [
      { title: '退院支援ルール', presenter: '事務局', issueId: 'issue-1' },
      { title: '', presenter: '', issueId: '' },
      { title: '', presenter: '佐藤', issueId: '' },
    ],
    members: [{ userId: 'user-1', profession: 'DOCTOR', organisation: '' }],
    externals: [
      { name: '北海 太郎', organisation: 'すずらん薬局', profession: 'PHARMACIST' },
      { name: ' ', organisation: '', profession: 'OTHER' },
    ],
  });

  it('sends Tokyo instants, the agenda and the invitees, leaving blank rows out', () => {
    const input = toScheduleInput('hub-1', filled());
    expect(input).toEqual({
      hubId: 'hub-1',
      kind: 'COLLABORATION_COUNCIL',
      title: '第3回 連携会議',
      startsAt: '2026-11-10T23:30:00+09:00',
      endsAt: '2026-11-10T23:59:00+09:00',
      place: '医師会館',
      onlineUrl: undefined,
      agenda: [
        { title: '退院支援ルール', presenter: '事務局', issueId: 'issue-1' },
        { title: '', presenter: '佐藤', issueId: undefined },
      ],
      invitees: [
        { userId: 'user-1', profession: 'DOCTOR', organisation: undefined },
        { name: '北海 太郎', organisation: 'すずらん薬局', profession: 'PHARMACIST' },
      ],
      recurrence: undefined,
    });
    // 23:30 in Tokyo is 14:30 UTC the same day.
    expect(new Date(input.startsAt).toISOString()).toBe('2026-11-10T14:30:00.000Z');
  });

  it('makes a series only when asked, with the count kept within the server’s limit', () => {
    expect(toScheduleInput('hub-1', { ...filled(), repeat: true, count: 6 }).recurrence).toEqual({ rule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=6' });
    expect(toScheduleInput('hub-1', { ...filled(), repeat: true, count: 500 }).recurrence).toEqual({ rule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=60' });
    expect(toScheduleInput('hub-1', { ...filled(), repeat: false, count: 6 }).recurrence).toBeUndefined();
  });

  it('guesses a member’s profession from their role', () => {
    expect(professionForRole('ADVISOR')).toBe('DOCTOR');
    expect(professionForRole('MUNICIPALITY')).toBe('MUNICIPAL_STAFF');
    expect(professionForRole('HEALTH_CENTER')).toBe('HEALTH_CENTER_STAFF');
  });
});

describe('what changed after a live reload', () => {
  it('names the new records and those whose watched fields changed', () => {
    const before = [{ id: 'a', rsvp: 'PENDING', attended: null }, { id: 'b', rsvp: 'PENDING', attended: null }];
    const after = [{ id: 'a', rsvp: 'ACCEPTED', attended: null }, { id: 'b', rsvp: 'PENDING', attended: null }, { id: 'c', rsvp: 'PENDING', attended: null }];
    expect(changedIds(before, after, ['rsvp', 'attended'])).toEqual(['a', 'c']);
    expect(changedIds(after, after, ['rsvp', 'attended'])).toEqual([]);
  });
});

describe('minutes', () => {
  it('starts from what is recorded, with one blank decision to fill where there is none', () => {
    const draft = minutesDraft([
      { id: 'a1', title: '退院支援', minutes: '意見交換した', decisions: ['様式を統一する'] },
      { id: 'a2', title: '研修', minutes: '', decisions: [] },
    ]);
    expect(draft.items).toEqual([
      { agendaItemId: 'a1', minutes: '意見交換した', decisions: ['様式を統一する'] },
      { agendaItemId: 'a2', minutes: '', decisions: [''] },
    ]);
  });

  it('sends every item with its non-blank decisions, and only the action items that say what to do', () => {
    const input = minutesInput(
      [{ agendaItemId: 'a1', minutes: ' 意見交換した ', decisions: [' 様式を統一する ', '', '  '] }],
      [
        { description: '様式案を作る', assignee: ' 事務局 ', dueOn: '2026-12-20', agendaItemId: 'a1' },
        { description: ' ', assignee: '佐藤', dueOn: '', agendaItemId: '' },
        { description: '周知する', assignee: '', dueOn: '', agendaItemId: '' },
      ],
    );
    expect(input).toEqual({
      items: [{ agendaItemId: 'a1', minutes: '意見交換した', decisions: ['様式を統一する'] }],
      actionItems: [
        { description: '様式案を作る', assignee: '事務局', dueOn: '2026-12-20', agendaItemId: 'a1' },
        { description: '周知する', assignee: undefined, dueOn: undefined, agendaItemId: undefined },
      ],
    });
  });
});

describe('changing a scheduled meeting', () => {
  const meeting = {
    title: '第3回 連携会議',
    kind: 'COLLABORATION_COUNCIL' as const,
    // 18:30–20:00 in Tokyo is 09:30–11:00 UTC.
    startsAt: '2026-12-08T09:30:00.000Z',
    endsAt: '2026-12-08T11:00:00.000Z',
    place: '医師会館',
    onlineUrl: null,
    agenda: [
      { title: '退院支援', presenter: '事務局', issueId: 'i1', projectId: null },
      { title: '研修の報告', presenter: '', issueId: null, projectId: 'p1' },
    ],
  };
  const ids = { hubId: 'h1', meetingId: 'm1', version: 4 };

  it('prefills the form with the Tokyo date and times, the link blank when there is none, and the agenda in order', () => {
    expect(meetingEditForm(meeting)).toEqual({
      title: '第3回 連携会議',
      kind: 'COLLABORATION_COUNCIL',
      date: '2026-12-08',
      start: '18:30',
      end: '20:00',
      endDayOffset: 0,
      place: '医師会館',
      onlineUrl: '',
      agenda: [
        { title: '退院支援', presenter: '事務局', issueId: 'i1' },
        { title: '研修の報告', presenter: '', issueId: '', projectId: 'p1' },
      ],
    });
    // A meeting late in the Tokyo evening is on its Tokyo day, not the UTC one.
    expect(meetingEditForm({ ...meeting, startsAt: '2026-12-08T15:30:00Z', endsAt: '2026-12-08T16:00:00Z' })).toMatchObject({ date: '2026-12-09', start: '00:30', end: '01:00' });
    expect(meetingEditForm({ ...meeting, agenda: [] }).agenda).toEqual([{ title: '', presenter: '', issueId: '' }]);
  });

  it('sends nothing but the version when nothing was changed, and ignores spaces and blank agenda rows', () => {
    const base = meetingEditForm(meeting);
    const form = { ...base, title: ' 第3回 連携会議 ', agenda: [...base.agenda, { title: ' ', presenter: '', issueId: '' }] };
    expect(changedEditFields(base, form)).toEqual([]);
    expect(toUpdateMeetingInput(ids, base, form)).toEqual(ids);
  });

  it('sends only the changed fields, the new start as a Tokyo instant, and keeps the agenda’s projects', () => {
    const base = meetingEditForm(meeting);
    const form = { ...base, start: '18:00', place: ' 市役所 ', agenda: [base.agenda[1]!, { ...base.agenda[0]!, title: '退院支援ルール' }] };
    expect(changedEditFields(base, form)).toEqual(['start', 'place', 'agenda']);
    expect(toUpdateMeetingInput(ids, base, form)).toEqual({
      ...ids,
      startsAt: '2026-12-08T18:00:00+09:00',
      place: '市役所',
      agenda: [
        { title: '研修の報告', presenter: undefined, issueId: undefined, projectId: 'p1' },
        { title: '退院支援ルール', presenter: '事務局', issueId: 'i1', projectId: undefined },
      ],
    });
  });

  it('moves both times with the date, and removes an emptied link by sending it blank', () => {
    const base = meetingEditForm({ ...meeting, onlineUrl: 'https://meet.example.jp/a' });
    const input = toUpdateMeetingInput(ids, base, { ...base, date: '2026-11-03', onlineUrl: '  ', kind: 'TRAINING', title: '研修会' });
    expect(input).toEqual({ ...ids, startsAt: '2026-11-03T18:30:00+09:00', endsAt: '2026-11-03T20:00:00+09:00', onlineUrl: '', kind: 'TRAINING', title: '研修会' });
  });

  it('asks for warnings at the times the meeting would have, keeping an untouched end past midnight', () => {
    const overnight = { ...meeting, endsAt: '2026-12-08T16:00:00.000Z' }; // until 01:00 the next Tokyo day
    const base = meetingEditForm(overnight);
    expect(editedTimes(overnight, base, base)).toEqual({ startsAt: overnight.startsAt, endsAt: overnight.endsAt });
    expect(editedTimes(overnight, base, { ...base, start: '19:00' })).toEqual({ startsAt: '2026-12-08T19:00:00+09:00', endsAt: overnight.endsAt });
    // Moved to another day or given another end, it still ends the day after it starts.
    expect(editedTimes(overnight, base, { ...base, date: '2026-12-10' })).toEqual({ startsAt: '2026-12-10T18:30:00+09:00', endsAt: '2026-12-11T01:00:00+09:00' });
    expect(editedTimes(overnight, base, { ...base, end: '00:30' })).toEqual({ startsAt: overnight.startsAt, endsAt: '2026-12-09T00:30:00+09:00' });
    expect(toUpdateMeetingInput(ids, base, { ...base, date: '2026-12-10' })).toEqual({ ...ids, startsAt: '2026-12-10T18:30:00+09:00', endsAt: '2026-12-11T01:00:00+09:00' });
  });

  it('re-applies minutes edited here onto minutes someone else saved meanwhile, item by item', () => {
    const base = [{ agendaItemId: 'a', minutes: '', decisions: [''] }, { agendaItemId: 'b', minutes: '', decisions: [''] }, { agendaItemId: 'c', minutes: '旧', decisions: [''] }];
    const mine = [{ agendaItemId: 'a', minutes: '私の記録', decisions: ['承認'] }, base[1]!, { agendaItemId: 'c', minutes: '私の修正', decisions: [''] }];
    const fresh = [base[0]!, { agendaItemId: 'b', minutes: '同僚の記録', decisions: [''] }, { agendaItemId: 'c', minutes: '同僚の修正', decisions: [''] }];
    expect(reapplyMinutes(base, mine, fresh)).toEqual({
      items: [mine[0], fresh[1], mine[2]],
      clashes: ['c'],
    });
  });

  it('re-applies the typed changes onto the latest version after a CONFLICT, and names the fields both changed', () => {
    const base = meetingEditForm(meeting);
    const mine = { ...base, start: '19:00', end: '20:30', place: '市役所', agenda: [{ title: '看取り', presenter: '', issueId: '' }] };
    // Someone else meanwhile moved the date, renamed it and also changed the place.
    const fresh = { ...base, date: '2026-12-15', title: '第3回 在宅医療連携会議', place: 'オンライン' };
    const { form, overlaps } = reapplyMeetingEdits(base, mine, fresh);
    expect(form).toEqual({ ...fresh, start: '19:00', end: '20:30', place: '市役所', agenda: [{ title: '看取り', presenter: '', issueId: '' }] });
    expect(overlaps).toEqual(['place']);
    // Saving then sends only what this person changed, on the fresh base.
    expect(toUpdateMeetingInput({ ...ids, version: 5 }, fresh, form)).toEqual({
      ...ids,
      version: 5,
      startsAt: '2026-12-15T19:00:00+09:00',
      endsAt: '2026-12-15T20:30:00+09:00',
      place: '市役所',
      agenda: [{ title: '看取り', presenter: undefined, issueId: undefined, projectId: undefined }],
    });
    // The same value typed by both is no overlap; the re-applied agenda is a copy, not the typed rows themselves.
    const same = reapplyMeetingEdits(base, { ...base, place: 'オンライン' }, fresh);
    expect(same.overlaps).toEqual([]);
    expect(form.agenda[0]).not.toBe(mine.agenda[0]);
    // Nothing typed: the fresh version as it is.
    expect(reapplyMeetingEdits(base, base, fresh).form).toEqual(fresh);
  });
});

describe('inviting more people', () => {
  it('offers only the members not invited yet', () => {
    const members = [{ user: { id: 'u1' } }, { user: { id: 'u2' } }, { user: { id: 'u3' } }];
    expect(uninvitedMembers(members, [{ userId: 'u2' }, { userId: null }])).toEqual([{ user: { id: 'u1' } }, { user: { id: 'u3' } }]);
  });

  it('sends the chosen members and the external persons typed, leaving blank rows out', () => {
    expect(
      inviteeInputs(
        [{ userId: 'u1', profession: 'DOCTOR', organisation: '' }],
        [
          { name: ' 北海 花子 ', organisation: '訪問看護ステーションすずらん', profession: 'VISITING_NURSE' },
          { name: ' ', organisation: '', profession: 'OTHER' },
        ],
      ),
    ).toEqual([
      { userId: 'u1', profession: 'DOCTOR', organisation: undefined },
      { name: '北海 花子', organisation: '訪問看護ステーションすずらん', profession: 'VISITING_NURSE' },
    ]);
  });

  it('puts a refusal next to the part of the form its field names', () => {
    expect(formPartOf('invitees.name')).toBe('invitees');
    expect(formPartOf('startsAt')).toBe('start');
    expect(formPartOf('agenda.title')).toBe('agenda');
    expect(formPartOf('somethingElse')).toBeNull();
    expect(formPartOf(undefined)).toBeNull();
  });
});
