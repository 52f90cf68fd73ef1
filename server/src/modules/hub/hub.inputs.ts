import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { HubStatus, ImplementingBodyKind, HubRole } from './hub.types.js';
import { HubTier } from './hub-tier.js';

@InputType({ description: 'A new hub, created by the prefecture.' })
export class CreateHubInput {
  @Field(() => ID, { description: 'Home-care zone the hub serves.' })
  zoneId!: string;

  @Field(() => String, { description: 'Name of the hub.' })
  name!: string;

  @Field(() => HubTier, { description: 'Single, core or district hub.' })
  tier!: HubTier;

  @Field(() => String, { description: 'Implementing body (実施主体).' })
  implementingBody!: string;

  @Field(() => ImplementingBodyKind, { description: 'Kind of the implementing body.' })
  implementingBodyKind!: ImplementingBodyKind;

  @Field(() => String, { nullable: true, description: 'Co-implementing body (共同実施主体).' })
  coImplementingBody?: string | null;

  @Field(() => HubStatus, { nullable: true, description: 'Initial status; PREPARING when omitted.' })
  status?: HubStatus | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of designation, required when the status is DESIGNATED.' })
  designatedOn?: string | null;

  @Field(() => [String], { nullable: true, description: 'Active-role medical institutions taking part.' })
  activeRoleInstitutions?: string[] | null;

  @Field(() => String, { nullable: true, description: "E-mail of the hub's first secretariat member, to invite at once." })
  secretariatEmail?: string | null;
}

@InputType({ description: "Changes to a hub's registration; omitted fields stay as they are." })
export class UpdateHubInput {
  @Field(() => ID, { description: 'The hub to change.' })
  hubId!: string;

  @Field(() => String, { nullable: true, description: 'Name of the hub.' })
  name?: string | null;

  @Field(() => HubTier, { nullable: true, description: 'Single, core or district hub.' })
  tier?: HubTier | null;

  @Field(() => String, { nullable: true, description: 'Implementing body.' })
  implementingBody?: string | null;

  @Field(() => ImplementingBodyKind, { nullable: true, description: 'Kind of the implementing body.' })
  implementingBodyKind?: ImplementingBodyKind | null;

  @Field(() => String, { nullable: true, description: 'Co-implementing body; an empty string clears it.' })
  coImplementingBody?: string | null;

  @Field(() => HubStatus, { nullable: true, description: 'Designation status.' })
  status?: HubStatus | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of designation.' })
  designatedOn?: string | null;

  @Field(() => [String], { nullable: true, description: 'Active-role medical institutions taking part.' })
  activeRoleInstitutions?: string[] | null;
}

@InputType({ description: 'An invitation to join a hub.' })
export class InviteMemberInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => String, { description: "The invitee's e-mail address." })
  email!: string;

  @Field(() => HubRole, { description: 'Role the invitee will have.' })
  role!: HubRole;

  @Field(() => ID, { nullable: true, description: 'For the MUNICIPALITY role: the participating municipality the member speaks for.' })
  municipalityId?: string | null;
}

/** The contact person of a participating municipality; shared by the add and update inputs. */
@InputType({ description: 'Contact person of a participating municipality.' })
abstract class ParticipationContactInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => String, { nullable: true, description: 'Contact person.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact telephone number.' })
  contactPhone?: string | null;
}

@InputType({ description: 'A municipality to add to a hub, with its contact person.' })
export class AddParticipationInput extends ParticipationContactInput {
  @Field(() => ID, { description: 'A municipality of the hub’s zone.' })
  municipalityId!: string;
}

@InputType({ description: "Changes to a participating municipality's contact; omitted fields stay as they are." })
export class UpdateParticipationInput extends ParticipationContactInput {
  @Field(() => ID, { description: 'The participation to change.' })
  participationId!: string;

  @Field(() => Int, { description: 'Version the change is based on.' })
  version!: number;
}

