import { describe, expect, it } from 'vitest';
import { achievement, diffPlans, type PlanSnapshot } from './plan.rules.js';

const base: PlanSnapshot = {
  projects: [
    {
      id: 'p1',
      title: '退院支援',
      objective: '退院調整ルールの運用',
      issueIds: ['i1'],
      indicators: [{ id: 'n1', name: '研修回数', type: 'PROCESS', unit: '回', baseline: 0, target: 3 }],
      budgetLines: [{ id: 'b1', subCap: 'OFFICE', category: 'HONORARIA', plannedYen: 100000, description: '講師謝金' }],
      plannedActivities: [],
    },
  ],
};

describe('plan differences', () => {
  it('is empty for identical versions', () => {
    expect(diffPlans(base, base)).toEqual([]);
  });

  it('lists changed fields, added and removed items', () => {
    const next: PlanSnapshot = structuredClone(base);
    next.projects[0]!.objective = '退院調整ルールの策定と運用';
    next.projects[0]!.indicators[0]!.target = 4;
    next.projects[0]!.budgetLines = [];
    next.projects[0]!.issueIds = ['i1', 'i2'];
    next.projects.push({ ...structuredClone(base.projects[0]!), id: 'p2', title: '看取り' });
    const diff = diffPlans(base, next);
    expect(diff.map((d) => [d.path, d.kind, d.field])).toEqual([
      ['project:p1', 'CHANGED', 'objective'],
      ['project:p1', 'CHANGED', 'issueIds'],
      ['project:p1/indicator:n1', 'CHANGED', 'target'],
      ['project:p1/budgetLine:b1', 'REMOVED', null],
      ['project:p2', 'ADDED', null],
    ]);
    expect(diff[2]).toMatchObject({ label: '研修回数', before: 3, after: 4 });
  });
});

describe('indicator achievement', () => {
  it('measures progress from baseline to target', () => {
    expect(achievement(0, 4, 3)).toBe(0.75);
    expect(achievement(10, 20, 20)).toBe(1);
    expect(achievement(null, 10, 12)).toBe(1.2);
  });

  it('handles reductions and missing values', () => {
    expect(achievement(30, 20, 25)).toBe(0.5);
    expect(achievement(0, 10, null)).toBeNull();
    expect(achievement(0, null, 3)).toBeNull();
  });
});
