/** The cycle module's enums and GraphQL types, apart from its entities. */
import { registerEnumType } from 'type-graphql';

export enum CyclePhase {
  ISSUE_IDENTIFICATION = 'ISSUE_IDENTIFICATION',
  PLANNING = 'PLANNING',
  IMPLEMENTATION = 'IMPLEMENTATION',
  EVALUATION = 'EVALUATION',
  CLOSED = 'CLOSED',
}

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
