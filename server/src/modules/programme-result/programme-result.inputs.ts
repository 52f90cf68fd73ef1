/** The programme-result module's GraphQL output types and enums, apart from its entities. */
import { InputRule } from '../../platform/input-guard.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FundingSource } from '../budget/budget.types.js';
import { ProgrammeItem } from './programme-item.js';

@InputType({ description: "The fields of a municipality's programme result; in an update, omitted fields stay." })
export class ProgrammeResultFieldsInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { nullable: true, description: 'Project it came from.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Activity it came from.' })
  activityId?: string | null;

  @Field(() => ProgrammeItem, { nullable: true, description: 'Programme item (ア)–(ク).' })
  item?: ProgrammeItem | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'What was done.' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Sessions held.' })
  sessions?: number | null;

  @Field(() => Int, { nullable: true, description: 'Participants.' })
  participants?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the period.' })
  periodStart?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the period.' })
  periodEnd?: string | null;

  @Field(() => FundingSource, { nullable: true, description: 'Funding any claimed cost is claimed under (the municipal programme by default).' })
  fundingSource?: FundingSource | null;

  @InputRule({ min: 0, unit: 'yen' })
  @Field(() => Int, { nullable: true, description: 'Cost the municipality claims for it, in yen.' })
  costYen?: number | null;

  @Field(() => String, { nullable: true, description: 'Who was paid, for a claimed cost.' })
  costPayee?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the claimed cost.' })
  costDate?: string | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: "Why the cost is not the one the hub recorded with the same payee and amount a few days apart; without it such a near match is refused (DOUBLE_FUNDING_SUSPECTED). Audited." })
  doubleFundingReason?: string | null;
}

@InputType({ description: 'A new programme result, for the caller’s own municipality.' })
export class RecordProgrammeResultInput extends ProgrammeResultFieldsInput {}

@InputType({ description: 'Changes to a programme result of the caller’s municipality.' })
export class UpdateProgrammeResultInput extends ProgrammeResultFieldsInput {
  @Field(() => ID, { description: 'The result.' })
  resultId!: string;

  @Field(() => Int, { description: 'Version the change is based on.' })
  version!: number;
}
