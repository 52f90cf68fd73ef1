import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { badInput, forbidden, notFound } from '../../platform/errors.js';
import { tokyoCalendarDate } from '../../platform/fiscal-year.js';
import { inHub } from '../../platform/tenancy.js';
import { optionalText, requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import { CyclePhase } from '../cycle/cycle.types.js';
import { openCycle } from '../cycle/cycle.service.js';
import type { HubService } from '../hub/hub.service.js';
import type { PlanService } from '../plan/plan.service.js';
import type { Project } from '../plan/project.entity.js';
import { type Municipality } from '../reference/municipality.entity.js';
import { payeeKey } from '../budget/honorarium.rules.js';
import { Activity, ActivityLecturer, SurveyQuestion, SurveyResponse } from './activity.entity.js';
import { ActivityKind, SurveyQuestionKind, type CompiledSurvey } from './activity.types.js';
import type { ActivityFieldsInput, AnswerSurveyInput, CreateActivityInput, UpdateActivityInput } from './activity.inputs.js';
import { notASurvey, surveyAlreadySent, surveyClosed } from './activity.errors.js';
import { answerProblem, cleanChoices, compileAnswers } from './survey.rules.js';

export const ACTIVITY = { ja: '事業実施の記録', en: 'The activity' };
const RECORDING_PHASES = [CyclePhase.IMPLEMENTATION, CyclePhase.EVALUATION];
const RECORDING = { ja: '事業実施の記録', en: 'Recording activities' };
const text = { title: { ja: '名称', en: 'title' }, place: { ja: '場所', en: 'place' }, notes: { ja: '成果', en: 'outcome notes' }, link: { ja: 'リンク', en: 'link' }, question: { ja: '設問', en: 'question' } };

/**
 * The activity's lecturer record of that name, made on first use inside the caller's transaction.
 * Two requests naming the same new lecturer at once meet at the unique (activity, name) index:
 * the one that loses finds the winner's row.
 */
export async function lecturerOf(tx: EntityManager, hubId: string, activity: Activity, name: string): Promise<ActivityLecturer> {
  const nameKey = payeeKey(name);
  await tx.execute(
    'insert into activity_lecturer (id, created_at, updated_at, hub_id, activity_id, name, name_key, organisation) values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?) on conflict (activity_id, name_key) do nothing',
    [hubId, activity.id, name, nameKey, ''],
  );
  return tx.findOneOrFail(ActivityLecturer, { activity, nameKey });
}

export class ActivityService {
  constructor(private readonly deps: { plans: PlanService; hubs: HubService }) {}

  /** Activities starting within the calendar dates, in date order. */
  startingBetween(em: EntityManager, from: string, to: string): Promise<Activity[]> {
    return em.find(Activity, { startsOn: { $gte: from, $lte: to } }, { orderBy: { startsOn: 'asc' } });
  }

  /** A lecturer recorded for the activity (honoraria are planned for lecturers). */
  async lecturer(tx: EntityManager, activity: Activity, lecturerId: string): Promise<ActivityLecturer> {
    const lecturer = await tx.findOne(ActivityLecturer, { id: lecturerId, activity });
    if (!lecturer) throw notFound({ ja: 'この事業実施の講師', en: 'The lecturer of this activity' });
    return lecturer;
  }

  async exists(tx: EntityManager, activityId: string): Promise<boolean> {
    return (await tx.count(Activity, { id: activityId })) > 0;
  }

  /** How many activities each project has (projects without any are absent). */
  async countByProject(tx: EntityManager, projectIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (!projectIds.length) return counts;
    for (const activity of await tx.find(Activity, { project: { $in: projectIds } }, { fields: ['project'] })) counts.set(activity.project.id, (counts.get(activity.project.id) ?? 0) + 1);
    return counts;
  }

  list(em: EntityManager, projectId: string): Promise<Activity[]> {
    return em.find(Activity, { project: projectId }, { orderBy: { startsOn: 'asc', createdAt: 'asc' } });
  }

  async get(em: EntityManager, activityId: string): Promise<Activity> {
    const activity = await em.findOne(Activity, { id: activityId });
    if (!activity) throw notFound(ACTIVITY);
    return activity;
  }

  lecturers(em: EntityManager, activityId: string): Promise<ActivityLecturer[]> {
    return em.find(ActivityLecturer, { activity: activityId }, { orderBy: { createdAt: 'asc' } });
  }

  questions(em: EntityManager, activityId: string): Promise<SurveyQuestion[]> {
    return em.find(SurveyQuestion, { activity: activityId }, { orderBy: { position: 'asc' } });
  }

  create(em: EntityManager, input: CreateActivityInput): Promise<Activity> {
    return inHub(em, input.hubId, async (tx) => {
      const project = await this.deps.plans.project(tx, input.projectId);
      await this.recordingCycle(tx, project);
      const activity = tx.create(Activity, { hub: input.hubId, project, kind: input.kind, title: requiredText('title', text.title, input.title ?? '') });
      await this.apply(tx, activity, input);
      await tx.flush();
      return activity;
    });
  }

  update(em: EntityManager, input: UpdateActivityInput): Promise<Activity> {
    return inHub(em, input.hubId, async (tx) => {
      const activity = await this.get(tx, input.activityId);
      assertVersion(activity, input.version, ACTIVITY);
      await this.recordingCycle(tx, await this.deps.plans.project(tx, activity.project.id));
      await this.apply(tx, activity, input);
      activity.updatedAt = new Date();
      await tx.flush();
      return activity;
    });
  }

  delete(em: EntityManager, hubId: string, activityId: string, version: number): Promise<Activity> {
    return inHub(em, hubId, async (tx) => {
      const activity = await this.get(tx, activityId);
      assertVersion(activity, version, ACTIVITY);
      await this.recordingCycle(tx, await this.deps.plans.project(tx, activity.project.id));
      tx.remove(activity);
      await tx.flush();
      return activity;
    });
  }

  /** Sends a survey to the participating municipalities; its questions are fixed from then on. */
  send(em: EntityManager, hubId: string, activityId: string, now = new Date()): Promise<Activity> {
    return inHub(em, hubId, async (tx) => {
      const activity = await this.get(tx, activityId);
      if (activity.kind !== ActivityKind.SURVEY) throw notASurvey();
      if (activity.surveySentAt) throw surveyAlreadySent();
      if ((await tx.count(SurveyQuestion, { activity })) === 0) throw badInput('questions', { ja: '設問がありません。', en: 'The survey has no questions.' });
      if (!activity.surveyDeadline || activity.surveyDeadline < tokyoCalendarDate(now)) {
        throw badInput('surveyDeadline', { ja: '今日以降の回答期限を設定してください。', en: 'Set an answer deadline of today or later.' });
      }
      activity.surveySentAt = now;
      await tx.flush();
      return activity;
    });
  }

  /** A participating municipality answers (or changes its answers) until the deadline. */
  answer(em: EntityManager, input: AnswerSurveyInput, viewer: Viewer, now = new Date()): Promise<SurveyResponse> {
    const municipalityId = viewer.memberships.get(input.hubId)?.municipalityId;
    if (!municipalityId) throw forbidden({ ja: '回答できるのは参加市町村の担当者です。', en: 'Only a participating municipality may answer.' });
    return inHub(em, input.hubId, async (tx) => {
      const activity = await this.get(tx, input.activityId);
      if (activity.kind !== ActivityKind.SURVEY || !activity.surveySentAt) throw notASurvey();
      if (activity.surveyDeadline! < tokyoCalendarDate(now)) {
        throw surveyClosed(activity.surveyDeadline!);
      }
      const questions = await this.questions(tx, activity.id);
      const answers: Record<string, string> = {};
      for (const given of input.answers) {
        const question = questions.find((q) => q.id === given.questionId);
        if (!question) throw badInput('answers.questionId', { ja: 'この調査の設問ではありません。', en: 'Not a question of this survey.' });
        const problem = answerProblem(question, given.value);
        if (problem) throw badInput('answers.value', problem, { questionId: question.id });
        answers[question.id] = given.value.trim();
      }
      const existing = await tx.findOne(SurveyResponse, { activity, municipality: municipalityId });
      const response = existing ?? tx.create(SurveyResponse, { hub: input.hubId, activity, municipality: municipalityId, answers, answeredBy: viewer.userId });
      response.answers = answers;
      response.answeredBy = viewer.userId;
      await tx.flush();
      return response;
    });
  }

  response(em: EntityManager, activityId: string, municipalityId: string): Promise<SurveyResponse | null> {
    return em.findOne(SurveyResponse, { activity: activityId, municipality: municipalityId });
  }

  async compiled(em: EntityManager, hubId: string, activityId: string): Promise<CompiledSurvey> {
    const questions = await this.questions(em, activityId);
    const responses = await em.find(SurveyResponse, { activity: activityId }, { populate: ['municipality'] });
    const participating = await this.deps.hubs.participations(em, hubId);
    const municipalities = new Map<string, Municipality>(participating.map((p) => [p.municipality.id, p.municipality.getEntity()]));
    for (const r of responses) municipalities.set(r.municipality.id, r.municipality.getEntity());
    const compiled = compileAnswers(questions, responses.map((r) => ({ municipalityId: r.municipality.id, answers: r.answers })));
    const answeredIds = new Set(responses.map((r) => r.municipality.id));
    return {
      questions: compiled.map((c) => ({ ...c, answers: c.answers.map((a) => ({ municipality: municipalities.get(a.municipalityId)!, value: a.value })) })),
      answered: [...answeredIds].map((id) => municipalities.get(id)!),
      unanswered: participating.filter((p) => !answeredIds.has(p.municipality.id)).map((p) => p.municipality.getEntity()),
    };
  }

  private async recordingCycle(tx: EntityManager, project: Project): Promise<void> {
    await openCycle(tx, await this.deps.plans.cycleIdOf(tx, project), RECORDING, RECORDING_PHASES);
  }

  private async apply(tx: EntityManager, activity: Activity, input: ActivityFieldsInput): Promise<void> {
    if (input.title != null) activity.title = requiredText('title', text.title, input.title);
    if (input.startsOn !== undefined) activity.startsOn = input.startsOn;
    if (input.endsOn !== undefined) activity.endsOn = input.endsOn;
    if (activity.startsOn && activity.endsOn && activity.endsOn < activity.startsOn) {
      throw badInput('endsOn', { ja: '終了日は開始日以降にしてください。', en: 'The last date must not be before the first.' });
    }
    if (input.place != null) activity.place = optionalText('place', text.place, input.place) ?? '';
    if (input.outcomeNotes != null) activity.outcomeNotes = optionalText('outcomeNotes', text.notes, input.outcomeNotes, 20_000) ?? '';
    if (input.evidenceLinks) activity.evidenceLinks = input.evidenceLinks.map((l) => requiredText('evidenceLinks', text.link, l, 2000));
    if (input.participants) {
      const seen = new Set<string>();
      for (const p of input.participants) {
        if (!Number.isInteger(p.count) || p.count < 0) throw badInput('participants.count', { ja: '参加人数は0以上の整数で入力してください。', en: 'Enter participant numbers as whole numbers of 0 or more.' });
        if (seen.has(p.profession)) throw badInput('participants.profession', { ja: '同じ職種が重複しています。', en: 'A profession is listed twice.' });
        seen.add(p.profession);
      }
      activity.participants = input.participants.filter((p) => p.count > 0).map((p) => ({ profession: p.profession, count: p.count }));
    }
    const survey = activity.kind === ActivityKind.SURVEY;
    if ((input.surveyDeadline || input.questions) && !survey) throw notASurvey();
    if (input.surveyDeadline !== undefined && survey) activity.surveyDeadline = input.surveyDeadline;
    if (input.questions && survey) {
      if (activity.surveySentAt) throw surveyAlreadySent();
      const existing = await tx.find(SurveyQuestion, { activity });
      existing.forEach((q) => tx.remove(q));
      input.questions.forEach((q, position) => {
        const choices = q.kind === SurveyQuestionKind.CHOICE ? cleanChoices(q.choices ?? []) : [];
        if (!choices) {
          throw badInput('questions.choices', { ja: '選択式の設問には、異なる2つ以上の選択肢が必要です。', en: 'A choice question needs at least two different choices.' });
        }
        tx.create(SurveyQuestion, {
          hub: activity.hub,
          activity,
          position,
          text: requiredText('questions.text', text.question, q.text, 2000),
          kind: q.kind,
          choices,
        });
      });
    }
  }
}
