import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, mayCall } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { Activity } from '../activity/activity.entity.js';
import { Advice } from '../advice/advice.entity.js';
import { AdviceTarget } from '../advice/advice.types.js';
import { ProjectEvaluation } from '../evaluation/project-evaluation.entity.js';
import { Issue } from '../issue/issue.entity.js';
import { AdoptPlanInput, CreateProjectInput, UpdateProjectInput } from './plan.inputs.js';
import { PlanDifferenceType, PlanViewerCan } from './plan.types.js';
import { CyclePhase } from '../cycle/cycle-phase.js';
import { Plan } from './plan.entity.js';
import { achievement, PLAN_MOVES } from './plan.rules.js';
import { PlanVersion } from './plan-version.entity.js';
import { BudgetLine, Indicator, PlannedActivity, Project } from './project.entity.js';

@Resolver(() => Plan)
export class PlanResolver {
  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => Plan, { description: 'A business plan.' })
  plan(@Arg('hubId', () => ID) hubId: string, @Arg('planId', () => ID) planId: string, @Ctx() ctx: Context): Promise<Plan> {
    return ctx.services.plan.get(ctx.db.hub(hubId), planId);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Project, { description: 'Adds a project to the plan (secretariat). Editing an adopted plan starts its next version.' })
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return ctx.services.plan.createProject(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Project, { description: 'Changes a project, its indicators, budget lines, planned activities and linked issues (secretariat).' })
  updateProject(@Arg('input', () => UpdateProjectInput) input: UpdateProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return ctx.services.plan.updateProject(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Project, { description: 'Removes a project from the plan (secretariat).' })
  deleteProject(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('version', () => Int, { description: 'Version the removal is based on.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return ctx.services.plan.deleteProject(ctx.db.hub(hubId), hubId, projectId, version);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Plan, { description: 'Circulates the draft plan to the members for comments and advice (secretariat).' })
  circulatePlan(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('planId', () => ID) planId: string,
    @Arg('version', () => Int, { description: 'Version of the plan the change is based on.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<Plan> {
    return ctx.services.plan.circulate(ctx.db.hub(hubId), hubId, planId, version);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Plan, { description: 'Records the adoption of the circulated plan at a meeting or on a date, freezing this version (secretariat).' })
  adoptPlan(@Arg('input', () => AdoptPlanInput) input: AdoptPlanInput, @Ctx() ctx: Context): Promise<Plan> {
    return ctx.services.plan.adopt(ctx.db.hub(input.hubId), input);
  }

  @FieldResolver(() => PlanViewerCan, { description: 'What you may do to this plan now (your role, its state, its cycle), as the server will answer it; circulating and adopting also need the plan within the caps.' })
  async viewerCan(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanViewerCan> {
    const open = (await ctx.services.cycle.get(ctx.db.hub(plan.hubId), plan.cycle.id)).phase !== CyclePhase.CLOSED;
    const can = (operation: string) => open && mayCall(ctx.viewer, operation, plan.hubId);
    return {
      editProjects: can('createProject'),
      circulate: can('circulatePlan') && plan.state === PLAN_MOVES.CIRCULATE.from,
      adopt: can('adoptPlan') && plan.state === PLAN_MOVES.ADOPT.from,
    };
  }

  @FieldResolver(() => [Project], { description: 'Projects of the plan as it stands now.' })
  projects(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.services.plan.projects(ctx.db.hub(plan.hubId), plan.id);
  }

  @FieldResolver(() => [PlanVersion], { description: 'Adopted versions, oldest first; each stays readable.' })
  versions(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanVersion[]> {
    return ctx.services.plan.versions(ctx.db.hub(plan.hubId), plan.id);
  }

  @FieldResolver(() => [PlanDifferenceType], { description: 'Differences between two versions of the plan.' })
  differences(
    @Root() plan: Plan,
    @Arg('fromVersion', () => Int, { description: 'Older version number.' }) fromVersion: number,
    @Arg('toVersion', () => Int, { nullable: true, description: 'Newer version number; the plan as it stands now when omitted.' }) toVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<PlanDifferenceType[]> {
    return ctx.services.plan.diff(ctx.db.hub(plan.hubId), plan.id, fromVersion, toVersion ?? null);
  }
}

@Resolver(() => Project)
export class ProjectResolver {
  @FieldResolver(() => [Issue], { description: 'Issues the project answers.' })
  async issues(@Root() project: Project, @Ctx() ctx: Context): Promise<Issue[]> {
    return ctx.services.plan.issuesOf(ctx.db.hub(project.hubId), project.id);
  }

  @FieldResolver(() => [Indicator], { description: 'Indicators.' })
  indicators(@Root() project: Project, @Ctx() ctx: Context): Promise<Indicator[]> {
    return ctx.services.plan.indicators(ctx.db.hub(project.hubId), project.id);
  }

  @FieldResolver(() => [BudgetLine], { description: 'Planned budget lines.' })
  budgetLines(@Root() project: Project, @Ctx() ctx: Context): Promise<BudgetLine[]> {
    return ctx.services.plan.budgetLines(ctx.db.hub(project.hubId), project.id);
  }

  @FieldResolver(() => [PlannedActivity], { description: 'Planned activities with their schedule.' })
  plannedActivities(@Root() project: Project, @Ctx() ctx: Context): Promise<PlannedActivity[]> {
    return ctx.services.plan.plannedActivities(ctx.db.hub(project.hubId), project.id);
  }

  @FieldResolver(() => [Activity], { description: 'Activities carried out (事業実施).' })
  activities(@Root() project: Project, @Ctx() ctx: Context): Promise<Activity[]> {
    return ctx.services.activity.list(ctx.db.hub(project.hubId), project.id);
  }

  @FieldResolver(() => ProjectEvaluation, { nullable: true, description: 'Evaluation, once made.' })
  evaluation(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectEvaluation | null> {
    return ctx.services.evaluation.ofProject(ctx.db.hub(project.hubId), project.id);
  }

  @FieldResolver(() => [Advice], { description: 'The thread of advice on this project.' })
  advice(@Root() project: Project, @Ctx() ctx: Context): Promise<Advice[]> {
    return ctx.services.advice.thread(ctx.db.hub(project.hubId), AdviceTarget.PROJECT, project.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'Progress from baseline to target as a fraction (1 = target reached); empty until an actual value is recorded.' })
  achievement(@Root() indicator: Indicator): number | null {
    return achievement(indicator.baseline ?? null, indicator.target ?? null, indicator.actual ?? null);
  }
}
