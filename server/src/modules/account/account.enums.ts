/** The account module's enums and their GraphQL registration: plain of entities, so that the entities can import them. */
import { registerEnumType } from 'type-graphql';

export enum GlobalRole {
  PREFECTURE_ADMIN = 'PREFECTURE_ADMIN',
  HEALTH_CENTER = 'HEALTH_CENTER',
}

registerEnumType(GlobalRole, {
  name: 'GlobalRole',
  description: 'A role that spans all hubs.',
  valuesConfig: {
    PREFECTURE_ADMIN: { description: '道本庁: designates hubs, sees every hub, maintains reference data.' },
    HEALTH_CENTER: { description: '保健所: reads the hubs of its secondary area and comments, follows designation.' },
  },
});
