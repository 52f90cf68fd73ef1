import { AppError, type Messages } from '../../platform/errors.js';
import type { CyclePhase } from './cycle.types.js';
import type { UnmetCondition } from './cycle.rules.js';

export enum CycleErrorCode {
  PHASE_PRECONDITIONS_UNMET = 'PHASE_PRECONDITIONS_UNMET',
  REASON_REQUIRED = 'REASON_REQUIRED',
  WRONG_PHASE = 'WRONG_PHASE',
  CYCLE_CLOSED = 'CYCLE_CLOSED',
  CYCLE_EXISTS = 'CYCLE_EXISTS',
}

export const phaseLabels: Record<CyclePhase, string> = {
  ISSUE_IDENTIFICATION: '課題の洗い出し',
  PLANNING: '事業計画',
  IMPLEMENTATION: '事業実施',
  EVALUATION: '評価',
  CLOSED: '終了',
};

export const preconditionsUnmet = (to: CyclePhase, unmet: UnmetCondition[]) =>
  new AppError(
    CycleErrorCode.PHASE_PRECONDITIONS_UNMET,
    {
      ja: `「${phaseLabels[to]}」に進めません：${unmet.map((u) => u.ja).join(' ')}`,
      en: `The cycle cannot move to ${to}: ${unmet.map((u) => u.en).join(' ')}`,
    },
    { unmet },
  );

export const reasonRequired = () =>
  new AppError(
    CycleErrorCode.REASON_REQUIRED,
    { ja: '前のフェーズに戻す理由を入力してください。', en: 'Give the reason for moving the cycle back a phase.' },
    { field: 'reason' },
  );

export const wrongPhase = (what: Messages, phase: CyclePhase, allowed: CyclePhase[]) =>
  new AppError(
    CycleErrorCode.WRONG_PHASE,
    {
      ja: `${what.ja}は「${allowed.map((p) => phaseLabels[p]).join('」「')}」のフェーズで行えます（現在：${phaseLabels[phase]}）。`,
      en: `${what.en} is possible in the ${allowed.join(' or ')} phase (the cycle is in ${phase}).`,
    },
    { phase, allowed },
  );

export const cycleClosed = () =>
  new AppError(CycleErrorCode.CYCLE_CLOSED, {
    ja: 'この年度のサイクルは終了しているため変更できません。',
    en: 'This cycle is closed and can no longer be changed.',
  });

export const cycleExists = (label: string) =>
  new AppError(CycleErrorCode.CYCLE_EXISTS, { ja: `${label}のサイクルはすでにあります。`, en: `A cycle for ${label} already exists.` }, { field: 'fiscalYear' });
