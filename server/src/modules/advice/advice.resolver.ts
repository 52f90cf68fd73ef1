import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { User } from '../account/user.entity.js';
import { Issue } from '../issue/issue.entity.js';
import { Project } from '../plan/project.entity.js';
import { Advice } from './advice.entity.js';
import { AdviceTarget } from './advice.types.js';
import { PostAdviceInput } from './advice.service.js';

@ObjectType({ description: 'What still awaits an advisor’s advice or ideas.' })
export class AwaitingAdvice {
  @Field(() => [Issue], { description: 'Open issues without advice from the caller.' })
  issues!: Issue[];

  @Field(() => [Project], { description: 'Projects of a circulated plan without advice from the caller.' })
  projects!: Project[];
}

@Resolver(() => Advice)
export class AdviceResolver {
  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => [Advice], { description: 'The thread on an issue, project, activity or meeting, oldest first.' })
  adviceThread(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('targetType', () => AdviceTarget) targetType: AdviceTarget,
    @Arg('targetId', () => ID) targetId: string,
    @Ctx() ctx: Context,
  ): Promise<Advice[]> {
    return ctx.services.advice.thread(ctx.db.hub(hubId), targetType, targetId);
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => [Advice], { description: "The hub's latest advice and comments on any of its records, newest first." })
  recentAdvice(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('limit', () => Int, { defaultValue: 5, description: 'How many, from 1 to 50.' }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Advice[]> {
    return ctx.services.advice.recent(ctx.db.hub(hubId), limit);
  }

  @Authorized(Access.ADVISOR)
  @Query(() => AwaitingAdvice, { description: 'What still awaits the calling advisor’s advice in the hub.' })
  awaitingMyAdvice(@Arg('hubId', () => ID) hubId: string, @Ctx() ctx: Context): Promise<AwaitingAdvice> {
    return ctx.services.advice.awaiting(ctx.db.hub(hubId), ctx.viewer!.userId);
  }

  @Authorized(Access.MEMBER)
  @Mutation(() => Advice, { description: 'Posts advice or an idea (advisors), or a question or comment (any member).' })
  postAdvice(@Arg('input', () => PostAdviceInput) input: PostAdviceInput, @Ctx() ctx: Context): Promise<Advice> {
    return ctx.services.advice.post(ctx.db.hub(input.hubId), input, ctx.viewer!);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Advice, { description: 'Marks advice or an idea as taken into the plan, naming the project it shaped (secretariat).' })
  markAdviceTaken(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('adviceId', () => ID) adviceId: string,
    @Arg('projectId', () => ID) projectId: string,
    @Ctx() ctx: Context,
  ): Promise<Advice> {
    return ctx.services.advice.markTaken(ctx.db.hub(hubId), hubId, adviceId, projectId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The contribution this one replies to.' })
  parentId(@Root() advice: Advice): string | null {
    return advice.parent?.id ?? null;
  }

  @FieldResolver(() => User, { description: 'Who wrote it.' })
  author(@Root() advice: Advice, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.user(ctx.db.hub(advice.hubId), advice.authorId);
  }
}
