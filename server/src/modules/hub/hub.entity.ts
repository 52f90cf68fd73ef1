import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { HomeCareZone } from '../reference/home-care-zone.entity.js';
import { HubTier } from './hub-tier.js';
import { Membership } from './membership.entity.js';
import { registerHubOfRoot } from '../../platform/authorization.js';
import { registerTenant } from '../../platform/tenancy.js';
import { ImplementingBodyKind, HubStatus } from './hub.enums.js';


@ObjectType({ description: 'A home-medical-care collaboration hub (在宅医療に必要な連携を担う拠点): one tenant of the workspace.' })
@Entity({ tableName: 'hub' })
// Behind the zone-structure check (hub.rules.ts zoneStructureProblem, under a lock on the zone):
// never two live single hubs, nor two live core hubs, in one zone.
@Unique({ name: 'hub_zone_single_unique', properties: ['zone'], where: `tier = 'SINGLE' and status in ('PREPARING', 'DESIGNATED') and not before_zone_rule` })
@Unique({ name: 'hub_zone_core_unique', properties: ['zone'], where: `tier = 'CORE' and status in ('PREPARING', 'DESIGNATED') and not before_zone_rule` })
export class Hub extends BaseEntity {
  /** Set by the migration that brought in the zone structure, on hubs that broke it before; reported there. */
  @Property({ type: 'boolean', default: false })
  beforeZoneRule: Opt<boolean> = false;

  @Field(() => String, { description: 'Name of the hub, e.g. 在宅医療ソリューション会議.' })
  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => HomeCareZone, { ref: true })
  zone!: Ref<HomeCareZone>;

  @Field(() => HubTier, { description: 'Single, core or district hub.' })
  @Enum({ items: () => HubTier, nativeEnumName: 'hub_tier' })
  tier!: HubTier;

  @Field(() => String, { description: 'Implementing body (実施主体), e.g. （公社）室蘭市医師会.' })
  @Property({ type: 'string' })
  implementingBody!: string;

  @Field(() => ImplementingBodyKind, { description: 'Kind of the implementing body.' })
  @Enum({ items: () => ImplementingBodyKind, nativeEnumName: 'implementing_body_kind' })
  implementingBodyKind!: ImplementingBodyKind;

  @Field(() => String, { nullable: true, description: 'Co-implementing body (共同実施主体), if any.' })
  @Property({ type: 'string', nullable: true })
  coImplementingBody?: string | null;

  @Field(() => HubStatus, { description: 'Designation status.' })
  @Enum({ items: () => HubStatus, nativeEnumName: 'hub_status' })
  status: Opt<HubStatus> = HubStatus.PREPARING;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of designation (指定日).' })
  @Property({ type: 'date', nullable: true })
  designatedOn?: string | null;

  @Field(() => [String], { description: 'Active-role medical institutions (積極的役割を担う医療機関) taking part.' })
  @Property({ type: 'text[]' })
  activeRoleInstitutions: Opt<string[]> = [];

  @OneToMany(() => Membership, (membership) => membership.hub)
  memberships = new Collection<Membership>(this);
}

// The hub is the tenant every hub-owned record belongs to, and names itself for the role checks.
registerTenant(Hub);
registerHubOfRoot((root) => (root instanceof Hub ? root.id : null));

declare module '../../platform/tenancy.js' {
  interface TenantRegistry {
    hub: Hub;
  }
}
