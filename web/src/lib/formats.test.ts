import { describe, expect, it } from 'vitest';
import { currentFiscalYear, fiscalYearLabel, gauge, thousandYen, tokyo, yen } from './formats';
import { i18n } from '../i18n';

describe('formats', () => {
  it('writes yen with thousands separators, and in 千円 for official forms', () => {
    expect(yen(4_012_000)).toBe('4,012,000円');
    expect(thousandYen(4_012_000)).toBe('4,012千円');
    expect(thousandYen(1_920_499)).toBe('1,920千円');
  });

  it('names fiscal years in era form and judges them in Tokyo', () => {
    expect(fiscalYearLabel(2025)).toBe('令和7年度');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
    i18n.global.locale.value = 'en';
    expect(fiscalYearLabel(2025)).toBe('FY2025 (Reiwa 7)');
    i18n.global.locale.value = 'ja';
    expect(currentFiscalYear(new Date('2026-03-31T15:30:00Z'))).toBe(2026);
  });

  it('shows instants in Asia/Tokyo', () => {
    expect(tokyo('2025-06-10T09:30:00Z')).toContain('18:30');
  });

  it('warns on gauges at 80% and 95%', () => {
    expect(gauge(1_535_999, 1_920_000)).toEqual({ percent: 80, level: 'ok' });
    expect(gauge(1_536_000, 1_920_000).level).toBe('warning');
    expect(gauge(1_824_000, 1_920_000).level).toBe('critical');
    expect(gauge(2_000_000, 1_920_000)).toEqual({ percent: 100, level: 'exceeded' });
  });
});
