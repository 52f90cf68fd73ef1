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
/** Japanese labels, as printed on forms and reports. */
export const PROFESSION_LABELS: Record<Profession, string> = {
  DOCTOR: '医師',
  DENTIST: '歯科医師',
  PHARMACIST: '薬剤師',
  NURSE: '看護師',
  VISITING_NURSE: '訪問看護師',
  CARE_MANAGER: '介護支援専門員',
  SOCIAL_WORKER: '社会福祉士/MSW',
  THERAPIST: '理学療法士等',
  MUNICIPAL_STAFF: '市町村職員',
  COMMUNITY_CARE_CENTER_STAFF: '地域包括支援センター職員',
  CONSULTATION_SUPPORT_SPECIALIST: '相談支援専門員',
  HEALTH_CENTER_STAFF: '保健所職員',
  OTHER: 'その他',
};

registerEnumType(Profession, {
  name: 'Profession',
  description: 'Profession of a participant.',
  valuesConfig: Object.fromEntries(Object.entries(PROFESSION_LABELS).map(([key, label]) => [key, { description: label }])),
});
