/** The hub module's enums and their GraphQL registration: plain of entities, so that the entities can import them. */
import { registerEnumType } from 'type-graphql';
import { HubTier } from './hub-tier.js';

registerEnumType(HubTier, {
  name: 'HubTier',
  description: 'How the hub covers its zone.',
  valuesConfig: {
    SINGLE: { description: 'The only hub of its zone (単独の拠点).' },
    CORE: { description: 'Core hub for a zone over 100,000 people (基幹拠点).' },
    DISTRICT: { description: 'District hub within a zone over 100,000 people (区域拠点).' },
  },
});

export enum ImplementingBodyKind {
  MEDICAL_ASSOCIATION = 'MEDICAL_ASSOCIATION',
  MUNICIPALITY = 'MUNICIPALITY',
  MEDICAL_INSTITUTION = 'MEDICAL_INSTITUTION',
  VISITING_NURSE_STATION = 'VISITING_NURSE_STATION',
  HEALTH_CENTER = 'HEALTH_CENTER',
}

registerEnumType(ImplementingBodyKind, {
  name: 'ImplementingBodyKind',
  description: 'Kind of body that runs the hub.',
  valuesConfig: {
    MEDICAL_ASSOCIATION: { description: '郡市医師会' },
    MUNICIPALITY: { description: '市町村' },
    MEDICAL_INSTITUTION: { description: '医療機関' },
    VISITING_NURSE_STATION: { description: '訪問看護ステーション' },
    HEALTH_CENTER: { description: '保健所' },
  },
});

export enum HubStatus {
  PREPARING = 'PREPARING',
  DESIGNATED = 'DESIGNATED',
  REVOKED = 'REVOKED',
}

registerEnumType(HubStatus, {
  name: 'HubStatus',
  description: "The hub's standing with the prefecture.",
  valuesConfig: {
    PREPARING: { description: 'Set up, not yet designated (指定前).' },
    DESIGNATED: { description: 'Designated by the prefecture (指定済み).' },
    REVOKED: { description: 'Designation withdrawn (指定取消).' },
  },
});

export enum HubRole {
  SECRETARIAT = 'SECRETARIAT',
  ADVISOR = 'ADVISOR',
  MUNICIPALITY = 'MUNICIPALITY',
  HEALTH_CENTER = 'HEALTH_CENTER',
}

registerEnumType(HubRole, {
  name: 'HubRole',
  description: "A member's role in one hub.",
  valuesConfig: {
    SECRETARIAT: { description: '拠点事務局: runs everything inside the hub.' },
    ADVISOR: { description: '積極的役割を担う医療機関の医師: reads the hub, gives advice and ideas.' },
    MUNICIPALITY: { description: '参加市町村の職員: raises issues and attaches results for its own municipality.' },
    HEALTH_CENTER: { description: '保健所: reads the hub and comments.' },
  },
});
