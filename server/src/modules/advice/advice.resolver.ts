import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { User } from '../account/user.entity.js';
import { Advice } from './advice.entity.js';
import { AdviceTarget, AwaitingAdvice } from './advice.types.js';
import { PostAdviceInput } from './advice.inputs.js';

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
