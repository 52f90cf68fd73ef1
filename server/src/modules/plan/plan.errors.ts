import { AppError } from '../../platform/errors.js';
import type { PlanState } from './plan.entity.js';

export enum PlanErrorCode {
  PLAN_EMPTY = 'PLAN_EMPTY',
  WRONG_PLAN_STATE = 'WRONG_PLAN_STATE',
}

const stateLabels: Record<PlanState, string> = { DRAFT: '案', CIRCULATED: '回覧中', ADOPTED: '決定済み' };

export const planEmpty = () =>
  new AppError(PlanErrorCode.PLAN_EMPTY, { ja: '事業が1件もない計画は回覧できません。', en: 'A plan without projects cannot be circulated.' });

export function wrongPlanState(action: { ja: string; en: string }, state: PlanState, needed: PlanState): AppError {
  return new AppError(
    PlanErrorCode.WRONG_PLAN_STATE,
    {
      ja: `${action.ja}できるのは「${stateLabels[needed]}」の計画です（現在：${stateLabels[state]}）。`,
      en: `Only a ${needed.toLowerCase()} plan can be ${action.en} (this one is ${state.toLowerCase()}).`,
    },
    { state, needed },
  );
}
