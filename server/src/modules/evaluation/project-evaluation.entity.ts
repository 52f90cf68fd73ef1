import type { Ref } from '@mikro-orm/core';
import { Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { HubOwned, HubOwnedEntity } from '../../platform/tenancy.js';
import { Project } from '../plan/project.entity.js';

export enum Assessment {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}
registerEnumType(Assessment, {
  name: 'Assessment',
  description: 'Overall assessment of a project.',
  valuesConfig: { ACHIEVED: { description: '達成' }, PARTLY_ACHIEVED: { description: '一部達成' }, NOT_ACHIEVED: { description: '未達成' } },
});

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
