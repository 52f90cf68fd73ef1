import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearLabelEn, fiscalYearOf, isInFiscalYear, tokyoCalendarDate } from './fiscal-year.js';

describe('era labels of fiscal years', () => {
  it('names FY2018, FY2019 and FY2025', () => {
    expect(fiscalYearLabel(2018)).toBe('平成30年度');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
    expect(fiscalYearLabel(2020)).toBe('令和2年度');
    expect(fiscalYearLabel(2025)).toBe('令和7年度');
    expect(fiscalYearLabel(1989)).toBe('平成元年度');
    expect(fiscalYearLabelEn(2025)).toBe('FY2025 (Reiwa 7)');
  });
});

describe('fiscal year boundary (1 April, Asia/Tokyo)', () => {
  it('puts 2026-03-31 in FY2025 and 2026-04-01 in FY2026', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(isInFiscalYear('2026-03-31', 2025)).toBe(true);
    expect(isInFiscalYear('2026-04-01', 2025)).toBe(false);
  });

  it('judges instants in Tokyo, not in the server zone', () => {
    // 2026-03-31T15:30Z is already 1 April in Tokyo.
    expect(tokyoCalendarDate(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01');
    expect(fiscalYearOf(new Date('2026-03-31T15:30:00Z'))).toBe(2026);
    expect(fiscalYearOf(new Date('2026-03-31T14:59:59Z'))).toBe(2025);
  });
});
