import type { Ref } from '@mikro-orm/core';
import { Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { HubOwned, HubOwnedEntity } from '../../platform/tenancy.js';
import { Project } from '../plan/project.entity.js';
import { Assessment } from './evaluation.types.js';

/** The evaluation (評価) of a project at the end of its cycle. */
@ObjectType({ description: 'The evaluation (評価) of a project.' })
@HubOwned('project_evaluation')
@Unique({ properties: ['project'] })
export class ProjectEvaluation extends HubOwnedEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => Assessment, { description: 'Achieved, partly achieved or not achieved.' })
  @Enum({ items: () => Assessment, nativeEnumName: 'assessment' })
  assessment!: Assessment;

  @Field(() => String, { description: 'Assessment in words: what worked, what did not, what next.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => ID, { description: 'Who evaluated.' })
  @Property({ type: 'uuid' })
  evaluatedBy!: string;
}
