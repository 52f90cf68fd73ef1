import { AppError } from '../../platform/errors.js';
import type { PlannedTotal } from '../budget/budget.rules.js';
import { SUB_CAP_SHORT_LABELS, SUB_CAP_SHORT_LABELS_EN } from '../budget/expense-category.js';
import type { PlanState } from './plan.types.js';

export enum PlanErrorCode {
  PLAN_EMPTY = 'PLAN_EMPTY',
  WRONG_PLAN_STATE = 'WRONG_PLAN_STATE',
  PLAN_OVER_CAP = 'PLAN_OVER_CAP',
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

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;

/** A plan whose budget lines pass a sub-cap or the total cap cannot be circulated or adopted. */
export function planOverCap(action: { ja: string; en: string }, over: PlannedTotal[]): AppError {
  const ja = over.map((r) => `${r.key === 'TOTAL' ? '補助上限額（合計）' : SUB_CAP_SHORT_LABELS[r.key]}が${yen(-(r.remainingYen ?? 0))}超過（計画${yen(r.plannedYen)}／上限${yen(r.capYen ?? 0)}）`);
  const en = over.map((r) => `${r.key === 'TOTAL' ? 'the total cap' : SUB_CAP_SHORT_LABELS_EN[r.key]} by ${-(r.remainingYen ?? 0)} yen (planned ${r.plannedYen}, cap ${r.capYen ?? 0})`);
  return new AppError(
    PlanErrorCode.PLAN_OVER_CAP,
    { ja: `補助上限額を超える計画は${action.ja}できません：${ja.join('、')}。内訳を見直してください。`, en: `A plan over the subsidy caps cannot be ${action.en}: it passes ${en.join('; ')}. Revise the budget lines.` },
    { over: over.map((r) => ({ scope: r.key, plannedYen: r.plannedYen, capYen: r.capYen, overYen: -(r.remainingYen ?? 0) })) },
  );
}
