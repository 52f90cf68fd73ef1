import { ExpenseCategory, SubCap } from '../plan/project.entity.js';

/**
 * The hub subsidy's rules, as data: one entry per version, each applying from a fiscal year on.
 * A budget copies the numbers of the version in force when it is opened, so a later change here
 * never alters an existing budget. Source: 北海道「在宅医療に必要な連携を担う拠点」資料 (R7.7.21)
 * and the R6 budget consultation list (see server/src/db/seed/data/subsidies.json).
 */
export type SubsidyRuleSet = {
  version: string;
  firstFiscalYear: number;
  name: string;
  rate: string;
  capTotalYen: number;
  subCaps: Record<SubCap, { capYen: number; label: string }>;
  eligibleCategories: ExpenseCategory[];
  /** Quoted when a meal or banquet cost is refused. */
  mealRule: string;
  /**
   * Words that mark a cost as a meal or banquet (会食), looked for in its description and payee:
   * such a cost is refused unless the secretariat says why it is not one (audited).
   */
  mealWords: readonly string[];
};

export const SUBSIDY_RULE_SETS: readonly SubsidyRuleSet[] = [
  {
    version: 'hokkaido-hub-2024',
    firstFiscalYear: 2024,
    name: '在宅医療に必要な連携を担う拠点に対する補助（地域医療介護総合確保基金・在宅医療提供体制強化事業）',
    rate: '10/10',
    capTotalYen: 4_012_000,
    subCaps: {
      [SubCap.COORDINATOR_PERSONNEL]: { capYen: 2_092_000, label: '①調整担当者（MSW・事務担当者等）人件費' },
      [SubCap.OFFICE]: { capYen: 1_920_000, label: '②事務費（会議・研修開催等）' },
    },
    eligibleCategories: Object.values(ExpenseCategory),
    mealRule: '補助対象経費のうち需用費は「会食に要する経費を除く」とされており、会食・懇親会の経費は補助対象外です。',
    // 需用費（会食に要する経費を除く）: 004 (R7.7.21) and subsidies.json "excluded"; the words are
    // the ways a meal shows up on a receipt or in a ledger line.
    mealWords: ['会食', '懇親会', '懇親', '宴会', '飲食', '食事', '弁当', '昼食', '夕食', '朝食', '食費', 'ケータリング', '茶菓', '茶菓子', 'お茶代', '仕出し', 'ランチ', 'ディナー', 'lunch', 'dinner', 'banquet', 'catering'],
  },
];

/** The rule set a budget copied its caps from (by its recorded version), else the one in force for its year. */
export function ruleSetOfBudget(budget: { ruleSetVersion: string; fiscalYear: number }): SubsidyRuleSet | null {
  return SUBSIDY_RULE_SETS.find((r) => r.version === budget.ruleSetVersion) ?? ruleSetFor(budget.fiscalYear);
}

/** The rule set in force for a fiscal year: the latest version that starts at or before it. */
export function ruleSetFor(fiscalYear: number): SubsidyRuleSet | null {
  return [...SUBSIDY_RULE_SETS].sort((a, b) => b.firstFiscalYear - a.firstFiscalYear).find((r) => r.firstFiscalYear <= fiscalYear) ?? null;
}
