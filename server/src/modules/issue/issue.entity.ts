import type { Opt, Ref } from '@mikro-orm/core';
import { Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { HubOwned, VersionedHubEntity } from '../../platform/tenancy.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { HomeCareFunction, IssueSource, IssuePriority, IssueStatus } from './issue.types.js';

/** An issue (課題) identified in a cycle. */
@ObjectType({ description: 'An issue (課題) of home care in the zone, raised in a cycle.' })
@HubOwned('issue')
export class Issue extends VersionedHubEntity {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade', index: true })
  cycle!: Ref<Cycle>;

  @Field(() => String, { description: 'Short title.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String, { description: 'What the issue is, with evidence.' })
  @Property({ type: 'text' })
  description: Opt<string> = '';

  @Field(() => [HomeCareFunction], { description: 'Functions of home care it concerns.' })
  @Enum({ items: () => HomeCareFunction, array: true, nativeEnumName: 'home_care_function' })
  functions: Opt<HomeCareFunction[]> = [];

  @Field(() => IssueSource, { description: 'Where it came from.' })
  @Enum({ items: () => IssueSource, nativeEnumName: 'issue_source' })
  source!: IssueSource;

  @Field(() => ID, { description: 'Member who raised it.' })
  @Property({ type: 'uuid' })
  raisedBy!: string;

  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  raisedByMunicipality?: Ref<Municipality> | null;

  @Field(() => IssuePriority, { description: 'Priority.' })
  @Enum({ items: () => IssuePriority, nativeEnumName: 'issue_priority' })
  priority: Opt<IssuePriority> = IssuePriority.MEDIUM;

  @Field(() => IssueStatus, { description: 'Status.' })
  @Enum({ items: () => IssueStatus, nativeEnumName: 'issue_status' })
  status: Opt<IssueStatus> = IssueStatus.OPEN;

  @Field(() => Boolean, { description: 'Marked to be carried over into the next fiscal year when the cycle closes.' })
  @Property({ type: 'boolean' })
  carryOver: Opt<boolean> = false;

  /** Set when this issue was merged into another as a duplicate; its history stays with it. */
  @ManyToOne(() => Issue, { ref: true, nullable: true })
  mergedInto?: Ref<Issue> | null;

  /** The issue of the previous cycle this one continues. */
  @ManyToOne(() => Issue, { ref: true, nullable: true })
  carriedFrom?: Ref<Issue> | null;
}
