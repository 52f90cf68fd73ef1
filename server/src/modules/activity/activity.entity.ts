import type { Opt, Ref } from '@mikro-orm/core';
import { Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HubOwned, HubOwnedEntity, VersionedHubEntity } from '../../platform/tenancy.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Project } from '../plan/project.entity.js';
import { Profession } from './profession.js';
import { ActivityKind, SurveyQuestionKind } from './activity.enums.js';

@ObjectType({ description: 'Number of participants of one profession.' })
export class ParticipantCount {
  @Field(() => Profession, { description: 'Profession.' })
  profession!: Profession;

  @Field(() => Int, { description: 'Number of participants.' })
  count!: number;
}

/** Something done to implement a project (事業実施). */
@ObjectType({ description: 'An activity carried out for a project (事業実施): a training, event, survey or working group.' })
@HubOwned('activity')
export class Activity extends VersionedHubEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  @Field(() => ActivityKind, { description: 'Kind of activity.' })
  @Enum({ items: () => ActivityKind, nativeEnumName: 'activity_kind' })
  kind!: ActivityKind;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date, or first date.' })
  @Property({ type: 'date', nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last date, for activities over several days.' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;

  @Field(() => String, { description: 'Place, or online.' })
  @Property({ type: 'string' })
  place: Opt<string> = '';

  @Field(() => [ParticipantCount], { description: 'Participants by profession.' })
  @Property({ type: 'json' })
  participants: Opt<ParticipantCount[]> = [];

  @Field(() => String, { description: 'What came out of it.' })
  @Property({ type: 'text' })
  outcomeNotes: Opt<string> = '';

  @Field(() => [String], { description: 'Links to evidence (minutes, materials, photos).' })
  @Property({ type: 'text[]' })
  evidenceLinks: Opt<string[]> = [];

  @Field(() => LocalDateResolver, { nullable: true, description: 'For a survey: last day municipalities may answer or change their answers.' })
  @Property({ type: 'date', nullable: true })
  surveyDeadline?: string | null;

  @Field(() => Date, { nullable: true, description: 'For a survey: when it was sent to the participating municipalities.' })
  @Property({ type: 'datetime', nullable: true })
  surveySentAt?: Date | null;
}

@ObjectType({ description: 'A question of a survey (調査照会).' })
@HubOwned('survey_question')
export class SurveyQuestion extends HubOwnedEntity {
  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade', index: true })
  activity!: Ref<Activity>;

  @Field(() => Int, { description: 'Order in the survey.' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String, { description: 'The question.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => SurveyQuestionKind, { description: 'Free text, number or choice.' })
  @Enum({ items: () => SurveyQuestionKind, nativeEnumName: 'survey_question_kind' })
  kind!: SurveyQuestionKind;

  @Field(() => [String], { description: 'Choices, for a choice question.' })
  @Property({ type: 'text[]' })
  choices: Opt<string[]> = [];
}

/** One municipality's answer to a survey; one per municipality, editable until the deadline. */
@ObjectType({ description: "A participating municipality's answers to a survey." })
@HubOwned('survey_response')
@Unique({ properties: ['activity', 'municipality'] })
export class SurveyResponse extends HubOwnedEntity {
  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade' })
  activity!: Ref<Activity>;

  @ManyToOne(() => Municipality, { ref: true })
  municipality!: Ref<Municipality>;

  /** Answers by question id. */
  @Property({ type: 'json' })
  answers!: Record<string, string>;

  @Field(() => ID, { description: 'Member who last saved the answers.' })
  @Property({ type: 'uuid' })
  answeredBy!: string;
}

/** A lecturer of an activity, the record an activity honorarium pays (one per name and activity). */
@ObjectType({ description: 'A lecturer of an activity (講師), whom an honorarium can pay.' })
@HubOwned('activity_lecturer')
@Unique({ properties: ['activity', 'nameKey'] })
export class ActivityLecturer extends HubOwnedEntity {
  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade' })
  activity!: Ref<Activity>;

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string' })
  name!: string;

  /** The name as compared: NFKC, no spaces, lower case. */
  @Property({ type: 'string' })
  nameKey!: string;

  @Field(() => String, { description: 'Organisation.' })
  @Property({ type: 'string' })
  organisation: Opt<string> = '';
}
