/** The cycle module's enums and GraphQL types, apart from its entities. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CyclePhase } from './cycle-phase.js';

registerEnumType(CyclePhase, {
  name: 'CyclePhase',
  description: "Phase of a hub's yearly cycle, in order.",
  valuesConfig: {
    ISSUE_IDENTIFICATION: { description: '課題の洗い出し' },
    PLANNING: { description: '事業計画' },
    IMPLEMENTATION: { description: '事業実施' },
    EVALUATION: { description: '評価' },
    CLOSED: { description: '終了（次の事業へ）' },
  },
});

/** Re-exported so that the module's enums are found in one place; rules import the plain file. */
export { CyclePhase };

@ObjectType({ description: 'What you may do to this cycle now: your role (as the server checks it) and its phase (cycle.rules.ts); the conditions of a move are checked when it is asked for.' })
export class CycleViewerCan {
  @Field(() => Boolean, { description: 'Move to the next phase.' })
  advance!: boolean;

  @Field(() => Boolean, { description: 'Move back to the previous phase, with a reason.' })
  revert!: boolean;
}
