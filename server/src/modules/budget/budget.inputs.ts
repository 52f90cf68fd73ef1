import { InputRule } from '../../platform/input-guard.js';
import { YEN_INPUT } from './subsidy-rule-sets.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ExpenseCategory, SubCap } from './expense-category.js';
import { HonorariumRole, PayeeType } from './budget.types.js';

@InputType({ description: 'A cost to claim against the budget of its fiscal year.' })
export class RecordExpenseInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => LocalDateResolver, { description: 'Date of the expense; it decides the fiscal year.' })
  spentOn!: string;

  @Field(() => SubCap, { nullable: true, description: "Sub-cap ① or ②; left out, it is the category's own (the rule set's categorySubCaps). A category the rule set places elsewhere is refused with WRONG_SUB_CAP." })
  subCap?: SubCap | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'Why the category goes under its second sub-cap (e.g. 旅費 of the coordinator under ①); required there, refused with WRONG_SUB_CAP (field subCapReason) without it.' })
  subCapReason?: string | null;

  @Field(() => ExpenseCategory, { description: 'Eligible expense category.' })
  category!: ExpenseCategory;

  @InputRule(YEN_INPUT)
  @Field(() => Int, { description: 'Amount in whole yen, above zero.' })
  amountYen!: number;

  @Field(() => String, { description: 'What it was for.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who was paid.' })
  payee?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the cost is a meal or banquet (会食・懇親会); such costs are refused as ineligible.' })
  isMeal?: boolean | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'Why a cost whose description or payee names a meal (弁当, 昼食, 飲食 …) is not one, e.g. 「食事介助研修の資料印刷」; without it such a cost is refused (INELIGIBLE_EXPENSE with words). Kept with the expense and in its audit trail.' })
  notMealReason?: string | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: "Why the cost is not the one a municipality claimed with the same payee and amount a few days apart; without it such a near match is refused (DOUBLE_FUNDING_SUSPECTED). Kept with the expense, audited." })
  doubleFundingReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meeting it was for.' })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Activity it was for.' })
  activityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Receipt or voucher reference.' })
  receiptRef?: string | null;
}

@InputType({ description: 'An honorarium to plan for a meeting participant or an activity lecturer.' })
export class PlanHonorariumInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { nullable: true, description: 'The invitee of a meeting it pays (for a meeting honorarium).' })
  inviteeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The activity it pays a lecturer for.' })
  activityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lecturer record of the activity it pays (Activity.lecturers); or give payeeName and the record is made.' })
  lecturerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Payee name of an activity lecturer not yet on record (a meeting honorarium takes the invitee’s name).' })
  payeeName?: string | null;

  @Field(() => PayeeType, { description: 'Individual or corporation.' })
  payeeType!: PayeeType;

  @Field(() => HonorariumRole, { description: 'Attendee or lecturer.' })
  role!: HonorariumRole;

  @InputRule(YEN_INPUT)
  @Field(() => Int, { description: 'Gross amount in whole yen.' })
  grossYen!: number;
}

