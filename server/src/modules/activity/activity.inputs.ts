import { InputRule } from '../../platform/input-guard.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityKind, SurveyQuestionKind } from './activity.types.js';
import { Profession } from './profession.js';

@InputType({ description: 'Number of participants of one profession.' })
export class ParticipantCountInput {
  @Field(() => Profession, { description: 'Profession.' })
  profession!: Profession;

  @Field(() => Int, { description: 'Number of participants (0 or more).' })
  count!: number;
}

@InputType({ description: 'A question of a survey.' })
export class SurveyQuestionInput {
  @InputRule({ multiline: true })
  @Field(() => String, { description: 'The question.' })
  text!: string;

  @Field(() => SurveyQuestionKind, { description: 'Free text, number or choice.' })
  kind!: SurveyQuestionKind;

  @Field(() => [String], { nullable: true, description: 'Choices, for a choice question.' })
  choices?: string[] | null;
}

@InputType({ description: 'The fields of an activity; in an update, omitted fields stay as they are.' })
export class ActivityFieldsInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date, or first date.' })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last date.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Place.' })
  place?: string | null;

  @Field(() => [ParticipantCountInput], { nullable: true, description: 'Participants by profession.' })
  participants?: ParticipantCountInput[] | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'Outcome notes.' })
  outcomeNotes?: string | null;

  @InputRule({ maxLength: 2000, maxItems: 50 })
  @Field(() => [String], { nullable: true, description: 'Links to evidence.' })
  evidenceLinks?: string[] | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For a survey: answer deadline.' })
  surveyDeadline?: string | null;

  @Field(() => [SurveyQuestionInput], { nullable: true, description: 'For a survey: its questions (replaced as a whole; not after sending).' })
  questions?: SurveyQuestionInput[] | null;
}

@InputType({ description: 'A new activity of a project.' })
export class CreateActivityInput extends ActivityFieldsInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => ActivityKind, { description: 'Kind of activity.' })
  kind!: ActivityKind;
}

@InputType({ description: 'Changes to an activity.' })
export class UpdateActivityInput extends ActivityFieldsInput {
  @Field(() => ID, { description: 'The activity.' })
  activityId!: string;

  @Field(() => Int, { description: 'Version the change is based on.' })
  version!: number;
}

@InputType({ description: 'One answer of a survey.' })
export class SurveyAnswerInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @InputRule({ multiline: true })
  @Field(() => String, { description: 'The answer (a number for number questions, one of the choices for choice questions).' })
  value!: string;
}

@InputType({ description: "A municipality's answers to a survey." })
export class AnswerSurveyInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The survey activity.' })
  activityId!: string;

  @Field(() => [SurveyAnswerInput], { description: 'Answers, one per question.' })
  answers!: SurveyAnswerInput[];
}

