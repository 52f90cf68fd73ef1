import { describe, expect, it } from 'vitest';
import { ExpenseCategory, SubCap } from './expense-category.js';
import { defaultSubCap, subCapCheckSql, subCapProblem } from './sub-cap.rules.js';
import { SUBSIDY_RULE_SETS } from './subsidy-rule-sets.js';

const rules = SUBSIDY_RULE_SETS[0]!;

describe('sub-cap placement', () => {
  it('places every category, each with its source in the seed documents', () => {
    for (const category of Object.values(ExpenseCategory)) {
      expect(rules.categorySubCaps[category].subCaps.length, category).toBeGreaterThan(0);
      expect(rules.categorySubCaps[category].source, category).toMatch(/\d{3}:\d+/);
    }
  });

  it('keeps personnel costs under ① and meeting and training costs under ②', () => {
    for (const c of ['REMUNERATION', 'SALARY', 'ALLOWANCES', 'MUTUAL_AID', 'WAGES'] as const) expect(defaultSubCap(rules, c)).toBe(SubCap.COORDINATOR_PERSONNEL);
    for (const c of ['HONORARIA', 'TRAVEL', 'SUPPLIES', 'SERVICES', 'COMMISSION', 'RENTAL'] as const) expect(defaultSubCap(rules, c)).toBe(SubCap.OFFICE);
  });

  it('refuses a foreign sub-cap outright and a second one without a reason', () => {
    expect(subCapProblem(rules, 'SALARY', 'OFFICE', 'なんでも')).toMatchObject({ reasonNeeded: false, allowed: ['COORDINATOR_PERSONNEL'] });
    expect(subCapProblem(rules, 'TRAVEL', 'COORDINATOR_PERSONNEL', ' ')).toMatchObject({ reasonNeeded: true });
    expect(subCapProblem(rules, 'TRAVEL', 'COORDINATOR_PERSONNEL', '調整担当者の出張')).toBeNull();
    expect(subCapProblem(rules, 'TRAVEL', 'OFFICE', null)).toBeNull();
  });

  it('writes the database condition from the same table, a NULL reason failing it', () => {
    const sql = subCapCheckSql([rules], 'sub_cap_reason');
    expect(sql).toContain("(sub_cap = 'COORDINATOR_PERSONNEL' and category in ('ALLOWANCES', 'MUTUAL_AID', 'REMUNERATION', 'SALARY', 'WAGES'))");
    expect(sql).toContain("(sub_cap = 'COORDINATOR_PERSONNEL' and category in ('TRAVEL') and coalesce(btrim(sub_cap_reason), '') <> '')");
    expect(sql).not.toMatch(/'SALARY'[^)]*\) or \(sub_cap = 'OFFICE' and category in \([^)]*'SALARY'/);
  });
});
