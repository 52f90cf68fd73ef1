import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { GlobalRole } from '../account/user.entity.js';
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
    return ctx.services.rollup.hubs(ctx.em, fiscalYear, areaFor(ctx, secondaryAreaId ?? null));
  }
}
