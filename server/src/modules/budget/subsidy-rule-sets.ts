import { ExpenseCategory, SubCap } from './expense-category.js';

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
  /**
   * The sub-caps each category may be filed under. The first is where it belongs; a second one is
   * allowed only with a reason the secretariat gives (kept with the expense or budget line).
   * `source` says where in the seed documents (file:line) the placement comes from.
   */
  categorySubCaps: Record<ExpenseCategory, CategoryPlacement>;
  /**
   * How many days apart the same payee and amount may be dated in the hub's ledger and in a
   * municipality's claim and still be taken for one cost (an invoice date against a payment date):
   * such a near match must be confirmed with a reason (budget/funding.rules.ts).
   */
  doubleFundingToleranceDays: number;
  /**
   * The honorarium a meeting attendee is paid unless the secretariat says otherwise. The subsidy
   * documents set no rate (004 names 謝金 only as an eligible cost); this is the hub's standard,
   * kept with the rule set so that it changes by version like the caps.
   */
  attendeeHonorariumYen: number;
};

export type CategoryPlacement = { subCaps: readonly [SubCap, ...SubCap[]]; source: string };

const PERSONNEL = SubCap.COORDINATOR_PERSONNEL;
const OFFICE = SubCap.OFFICE;
// 004:259-263 lists the eligible costs: 「調整担当者及び事務担当者の人件費・活動経費、会議・研修の実施に要する事務費」
// 【報酬、給料、職員手当等、共済費、賃金、報償費、旅費、需用費（会食に要する経費を除く。）、役務費、委託料、使用料及び賃借料】.
// 004:287-288 splits the cap into ①調整担当者人件費 and ②事務費（会議・研修開催等）; 004:218 and 004:221 say what each pays
// for (「拠点担当者の人件費見合い」 / 「事業費＋協議参加者への謝金」), and 004:249-250 that honoraria and training costs come
// out of the ② 1,920千円. 001:107 (R6 consultation list) adds 雇用保険料・社会保険料, which the categories file under 共済費.
const HOKKAIDO_2024_PLACEMENT: Record<ExpenseCategory, CategoryPlacement> = {
  REMUNERATION: { subCaps: [PERSONNEL], source: '004:263 報酬; 004:287 ①調整担当者人件費' },
  SALARY: { subCaps: [PERSONNEL], source: '004:263 給料; 004:218 拠点担当者の人件費見合い; 004:287' },
  ALLOWANCES: { subCaps: [PERSONNEL], source: '004:263 職員手当等; 004:287' },
  MUTUAL_AID: { subCaps: [PERSONNEL], source: '004:263 共済費; 001:107 雇用保険料・社会保険料; 004:287' },
  WAGES: { subCaps: [PERSONNEL], source: '004:263 賃金; 004:287' },
  HONORARIA: { subCaps: [OFFICE], source: '004:263 報償費; 004:221 協議参加者への謝金; 004:249-250 192万の中から会議出席者への謝金' },
  // Travel is a meeting's or a lecturer's cost (②) as a rule; the coordinator's own travel for the
  // hub's coordination is part of the 活動経費 beside their personnel cost (004:259), so ① with a reason.
  TRAVEL: { subCaps: [OFFICE, PERSONNEL], source: '004:263 旅費; 004:259 調整担当者…の人件費・活動経費; 004:288 ②事務費（会議・研修開催等）' },
  SUPPLIES: { subCaps: [OFFICE], source: '004:263-264 需用費（会食に要する経費を除く。）; 004:288' },
  SERVICES: { subCaps: [OFFICE], source: '004:264 役務費; 004:288' },
  COMMISSION: { subCaps: [OFFICE], source: '004:264 委託料; 004:288' },
  RENTAL: { subCaps: [OFFICE], source: '004:264-265 使用料及び賃借料; 004:288 会議・研修開催等' },
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
    categorySubCaps: HOKKAIDO_2024_PLACEMENT,
    // 001/004 ask only that the subsidy is never claimed twice (「最低限、補助金二重取りとならないよう留意」);
    // a week covers an invoice dated before the payment that settles it.
    doubleFundingToleranceDays: 7,
    attendeeHonorariumYen: 10_000,
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

/** A rule set's caps in the shape plans and budgets compare against (total and per sub-cap). */
export function capsOfRuleSet(rules: SubsidyRuleSet): { totalYen: number; subCaps: Record<SubCap, number> } {
  return { totalYen: rules.capTotalYen, subCaps: { COORDINATOR_PERSONNEL: rules.subCaps.COORDINATOR_PERSONNEL.capYen, OFFICE: rules.subCaps.OFFICE.capYen } };
}

/**
 * The range any one amount of the budget (an expense, an honorarium, a planned budget line) can
 * take: a whole yen up to a whole year's cap under the most generous rule set. The cap checks
 * refuse what does not fit the year; this refuses at the edge what could never fit any year.
 */
export const YEN_INPUT = { min: 1, max: Math.max(...SUBSIDY_RULE_SETS.map((r) => r.capTotalYen)), unit: 'yen' } as const;
