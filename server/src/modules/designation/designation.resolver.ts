import { InputRule } from '../../platform/input-guard.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Access } from '../../platform/authorization.js';
import { type Context, Unscoped } from '../../platform/context.js';
import { HubCreation } from '../hub/hub.types.js';
import { HomeCareZone } from '../reference/home-care-zone.entity.js';
import { DesignationStatus } from '../reference/reference.types.js';
import { DesignationChange, ZoneApproach } from './designation.entity.js';
import { DesignateZoneHubInput } from './designation.inputs.js';
import { DesignationProgress } from './designation.types.js';

const FOLLOWERS = [Access.PREFECTURE_ADMIN, Access.AREA_HEALTH_CENTER];

@Resolver(() => HomeCareZone)
export class DesignationResolver {
  @Authorized(...FOLLOWERS)
  @Query(() => DesignationProgress, { description: 'Designations per fiscal year against the target, per tertiary area, and zones not approached (prefecture and health centres).' })
  designationProgress(@Ctx() ctx: Context): Promise<DesignationProgress> {
    return ctx.services.designation.progress(ctx.db.unscoped(Unscoped.PREFECTURE));
  }

  @Authorized(Access.PREFECTURE_ADMIN)
  @InputRule({ args: { note: { multiline: true } } })
  @Mutation(() => HomeCareZone, { description: "Moves a zone along the designation pipeline (researching, coordinating, under review, withdrawn), with the date (prefecture)." })
  changeZoneStatus(
    @Arg('zoneId', () => ID) zoneId: string,
    @Arg('status', () => DesignationStatus) status: DesignationStatus,
    @Arg('changedOn', () => LocalDateResolver) changedOn: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<HomeCareZone> {
    return ctx.services.designation.move(ctx.db.unscoped(Unscoped.PREFECTURE), zoneId, status, changedOn, note, ctx.viewer!);
  }

  @Authorized(Access.PREFECTURE_ADMIN)
  @Mutation(() => HomeCareZone, { description: "Records a zone's candidate body and the active-role institutions that will take part (prefecture)." })
  setZoneCandidate(
    @Arg('zoneId', () => ID) zoneId: string,
    @Arg('candidateBody', () => String, { nullable: true }) candidateBody: string | null,
    @Arg('institutions', () => [String]) institutions: string[],
    @Ctx() ctx: Context,
  ): Promise<HomeCareZone> {
    return ctx.services.designation.setCandidate(ctx.db.unscoped(Unscoped.PREFECTURE), zoneId, candidateBody, institutions);
  }

  @Authorized(Access.PREFECTURE_ADMIN)
  @InputRule({ args: { who: { multiline: true }, agreed: { multiline: true } } })
  @Mutation(() => ZoneApproach, { description: 'Notes an approach to a zone: date, who, what was agreed (prefecture).' })
  recordZoneApproach(
    @Arg('zoneId', () => ID) zoneId: string,
    @Arg('approachedOn', () => LocalDateResolver) approachedOn: string,
    @Arg('who', () => String) who: string,
    @Arg('agreed', () => String) agreed: string,
    @Ctx() ctx: Context,
  ): Promise<ZoneApproach> {
    return ctx.services.designation.recordApproach(ctx.db.unscoped(Unscoped.PREFECTURE), zoneId, approachedOn, who, agreed, ctx.viewer!);
  }

  @Authorized(Access.PREFECTURE_ADMIN)
  @Mutation(() => HubCreation, { description: "Designates a zone's hub: the pipeline moves to DESIGNATED and the hub's workspace is created with an invitation for its secretariat (prefecture)." })
  designateZoneHub(@Arg('input', () => DesignateZoneHubInput) input: DesignateZoneHubInput, @Ctx() ctx: Context): Promise<HubCreation> {
    return ctx.services.designation.designate(ctx.db.unscoped(Unscoped.PREFECTURE), input, ctx.viewer!);
  }

  @Authorized(...FOLLOWERS)
  @FieldResolver(() => [DesignationChange], { description: 'History of status changes, oldest first (prefecture and health centres).' })
  designationChanges(@Root() zone: HomeCareZone, @Ctx() ctx: Context): Promise<DesignationChange[]> {
    return ctx.services.designation.changes(ctx.db.unscoped(Unscoped.PREFECTURE), zone.id);
  }

  @Authorized(...FOLLOWERS)
  @FieldResolver(() => [ZoneApproach], { description: 'Notes of approaches, oldest first (prefecture and health centres).' })
  approaches(@Root() zone: HomeCareZone, @Ctx() ctx: Context): Promise<ZoneApproach[]> {
    return ctx.services.designation.approaches(ctx.db.unscoped(Unscoped.PREFECTURE), zone.id);
  }
}
