import { InputRule } from '../../platform/input-guard.js';
import { YEN_INPUT } from '../budget/subsidy-rule-sets.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ExpenseCategory, SubCap } from '../budget/expense-category.js';
import { IndicatorType } from './plan.types.js';

@InputType({ description: 'An indicator of a project; with an id it updates that indicator, without one it adds a new one.' })
export class IndicatorInput {
  @Field(() => ID, { nullable: true, description: 'Existing indicator to keep and update.' })
  id?: string | null;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => IndicatorType, { description: 'Structure, process or outcome.' })
  type!: IndicatorType;

  @Field(() => String, { nullable: true, description: 'Unit.' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'Value at the start.' })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: 'Value aimed for.' })
  target?: number | null;
}

@InputType({ description: 'A planned budget line of a project.' })
export class BudgetLineInput {
  @Field(() => ID, { nullable: true, description: 'Existing line to keep and update.' })
  id?: string | null;

  @Field(() => SubCap, { nullable: true, description: "Sub-cap ① or ②; left out, it is the category's own (the rule set's categorySubCaps). A category the rule set places elsewhere is refused with WRONG_SUB_CAP." })
  subCap?: SubCap | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'Why the category is planned under its second sub-cap; required there (WRONG_SUB_CAP, field budgetLines.subCapReason).' })
  subCapReason?: string | null;

  @Field(() => ExpenseCategory, { description: 'Expense category.' })
  category!: ExpenseCategory;

  @InputRule(YEN_INPUT)
  @Field(() => Int, { description: 'Planned amount in whole yen.' })
  plannedYen!: number;

  @Field(() => String, { nullable: true, description: 'What it pays for.' })
  description?: string | null;
}

@InputType({ description: 'An activity planned for a project.' })
export class PlannedActivityInput {
  @Field(() => ID, { nullable: true, description: 'Existing planned activity to keep and update.' })
  id?: string | null;

  @Field(() => String, { description: 'What is planned.' })
  title!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Planned start.' })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Planned end.' })
  endsOn?: string | null;
}

@InputType({ description: 'A new project of a business plan.' })
export class CreateProjectInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'Objective.' })
  objective?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Issues of the same cycle the project answers.' })
  issueIds?: string[] | null;

  @Field(() => [IndicatorInput], { nullable: true, description: 'Indicators.' })
  indicators?: IndicatorInput[] | null;

  @Field(() => [BudgetLineInput], { nullable: true, description: 'Budget lines.' })
  budgetLines?: BudgetLineInput[] | null;

  @Field(() => [PlannedActivityInput], { nullable: true, description: 'Planned activities with their schedule.' })
  plannedActivities?: PlannedActivityInput[] | null;
}

@InputType({ description: 'Changes to a project; a list given replaces the current one (items keep their identity by id).' })
export class UpdateProjectInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => Int, { description: 'Version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'Objective.' })
  objective?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Issues the project answers.' })
  issueIds?: string[] | null;

  @Field(() => [IndicatorInput], { nullable: true, description: 'Indicators.' })
  indicators?: IndicatorInput[] | null;

  @Field(() => [BudgetLineInput], { nullable: true, description: 'Budget lines.' })
  budgetLines?: BudgetLineInput[] | null;

  @Field(() => [PlannedActivityInput], { nullable: true, description: 'Planned activities.' })
  plannedActivities?: PlannedActivityInput[] | null;
}

@InputType({ description: 'Adoption of a circulated plan.' })
export class AdoptPlanInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => Int, { description: 'Version the adoption is based on.' })
  version!: number;

  @Field(() => LocalDateResolver, { description: 'Date of adoption.' })
  adoptedOn!: string;

  @Field(() => String, { nullable: true, description: 'Meeting at which it was adopted.' })
  adoptedAt?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meeting record at which it was adopted.' })
  meetingId?: string | null;
}

