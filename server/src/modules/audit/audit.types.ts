/** The audit module's enums and GraphQL types, apart from its entities. */
import { registerEnumType } from 'type-graphql';
import { RecordedEntity } from './recorded-entity.js';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_REFUSED = 'SIGN_IN_REFUSED',
  SIGN_OUT = 'SIGN_OUT',
  READ = 'READ',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What happened to the record.',
  valuesConfig: {
    CREATE: { description: 'Created.' },
    UPDATE: { description: 'Changed.' },
    DELETE: { description: 'Removed.' },
    SIGN_IN: { description: 'Signed in (a session was opened).' },
    SIGN_IN_REFUSED: { description: 'A sign-in was refused (wrong password, unknown address, or slowed down).' },
    SIGN_OUT: { description: 'Signed out, or a session was revoked.' },
    READ: { description: 'Records holding personal data were read.' },
  },
});

registerEnumType(RecordedEntity, { name: 'RecordedEntity', description: 'The kind of record an audit entry or a live event is about (the entity’s name).' });

export { RecordedEntity };
