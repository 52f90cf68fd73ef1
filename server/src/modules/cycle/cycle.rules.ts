import { CyclePhase } from './cycle-phase.js';

export const PHASES: readonly CyclePhase[] = [
  CyclePhase.ISSUE_IDENTIFICATION,
  CyclePhase.PLANNING,
  CyclePhase.IMPLEMENTATION,
  CyclePhase.EVALUATION,
  CyclePhase.CLOSED,
];

export function nextPhase(phase: CyclePhase): CyclePhase | null {
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

export function previousPhase(phase: CyclePhase): CyclePhase | null {
  return PHASES[PHASES.indexOf(phase) - 1] ?? null;
}

/** The moves a cycle's phase allows: a closed cycle has opened the next year's and moves no more. */
export function cycleMoves(phase: CyclePhase): { advance: boolean; revert: boolean } {
  const open = phase !== CyclePhase.CLOSED;
  return { advance: open && nextPhase(phase) !== null, revert: open && previousPhase(phase) !== null };
}

/** What the advance rules look at, gathered by the service. */
export type CycleFacts = {
  activeIssues: number;
  plan: { state: 'DRAFT' | 'CIRCULATED' | 'ADOPTED' } | null;
  projects: {
    title: string;
    indicators: number;
    indicatorsWithoutTarget: number;
    indicatorsWithoutActual: number;
    activities: number;
    evaluated: boolean;
  }[];
};

export type UnmetCondition = { code: string; ja: string; en: string };

/** Every condition that stops the cycle from moving on from `phase`; empty when it may. */
export function advanceProblems(phase: CyclePhase, facts: CycleFacts): UnmetCondition[] {
  const unmet: UnmetCondition[] = [];
  const forEachProject = (test: (p: CycleFacts['projects'][number]) => boolean, code: string, ja: (t: string) => string, en: (t: string) => string) => {
    for (const project of facts.projects) if (test(project)) unmet.push({ code, ja: ja(project.title), en: en(project.title) });
  };
  switch (phase) {
    case CyclePhase.ISSUE_IDENTIFICATION:
      if (facts.activeIssues === 0) unmet.push({ code: 'NO_ISSUES', ja: '課題が1件も登録されていません。', en: 'No issue has been raised.' });
      break;
    case CyclePhase.PLANNING:
      if (facts.plan?.state !== 'ADOPTED') unmet.push({ code: 'PLAN_NOT_ADOPTED', ja: '事業計画が決定（承認）されていません。', en: 'The business plan has not been adopted.' });
      if (facts.projects.length === 0) unmet.push({ code: 'NO_PROJECTS', ja: '事業計画に事業がありません。', en: 'The business plan has no project.' });
      forEachProject((p) => p.indicators === 0, 'PROJECT_WITHOUT_INDICATOR', (t) => `事業「${t}」に評価指標がありません。`, (t) => `Project "${t}" has no indicator.`);
      forEachProject((p) => p.indicatorsWithoutTarget > 0, 'INDICATOR_WITHOUT_TARGET', (t) => `事業「${t}」に目標値のない指標があります。`, (t) => `Project "${t}" has an indicator without a target.`);
      break;
    case CyclePhase.IMPLEMENTATION:
      forEachProject((p) => p.activities === 0, 'PROJECT_WITHOUT_ACTIVITY', (t) => `事業「${t}」の実施記録がありません。`, (t) => `Project "${t}" has no recorded activity.`);
      break;
    case CyclePhase.EVALUATION:
      forEachProject((p) => !p.evaluated, 'PROJECT_NOT_EVALUATED', (t) => `事業「${t}」が評価されていません。`, (t) => `Project "${t}" has not been evaluated.`);
      forEachProject((p) => p.indicatorsWithoutActual > 0, 'INDICATOR_WITHOUT_ACTUAL', (t) => `事業「${t}」に実績値のない指標があります。`, (t) => `Project "${t}" has an indicator without an actual value.`);
      break;
    case CyclePhase.CLOSED:
      unmet.push({ code: 'ALREADY_CLOSED', ja: 'この年度のサイクルは終了しています。', en: 'This cycle is already closed.' });
      break;
  }
  return unmet;
}
