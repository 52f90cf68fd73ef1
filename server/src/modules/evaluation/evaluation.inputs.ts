/** The evaluation module's GraphQL input types. */
import { InputRule } from '../../platform/input-guard.js';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Assessment } from './evaluation.types.js';

@InputType({ description: 'The value an indicator reached.' })
export class IndicatorActualInput {
  @Field(() => ID, { description: 'The indicator.' })
  indicatorId!: string;

  @Field(() => Float, { description: 'Value reached.' })
  actual!: number;
}

@InputType({ description: 'The evaluation of a project.' })
export class EvaluateProjectInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => Assessment, { description: 'Achieved, partly achieved or not achieved.' })
  assessment!: Assessment;

  @InputRule({ multiline: true })
  @Field(() => String, { description: 'Assessment in words.' })
  text!: string;

  @Field(() => [IndicatorActualInput], { description: "Actual values of the project's indicators." })
  actuals!: IndicatorActualInput[];

  @Field(() => [ID], { nullable: true, description: 'Issues of the cycle to carry over into the next fiscal year.' })
  carryOverIssueIds?: string[] | null;
}
