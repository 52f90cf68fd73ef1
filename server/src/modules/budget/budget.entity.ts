import type { Opt, Ref } from '@mikro-orm/core';
import { Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubOwned, HubOwnedEntity } from '../../platform/tenancy.js';
import { Invitee } from '../meeting/meeting.entity.js';
import { ExpenseCategory, SubCap } from '../plan/project.entity.js';

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

/** A cost claimed against the budget. */
@ObjectType({ description: 'An expense of the hub, claimed under a sub-cap and category.' })
@HubOwned('expense')
@Index({ properties: ['budget', 'subCap'] })
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

  @Field(() => FundingSource, { description: 'Funding the cost is claimed under (always the hub subsidy for the ledger).' })
  @Enum({ items: () => FundingSource, nativeEnumName: 'funding_source' })
  fundingSource: Opt<FundingSource> = FundingSource.HUB_SUBSIDY;
}

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

export enum HonorariumState {
  PLANNED = 'PLANNED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}
registerEnumType(HonorariumState, {
  name: 'HonorariumState',
  description: 'Where an honorarium stands.',
  valuesConfig: { PLANNED: { description: '予定' }, APPROVED: { description: '承認済み' }, PAID: { description: '支払済み' } },
});

/** An honorarium (謝金) to one payee for one meeting or activity. */
@ObjectType({ description: 'An honorarium (謝金) to a meeting participant or lecturer.' })
@HubOwned('honorarium')
export class Honorarium extends HubOwnedEntity {
  @Field(() => ID, { nullable: true, description: 'Meeting it is for.' })
  @Property({ type: 'uuid', nullable: true })
  meetingId?: string | null;

  @ManyToOne(() => Invitee, { ref: true, nullable: true, deleteRule: 'set null' })
  invitee?: Ref<Invitee> | null;

  @Field(() => ID, { nullable: true, description: 'Activity it is for (a lecturer at a training, say).' })
  @Property({ type: 'uuid', nullable: true })
  activityId?: string | null;

  @Field(() => Int, { description: 'Fiscal year of the meeting or activity.' })
  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Field(() => String, { description: 'Payee name.' })
  @Property({ type: 'string' })
  payeeName!: string;

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
