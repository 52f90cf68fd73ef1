/** The evaluation module's enums and GraphQL types, apart from its entities. */
import { registerEnumType } from 'type-graphql';

export enum Assessment {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}

registerEnumType(Assessment, {
  name: 'Assessment',
  description: 'Overall assessment of a project.',
  valuesConfig: { ACHIEVED: { description: '達成' }, PARTLY_ACHIEVED: { description: '一部達成' }, NOT_ACHIEVED: { description: '未達成' } },
});
