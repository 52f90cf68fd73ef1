import { optionalText } from '../../platform/validation.js';
import { wrongSubCap } from './budget.errors.js';
import { EXPENSE_CATEGORY_LABELS, type ExpenseCategory, type SubCap } from './expense-category.js';
import { defaultSubCap, subCapProblem } from './sub-cap.rules.js';
import type { SubsidyRuleSet } from './subsidy-rule-sets.js';

/**
 * The sub-cap a cost goes under: the one asked for if the rule set allows it for the category
 * (its second one only with a reason), else the category's own.
 */
export function placeInSubCap(
  rules: SubsidyRuleSet,
  line: { category: ExpenseCategory; subCap?: SubCap | null; subCapReason?: string | null },
  field: string,
): { subCap: SubCap; subCapReason: string | null } {
  const subCap = line.subCap ?? defaultSubCap(rules, line.category);
  const problem = subCapProblem(rules, line.category, subCap, line.subCapReason);
  if (problem) throw wrongSubCap({ ...problem, categoryLabel: EXPENSE_CATEGORY_LABELS[line.category] }, field);
  const reason = subCap === defaultSubCap(rules, line.category) ? null : line.subCapReason;
  return { subCap, subCapReason: optionalText(field.replace(/subCap$/, 'subCapReason'), { ja: '区分の理由', en: 'reason for the sub-cap' }, reason) };
}
