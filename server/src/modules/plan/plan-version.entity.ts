import type { Ref } from '@mikro-orm/core';
import { Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject, LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { HubOwned, HubOwnedEntity } from '../../platform/tenancy.js';
import type { PlanSnapshot } from './plan.rules.js';
import { Plan } from './plan.entity.js';
import { PlanState } from './plan.types.js';

/** A frozen copy of a plan as adopted; readable for good. */
@ObjectType({ description: 'An adopted version of a business plan, frozen.' })
@HubOwned('plan_version')
@Unique({ properties: ['plan', 'number'] })
export class PlanVersion extends HubOwnedEntity {
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<Plan>;

  @Field(() => Int, { description: 'Version number.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => PlanState, { description: 'State the plan had when frozen.' })
  @Enum({ items: () => PlanState, nativeEnumName: 'plan_state' })
  state!: PlanState;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of adoption.' })
  @Property({ type: 'date', nullable: true })
  adoptedOn?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The plan as it stood: projects with indicators, budget lines, planned activities and linked issues.' })
  @Property({ type: 'json' })
  snapshot!: PlanSnapshot;
}
