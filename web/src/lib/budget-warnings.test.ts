import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadAllMessages } from '../i18n';
import { budgetWarningText } from './budget-warnings';

beforeAll(loadAllMessages);
const words = (locale: 'ja' | 'en') => (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {}, { locale });

describe('budget warnings in words', () => {
  it('names the sub-cap and the figures in Japanese and in English', () => {
    const warning = { code: 'ABOVE_95' as const, scope: 'OFFICE', capYen: 1_920_000, remainingYen: 20_000, projectedYen: 2_100_000 };
    expect(budgetWarningText(warning, words('ja'))).toBe('②事務費の執行率が95%を超えました（残り20,000円）。');
    expect(budgetWarningText(warning, words('en'))).toBe('② Office costs: more than 95% of the cap is spent (20,000円 left).');
  });
  it('calls the total the whole subsidy', () => {
    const warning = { code: 'PROJECTED_OVER' as const, scope: 'TOTAL', capYen: 4_012_000, remainingYen: 1_000_000, projectedYen: 4_500_000 };
    expect(budgetWarningText(warning, words('ja'))).toBe('補助金合計は今のペースでは年度末に上限を超える見込みです（見込み4,500,000円、上限4,012,000円）。');
  });
});
