import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { Project } from '../plan/project.entity.js';
import { Advice } from '../advice/advice.entity.js';
import { AdviceTarget } from '../advice/advice.types.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Activity, ActivityLecturer, SurveyQuestion, SurveyResponse } from './activity.entity.js';
import { AnswerSurveyInput, CreateActivityInput, UpdateActivityInput } from './activity.inputs.js';
import { CompiledSurvey, SurveyAnswer } from './activity.types.js';

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => Activity, { description: 'One activity.' })
  activity(@Arg('hubId', () => ID) hubId: string, @Arg('activityId', () => ID) activityId: string, @Ctx() ctx: Context): Promise<Activity> {
    return ctx.services.activity.get(ctx.db.hub(hubId), activityId);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Activity, { description: 'Records an activity of a project, in the implementation or evaluation phase (secretariat).' })
  createActivity(@Arg('input', () => CreateActivityInput) input: CreateActivityInput, @Ctx() ctx: Context): Promise<Activity> {
    return ctx.services.activity.create(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Activity, { description: 'Changes an activity (secretariat).' })
  updateActivity(@Arg('input', () => UpdateActivityInput) input: UpdateActivityInput, @Ctx() ctx: Context): Promise<Activity> {
    return ctx.services.activity.update(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Activity, { description: 'Removes an activity (secretariat).' })
  deleteActivity(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('activityId', () => ID) activityId: string,
    @Arg('version', () => Int, { description: 'Version the removal is based on.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<Activity> {
    return ctx.services.activity.delete(ctx.db.hub(hubId), hubId, activityId, version);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Activity, { description: 'Sends a survey (調査照会) to the participating municipalities (secretariat).' })
  sendSurvey(@Arg('hubId', () => ID) hubId: string, @Arg('activityId', () => ID) activityId: string, @Ctx() ctx: Context): Promise<Activity> {
    return ctx.services.activity.send(ctx.db.hub(hubId), hubId, activityId);
  }

  @Authorized(Access.MUNICIPALITY)
  @Mutation(() => SurveyResponse, { description: "Answers a survey for the caller's municipality; answering again before the deadline replaces the answers." })
  answerSurvey(@Arg('input', () => AnswerSurveyInput) input: AnswerSurveyInput, @Ctx() ctx: Context): Promise<SurveyResponse> {
    return ctx.services.activity.answer(ctx.db.hub(input.hubId), input, ctx.viewer!);
  }

  @FieldResolver(() => Project, { description: 'The project of the business plan this activity carries out.' })
  project(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Project> {
    return ctx.services.plan.project(ctx.db.hub(activity.hubId), activity.project.id);
  }

  @FieldResolver(() => [ActivityLecturer], { description: 'Its lecturers on record, whom honoraria pay.' })
  lecturers(@Root() activity: Activity, @Ctx() ctx: Context): Promise<ActivityLecturer[]> {
    return ctx.services.activity.lecturers(ctx.db.hub(activity.hubId), activity.id);
  }

  @FieldResolver(() => [SurveyQuestion], { description: 'For a survey: its questions.' })
  questions(@Root() activity: Activity, @Ctx() ctx: Context): Promise<SurveyQuestion[]> {
    return ctx.services.activity.questions(ctx.db.hub(activity.hubId), activity.id);
  }

  @Authorized(Access.SECRETARIAT, Access.PREFECTURE_ADMIN)
  @FieldResolver(() => CompiledSurvey, { description: 'For a survey: the answers compiled per question (とりまとめ; secretariat).' })
  compiledAnswers(@Root() activity: Activity, @Ctx() ctx: Context): Promise<CompiledSurvey> {
    return ctx.services.activity.compiled(ctx.db.hub(activity.hubId), activity.hubId, activity.id);
  }

  @FieldResolver(() => SurveyResponse, { nullable: true, description: "For a survey: the caller's municipality's answers, if it has answered." })
  async myResponse(@Root() activity: Activity, @Ctx() ctx: Context): Promise<SurveyResponse | null> {
    const municipalityId = ctx.viewer?.memberships.get(activity.hubId)?.municipalityId;
    return municipalityId ? ctx.services.activity.response(ctx.db.hub(activity.hubId), activity.id, municipalityId) : null;
  }

  @FieldResolver(() => [Advice], { description: 'The thread of advice on this activity.' })
  advice(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Advice[]> {
    return ctx.services.advice.thread(ctx.db.hub(activity.hubId), AdviceTarget.ACTIVITY, activity.id);
  }
}

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  @FieldResolver(() => Municipality, { description: 'The municipality that answered.' })
  municipality(@Root() response: SurveyResponse): Promise<Municipality> {
    return response.municipality.load({ dataloader: true }) as Promise<Municipality>;
  }

  @FieldResolver(() => [SurveyAnswer], { description: 'Its answers.' })
  answers(@Root() response: SurveyResponse): SurveyAnswer[] {
    return Object.entries(response.answers).map(([questionId, value]) => ({ questionId, value }));
  }
}
