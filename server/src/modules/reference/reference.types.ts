/** The reference module's enums and GraphQL types, apart from its entities. */
import { DesignationStatus } from './designation-status.js';
import { registerEnumType } from 'type-graphql';

registerEnumType(DesignationStatus, {
  name: 'DesignationStatus',
  description: "Where a zone stands in getting its hub designated by the prefecture.",
  valuesConfig: {
    NOT_STARTED: { description: '未着手' },
    RESEARCHING: { description: '情報収集中' },
    COORDINATING: { description: '調整中' },
    UNDER_REVIEW: { description: '申請済み・審査中' },
    DESIGNATED: { description: '指定済み' },
    WITHDRAWN: { description: '取り下げ・中断' },
  },
});

export enum MunicipalityKind {
  CITY = 'CITY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
}

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  description: 'Kind of municipality.',
  valuesConfig: {
    CITY: { description: '市' },
    TOWN: { description: '町' },
    VILLAGE: { description: '村' },
  },
});

/** Re-exported so that the module's enums are found in one place; rules import the plain file. */
export { DesignationStatus };
