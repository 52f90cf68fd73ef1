import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { User } from '../account/user.entity.js';
import { Advice } from '../advice/advice.entity.js';
import { AdviceTarget } from '../advice/advice.types.js';
import { Project } from '../plan/project.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Issue } from './issue.entity.js';
import { IssueFilter, RaiseIssueInput, UpdateIssueInput } from './issue.inputs.js';

@Resolver(() => Issue)
export class IssueResolver {
  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => [Issue], { description: "The hub's issues matching the filter (by default all cycles, merged duplicates left out)." })
  issues(@Arg('hubId', () => ID) hubId: string, @Arg('filter', () => IssueFilter, { nullable: true }) filter: IssueFilter | null, @Ctx() ctx: Context): Promise<Issue[]> {
    return ctx.services.issue.list(ctx.db.hub(hubId), filter ?? {});
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => Issue, { description: 'One issue.' })
  issue(@Arg('hubId', () => ID) hubId: string, @Arg('issueId', () => ID) issueId: string, @Ctx() ctx: Context): Promise<Issue> {
    return ctx.services.issue.get(ctx.db.hub(hubId), issueId);
  }

  @Authorized(Access.SECRETARIAT, Access.ADVISOR, Access.MUNICIPALITY)
  @Mutation(() => Issue, { description: 'Raises an issue (municipality and advisor members, or the secretariat recording one).' })
  raiseIssue(@Arg('input', () => RaiseIssueInput) input: RaiseIssueInput, @Ctx() ctx: Context): Promise<Issue> {
    return ctx.services.issue.raise(ctx.db.hub(input.hubId), input, ctx.viewer!);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Issue, { description: 'Curates an issue: wording, functions, priority, status, carry-over (secretariat).' })
  updateIssue(@Arg('input', () => UpdateIssueInput) input: UpdateIssueInput, @Ctx() ctx: Context): Promise<Issue> {
    return ctx.services.issue.update(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Issue, { description: 'Merges a duplicate into another issue of the same cycle; both keep their history (secretariat). Returns the issue merged into.' })
  mergeIssues(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('duplicateId', () => ID, { description: 'The duplicate.' }) duplicateId: string,
    @Arg('intoId', () => ID, { description: 'The issue that stays.' }) intoId: string,
    @Ctx() ctx: Context,
  ): Promise<Issue> {
    return ctx.services.issue.merge(ctx.db.hub(hubId), hubId, duplicateId, intoId);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Municipality it was raised for, when raised by a municipality member.' })
  async raisedByMunicipality(@Root() issue: Issue): Promise<Municipality | null> {
    return (await issue.raisedByMunicipality?.load({ dataloader: true })) ?? null;
  }

  @FieldResolver(() => User, { description: 'Member who raised it.' })
  raisedByMember(@Root() issue: Issue, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.user(ctx.db.hub(issue.hubId), issue.raisedBy);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The issue this one was merged into, if it was a duplicate.' })
  mergedIntoId(@Root() issue: Issue): string | null {
    return issue.mergedInto?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The previous fiscal year's issue this one carries over." })
  carriedFromId(@Root() issue: Issue): string | null {
    return issue.carriedFrom?.id ?? null;
  }

  @FieldResolver(() => [Issue], { description: 'Duplicates merged into this issue.' })
  mergedIssues(@Root() issue: Issue, @Ctx() ctx: Context): Promise<Issue[]> {
    return ctx.services.issue.mergedInto(ctx.db.hub(issue.hubId), issue.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects that answer this issue.' })
  async projects(@Root() issue: Issue, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.services.plan.projectsAnswering(ctx.db.hub(issue.hubId), issue.id);
  }

  @FieldResolver(() => [Advice], { description: 'The thread of advice on this issue.' })
  advice(@Root() issue: Issue, @Ctx() ctx: Context): Promise<Advice[]> {
    return ctx.services.advice.thread(ctx.db.hub(issue.hubId), AdviceTarget.ISSUE, issue.id);
  }
}
