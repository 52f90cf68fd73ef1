import type { Opt, Ref } from '@mikro-orm/core';
import { Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubOwned, HubOwnedEntity, VersionedHubEntity } from '../../platform/tenancy.js';
import { Issue } from '../issue/issue.entity.js';
import { Plan } from './plan.entity.js';

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

export enum SubCap {
  COORDINATOR_PERSONNEL = 'COORDINATOR_PERSONNEL',
  OFFICE = 'OFFICE',
}
registerEnumType(SubCap, {
  name: 'SubCap',
  description: 'Sub-cap of the hub subsidy.',
  valuesConfig: {
    COORDINATOR_PERSONNEL: { description: '①調整担当者（MSW・事務担当者等）人件費' },
    OFFICE: { description: '②事務費（会議・研修開催等）' },
  },
});

export enum ExpenseCategory {
  REMUNERATION = 'REMUNERATION',
  SALARY = 'SALARY',
  ALLOWANCES = 'ALLOWANCES',
  MUTUAL_AID = 'MUTUAL_AID',
  WAGES = 'WAGES',
  HONORARIA = 'HONORARIA',
  TRAVEL = 'TRAVEL',
  SUPPLIES = 'SUPPLIES',
  SERVICES = 'SERVICES',
  COMMISSION = 'COMMISSION',
  RENTAL = 'RENTAL',
}
/** Japanese labels of the categories, as in the subsidy rules (需用費 excludes meals). */
export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  REMUNERATION: '報酬',
  SALARY: '給料',
  ALLOWANCES: '職員手当等',
  MUTUAL_AID: '共済費',
  WAGES: '賃金',
  HONORARIA: '報償費',
  TRAVEL: '旅費',
  SUPPLIES: '需用費',
  SERVICES: '役務費',
  COMMISSION: '委託料',
  RENTAL: '使用料及び賃借料',
};

registerEnumType(ExpenseCategory, {
  name: 'ExpenseCategory',
  description: 'Eligible expense category of the hub subsidy.',
  valuesConfig: Object.fromEntries(
    Object.entries(EXPENSE_CATEGORY_LABELS).map(([key, label]) => [key, { description: key === 'SUPPLIES' ? `${label}（会食に要する経費を除く）` : label }]),
  ),
});

@ObjectType({ description: 'A planned budget line of a project.' })
@HubOwned('budget_line')
export class BudgetLine extends HubOwnedEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  @Field(() => SubCap, { description: 'Sub-cap ① or ②.' })
  @Enum({ items: () => SubCap, nativeEnumName: 'sub_cap' })
  subCap!: SubCap;

  @Field(() => ExpenseCategory, { description: 'Expense category.' })
  @Enum({ items: () => ExpenseCategory, nativeEnumName: 'expense_category' })
  category!: ExpenseCategory;

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
