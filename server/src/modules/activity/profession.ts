import { registerEnumType } from 'type-graphql';

/** Professions of participants, as the prefecture's forms list them. */
export enum Profession {
  DOCTOR = 'DOCTOR',
  DENTIST = 'DENTIST',
  PHARMACIST = 'PHARMACIST',
  NURSE = 'NURSE',
  VISITING_NURSE = 'VISITING_NURSE',
  CARE_MANAGER = 'CARE_MANAGER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  THERAPIST = 'THERAPIST',
  MUNICIPAL_STAFF = 'MUNICIPAL_STAFF',
  COMMUNITY_CARE_CENTER_STAFF = 'COMMUNITY_CARE_CENTER_STAFF',
  CONSULTATION_SUPPORT_SPECIALIST = 'CONSULTATION_SUPPORT_SPECIALIST',
  HEALTH_CENTER_STAFF = 'HEALTH_CENTER_STAFF',
  OTHER = 'OTHER',
}
registerEnumType(Profession, {
  name: 'Profession',
  description: 'Profession of a participant.',
  valuesConfig: {
    DOCTOR: { description: '医師' },
    DENTIST: { description: '歯科医師' },
    PHARMACIST: { description: '薬剤師' },
    NURSE: { description: '看護師' },
    VISITING_NURSE: { description: '訪問看護師' },
    CARE_MANAGER: { description: '介護支援専門員' },
    SOCIAL_WORKER: { description: '社会福祉士/MSW' },
    THERAPIST: { description: '理学療法士等' },
    MUNICIPAL_STAFF: { description: '市町村職員' },
    COMMUNITY_CARE_CENTER_STAFF: { description: '地域包括支援センター職員' },
    CONSULTATION_SUPPORT_SPECIALIST: { description: '相談支援専門員' },
    HEALTH_CENTER_STAFF: { description: '保健所職員' },
    OTHER: { description: 'その他' },
  },
});
