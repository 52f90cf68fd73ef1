import type { Ref } from '@mikro-orm/core';
import { Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { HubOwned, HubOwnedEntity } from '../../platform/tenancy.js';
import { AdviceTarget, AdviceKind } from './advice.types.js';

/** A contribution to a thread on an issue, project, activity or meeting. */
@ObjectType({ description: 'Advice, an idea, a question or a comment (助言) on an issue, project, activity or meeting.' })
@HubOwned('advice')
@Index({ properties: ['targetType', 'targetId'] })
export class Advice extends HubOwnedEntity {
  @Field(() => AdviceTarget, { description: 'What the thread is about.' })
  @Enum({ items: () => AdviceTarget, nativeEnumName: 'advice_target' })
  targetType!: AdviceTarget;

  @Field(() => ID, { description: 'Identifier of the issue, project, activity or meeting.' })
  @Property({ type: 'uuid' })
  targetId!: string;

  @Field(() => AdviceKind, { description: 'Advice, idea, question or comment.' })
  @Enum({ items: () => AdviceKind, nativeEnumName: 'advice_kind' })
  kind!: AdviceKind;

  @Field(() => String, { description: 'The text.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => ID, { description: 'Member who wrote it.' })
  @Property({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => Advice, { ref: true, nullable: true, deleteRule: 'cascade' })
  parent?: Ref<Advice> | null;

  @Field(() => ID, { nullable: true, description: 'Project this advice was taken into, when the secretariat marked it so.' })
  @Property({ type: 'uuid', nullable: true })
  takenIntoProjectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was marked as taken into the plan.' })
  @Property({ type: 'datetime', nullable: true })
  takenAt?: Date | null;
}
