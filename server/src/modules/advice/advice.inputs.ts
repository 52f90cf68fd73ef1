/** The advice module's GraphQL input types. */
import { InputRule } from '../../platform/input-guard.js';
import { Field, ID, InputType } from 'type-graphql';
import { AdviceKind, AdviceTarget } from './advice.types.js';

@InputType({ description: 'A contribution to a thread.' })
export class PostAdviceInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => AdviceTarget, { description: 'What the thread is about.' })
  targetType!: AdviceTarget;

  @Field(() => ID, { description: 'The issue, project, activity or meeting.' })
  targetId!: string;

  @Field(() => AdviceKind, { description: 'Advice or idea (advisors), question or comment (every member).' })
  kind!: AdviceKind;

  @InputRule({ multiline: true })
  @Field(() => String, { description: 'The text.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The contribution this one replies to.' })
  parentId?: string | null;
}
