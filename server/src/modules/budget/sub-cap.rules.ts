import type { ExpenseCategory, SubCap } from './expense-category.js';
import type { SubsidyRuleSet } from './subsidy-rule-sets.js';

/** Where a category goes: the sub-caps it may be filed under, the first being its own. */
export function subCapsOf(rules: Pick<SubsidyRuleSet, 'categorySubCaps'>, category: ExpenseCategory): readonly SubCap[] {
  return rules.categorySubCaps[category].subCaps;
}

/** The sub-cap a category belongs to when nobody chose another. */
export function defaultSubCap(rules: Pick<SubsidyRuleSet, 'categorySubCaps'>, category: ExpenseCategory): SubCap {
  return rules.categorySubCaps[category].subCaps[0];
}

export type SubCapProblem = { category: ExpenseCategory; subCap: SubCap; allowed: readonly SubCap[]; reasonNeeded: boolean };

/**
 * Whether a category may be filed under a sub-cap: never under one the rule set does not list,
 * and under its second one only with a reason.
 */
export function subCapProblem(
  rules: Pick<SubsidyRuleSet, 'categorySubCaps'>,
  category: ExpenseCategory,
  subCap: SubCap,
  reason: string | null | undefined,
): SubCapProblem | null {
  const allowed = subCapsOf(rules, category);
  if (!allowed.includes(subCap)) return { category, subCap, allowed, reasonNeeded: false };
  if (subCap !== allowed[0] && !reason?.trim()) return { category, subCap, allowed, reasonNeeded: true };
  return null;
}

/**
 * The SQL condition a row (category, sub_cap, reason column) must meet under every rule set given:
 * the union of their placements, a second sub-cap only with a non-blank reason. The database
 * constraints are written from this, so the rule set and the constraint cannot drift apart.
 */
export function subCapCheckSql(ruleSets: readonly Pick<SubsidyRuleSet, 'categorySubCaps'>[], reasonColumn: string): string {
  const own = new Map<SubCap, Set<ExpenseCategory>>();
  const second = new Map<SubCap, Set<ExpenseCategory>>();
  for (const rules of ruleSets) {
    for (const [category, placement] of Object.entries(rules.categorySubCaps) as [ExpenseCategory, SubsidyRuleSet['categorySubCaps'][ExpenseCategory]][]) {
      placement.subCaps.forEach((subCap, i) => {
        const into = i === 0 ? own : second;
        into.set(subCap, (into.get(subCap) ?? new Set()).add(category));
      });
    }
  }
  const list = (s: Set<ExpenseCategory>) => [...s].sort().map((c) => `'${c}'`).join(', ');
  const parts = [...own].sort(([a], [b]) => a.localeCompare(b)).map(([subCap, cats]) => `(sub_cap = '${subCap}' and category in (${list(cats)}))`);
  for (const [subCap, cats] of [...second].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`(sub_cap = '${subCap}' and category in (${list(cats)}) and coalesce(btrim(${reasonColumn}), '') <> '')`);
  }
  return parts.join(' or ');
}
