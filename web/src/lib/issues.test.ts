import { describe, expect, it } from 'vitest';
import { boardColumns, changedFields, intoCandidates, isFiltered, mergeCandidates, NO_FILTERS, reapplyEdits, toIssueFilter, updateChanges, type IssueDraft } from './issues';

const issue = (id: string, status: 'OPEN' | 'IN_PROGRESS' | 'CARRIED_OVER' | 'CLOSED', priority: 'HIGH' | 'MEDIUM' | 'LOW', createdAt: string) => ({ id, status, priority, createdAt });

describe('toIssueFilter', () => {
  it('always names the cycle and leaves out filters left at "any"', () => {
    expect(toIssueFilter('c1', NO_FILTERS)).toEqual({ cycleId: 'c1' });
  });
  it('maps each chosen filter to the server’s field', () => {
    expect(toIssueFilter('c1', { function: 'END_OF_LIFE', status: 'OPEN', municipalityId: 'm1', source: 'SURVEY', includeMerged: true })).toEqual({
      cycleId: 'c1', function: 'END_OF_LIFE', statuses: ['OPEN'], municipalityId: 'm1', source: 'SURVEY', includeMerged: true,
    });
  });
  it('says whether anything narrows the board', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, includeMerged: true })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, municipalityId: 'm1' })).toBe(true);
  });
});

describe('boardColumns', () => {
  const issues = [
    issue('a', 'OPEN', 'LOW', '2026-05-01T00:00:00Z'),
    issue('b', 'OPEN', 'HIGH', '2026-06-01T00:00:00Z'),
    issue('c', 'CLOSED', 'MEDIUM', '2026-04-01T00:00:00Z'),
    issue('d', 'OPEN', 'HIGH', '2026-04-15T00:00:00Z'),
  ];
  it('has one column per status in workflow order, high priority first and then the oldest', () => {
    const columns = boardColumns(issues);
    expect(columns.map((c) => c.status)).toEqual(['OPEN', 'IN_PROGRESS', 'CARRIED_OVER', 'CLOSED']);
    expect(columns[0]!.issues.map((i) => i.id)).toEqual(['d', 'b', 'a']);
    expect(columns[1]!.issues).toEqual([]);
    expect(columns[3]!.issues.map((i) => i.id)).toEqual(['c']);
  });
  it('shows only the chosen status’s column when filtered by one', () => {
    expect(boardColumns(issues, 'CLOSED').map((c) => [c.status, c.issues.length])).toEqual([['CLOSED', 1]]);
  });
  it('does not reorder the list it was given', () => {
    boardColumns(issues);
    expect(issues.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('merge candidates', () => {
  const list = [{ id: 'a', mergedIntoId: null }, { id: 'b', mergedIntoId: 'a' }, { id: 'c' }];
  it('offers only issues that are not merged themselves', () => {
    expect(mergeCandidates(list).map((i) => i.id)).toEqual(['a', 'c']);
  });
  it('never offers to merge an issue into itself', () => {
    expect(intoCandidates(list, 'a').map((i) => i.id)).toEqual(['c']);
    expect(intoCandidates(list, '').map((i) => i.id)).toEqual(['a', 'c']);
  });
});

const base: IssueDraft = { title: '退院時の情報共有', description: '様式がばらばら', functions: ['DISCHARGE_SUPPORT'], priority: 'MEDIUM', status: 'OPEN', carryOver: false };

describe('edits of an issue', () => {
  it('finds what changed, ignoring the order of functions and surrounding spaces', () => {
    expect(changedFields(base, { ...base, title: ' 退院時の情報共有 ', functions: ['DISCHARGE_SUPPORT'] })).toEqual([]);
    expect(changedFields({ ...base, functions: ['DAILY_CARE', 'END_OF_LIFE'] }, { ...base, functions: ['END_OF_LIFE', 'DAILY_CARE'] })).toEqual([]);
    expect(changedFields(base, { ...base, status: 'IN_PROGRESS', carryOver: true })).toEqual(['status', 'carryOver']);
  });
  it('sends only the changed fields', () => {
    expect(updateChanges(base, { ...base, priority: 'HIGH', functions: ['DISCHARGE_SUPPORT', 'DAILY_CARE'] })).toEqual({ functions: ['DISCHARGE_SUPPORT', 'DAILY_CARE'], priority: 'HIGH' });
    expect(updateChanges(base, { ...base })).toEqual({});
  });
  it('after a conflict, keeps the user’s edits on the fresh record and takes the rest from it', () => {
    const mine: IssueDraft = { ...base, title: '入退院時の情報共有ルール', priority: 'HIGH' };
    const fresh: IssueDraft = { ...base, status: 'IN_PROGRESS', priority: 'LOW' };
    const result = reapplyEdits(base, mine, fresh);
    expect(result.draft).toEqual({ ...base, title: '入退院時の情報共有ルール', status: 'IN_PROGRESS', priority: 'HIGH' });
    expect(result.theirs).toEqual(['priority', 'status']);
    expect(result.clashes).toEqual(['priority']);
  });
  it('reports no clash when both made the same change', () => {
    const result = reapplyEdits(base, { ...base, status: 'CLOSED' }, { ...base, status: 'CLOSED' });
    expect(result.clashes).toEqual([]);
    expect(result.draft.status).toBe('CLOSED');
  });
  it('does not share arrays with the drafts it was given', () => {
    const mine: IssueDraft = { ...base, functions: ['END_OF_LIFE'] };
    const result = reapplyEdits(base, mine, base);
    result.draft.functions.push('DAILY_CARE');
    expect(mine.functions).toEqual(['END_OF_LIFE']);
  });
});
