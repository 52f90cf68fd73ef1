/** The budget module's enums and GraphQL types, apart from its entities. */
import { BudgetWarningCode, type BurnLevel } from './budget.rules.js';
import { registerEnumType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { HonorariumState } from './honorarium-state.js';
import { EXPENSE_CATEGORY_LABELS, ExpenseCategory, SubCap } from './expense-category.js';

export enum FundingSource {
  HUB_SUBSIDY = 'HUB_SUBSIDY',
  MUNICIPAL_PROGRAMME = 'MUNICIPAL_PROGRAMME',
  OTHER = 'OTHER',
}

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Which money a cost is claimed under.',
  valuesConfig: {
    HUB_SUBSIDY: { description: '拠点補助金' },
    MUNICIPAL_PROGRAMME: { description: '市町村の在宅医療・介護連携推進事業' },
    OTHER: { description: 'その他（自主財源等）' },
  },
});

export enum PayeeType {
  INDIVIDUAL = 'INDIVIDUAL',
  CORPORATION = 'CORPORATION',
}

registerEnumType(PayeeType, {
  name: 'PayeeType',
  description: 'Individual or corporation (only individuals have income tax withheld).',
  valuesConfig: { INDIVIDUAL: { description: '個人' }, CORPORATION: { description: '法人' } },
});

export enum HonorariumRole {
  ATTENDEE = 'ATTENDEE',
  LECTURER = 'LECTURER',
}

registerEnumType(HonorariumRole, {
  name: 'HonorariumRole',
  description: 'What the honorarium pays for.',
  valuesConfig: { ATTENDEE: { description: '会議出席' }, LECTURER: { description: '講師' } },
});

registerEnumType(HonorariumState, {
  name: 'HonorariumState',
  description: 'Where an honorarium stands.',
  valuesConfig: { PLANNED: { description: '予定' }, APPROVED: { description: '承認済み' }, PAID: { description: '支払済み' }, CANCELLED: { description: '取消（記録として残る）' } },
});

registerEnumType(SubCap, {
  name: 'SubCap',
  description: 'Sub-cap of the hub subsidy.',
  valuesConfig: {
    COORDINATOR_PERSONNEL: { description: '①調整担当者（MSW・事務担当者等）人件費' },
    OFFICE: { description: '②事務費（会議・研修開催等）' },
  },
});

registerEnumType(ExpenseCategory, {
  name: 'ExpenseCategory',
  description: 'Eligible expense category of the hub subsidy.',
  valuesConfig: Object.fromEntries(
    Object.entries(EXPENSE_CATEGORY_LABELS).map(([key, label]) => [key, { description: key === 'SUPPLIES' ? `${label}（会食に要する経費を除く）` : label }]),
  ),
});

/** Re-exported so that the module's enums are found in one place; rules import the plain file. */
export { HonorariumState };

@ObjectType({ description: 'Budget figures for one sub-cap or category.' })
export class BudgetLineSummary {
  @Field(() => String, { description: 'Sub-cap, category or TOTAL.' })
  key!: string;

  @Field(() => String, { description: 'Label in Japanese.' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Cap in yen (sub-caps and total only).' })
  capYen!: number | null;

  @Field(() => Int, { description: 'Planned in the business plan, in yen.' })
  plannedYen!: number;

  @Field(() => Int, { description: 'Spent so far, in yen.' })
  actualYen!: number;

  @Field(() => Int, { nullable: true, description: 'Left under the cap (or the plan, for a category), in yen.' })
  remainingYen!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the cap spent (0–1).' })
  burnRate!: number | null;

  @Field(() => Int, { description: 'Spending at year end at the pace so far, in yen.' })
  projectedYen!: number;

  @Field(() => String, { description: 'OK, WARNING (80%), CRITICAL (95%) or EXCEEDED.' })
  level!: BurnLevel;
}

registerEnumType(BudgetWarningCode, {
  name: 'BudgetWarningCode',
  description: 'What a budget warning is about.',
  valuesConfig: {
    CAP_EXCEEDED: { description: 'Spending is over the cap (上限超過).' },
    ABOVE_95: { description: '95 % of the cap or more is spent.' },
    ABOVE_80: { description: '80 % of the cap or more is spent.' },
    PROJECTED_OVER: { description: 'At the pace so far, spending passes the cap before the fiscal year ends.' },
  },
});

@ObjectType('BudgetWarning', { description: 'A warning about the budget; the client words it from the code and the figures.' })
export class BudgetWarningType {
  @Field(() => BudgetWarningCode, { description: 'What the warning is about.' })
  code!: BudgetWarningCode;

  @Field(() => String, { description: 'TOTAL or the sub-cap it concerns.' })
  scope!: string;

  @Field(() => Int, { nullable: true, description: 'The cap in yen.' })
  capYen!: number | null;

  @Field(() => Int, { nullable: true, description: 'Left under the cap, in yen.' })
  remainingYen!: number | null;

  @Field(() => Int, { description: 'Spending at year end at the pace so far, in yen.' })
  projectedYen!: number;
}

@ObjectType({ description: 'The state of a budget: per sub-cap, per category, and in total.' })
export class BudgetSummary {
  @Field(() => BudgetLineSummary, { description: 'The whole subsidy.' })
  total!: BudgetLineSummary;

  @Field(() => [BudgetLineSummary], { description: 'Sub-caps ① and ②.' })
  subCaps!: BudgetLineSummary[];

  @Field(() => [BudgetLineSummary], { description: 'Each expense category.' })
  categories!: BudgetLineSummary[];

  @Field(() => [BudgetWarningType], { description: 'Warnings worth showing for the total and the sub-caps, as codes with their figures.' })
  warnings!: BudgetWarningType[];
}

@ObjectType({ description: "One payee's honoraria paid in a calendar year (for the 支払調書)." })
export class PayeeTotal {
  @Field(() => String, { description: 'Payee name.' })
  payeeName!: string;

  @Field(() => PayeeType, { description: 'Individual or corporation.' })
  payeeType!: PayeeType;

  @Field(() => Int, { description: 'Number of payments.' })
  payments!: number;

  @Field(() => Int, { description: 'Gross paid, in yen.' })
  grossYen!: number;

  @Field(() => Int, { description: 'Tax withheld, in yen.' })
  withholdingYen!: number;

  @Field(() => Int, { description: 'Net paid, in yen.' })
  netYen!: number;
}

@ObjectType({ description: 'A suspected double claim: the same cost under the hub subsidy and a municipal programme.' })
export class FundingClashType {
  @Field(() => ID, { description: 'The hub expense.' })
  expenseId!: string;

  @Field(() => ID, { description: "The municipality's programme result." })
  programmeResultId!: string;

  @Field(() => String, { description: 'The municipality.' })
  municipality!: string;

  @Field(() => String, { description: 'SAME_ACTIVITY or SAME_PAYEE_DATE_AMOUNT (exact, refused when recorded), or NEAR_PAYEE_DATE_AMOUNT (the same payee and amount a few days apart).' })
  reason!: string;

  @Field(() => String, { description: 'EXACT or NEAR.' })
  match!: string;

  @Field(() => Int, { description: 'Days between the two dates.' })
  daysApart!: number;

  @Field(() => String, { nullable: true, description: 'For a near match recorded anyway: why it is not the same cost, as confirmed (audited).' })
  confirmedReason!: string | null;

  @Field(() => String, { description: 'The hub expense in words: date, description, payee, amount.' })
  expenseSummary!: string;

  @Field(() => String, { description: "The municipality's claim in words: date, description, payee, amount." })
  resultSummary!: string;
}

@ObjectType({ description: 'What you may do to this honorarium now: your role (as the server checks it) and its state (honorarium.rules.ts).' })
export class HonorariumViewerCan {
  @Field(() => Boolean, { description: 'Approve it (the server still checks attendance or that the activity was held).' })
  approve!: boolean;

  @Field(() => Boolean, { description: 'Record it as paid.' })
  pay!: boolean;

  @Field(() => Boolean, { description: 'Cancel it.' })
  cancel!: boolean;

  @Field(() => Boolean, { description: 'Delete it (not once paid).' })
  remove!: boolean;
}
