import { InputRule } from '../../platform/input-guard.js';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Access } from '../../platform/authorization.js';
import { type Context, Unscoped } from '../../platform/context.js';
import { HubCreation } from '../hub/hub.inputs.js';
import { HomeCareZone } from '../reference/home-care-zone.entity.js';
import { DesignationStatus } from '../reference/reference.types.js';
import { DesignationChange, ZoneApproach } from './designation.entity.js';
import { DesignateZoneHubInput } from './designation.service.js';

@ObjectType({ description: 'Designations in one fiscal year against the plan.' })
class FiscalYearProgress {
  @Field(() => Int, { description: 'Fiscal year.' })
  fiscalYear!: number;

  @Field(() => String, { description: 'In era form.' })
  label!: string;

  @Field(() => Int, { description: 'Zones designated in the year.' })
  designated!: number;

  @Field(() => Int, { description: 'Zones designated by the end of the year.' })
  cumulative!: number;

  @Field(() => Int, { description: 'Zones the plan expects by the end of the year.' })
  targetCumulative!: number;

  @Field(() => Boolean, { description: 'Whether the cumulative count meets the target.' })
  onTrack!: boolean;
}

@ObjectType({ description: 'Designation status of the zones of one tertiary area.' })
class TertiaryAreaProgress {
  @Field(() => String, { description: 'Tertiary area.' })
  tertiaryArea!: string;

  @Field(() => Int, { description: 'Zones in it.' })
  zones!: number;

  @Field(() => Int, { description: 'Designated.' })
  designated!: number;

  @Field(() => Int, { description: 'Being researched, coordinated or reviewed.' })
  inProgress!: number;

  @Field(() => Int, { description: 'Not approached yet.' })
  notApproached!: number;

  @Field(() => Float, { description: 'Share designated (0–1).' })
  share!: number;
}

@ObjectType({ description: 'Progress of designation against the plan (all 39 zones within FY2024–FY2029).' })
class DesignationProgress {
  @Field(() => [FiscalYearProgress], { description: 'Per fiscal year of the plan.' })
  byFiscalYear!: FiscalYearProgress[];

  @Field(() => [TertiaryAreaProgress], { description: 'Per tertiary area, to see any bias.' })
  byTertiaryArea!: TertiaryAreaProgress[];

  @Field(() => [String], { description: 'Zones not approached yet.' })
  notApproached!: string[];
}

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
