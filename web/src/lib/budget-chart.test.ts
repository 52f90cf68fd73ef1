import { describe, expect, it } from 'vitest';
import { cumulativeByMonth, evenPace, fiscalMonths, monthsElapsed } from './budget-chart';

describe('spending over the fiscal year', () => {
  it('runs April to March across the calendar year', () => {
    const months = fiscalMonths(2025);
    expect(months[0]).toBe('2025-04');
    expect(months[8]).toBe('2025-12');
    expect(months[9]).toBe('2026-01');
    expect(months[11]).toBe('2026-03');
  });

  it('adds up spending per sub-cap month by month, ignoring other years', () => {
    const points = cumulativeByMonth(
      [
        { spentOn: '2025-04-30', subCap: 'COORDINATOR_PERSONNEL', amountYen: 174_000 },
        { spentOn: '2025-06-10', subCap: 'OFFICE', amountYen: 30_000 },
        { spentOn: '2026-03-31', subCap: 'OFFICE', amountYen: 5_000 },
        { spentOn: '2026-04-01', subCap: 'OFFICE', amountYen: 999_999 },
        { spentOn: '2025-03-31', subCap: 'OFFICE', amountYen: 999_999 },
      ],
      2025,
    );
    expect(points[0]).toEqual({ month: '2025-04', personnelYen: 174_000, officeYen: 0, totalYen: 174_000 });
    expect(points[1]!.totalYen).toBe(174_000);
    expect(points[2]).toEqual({ month: '2025-06', personnelYen: 174_000, officeYen: 30_000, totalYen: 204_000 });
    expect(points[11]!.totalYen).toBe(209_000);
  });

  it('spreads a cap evenly over the year', () => {
    const pace = evenPace(4_012_000);
    expect(pace).toHaveLength(12);
    expect(pace[11]).toBe(4_012_000);
    expect(pace[5]).toBe(2_006_000);
  });

  it('counts the months of the year that have begun, so the lines stop at today', () => {
    expect(monthsElapsed(2026, '2026-03-31')).toBe(0);
    expect(monthsElapsed(2026, '2026-04-01')).toBe(1);
    expect(monthsElapsed(2026, '2026-12-01')).toBe(9);
    expect(monthsElapsed(2026, '2027-03-31')).toBe(12);
    expect(monthsElapsed(2025, '2026-12-01')).toBe(12);
  });
});
