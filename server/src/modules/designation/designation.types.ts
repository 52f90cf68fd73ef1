/** The designation module's GraphQL output types. */
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Designations in one fiscal year against the plan.' })
export class FiscalYearProgress {
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
export class TertiaryAreaProgress {
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
export class DesignationProgress {
  @Field(() => [FiscalYearProgress], { description: 'Per fiscal year of the plan.' })
  byFiscalYear!: FiscalYearProgress[];

  @Field(() => [TertiaryAreaProgress], { description: 'Per tertiary area, to see any bias.' })
  byTertiaryArea!: TertiaryAreaProgress[];

  @Field(() => [String], { description: 'Zones not approached yet.' })
  notApproached!: string[];
}
