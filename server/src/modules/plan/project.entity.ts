import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { HubOwned, HubOwnedEntity, VersionedHubEntity } from '../../platform/tenancy.js';
import { Issue } from '../issue/issue.entity.js';
import { ExpenseCategory, SubCap } from '../budget/expense-category.js';
import { subCapCheckSql } from '../budget/sub-cap.rules.js';
import { SUBSIDY_RULE_SETS } from '../budget/subsidy-rule-sets.js';
import { Plan } from './plan.entity.js';
import { IndicatorType } from './plan.types.js';

/** A project (事業) of a business plan. */
@ObjectType({ description: 'A project (事業) of a business plan.' })
@HubOwned('project')
export class Project extends VersionedHubEntity {
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade', index: true })
  plan!: Ref<Plan>;

  @Field(() => String, { description: 'Title of the project.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String, { description: 'What the project aims to achieve.' })
  @Property({ type: 'text' })
  objective: Opt<string> = '';

  @Field(() => Int, { description: 'Order within the plan.' })
  @Property({ type: 'smallint' })
  position: Opt<number> = 0;
}

/** Links a project to an issue it answers. */
@HubOwned('project_issue')
@Unique({ properties: ['project', 'issue'] })
export class ProjectIssue extends HubOwnedEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => Issue, { ref: true, deleteRule: 'cascade', index: true })
  issue!: Ref<Issue>;
}

@ObjectType({ description: 'An indicator of a project, with baseline, target and (at evaluation) the actual value.' })
@HubOwned('indicator')
export class Indicator extends HubOwnedEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  @Field(() => String, { description: 'Name of the indicator.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => IndicatorType, { description: 'Structure, process or outcome.' })
  @Enum({ items: () => IndicatorType, nativeEnumName: 'indicator_type' })
  type!: IndicatorType;

  @Field(() => String, { description: 'Unit, e.g. 回, 人, %.' })
  @Property({ type: 'string' })
  unit: Opt<string> = '';

  @Field(() => Float, { nullable: true, description: 'Value at the start.' })
  @Property({ type: 'double', nullable: true })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: 'Value aimed for.' })
  @Property({ type: 'double', nullable: true })
  target?: number | null;

  @Field(() => Float, { nullable: true, description: 'Value reached, recorded at evaluation.' })
  @Property({ type: 'double', nullable: true })
  actual?: number | null;
}

@ObjectType({ description: 'A planned budget line of a project.' })
@HubOwned('budget_line')
// Each category only under the sub-caps the rule sets place it in (budget/sub-cap.rules.ts).
@Check({ name: 'budget_line_sub_cap_check', expression: subCapCheckSql(SUBSIDY_RULE_SETS, 'sub_cap_reason') })
export class BudgetLine extends HubOwnedEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  @Field(() => SubCap, { description: 'Sub-cap ① or ②.' })
  @Enum({ items: () => SubCap, nativeEnumName: 'sub_cap' })
  subCap!: SubCap;

  @Field(() => ExpenseCategory, { description: 'Expense category.' })
  @Enum({ items: () => ExpenseCategory, nativeEnumName: 'expense_category' })
  category!: ExpenseCategory;

  @Field(() => String, { nullable: true, description: 'Why the category is planned under its second sub-cap (e.g. 旅費 of the coordinator under ①); required there.' })
  @Property({ type: 'text', nullable: true })
  subCapReason?: string | null;

  @Field(() => Int, { description: 'Planned amount in yen.' })
  @Property({ type: 'integer' })
  plannedYen!: number;

  @Field(() => String, { description: 'What it pays for.' })
  @Property({ type: 'string' })
  description: Opt<string> = '';
}

@ObjectType({ description: 'An activity planned for a project, with its schedule.' })
@HubOwned('planned_activity')
export class PlannedActivity extends HubOwnedEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  @Field(() => String, { description: 'What is planned.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Planned start.' })
  @Property({ type: 'date', nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Planned end.' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;
}
