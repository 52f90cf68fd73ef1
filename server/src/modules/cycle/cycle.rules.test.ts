import { describe, expect, it } from 'vitest';
import { CyclePhase } from './cycle.types.js';
import { advanceProblems, cycleMoves, nextPhase, PHASES, previousPhase, type CycleFacts } from './cycle.rules.js';

const project = (over: Partial<CycleFacts['projects'][number]> = {}) => ({
  title: '退院支援ルールづくり',
  indicators: 1,
  indicatorsWithoutTarget: 0,
  indicatorsWithoutActual: 0,
  activities: 1,
  evaluated: true,
  ...over,
});
const ready: CycleFacts = { activeIssues: 1, plan: { state: 'ADOPTED' }, projects: [project()] };
const codes = (phase: CyclePhase, facts: CycleFacts) => advanceProblems(phase, facts).map((p) => p.code);

describe('phase order', () => {
  it('runs issue identification → planning → implementation → evaluation → closed', () => {
    expect(nextPhase(CyclePhase.ISSUE_IDENTIFICATION)).toBe(CyclePhase.PLANNING);
    expect(nextPhase(CyclePhase.EVALUATION)).toBe(CyclePhase.CLOSED);
    expect(nextPhase(CyclePhase.CLOSED)).toBeNull();
    expect(previousPhase(CyclePhase.ISSUE_IDENTIFICATION)).toBeNull();
  });
});

describe('preconditions of each advance', () => {
  it('needs an issue before planning', () => {
    expect(codes(CyclePhase.ISSUE_IDENTIFICATION, { ...ready, activeIssues: 0 })).toEqual(['NO_ISSUES']);
    expect(codes(CyclePhase.ISSUE_IDENTIFICATION, ready)).toEqual([]);
  });

  it('lists every unmet condition before implementation', () => {
    const facts: CycleFacts = {
      activeIssues: 1,
      plan: { state: 'CIRCULATED' },
      projects: [project({ title: 'A', indicators: 0 }), project({ title: 'B', indicatorsWithoutTarget: 1 })],
    };
    expect(codes(CyclePhase.PLANNING, facts)).toEqual(['PLAN_NOT_ADOPTED', 'PROJECT_WITHOUT_INDICATOR', 'INDICATOR_WITHOUT_TARGET']);
    expect(codes(CyclePhase.PLANNING, { ...ready, projects: [] })).toEqual(['NO_PROJECTS']);
    expect(codes(CyclePhase.PLANNING, ready)).toEqual([]);
  });

  it('needs an activity per project before evaluation', () => {
    expect(codes(CyclePhase.IMPLEMENTATION, { ...ready, projects: [project({ activities: 0 })] })).toEqual(['PROJECT_WITHOUT_ACTIVITY']);
  });

  it('needs every project evaluated, with actual values, before closing', () => {
    expect(codes(CyclePhase.EVALUATION, { ...ready, projects: [project({ evaluated: false, indicatorsWithoutActual: 2 })] })).toEqual([
      'PROJECT_NOT_EVALUATED',
      'INDICATOR_WITHOUT_ACTUAL',
    ]);
    expect(codes(CyclePhase.EVALUATION, ready)).toEqual([]);
  });
});

describe('the moves a phase allows', () => {
  it('moves an open cycle on from every phase and back from its second on; a closed one not at all', () => {
    expect(Object.fromEntries(PHASES.map((p) => [p, cycleMoves(p)]))).toEqual({
      ISSUE_IDENTIFICATION: { advance: true, revert: false },
      PLANNING: { advance: true, revert: true },
      IMPLEMENTATION: { advance: true, revert: true },
      EVALUATION: { advance: true, revert: true },
      CLOSED: { advance: false, revert: false },
    });
  });
});
