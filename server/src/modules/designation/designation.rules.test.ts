import { describe, expect, it } from 'vitest';
import { DesignationStatus as S } from '../reference/reference.types.js';
import { canMove, progress, targetCumulative } from './designation.rules.js';

describe('designation pipeline', () => {
  it('allows withdrawal and a new approach afterwards, but nothing after designation', () => {
    expect(canMove(S.COORDINATING, S.WITHDRAWN)).toBe(true);
    expect(canMove(S.WITHDRAWN, S.RESEARCHING)).toBe(true);
    expect(canMove(S.WITHDRAWN, S.DESIGNATED)).toBe(false);
    expect(canMove(S.NOT_STARTED, S.DESIGNATED)).toBe(false);
    expect(canMove(S.DESIGNATED, S.WITHDRAWN)).toBe(false);
  });

  it('spreads the 39 zones over FY2024–FY2029, 6–7 a year', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].map(targetCumulative)).toEqual([7, 13, 20, 26, 33, 39, 39]);
  });

  it('counts designations per fiscal year and per tertiary area', () => {
    const p = progress(
      [
        { name: 'A', tertiaryArea: '道央', status: S.DESIGNATED, designatedOn: '2025-04-01' },
        { name: 'B', tertiaryArea: '道央', status: S.DESIGNATED, designatedOn: '2026-03-31' },
        { name: 'C', tertiaryArea: '道南', status: S.DESIGNATED, designatedOn: '2026-04-01' },
        { name: 'D', tertiaryArea: '道南', status: S.COORDINATING, designatedOn: null },
        { name: 'E', tertiaryArea: '道北', status: S.NOT_STARTED, designatedOn: null },
      ],
      ['道南', '道央', '道北'],
    );
    expect(p.byFiscalYear.slice(0, 3).map((y) => [y.fiscalYear, y.designated, y.cumulative])).toEqual([
      [2024, 0, 0],
      [2025, 2, 2],
      [2026, 1, 3],
    ]);
    expect(p.byTertiaryArea.map((a) => [a.tertiaryArea, a.designated, a.inProgress, a.notApproached])).toEqual([
      ['道南', 1, 1, 0],
      ['道央', 2, 0, 0],
      ['道北', 0, 0, 1],
    ]);
    expect(p.notApproached).toEqual(['E']);
  });
});
