import { describe, expect, it } from 'vitest';
import { SubCap } from './expense-category.js';
import { budgetWarnings, burnLevel, capProblem, withholdingTax, yearEndProjection, type BurnLevel } from './budget.rules.js';
import { mealWordsIn } from './meal.rules.js';
import { ruleSetFor } from './subsidy-rule-sets.js';

describe('withholding income tax', () => {
  it('is 10.21% up to 1,000,000 yen and 20.42% above, fractions dropped', () => {
    expect(withholdingTax(10_000, 'INDIVIDUAL')).toBe(1_021);
    expect(withholdingTax(1_000_000, 'INDIVIDUAL')).toBe(102_100);
    expect(withholdingTax(1_500_000, 'INDIVIDUAL')).toBe(204_200);
    expect(withholdingTax(33_333, 'INDIVIDUAL')).toBe(3_403); // 3403.29… dropped
    expect(withholdingTax(1_000_001, 'INDIVIDUAL')).toBe(102_100);
  });

  it('is nothing for corporations', () => {
    expect(withholdingTax(10_000, 'CORPORATION')).toBe(0);
    expect(withholdingTax(1_500_000, 'CORPORATION')).toBe(0);
  });
});

describe('caps', () => {
  const rules = ruleSetFor(2025)!;
  const caps = { total: rules.capTotalYen, subCaps: { COORDINATOR_PERSONNEL: 2_092_000, OFFICE: 1_920_000 } };
  const spent = (personnel: number, office: number) => ({ total: personnel + office, subCaps: { COORDINATOR_PERSONNEL: personnel, OFFICE: office } });

  it('comes from the rule set in force: 4,012,000 = 2,092,000 + 1,920,000', () => {
    expect(rules.capTotalYen).toBe(rules.subCaps.COORDINATOR_PERSONNEL.capYen + rules.subCaps.OFFICE.capYen);
    expect(ruleSetFor(2023)).toBeNull();
  });

  it('accepts an amount that exactly fills a sub-cap and refuses one yen more, with the remaining amount', () => {
    expect(capProblem(caps, spent(0, 1_900_000), SubCap.OFFICE, 20_000)).toBeNull();
    expect(capProblem(caps, spent(0, 1_900_000), SubCap.OFFICE, 20_001)).toEqual({ scope: 'OFFICE', capYen: 1_920_000, spentYen: 1_900_000, remainingYen: 20_000, amountYen: 20_001 });
  });

  it('warns at 80% and 95%', () => {
    expect([burnLevel(799, 1000), burnLevel(800, 1000), burnLevel(950, 1000), burnLevel(1001, 1000)]).toEqual(['OK', 'WARNING', 'CRITICAL', 'EXCEEDED']);
  });

  it('projects the year end at the pace so far', () => {
    // 2025-09-30 is day 183 of the 365-day FY2025.
    expect(yearEndProjection(183_000, 2025, '2025-09-30')).toBe(365_000);
    expect(yearEndProjection(100, 2025, '2025-03-01')).toBe(100);
  });

  it('recognises meals and banquets by the rule set’s words, whatever the width or case', () => {
    const words = ruleSetFor(2025)!.mealWords;
    expect(mealWordsIn('研修後の懇親会費', words)).toEqual(['懇親会', '懇親']);
    expect(mealWordsIn('研修会 昼食弁当 20食', words)).toEqual(['弁当', '昼食']);
    expect(mealWordsIn('講師との飲食費', words)).toEqual(['飲食', '食費']);
    expect(mealWordsIn('ｹｰﾀﾘﾝｸﾞ一式', words)).toEqual(['ケータリング']);
    expect(mealWordsIn('Working LUNCH', words)).toEqual(['lunch']);
    expect(mealWordsIn('会議室使用料', words)).toEqual([]);
    expect(mealWordsIn('資料印刷（ACPリーフレット）', words)).toEqual([]);
  });
});

describe('budget warnings', () => {
  const line = (key: string, level: BurnLevel, projectedYen = 0, capYen: number | null = 1_000_000) => ({ key, level, capYen, remainingYen: 100, projectedYen });
  it('gives the most urgent code per line, with its figures', () => {
    expect(budgetWarnings([line('TOTAL', 'EXCEEDED'), line('OFFICE', 'CRITICAL'), line('COORDINATOR_PERSONNEL', 'WARNING')])).toEqual([
      { code: 'CAP_EXCEEDED', scope: 'TOTAL', capYen: 1_000_000, remainingYen: 100, projectedYen: 0 },
      { code: 'ABOVE_95', scope: 'OFFICE', capYen: 1_000_000, remainingYen: 100, projectedYen: 0 },
      { code: 'ABOVE_80', scope: 'COORDINATOR_PERSONNEL', capYen: 1_000_000, remainingYen: 100, projectedYen: 0 },
    ]);
  });
  it('warns of a projected overrun only below 80 %, and never without a cap', () => {
    expect(budgetWarnings([line('OFFICE', 'OK', 1_000_001), line('TOTAL', 'OK', 1_000_000), line('HONORARIA', 'OK', 5_000_000, null)])).toEqual([
      { code: 'PROJECTED_OVER', scope: 'OFFICE', capYen: 1_000_000, remainingYen: 100, projectedYen: 1_000_001 },
    ]);
  });
});
