import { InputRule } from '../../platform/input-guard.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, mayCall } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { fiscalYearLabel, fiscalYearLabelEn } from '../../platform/fiscal-year.js';
import { Issue } from '../issue/issue.entity.js';
import { IssueFilter } from '../issue/issue.inputs.js';
import { Plan } from '../plan/plan.entity.js';
import { Cycle } from './cycle.entity.js';
import { PhaseChange } from './phase-change.entity.js';
import { cycleMoves } from './cycle.rules.js';
import { CycleViewerCan } from './cycle.types.js';

@Resolver(() => Cycle)
export class CycleResolver {
  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => [Cycle], { description: "The hub's cycles, newest fiscal year first." })
  cycles(@Arg('hubId', () => ID) hubId: string, @Ctx() ctx: Context): Promise<Cycle[]> {
    return ctx.services.cycle.list(ctx.db.hub(hubId));
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => Cycle, { description: 'One cycle of the hub.' })
  cycle(@Arg('hubId', () => ID) hubId: string, @Arg('cycleId', () => ID) cycleId: string, @Ctx() ctx: Context): Promise<Cycle> {
    return ctx.services.cycle.get(ctx.db.hub(hubId), cycleId);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Cycle, { description: "Opens the hub's cycle for a fiscal year, with an empty draft plan (secretariat)." })
  createCycle(@Arg('hubId', () => ID) hubId: string, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context): Promise<Cycle> {
    return ctx.services.cycle.create(ctx.db.hub(hubId), hubId, fiscalYear);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Cycle, { description: 'Moves the cycle to its next phase if every precondition holds; otherwise the error lists each unmet one (secretariat). Closing opens the next fiscal year and carries marked issues over.' })
  advanceCycle(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('version', () => Int, { description: 'Version of the cycle the change is based on.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<Cycle> {
    return ctx.services.cycle.advance(ctx.db.hub(hubId), hubId, cycleId, version, ctx.viewer!);
  }

  @Authorized(Access.SECRETARIAT)
  @InputRule({ args: { reason: { multiline: true } } })
  @Mutation(() => Cycle, { description: 'Moves the cycle back one phase, with a reason that is kept (secretariat).' })
  revertCycle(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('version', () => Int, { description: 'Version of the cycle the change is based on.' }) version: number,
    @Arg('reason', () => String, { nullable: true, description: 'Why; required.' }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Cycle> {
    return ctx.services.cycle.revert(ctx.db.hub(hubId), hubId, cycleId, version, reason, ctx.viewer!);
  }

  @FieldResolver(() => String, { description: 'Fiscal year in era form, e.g. 令和7年度.' })
  label(@Root() cycle: Cycle): string {
    return fiscalYearLabel(cycle.fiscalYear);
  }

  @FieldResolver(() => String, { description: 'Fiscal year in English, e.g. FY2025 (Reiwa 7).' })
  labelEn(@Root() cycle: Cycle): string {
    return fiscalYearLabelEn(cycle.fiscalYear);
  }

  @FieldResolver(() => CycleViewerCan, { description: 'What you may do to this cycle now, as the server will answer it.' })
  viewerCan(@Root() cycle: Cycle, @Ctx() ctx: Context): CycleViewerCan {
    const moves = cycleMoves(cycle.phase);
    return { advance: moves.advance && mayCall(ctx.viewer, 'advanceCycle', cycle.hubId), revert: moves.revert && mayCall(ctx.viewer, 'revertCycle', cycle.hubId) };
  }

  @FieldResolver(() => Plan, { description: "The cycle's business plan." })
  async plan(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<Plan> {
    return (await ctx.services.plan.ofCycle(ctx.db.hub(cycle.hubId), cycle.id))!;
  }

  @FieldResolver(() => [Issue], { description: 'Issues of the cycle.' })
  issues(@Root() cycle: Cycle, @Arg('filter', () => IssueFilter, { nullable: true }) filter: IssueFilter | null, @Ctx() ctx: Context): Promise<Issue[]> {
    return ctx.services.issue.list(ctx.db.hub(cycle.hubId), { ...filter, cycleId: cycle.id });
  }

  @FieldResolver(() => [PhaseChange], { description: 'History of phase changes, oldest first.' })
  phaseChanges(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<PhaseChange[]> {
    return ctx.services.cycle.phaseChanges(ctx.db.hub(cycle.hubId), cycle.id);
  }
}
