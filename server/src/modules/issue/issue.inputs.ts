import { InputRule } from '../../platform/input-guard.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { HomeCareFunction, IssuePriority, IssueSource, IssueStatus } from './issue.types.js';

@InputType({ description: 'A new issue (課題).' })
export class RaiseIssueInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The cycle the issue belongs to.' })
  cycleId!: string;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'What the issue is, with evidence.' })
  description?: string | null;

  @Field(() => [HomeCareFunction], { nullable: true, description: 'Functions of home care it concerns.' })
  functions?: HomeCareFunction[] | null;

  @Field(() => IssueSource, { nullable: true, description: 'Where it came from; the secretariat chooses, for other members it follows from their role.' })
  source?: IssueSource | null;

  @Field(() => IssuePriority, { nullable: true, description: 'Priority (secretariat only; MEDIUM otherwise).' })
  priority?: IssuePriority | null;
}

@InputType({ description: 'Changes to an issue; omitted fields stay as they are.' })
export class UpdateIssueInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => Int, { description: 'Version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Short title.' })
  title?: string | null;

  @InputRule({ multiline: true })
  @Field(() => String, { nullable: true, description: 'Description.' })
  description?: string | null;

  @Field(() => [HomeCareFunction], { nullable: true, description: 'Functions of home care.' })
  functions?: HomeCareFunction[] | null;

  @Field(() => IssuePriority, { nullable: true, description: 'Priority.' })
  priority?: IssuePriority | null;

  @Field(() => IssueStatus, { nullable: true, description: 'Status.' })
  status?: IssueStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Carry the issue into the next fiscal year when the cycle closes.' })
  carryOver?: boolean | null;
}

@InputType({ description: 'Which issues to list; all conditions must hold.' })
export class IssueFilter {
  @Field(() => ID, { nullable: true, description: 'Only issues of this cycle.' })
  cycleId?: string | null;

  @Field(() => [IssueStatus], { nullable: true, description: 'Only issues with one of these statuses.' })
  statuses?: IssueStatus[] | null;

  @Field(() => HomeCareFunction, { nullable: true, description: 'Only issues concerning this function.' })
  function?: HomeCareFunction | null;

  @Field(() => IssueSource, { nullable: true, description: 'Only issues from this source.' })
  source?: IssueSource | null;

  @Field(() => ID, { nullable: true, description: 'Only issues raised for this municipality.' })
  municipalityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include issues merged into others (false by default).' })
  includeMerged?: boolean | null;
}
