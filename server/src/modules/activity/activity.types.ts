/** The activity module's GraphQL output types; its enums are in activity.enums.ts (re-exported here). */
import { Field, Float, Int, ObjectType, ID } from 'type-graphql';
import { Municipality } from '../reference/municipality.entity.js';
import { SurveyQuestion } from './activity.entity.js';

export * from './activity.enums.js';

@ObjectType({ description: "One municipality's answer to a question." })
export class MunicipalityAnswer {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => String, { description: 'Its answer.' })
  value!: string;
}

@ObjectType({ description: 'Count of one choice.' })
export class ChoiceCount {
  @Field(() => String, { description: 'The choice.' })
  choice!: string;

  @Field(() => Int, { description: 'How many municipalities chose it.' })
  count!: number;
}

@ObjectType({ description: 'Compiled answers (とりまとめ) to one question.' })
export class CompiledQuestion {
  @Field(() => SurveyQuestion, { description: 'The question.' })
  question!: SurveyQuestion;

  @Field(() => [MunicipalityAnswer], { description: 'Answers by municipality.' })
  answers!: MunicipalityAnswer[];

  @Field(() => Float, { nullable: true, description: 'Sum of the answers, for a number question.' })
  total!: number | null;

  @Field(() => [ChoiceCount], { description: 'How often each choice was chosen, for a choice question.' })
  choiceCounts!: ChoiceCount[];
}

@ObjectType({ description: 'Compiled answers of a survey.' })
export class CompiledSurvey {
  @Field(() => [CompiledQuestion], { description: 'Per question.' })
  questions!: CompiledQuestion[];

  @Field(() => [Municipality], { description: 'Participating municipalities that have answered.' })
  answered!: Municipality[];

  @Field(() => [Municipality], { description: 'Participating municipalities that have not answered yet.' })
  unanswered!: Municipality[];
}

@ObjectType({ description: 'An answer to one question.' })
export class SurveyAnswer {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => String, { description: 'The answer.' })
  value!: string;
}
