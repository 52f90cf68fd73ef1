import type { CombinedError } from '@urql/vue';
import { changedKeys, reapplyEdits as reapply } from './reapply';
import type { ActivityKind, CreateActivityInput, ParticipantCountInput, Profession, SurveyAnswerInput, SurveyQuestionInput, SurveyQuestionKind, UpdateActivityInput } from '../gql/graphql';
import { refusal } from './errors';
import { tokyoDay } from './formats';

/** Activities (事業実施) and surveys (調査照会): the form mappings and the compilation (とりまとめ) shown on screen. */

export const ACTIVITY_KINDS: ActivityKind[] = ['TRAINING', 'AWARENESS_EVENT', 'SURVEY', 'WORKING_GROUP', 'OTHER'];
export const QUESTION_KINDS: SurveyQuestionKind[] = ['TEXT', 'NUMBER', 'CHOICE'];
export const PROFESSIONS: Profession[] = [
  'DOCTOR', 'DENTIST', 'PHARMACIST', 'NURSE', 'VISITING_NURSE', 'CARE_MANAGER', 'SOCIAL_WORKER', 'THERAPIST',
  'MUNICIPAL_STAFF', 'COMMUNITY_CARE_CENTER_STAFF', 'CONSULTATION_SUPPORT_SPECIALIST', 'HEALTH_CENTER_STAFF', 'OTHER',
];


/** A calendar date (YYYY-MM-DD) as people read it: 2025年9月1日. */
export function dayLabel(date: string): string {
  return tokyoDay(`${date}T12:00:00+09:00`);
}

/** One day, or the first and last day of an activity over several. */
export function dayRange(startsOn: string | null | undefined, endsOn: string | null | undefined): string {
  if (!startsOn) return endsOn ? dayLabel(endsOn) : '';
  return endsOn && endsOn !== startsOn ? `${dayLabel(startsOn)}〜${dayLabel(endsOn)}` : dayLabel(startsOn);
}

// ── participants by profession ──────────────────────────────────────────────

export type Participant = { profession: Profession; count: number };
/** A count per profession as typed; empty means none. */
export type ParticipantsForm = Record<Profession, number | ''>;

export function participantsForm(list: readonly Participant[] = []): ParticipantsForm {
  const form = Object.fromEntries(PROFESSIONS.map((p) => [p, ''])) as ParticipantsForm;
  for (const p of list) form[p.profession] = p.count;
  return form;
}

/** The counts to send: the professions with someone, in the usual order. */
export function participantInputs(form: ParticipantsForm): ParticipantCountInput[] {
  return PROFESSIONS.map((profession) => ({ profession, count: Number(form[profession] || 0) })).filter((p) => p.count > 0);
}

export function participantTotal(list: readonly Participant[]): number {
  return list.reduce((sum, p) => sum + p.count, 0);
}

/** "医師 5・訪問看護師 12（計17）", with the profession names given by `label`. */
export function participantSummary(list: readonly Participant[], label: (profession: Profession) => string, totalLabel = '計'): string {
  const shown = list.filter((p) => p.count > 0);
  if (!shown.length) return '';
  const parts = shown.map((p) => `${label(p.profession)} ${p.count}`).join('・');
  return shown.length > 1 ? `${parts}（${totalLabel}${participantTotal(shown)}）` : parts;
}

// ── survey questions ────────────────────────────────────────────────────────

/** A question as typed: the choices one per line. */
export type QuestionDraft = { text: string; kind: SurveyQuestionKind; choices: string };
export type QuestionProblem = 'text' | 'choices' | null;

export const emptyQuestion = (kind: SurveyQuestionKind = 'TEXT'): QuestionDraft => ({ text: '', kind, choices: '' });

export function questionDraftsFrom(questions: readonly { text: string; kind: SurveyQuestionKind; choices: readonly string[]; position?: number }[]): QuestionDraft[] {
  return [...questions].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)).map((q) => ({ text: q.text, kind: q.kind, choices: q.choices.join('\n') }));
}

export function choiceList(choices: string): string[] {
  return choices.split(/\r?\n/).map((c) => c.trim()).filter(Boolean);
}

export function questionInputs(drafts: readonly QuestionDraft[]): SurveyQuestionInput[] {
  return drafts.map((d) => (d.kind === 'CHOICE' ? { text: d.text.trim(), kind: d.kind, choices: choiceList(d.choices) } : { text: d.text.trim(), kind: d.kind }));
}

/** What is wrong with each question before sending it: no text, or a choice question with fewer than two choices. */
export function questionProblems(drafts: readonly QuestionDraft[]): QuestionProblem[] {
  return drafts.map((d) => (!d.text.trim() ? 'text' : d.kind === 'CHOICE' && new Set(choiceList(d.choices)).size < 2 ? 'choices' : null));
}

// ── the activity form (create and edit) ─────────────────────────────────────

export type ActivityForm = {
  kind: ActivityKind;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  outcomeNotes: string;
  /** Evidence links, one per line. */
  evidenceLinks: string;
  participants: ParticipantsForm;
  surveyDeadline: string;
  questions: QuestionDraft[];
};

/** The fields a change may touch, compared one by one to keep the other person's changes. */
export const EDITABLE_FIELDS = ['title', 'startsOn', 'endsOn', 'place', 'outcomeNotes', 'evidenceLinks', 'participants', 'surveyDeadline', 'questions'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function emptyActivityForm(kind: ActivityKind = 'TRAINING'): ActivityForm {
  return { kind, title: '', startsOn: '', endsOn: '', place: '', outcomeNotes: '', evidenceLinks: '', participants: participantsForm(), surveyDeadline: '', questions: kind === 'SURVEY' ? [emptyQuestion()] : [] };
}

type ActivityRecord = {
  kind: ActivityKind;
  title: string;
  startsOn?: string | null;
  endsOn?: string | null;
  place: string;
  outcomeNotes: string;
  evidenceLinks: readonly string[];
  participants: readonly Participant[];
  surveyDeadline?: string | null;
  questions: readonly { text: string; kind: SurveyQuestionKind; choices: readonly string[]; position?: number }[];
};

export function activityFormFrom(activity: ActivityRecord): ActivityForm {
  return {
    kind: activity.kind,
    title: activity.title,
    startsOn: activity.startsOn ?? '',
    endsOn: activity.endsOn ?? '',
    place: activity.place,
    outcomeNotes: activity.outcomeNotes,
    evidenceLinks: activity.evidenceLinks.join('\n'),
    participants: participantsForm(activity.participants),
    surveyDeadline: activity.surveyDeadline ?? '',
    questions: questionDraftsFrom(activity.questions),
  };
}

export function linkList(lines: string): string[] {
  return lines.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** A field's value as it would be sent, so that "5" and 5, or trailing blank lines, are no change. */
const sentValue = (form: ActivityForm, field: keyof ActivityForm): unknown => normalised(form, field as EditableField);

function normalised(form: ActivityForm, field: EditableField): unknown {
  switch (field) {
    case 'title':
    case 'place':
    case 'outcomeNotes':
      return form[field].trim();
    case 'evidenceLinks':
      return linkList(form.evidenceLinks);
    case 'participants':
      return participantInputs(form.participants);
    case 'questions':
      return questionInputs(form.questions);
    default:
      return form[field] || null;
  }
}

/** The fields the person changed from the version they started from. */
export function changedFields(base: ActivityForm, form: ActivityForm): EditableField[] {
  return changedKeys(EDITABLE_FIELDS, base, form, sentValue);
}

/** After a CONFLICT: the fresh record with the person's own changes put back on top. */
export function reapplyEdits(base: ActivityForm, form: ActivityForm, fresh: ActivityForm): ActivityForm {
  // Copies, so that the merged form shares no participants or question objects with either side.
  const copy = (f: ActivityForm): ActivityForm => ({ ...f, participants: { ...f.participants }, questions: f.questions.map((q) => ({ ...q })) });
  return reapply(EDITABLE_FIELDS, base, copy(form), copy(fresh), sentValue).form;
}

export function createActivityInput(hubId: string, projectId: string, form: ActivityForm): CreateActivityInput {
  const input: CreateActivityInput = {
    hubId,
    projectId,
    kind: form.kind,
    title: form.title.trim(),
    startsOn: form.startsOn || null,
    endsOn: form.endsOn || null,
    place: form.place.trim(),
    participants: participantInputs(form.participants),
  };
  if (form.outcomeNotes.trim()) input.outcomeNotes = form.outcomeNotes.trim();
  if (linkList(form.evidenceLinks).length) input.evidenceLinks = linkList(form.evidenceLinks);
  if (form.kind === 'SURVEY') {
    input.surveyDeadline = form.surveyDeadline || null;
    input.questions = questionInputs(form.questions);
  }
  return input;
}

/** Only what the person changed, based on `version`; questions only while the survey is unsent. */
export function updateActivityInput(hubId: string, activityId: string, version: number, base: ActivityForm, form: ActivityForm, options: { questionsEditable: boolean }): UpdateActivityInput {
  const input: UpdateActivityInput = { hubId, activityId, version };
  for (const field of changedFields(base, form)) {
    if (field === 'title' || field === 'place' || field === 'outcomeNotes') input[field] = form[field].trim();
    else if (field === 'startsOn' || field === 'endsOn') input[field] = form[field] || null;
    else if (field === 'evidenceLinks') input.evidenceLinks = linkList(form.evidenceLinks);
    else if (field === 'participants') input.participants = participantInputs(form.participants);
    else if (form.kind !== 'SURVEY') continue;
    else if (field === 'surveyDeadline') input.surveyDeadline = form.surveyDeadline || null;
    else if (field === 'questions' && options.questionsEditable) input.questions = questionInputs(form.questions);
  }
  return input;
}

/** Evidence links are shown as links only when they are web or mail addresses. */
export function safeHref(link: string): string | null {
  try {
    const url = new URL(link);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

// ── answering a survey ──────────────────────────────────────────────────────

export type SurveyState = 'draft' | 'open' | 'closed';

/** Not sent yet, open for answers, or past its deadline (judged on the Tokyo date). */
export function surveyState(activity: { surveySentAt?: string | null; surveyDeadline?: string | null }, today: string): SurveyState {
  if (!activity.surveySentAt) return 'draft';
  return activity.surveyDeadline && activity.surveyDeadline < today ? 'closed' : 'open';
}

export type AnswerForm = Record<string, string>;

/** The form for each question, filled with the saved answers if there are any. */
export function answerFormFrom(questions: readonly { id: string }[], saved: readonly { questionId: string; value: string }[] | null | undefined): AnswerForm {
  const values = new Map((saved ?? []).map((a) => [a.questionId, a.value]));
  return Object.fromEntries(questions.map((q) => [q.id, values.get(q.id) ?? '']));
}

/** The answers to send: one per question answered, trimmed (a question left blank is not answered). */
export function answerInputs(questions: readonly { id: string }[], form: AnswerForm): SurveyAnswerInput[] {
  return questions.map((q) => ({ questionId: q.id, value: (form[q.id] ?? '').trim() })).filter((a) => a.value !== '');
}

/** Whether the form differs from what was saved. */
export function answersChanged(questions: readonly { id: string }[], form: AnswerForm, saved: readonly { questionId: string; value: string }[] | null | undefined): boolean {
  return JSON.stringify(answerInputs(questions, form)) !== JSON.stringify(answerInputs(questions, answerFormFrom(questions, saved)));
}

/** A refused answer: the message, and the question it is about when the server names one. */
export function answerRefusal(error: CombinedError, locale: string): { code: string; message: string; questionId: string | null } {
  const r = refusal(error, locale);
  const questionId = error.graphQLErrors[0]?.extensions?.questionId;
  return { code: r.code, message: r.message, questionId: typeof questionId === 'string' ? questionId : null };
}

// ── the compilation (とりまとめ) ─────────────────────────────────────────────

type CompiledQuestionData = {
  question: { id: string; kind: SurveyQuestionKind; text: string; choices: readonly string[]; position: number };
  answers: readonly { municipality: { id: string; name: string }; value: string }[];
  choiceCounts: readonly { choice: string; count: number }[];
  total?: number | null;
};
export type CompiledData = { answered: readonly { id: string; name: string }[]; unanswered: readonly { id: string; name: string }[]; questions: readonly CompiledQuestionData[] };

export type CompiledQuestionView = {
  id: string;
  text: string;
  kind: SurveyQuestionKind;
  rows: { key: string; municipality: string; value: string }[];
  /** Choice counts with their share of the answers to this question, for a bar list. */
  bars: { choice: string; count: number; percent: number }[];
  total: number | null;
  average: number | null;
};

export const answerKey = (questionId: string, municipalityId: string) => `${questionId}/${municipalityId}`;

export function compilationView(compiled: CompiledData): { questions: CompiledQuestionView[]; answered: string[]; unanswered: string[]; participating: number } {
  const questions = [...compiled.questions]
    .sort((a, b) => a.question.position - b.question.position)
    .map((c): CompiledQuestionView => {
      const answered = c.answers.length;
      const total = c.question.kind === 'NUMBER' ? (c.total ?? c.answers.reduce((sum, a) => sum + Number(a.value), 0)) : null;
      return {
        id: c.question.id,
        text: c.question.text,
        kind: c.question.kind,
        rows: [...c.answers].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'ja')).map((a) => ({ key: answerKey(c.question.id, a.municipality.id), municipality: a.municipality.name, value: a.value })),
        bars: c.question.kind === 'CHOICE' ? c.choiceCounts.map((b) => ({ choice: b.choice, count: b.count, percent: answered ? Math.round((b.count / answered) * 100) : 0 })) : [],
        total,
        average: total !== null && answered ? Math.round((total / answered) * 10) / 10 : null,
      };
    });
  return {
    questions,
    answered: compiled.answered.map((m) => m.name),
    unanswered: compiled.unanswered.map((m) => m.name),
    participating: compiled.answered.length + compiled.unanswered.length,
  };
}

/** The answers (question × municipality) that are new or changed since the last reading, to highlight them. */
export function changedAnswers(before: CompiledData | null | undefined, after: CompiledData): Set<string> {
  const old = new Map<string, string>();
  for (const q of before?.questions ?? []) for (const a of q.answers) old.set(answerKey(q.question.id, a.municipality.id), a.value);
  const changed = new Set<string>();
  for (const q of after.questions) {
    for (const a of q.answers) {
      const key = answerKey(q.question.id, a.municipality.id);
      if (old.get(key) !== a.value) changed.add(key);
    }
  }
  return changed;
}

/** Per activity: how many participating municipalities answered, out of how many. */
export function answerCounts(cycles: readonly { plan: { projects: readonly { activities: readonly { id: string; compiledAnswers: { answered: readonly unknown[]; unanswered: readonly unknown[] } }[] }[] } }[]): Map<string, { answered: number; of: number }> {
  const counts = new Map<string, { answered: number; of: number }>();
  for (const c of cycles) for (const p of c.plan.projects) for (const a of p.activities) counts.set(a.id, { answered: a.compiledAnswers.answered.length, of: a.compiledAnswers.answered.length + a.compiledAnswers.unanswered.length });
  return counts;
}

/** The cycle to show first: this fiscal year's, else the newest. */
export function defaultCycle<C extends { id: string; fiscalYear: number }>(cycles: readonly C[], fiscalYear: number): C | null {
  return cycles.find((c) => c.fiscalYear === fiscalYear) ?? [...cycles].sort((a, b) => b.fiscalYear - a.fiscalYear)[0] ?? null;
}
