import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';

/** A personal calendar feed: a secret URL listing the meetings of all the owner's hubs. Only the token's hash is kept. */
@ObjectType({ description: 'A personal calendar feed (iCalendar) of the meetings of all your hubs.' })
@Entity({ tableName: 'calendar_feed' })
export class CalendarFeed extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', unique: true, hidden: true })
  tokenHash!: string;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; a revoked feed answers 404.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
