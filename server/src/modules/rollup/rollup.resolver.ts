import { Arg, Authorized, Ctx, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Access, satisfies, Access as A } from '../../platform/authorization.js';
import { type Context, Unscoped } from '../../platform/context.js';
import { forbidden, unauthenticated } from '../../platform/errors.js';
import { GlobalRole } from '../account/account.types.js';
import type { HubEventData } from '../../platform/event-bus.js';
import { mergedStreams } from '../live/live.service.js';
import { HubRollup } from './rollup.types.js';

/** The secondary area a caller may see: any (or all) for the prefecture, only its own for a health centre. */
export function areaFor(ctx: Context, requested: string | null): string | null {
  const viewer = ctx.viewer!;
  if (viewer.globalRole === GlobalRole.PREFECTURE_ADMIN) return requested;
  if (requested && requested !== viewer.secondaryAreaId) {
    throw forbidden({ ja: '保健所は管轄の二次医療圏の拠点のみ閲覧できます。', en: "A health centre sees only the hubs of its own secondary area." });
  }
  return viewer.secondaryAreaId;
}

@Resolver(() => HubRollup)
export class RollupResolver {
  @Authorized(Access.PREFECTURE_ADMIN, Access.AREA_HEALTH_CENTER)
  @Query(() => [HubRollup], { description: "Each hub's year in summary: all hubs (or one area) for the prefecture, the own area's for a health centre." })
  hubRollup(
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('secondaryAreaId', () => ID, { nullable: true, description: 'Only the hubs of this secondary area.' }) secondaryAreaId: string | null,
    @Ctx() ctx: Context,
  ): Promise<HubRollup[]> {
    return ctx.services.rollup.hubs(ctx.db.unscoped(Unscoped.PREFECTURE), fiscalYear, areaFor(ctx, secondaryAreaId ?? null));
  }

  @Subscription(() => HubRollup, {
    description: "A hub's summary again whenever something changes in it: every hub (or one area) for the prefecture, the own area's for a health centre.",
    subscribe: async function* ({ args, context }) {
      const ctx = context as Context;
      if (!ctx.viewer) throw unauthenticated();
      if (!satisfies(ctx.viewer, [A.PREFECTURE_ADMIN, A.AREA_HEALTH_CENTER], null)) throw forbidden({ ja: 'この購読は道本庁と保健所のみ利用できます。', en: 'Only the prefecture and health centres can follow the roll-up.' });
      const area = areaFor(ctx, (args as { secondaryAreaId?: string | null }).secondaryAreaId ?? null);
      yield* mergedStreams(ctx.services.live, await ctx.services.rollup.hubIds(ctx.db.unscoped(Unscoped.PREFECTURE), area));
    },
  })
  hubRollupChanged(
    @Root() event: HubEventData,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('secondaryAreaId', () => ID, { nullable: true }) _secondaryAreaId: string | null,
    @Ctx() ctx: Context,
  ): Promise<HubRollup> {
    return ctx.services.rollup.one(ctx.db.unscoped(Unscoped.PREFECTURE, { fresh: true }), event.hubId, fiscalYear);
  }
}
