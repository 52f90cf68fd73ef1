import { CombinedError } from '@urql/vue';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { tokyoDate } from './formats';
import {
  activityFormFrom, answerCounts, answerFormFrom, answerInputs, answerRefusal, answersChanged, changedAnswers, changedFields, compilationView, createActivityInput, dayRange,
  defaultCycle, emptyActivityForm, participantInputs, participantsForm, participantSummary, questionInputs, questionProblems, reapplyEdits, safeHref, surveyState,
  updateActivityInput, type CompiledData,
} from './activities';

const activity = {
  kind: 'TRAINING' as const,
  title: '多職種研修会',
  startsOn: '2025-09-01',
  endsOn: null,
  place: '医師会館',
  outcomeNotes: '',
  evidenceLinks: ['https://example.jp/a.pdf'],
  participants: [{ profession: 'DOCTOR' as const, count: 5 }, { profession: 'VISITING_NURSE' as const, count: 12 }],
  surveyDeadline: null,
  questions: [],
};

describe('participants by profession', () => {
  it('fills a number per profession and sends only those with someone, in the usual order', () => {
    const form = participantsForm([{ profession: 'VISITING_NURSE', count: 12 }, { profession: 'DOCTOR', count: 5 }]);
    expect(form.DOCTOR).toBe(5);
    expect(form.PHARMACIST).toBe('');
    form.PHARMACIST = 0;
    expect(participantInputs(form)).toEqual([{ profession: 'DOCTOR', count: 5 }, { profession: 'VISITING_NURSE', count: 12 }]);
  });

  it('summarises with the profession names and a total when there are several', () => {
    const label = (p: string) => ({ DOCTOR: '医師', VISITING_NURSE: '訪問看護師' })[p] ?? p;
    expect(participantSummary(activity.participants, label)).toBe('医師 5・訪問看護師 12（計17）');
    expect(participantSummary([{ profession: 'DOCTOR', count: 3 }], label)).toBe('医師 3');
    expect(participantSummary([], label)).toBe('');
  });
});

describe('survey questions', () => {
  it('sends choices of a choice question only, one per line, without blanks', () => {
    expect(questionInputs([
      { text: ' 訪問診療を行う医療機関数 ', kind: 'NUMBER', choices: 'ignored' },
      { text: 'ACPの取組', kind: 'CHOICE', choices: 'している\n\n 検討中 \r\nしていない' },
    ])).toEqual([
      { text: '訪問診療を行う医療機関数', kind: 'NUMBER' },
      { text: 'ACPの取組', kind: 'CHOICE', choices: ['している', '検討中', 'していない'] },
    ]);
  });

  it('finds a question without text and a choice question with fewer than two distinct choices', () => {
    expect(questionProblems([
      { text: '', kind: 'TEXT', choices: '' },
      { text: '選択', kind: 'CHOICE', choices: 'はい\nはい' },
      { text: '選択', kind: 'CHOICE', choices: 'はい\nいいえ' },
      { text: '自由', kind: 'TEXT', choices: '' },
    ])).toEqual(['text', 'choices', null, null]);
  });
});

describe('the activity form', () => {
  it('creates a survey with its deadline and questions, and leaves them out of other kinds', () => {
    const survey = { ...emptyActivityForm('SURVEY'), title: ' 資源調査 ', surveyDeadline: '2026-12-20', questions: [{ text: '件数', kind: 'NUMBER' as const, choices: '' }] };
    expect(createActivityInput('h', 'p', survey)).toEqual({
      hubId: 'h', projectId: 'p', kind: 'SURVEY', title: '資源調査', startsOn: null, endsOn: null, place: '', participants: [], surveyDeadline: '2026-12-20', questions: [{ text: '件数', kind: 'NUMBER' }],
    });
    const training = createActivityInput('h', 'p', { ...emptyActivityForm('TRAINING'), title: '研修', evidenceLinks: 'https://a.example\n' });
    expect(training).not.toHaveProperty('questions');
    expect(training).not.toHaveProperty('surveyDeadline');
    expect(training.evidenceLinks).toEqual(['https://a.example']);
  });

  it('sends only what the person changed, with the version it is based on', () => {
    const base = activityFormFrom(activity);
    const form = { ...base, outcomeNotes: '退院支援ルールを合意', participants: { ...base.participants, NURSE: 3 }, place: '医師会館 ' };
    expect(changedFields(base, form)).toEqual(['outcomeNotes', 'participants']);
    expect(updateActivityInput('h', 'a', 4, base, form, { questionsEditable: true })).toEqual({
      hubId: 'h', activityId: 'a', version: 4, outcomeNotes: '退院支援ルールを合意',
      participants: [{ profession: 'DOCTOR', count: 5 }, { profession: 'NURSE', count: 3 }, { profession: 'VISITING_NURSE', count: 12 }],
    });
  });

  it('clears a date by sending null, and never sends the questions of a sent survey', () => {
    const survey = activityFormFrom({ ...activity, kind: 'SURVEY', surveyDeadline: '2026-12-20', questions: [{ text: '件数', kind: 'NUMBER', choices: [], position: 0 }] });
    const form = { ...survey, startsOn: '', questions: [{ text: '件数（概数）', kind: 'NUMBER' as const, choices: '' }] };
    expect(updateActivityInput('h', 'a', 1, survey, form, { questionsEditable: false })).toEqual({ hubId: 'h', activityId: 'a', version: 1, startsOn: null });
    expect(updateActivityInput('h', 'a', 1, survey, form, { questionsEditable: true }).questions).toEqual([{ text: '件数（概数）', kind: 'NUMBER' }]);
  });

  it('re-applies the person’s edits onto the latest version after a conflict, keeping the other person’s changes', () => {
    const base = activityFormFrom(activity);
    const mine = { ...base, outcomeNotes: '次回は歯科医師も参加' };
    const fresh = activityFormFrom({ ...activity, place: 'オンライン', participants: [{ profession: 'DOCTOR', count: 6 }] });
    const merged = reapplyEdits(base, mine, fresh);
    expect(merged.outcomeNotes).toBe('次回は歯科医師も参加');
    expect(merged.place).toBe('オンライン');
    expect(merged.participants.DOCTOR).toBe(6);
    // Saving again sends only the person's change.
    expect(updateActivityInput('h', 'a', 5, fresh, merged, { questionsEditable: false })).toEqual({ hubId: 'h', activityId: 'a', version: 5, outcomeNotes: '次回は歯科医師も参加' });
  });

  it('links evidence only when it is a web or mail address', () => {
    expect(safeHref('https://example.jp/x')).toBe('https://example.jp/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('共有フォルダ/議事録.pdf')).toBeNull();
  });
});

describe('answering a survey', () => {
  const questions = [{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }];

  it('fills the form with the saved answers and sends the answered questions only, trimmed', () => {
    const form = answerFormFrom(questions, [{ questionId: 'q2', value: '12' }]);
    expect(form).toEqual({ q1: '', q2: '12', q3: '' });
    form.q1 = ' 連携シートを作成中 ';
    expect(answerInputs(questions, form)).toEqual([{ questionId: 'q1', value: '連携シートを作成中' }, { questionId: 'q2', value: '12' }]);
    expect(answersChanged(questions, form, [{ questionId: 'q2', value: '12' }])).toBe(true);
    expect(answersChanged(questions, { q1: '', q2: '12 ', q3: '' }, [{ questionId: 'q2', value: '12' }])).toBe(false);
  });

  it('is open from sending until the end of the deadline day, in Tokyo', () => {
    expect(surveyState({ surveySentAt: null, surveyDeadline: '2026-12-20' }, '2026-12-01')).toBe('draft');
    expect(surveyState({ surveySentAt: '2026-12-01T00:00:00Z', surveyDeadline: '2026-12-20' }, '2026-12-20')).toBe('open');
    expect(surveyState({ surveySentAt: '2026-12-01T00:00:00Z', surveyDeadline: '2026-12-20' }, '2026-12-21')).toBe('closed');
    expect(tokyoDate(new Date('2026-12-20T15:30:00Z'))).toBe('2026-12-21');
  });

  it('names the question a refusal is about', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('数値で回答してください。', { extensions: { code: 'BAD_USER_INPUT', field: 'answers.value', questionId: 'q2', messageEn: 'Answer with a number.' } })] });
    expect(answerRefusal(error, 'ja')).toEqual({ code: 'BAD_USER_INPUT', message: '数値で回答してください。', questionId: 'q2' });
    expect(answerRefusal(error, 'en').message).toBe('Answer with a number.');
    const closed = new CombinedError({ graphQLErrors: [new GraphQLError('回答期限（2026-11-30）を過ぎています。', { extensions: { code: 'SURVEY_CLOSED' } })] });
    expect(answerRefusal(closed, 'ja')).toMatchObject({ code: 'SURVEY_CLOSED', questionId: null });
  });
});

describe('the compilation', () => {
  const muroran = { id: 'm1', name: '室蘭市' };
  const noboribetsu = { id: 'm2', name: '登別市' };
  const date = { id: 'm3', name: '伊達市' };
  const compiled: CompiledData = {
    answered: [muroran, noboribetsu],
    unanswered: [date],
    questions: [
      { question: { id: 'q2', kind: 'CHOICE', text: 'ACPの取組', choices: ['している', 'していない'], position: 1 }, answers: [{ municipality: noboribetsu, value: 'している' }, { municipality: muroran, value: 'している' }], choiceCounts: [{ choice: 'している', count: 2 }, { choice: 'していない', count: 0 }], total: null },
      { question: { id: 'q1', kind: 'NUMBER', text: '訪問診療の医療機関数', choices: [], position: 0 }, answers: [{ municipality: muroran, value: '12' }, { municipality: noboribetsu, value: '5' }], choiceCounts: [], total: 17 },
    ],
  };

  it('orders questions, shows choice shares for bars and number totals with the average', () => {
    const view = compilationView(compiled);
    expect(view.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(view.questions[0]).toMatchObject({ total: 17, average: 8.5, bars: [] });
    expect(view.questions[1]!.bars).toEqual([{ choice: 'している', count: 2, percent: 100 }, { choice: 'していない', count: 0, percent: 0 }]);
    expect(view).toMatchObject({ answered: ['室蘭市', '登別市'], unanswered: ['伊達市'], participating: 3 });
  });

  it('finds the answers that are new or changed, to highlight them', () => {
    const before: CompiledData = { ...compiled, questions: compiled.questions.map((q) => ({ ...q, answers: q.answers.filter((a) => a.municipality.id === 'm1') })) };
    const after: CompiledData = { ...compiled, questions: compiled.questions.map((q) => (q.question.id === 'q1' ? { ...q, answers: [{ municipality: muroran, value: '13' }, { municipality: noboribetsu, value: '5' }] } : q)) };
    expect([...changedAnswers(before, after)].sort()).toEqual(['q1/m1', 'q1/m2', 'q2/m2']);
    expect(changedAnswers(compiled, compiled).size).toBe(0);
  });

  it('counts answers per activity and picks this year’s cycle, else the newest', () => {
    const counts = answerCounts([{ plan: { projects: [{ activities: [{ id: 'a', compiledAnswers: { answered: [1], unanswered: [2, 3] } }] }] } }]);
    expect(counts.get('a')).toEqual({ answered: 1, of: 3 });
    const cycles = [{ id: 'c24', fiscalYear: 2024 }, { id: 'c25', fiscalYear: 2025 }];
    expect(defaultCycle(cycles, 2024)?.id).toBe('c24');
    expect(defaultCycle(cycles, 2026)?.id).toBe('c25');
    expect(defaultCycle([], 2026)).toBeNull();
  });

  it('writes a day or a range of days', () => {
    expect(dayRange('2025-09-01', null)).toBe('2025年9月1日');
    expect(dayRange('2025-09-01', '2025-09-02')).toBe('2025年9月1日〜2025年9月2日');
    expect(dayRange(null, null)).toBe('');
  });
});
