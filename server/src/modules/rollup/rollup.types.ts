import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Profession } from '../activity/profession.js';
import { CyclePhase } from '../cycle/cycle.types.js';
import { Hub } from '../hub/hub.entity.js';
import { HomeCareFunction } from '../issue/issue.types.js';
import { ProgrammeItem } from '../programme-result/programme-item.js';

@ObjectType({ description: 'Spending against one cap.' })
export class CapUse {
  @Field(() => String, { description: 'TOTAL, COORDINATOR_PERSONNEL or OFFICE.' })
  key!: string;

  @Field(() => Int, { description: 'Cap in yen.' })
  capYen!: number;

  @Field(() => Int, { description: 'Spent in yen.' })
  actualYen!: number;
}

@ObjectType({ description: 'A count by profession.' })
export class ProfessionCount {
  @Field(() => Profession, { description: 'Profession.' })
  profession!: Profession;

  @Field(() => Int, { description: 'Count.' })
  count!: number;
}

@ObjectType({ description: 'A count by home-care function.' })
export class FunctionCount {
  @Field(() => HomeCareFunction, { description: 'Function.' })
  function!: HomeCareFunction;

  @Field(() => Int, { description: 'Issues concerning it.' })
  count!: number;
}

@ObjectType({ description: 'Municipal results under one programme item.' })
export class ItemCount {
  @Field(() => ProgrammeItem, { description: 'Programme item.' })
  item!: ProgrammeItem;

  @Field(() => Int, { description: 'Results.' })
  results!: number;

  @Field(() => Int, { description: 'Sessions.' })
  sessions!: number;

  @Field(() => Int, { description: 'Participants.' })
  participants!: number;
}

@ObjectType({ description: "A summary of one hub's fiscal year, as the prefecture and the area's health centre see it." })
export class HubRollup {
  @Field(() => Hub, { description: 'The hub.' })
  hub!: Hub;

  @Field(() => String, { description: 'Home-care zone.' })
  zone!: string;

  @Field(() => String, { description: 'Secondary area.' })
  secondaryArea!: string;

  @Field(() => CyclePhase, { nullable: true, description: "Phase of the year's cycle, if one is open." })
  cyclePhase!: CyclePhase | null;

  @Field(() => [CapUse], { description: 'Spending against the total cap and each sub-cap (empty without a budget).' })
  budget!: CapUse[];

  @Field(() => Int, { description: 'Meetings held in the year.' })
  meetingsHeld!: number;

  @Field(() => [ProfessionCount], { description: 'Attendance at those meetings by profession.' })
  attendanceByProfession!: ProfessionCount[];

  @Field(() => Int, { description: 'Issues of the year (merged duplicates left out).' })
  issues!: number;

  @Field(() => [FunctionCount], { description: 'Those issues by home-care function.' })
  issuesByFunction!: FunctionCount[];

  @Field(() => Int, { description: 'Issues carried over to the next year.' })
  carriedOverIssues!: number;

  @Field(() => [String], { description: 'Titles of the issues carried over.' })
  carriedOverIssueTitles!: string[];

  @Field(() => Int, { description: 'Projects of the plan.' })
  projects!: number;

  @Field(() => Int, { description: 'Indicators of those projects.' })
  indicators!: number;

  @Field(() => Int, { description: 'Indicators that reached their target.' })
  indicatorsAchieved!: number;

  @Field(() => Float, { nullable: true, description: 'Mean achievement of the indicators with an actual value (1 = target).' })
  meanAchievement!: number | null;

  @Field(() => Int, { description: 'Advice and ideas given by advisors in the year.' })
  adviceGiven!: number;

  @Field(() => [ItemCount], { description: 'Municipal programme results by item (ア)–(ク).' })
  programmeResults!: ItemCount[];
}
