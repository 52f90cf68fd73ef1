/** The designation module's GraphQL input types. */
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ImplementingBodyKind } from '../hub/hub.types.js';
import { HubTier } from '../hub/hub-tier.js';

@InputType({ description: "Designation of a zone's hub: records it in the pipeline and creates the hub's workspace." })
export class DesignateZoneHubInput {
  @Field(() => ID, { description: 'The zone.' })
  zoneId!: string;

  @Field(() => LocalDateResolver, { description: 'Date of designation.' })
  designatedOn!: string;

  @Field(() => String, { description: 'Name of the hub.' })
  name!: string;

  @Field(() => HubTier, { nullable: true, description: 'Single (default), core or district.' })
  tier?: HubTier | null;

  @Field(() => String, { nullable: true, description: "Implementing body; the zone's candidate when omitted." })
  implementingBody?: string | null;

  @Field(() => ImplementingBodyKind, { description: 'Kind of the implementing body.' })
  implementingBodyKind!: ImplementingBodyKind;

  @Field(() => String, { description: "E-mail of the hub's first secretariat member; an invitation is issued." })
  secretariatEmail!: string;
}
