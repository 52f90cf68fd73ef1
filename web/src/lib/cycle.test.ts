import { describe, expect, it } from 'vitest';
import { nextPhase, previousPhase, stepStates, unmetConditions } from './cycle';

describe('the cycle on the dashboard', () => {
  it('steps forward and back, never back out of a closed cycle', () => {
    expect(nextPhase('ISSUE_IDENTIFICATION')).toBe('PLANNING');
    expect(nextPhase('EVALUATION')).toBe('CLOSED');
    expect(nextPhase('CLOSED')).toBeNull();
    expect(previousPhase('ISSUE_IDENTIFICATION')).toBeNull();
    expect(previousPhase('IMPLEMENTATION')).toBe('PLANNING');
  });

  it('marks the steps done, current and to do', () => {
    expect(stepStates('IMPLEMENTATION').map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo']);
  });

  it('reads the unmet preconditions of a refusal in the reader’s language', () => {
    const extensions = { code: 'PHASE_PRECONDITIONS_UNMET', unmet: [{ code: 'PLAN_NOT_ADOPTED', ja: '事業計画が決定（承認）されていません。', en: 'The business plan has not been adopted.' }, 'junk'] };
    expect(unmetConditions(extensions, 'ja')).toEqual(['事業計画が決定（承認）されていません。']);
    expect(unmetConditions(extensions, 'en')).toEqual(['The business plan has not been adopted.']);
    expect(unmetConditions({ code: 'CONFLICT' }, 'ja')).toEqual([]);
  });
});
