import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HubOwned, HubOwnedEntity } from '../../platform/tenancy.js';
import { ActivityLecturer } from '../activity/activity.entity.js';
import { Invitee } from '../meeting/meeting.entity.js';
import { ExpenseCategory, SubCap } from './expense-category.js';
import { subCapCheckSql } from './sub-cap.rules.js';
import { SUBSIDY_RULE_SETS } from './subsidy-rule-sets.js';
import { FundingSource, PayeeType, HonorariumRole, HonorariumState } from './budget.types.js';

/** A hub's subsidy budget for one fiscal year, with the caps of the rule set it was opened under. */
@ObjectType({ description: "A hub's subsidy budget for a fiscal year." })
@HubOwned('budget')
@Unique({ properties: ['hub', 'fiscalYear'] })
export class Budget extends HubOwnedEntity {
  @Field(() => Int, { description: 'Fiscal year.' })
  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Field(() => String, { description: 'Version of the subsidy rules the caps come from.' })
  @Property({ type: 'string' })
  ruleSetVersion!: string;

  @Field(() => Int, { description: 'Total cap in yen.' })
  @Property({ type: 'integer' })
  capTotalYen!: number;

  @Field(() => Int, { description: 'Cap of sub-cap ① coordinator personnel, in yen.' })
  @Property({ type: 'integer' })
  capPersonnelYen!: number;

  @Field(() => Int, { description: 'Cap of sub-cap ② office costs, in yen.' })
  @Property({ type: 'integer' })
  capOfficeYen!: number;
}

/** A cost claimed against the budget. */
@ObjectType({ description: 'An expense of the hub, claimed under a sub-cap and category.' })
@HubOwned('expense')
@Index({ properties: ['budget', 'subCap'] })
// Each category only under the sub-caps the rule sets place it in (budget/sub-cap.rules.ts).
@Check({ name: 'expense_sub_cap_check', expression: subCapCheckSql(SUBSIDY_RULE_SETS, 'sub_cap_reason') })
export class Expense extends HubOwnedEntity {
  @ManyToOne(() => Budget, { ref: true, deleteRule: 'cascade' })
  budget!: Ref<Budget>;

  @Field(() => LocalDateResolver, { description: 'Date of the expense (inside the fiscal year).' })
  @Property({ type: 'date' })
  spentOn!: string;

  @Field(() => SubCap, { description: 'Sub-cap ① or ②.' })
  @Enum({ items: () => SubCap, nativeEnumName: 'sub_cap' })
  subCap!: SubCap;

  @Field(() => ExpenseCategory, { description: 'Eligible expense category.' })
  @Enum({ items: () => ExpenseCategory, nativeEnumName: 'expense_category' })
  category!: ExpenseCategory;

  @Field(() => String, { nullable: true, description: 'Why the category is filed under its second sub-cap (e.g. 旅費 of the coordinator under ①); required there.' })
  @Property({ type: 'text', nullable: true })
  subCapReason?: string | null;

  @Field(() => Int, { description: 'Amount in whole yen.' })
  @Property({ type: 'integer' })
  amountYen!: number;

  @Field(() => String, { description: 'What it was for.' })
  @Property({ type: 'string' })
  description!: string;

  @Field(() => String, { description: 'Who was paid.' })
  @Property({ type: 'string' })
  payee: Opt<string> = '';

  @Field(() => ID, { nullable: true, description: 'Meeting it was for.' })
  @Property({ type: 'uuid', nullable: true })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Activity it was for.' })
  @Property({ type: 'uuid', nullable: true })
  activityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Honorarium it pays, when posted by a paid honorarium.' })
  @Property({ type: 'uuid', nullable: true, unique: true })
  honorariumId?: string | null;

  @Field(() => String, { description: 'Receipt or voucher reference.' })
  @Property({ type: 'string' })
  receiptRef: Opt<string> = '';

  @Field(() => String, { nullable: true, description: 'Why the cost is not a meal although its text names one (given by the secretariat, audited).' })
  @Property({ type: 'text', nullable: true })
  notMealReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is not the cost a municipality claimed with the same payee and amount a few days apart (confirmed by the secretariat, audited).' })
  @Property({ type: 'text', nullable: true })
  doubleFundingReason?: string | null;

  @Field(() => FundingSource, { description: 'Funding the cost is claimed under (always the hub subsidy for the ledger).' })
  @Enum({ items: () => FundingSource, nativeEnumName: 'funding_source' })
  fundingSource: Opt<FundingSource> = FundingSource.HUB_SUBSIDY;
}

/** The states in which an honorarium holds its payee's place: one per payee, occasion and role. */
export const LIVE_HONORARIUM_STATES = [HonorariumState.PLANNED, HonorariumState.APPROVED, HonorariumState.PAID] as const;
// Written with the states that hold the place (not `<> 'CANCELLED'`), so the index can be built in
// the same transaction that adds CANCELLED to the type.
const LIVE = `state in (${LIVE_HONORARIUM_STATES.map((s) => `'${s}'`).join(', ')}) and not duplicate_before_rule`;

/** An honorarium (謝金) to one payee for one meeting or activity. */
@ObjectType({ description: 'An honorarium (謝金) to a meeting participant or lecturer.' })
@HubOwned('honorarium')
// One live honorarium per payee, occasion and role: the payee's key is the name as compared
// (NFKC, no spaces, lower case), so a second invitee row with the same name cannot be paid twice.
@Unique({ name: 'honorarium_meeting_payee_role_unique', properties: ['meetingId', 'role', 'payeeKey'], where: `meeting_id is not null and ${LIVE}` })
@Unique({ name: 'honorarium_activity_payee_role_unique', properties: ['activityId', 'role', 'payeeKey'], where: `activity_id is not null and ${LIVE}` })
export class Honorarium extends HubOwnedEntity {
  @Field(() => ID, { nullable: true, description: 'Meeting it is for.' })
  @Property({ type: 'uuid', nullable: true })
  meetingId?: string | null;

  @ManyToOne(() => Invitee, { ref: true, nullable: true, deleteRule: 'set null' })
  invitee?: Ref<Invitee> | null;

  @Field(() => ID, { nullable: true, description: 'The invitee it pays (a meeting honorarium).' })
  get inviteeId(): string | null {
    return this.invitee?.id ?? null;
  }

  @ManyToOne(() => ActivityLecturer, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  lecturer?: Ref<ActivityLecturer> | null;

  @Field(() => ID, { nullable: true, description: 'The lecturer record of the activity it pays (an activity honorarium).' })
  get lecturerId(): string | null {
    return this.lecturer?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'Activity it is for (a lecturer at a training, say).' })
  @Property({ type: 'uuid', nullable: true })
  activityId?: string | null;

  @Field(() => Int, { description: 'Fiscal year of the meeting or activity.' })
  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Field(() => String, { description: 'Payee name.' })
  @Property({ type: 'string' })
  payeeName!: string;

  /** The payee's name as compared (payeeKey in budget/honorarium.rules.ts). */
  @Property({ type: 'string' })
  payeeKey!: string;

  /** Set by the migration that brought in one honorarium per payee, on the later of duplicates recorded before it. */
  @Property({ type: 'boolean', default: false })
  duplicateBeforeRule: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Field(() => PayeeType, { description: 'Individual or corporation.' })
  @Enum({ items: () => PayeeType, nativeEnumName: 'payee_type' })
  payeeType!: PayeeType;

  @Field(() => HonorariumRole, { description: 'Attendee or lecturer.' })
  @Enum({ items: () => HonorariumRole, nativeEnumName: 'honorarium_role' })
  role!: HonorariumRole;

  @Field(() => Int, { description: 'Gross amount in yen.' })
  @Property({ type: 'integer' })
  grossYen!: number;

  @Field(() => Int, { description: 'Income tax withheld, in yen.' })
  @Property({ type: 'integer' })
  withholdingYen!: number;

  @Field(() => Int, { description: 'Net amount paid out, in yen.' })
  @Property({ type: 'integer' })
  netYen!: number;

  @Field(() => HonorariumState, { description: 'Planned, approved or paid.' })
  @Enum({ items: () => HonorariumState, nativeEnumName: 'honorarium_state' })
  state: Opt<HonorariumState> = HonorariumState.PLANNED;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date paid.' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;
}
