/** The budget module's enums and GraphQL types, apart from its entities. */
import { registerEnumType } from 'type-graphql';
import { EXPENSE_CATEGORY_LABELS, ExpenseCategory, SubCap } from './expense-category.js';

export enum FundingSource {
  HUB_SUBSIDY = 'HUB_SUBSIDY',
  MUNICIPAL_PROGRAMME = 'MUNICIPAL_PROGRAMME',
  OTHER = 'OTHER',
}

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Which money a cost is claimed under.',
  valuesConfig: {
    HUB_SUBSIDY: { description: '拠点補助金' },
    MUNICIPAL_PROGRAMME: { description: '市町村の在宅医療・介護連携推進事業' },
    OTHER: { description: 'その他（自主財源等）' },
  },
});

export enum PayeeType {
  INDIVIDUAL = 'INDIVIDUAL',
  CORPORATION = 'CORPORATION',
}

registerEnumType(PayeeType, {
  name: 'PayeeType',
  description: 'Individual or corporation (only individuals have income tax withheld).',
  valuesConfig: { INDIVIDUAL: { description: '個人' }, CORPORATION: { description: '法人' } },
});

export enum HonorariumRole {
  ATTENDEE = 'ATTENDEE',
  LECTURER = 'LECTURER',
}

registerEnumType(HonorariumRole, {
  name: 'HonorariumRole',
  description: 'What the honorarium pays for.',
  valuesConfig: { ATTENDEE: { description: '会議出席' }, LECTURER: { description: '講師' } },
});

export enum HonorariumState {
  PLANNED = 'PLANNED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}

registerEnumType(HonorariumState, {
  name: 'HonorariumState',
  description: 'Where an honorarium stands.',
  valuesConfig: { PLANNED: { description: '予定' }, APPROVED: { description: '承認済み' }, PAID: { description: '支払済み' }, CANCELLED: { description: '取消（記録として残る）' } },
});

registerEnumType(SubCap, {
  name: 'SubCap',
  description: 'Sub-cap of the hub subsidy.',
  valuesConfig: {
    COORDINATOR_PERSONNEL: { description: '①調整担当者（MSW・事務担当者等）人件費' },
    OFFICE: { description: '②事務費（会議・研修開催等）' },
  },
});

registerEnumType(ExpenseCategory, {
  name: 'ExpenseCategory',
  description: 'Eligible expense category of the hub subsidy.',
  valuesConfig: Object.fromEntries(
    Object.entries(EXPENSE_CATEGORY_LABELS).map(([key, label]) => [key, { description: key === 'SUPPLIES' ? `${label}（会食に要する経費を除く）` : label }]),
  ),
});
