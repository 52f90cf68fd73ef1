/** The plan module's enums and GraphQL types, apart from its entities. */
import { registerEnumType } from 'type-graphql';

export enum PlanState {
  DRAFT = 'DRAFT',
  CIRCULATED = 'CIRCULATED',
  ADOPTED = 'ADOPTED',
}

registerEnumType(PlanState, {
  name: 'PlanState',
  description: 'Where the business plan stands.',
  valuesConfig: {
    DRAFT: { description: '案（作成中）' },
    CIRCULATED: { description: '回覧中：メンバーの意見・助言を受付' },
    ADOPTED: { description: '決定（協議の場で承認）' },
  },
});

export enum IndicatorType {
  STRUCTURE = 'STRUCTURE',
  PROCESS = 'PROCESS',
  OUTCOME = 'OUTCOME',
}

registerEnumType(IndicatorType, {
  name: 'IndicatorType',
  description: 'Kind of indicator (Donabedian).',
  valuesConfig: {
    STRUCTURE: { description: 'ストラクチャー指標' },
    PROCESS: { description: 'プロセス指標' },
    OUTCOME: { description: 'アウトカム指標' },
  },
});
