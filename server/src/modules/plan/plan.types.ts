/** The plan module's enums and GraphQL types, apart from its entities. */
import { registerEnumType, Field, ObjectType } from 'type-graphql';
import { PlanState } from './plan-state.js';
import { GraphQLJSON } from 'graphql-scalars';

registerEnumType(PlanState, {
  name: 'PlanState',
  description: 'Where the business plan stands.',
  valuesConfig: {
    DRAFT: { description: '案（作成中）' },
    CIRCULATED: { description: '回覧中：メンバーの意見・助言を受付' },
    ADOPTED: { description: '決定（協議の場で承認）' },
  },
});

export enum IndicatorType {
  STRUCTURE = 'STRUCTURE',
  PROCESS = 'PROCESS',
  OUTCOME = 'OUTCOME',
}

registerEnumType(IndicatorType, {
  name: 'IndicatorType',
  description: 'Kind of indicator (Donabedian).',
  valuesConfig: {
    STRUCTURE: { description: 'ストラクチャー指標' },
    PROCESS: { description: 'プロセス指標' },
    OUTCOME: { description: 'アウトカム指標' },
  },
});

/** Re-exported so that the module's enums are found in one place; rules import the plain file. */
export { PlanState };

@ObjectType({ description: 'One difference between two versions of a plan.' })
export class PlanDifferenceType {
  @Field(() => String, { description: 'Where: project:<id>, project:<id>/indicator:<id>, …' })
  path!: string;

  @Field(() => String, { description: 'ADDED, REMOVED or CHANGED.' })
  kind!: string;

  @Field(() => String, { description: 'Name of the project, indicator, budget line or activity.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Changed field, for CHANGED.' })
  field!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value before.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value after.' })
  after!: unknown;
}

@ObjectType({ description: 'What you may do to this business plan now: your role (as the server checks it) and its state (plan.rules.ts).' })
export class PlanViewerCan {
  @Field(() => Boolean, { description: 'Add and edit projects (editing an adopted plan starts its next version).' })
  editProjects!: boolean;

  @Field(() => Boolean, { description: 'Circulate the draft for comments.' })
  circulate!: boolean;

  @Field(() => Boolean, { description: 'Record the plan as adopted.' })
  adopt!: boolean;
}
