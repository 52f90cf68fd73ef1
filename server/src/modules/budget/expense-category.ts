/**
 * The sub-caps and expense categories of the hub subsidy, as plain values with no framework
 * behind them, so the rule set and its rule modules can be imported by the client as well.
 * The GraphQL enums are registered from these in budget.types.ts.
 */
// Objects of string values rather than TypeScript enums, so that a plain 'OFFICE' from the
// client's GraphQL types is a SubCap too.
export const SubCap = {
  COORDINATOR_PERSONNEL: 'COORDINATOR_PERSONNEL',
  OFFICE: 'OFFICE',
} as const;
export type SubCap = (typeof SubCap)[keyof typeof SubCap];

/** The eligible categories, personnel costs (①) first, in the order the subsidy lists them (004:263). */
export const ExpenseCategory = {
  REMUNERATION: 'REMUNERATION',
  SALARY: 'SALARY',
  ALLOWANCES: 'ALLOWANCES',
  MUTUAL_AID: 'MUTUAL_AID',
  WAGES: 'WAGES',
  HONORARIA: 'HONORARIA',
  TRAVEL: 'TRAVEL',
  SUPPLIES: 'SUPPLIES',
  SERVICES: 'SERVICES',
  COMMISSION: 'COMMISSION',
  RENTAL: 'RENTAL',
} as const;
export type ExpenseCategory = (typeof ExpenseCategory)[keyof typeof ExpenseCategory];

/** Japanese labels of the categories, as in the subsidy rules (需用費 excludes meals). */
export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  REMUNERATION: '報酬',
  SALARY: '給料',
  ALLOWANCES: '職員手当等',
  MUTUAL_AID: '共済費',
  WAGES: '賃金',
  HONORARIA: '報償費',
  TRAVEL: '旅費',
  SUPPLIES: '需用費',
  SERVICES: '役務費',
  COMMISSION: '委託料',
  RENTAL: '使用料及び賃借料',
};

/** English labels of the categories (the client's English screens). */
export const EXPENSE_CATEGORY_LABELS_EN: Record<ExpenseCategory, string> = {
  REMUNERATION: 'Remuneration',
  SALARY: 'Salary',
  ALLOWANCES: 'Allowances',
  MUTUAL_AID: 'Mutual aid',
  WAGES: 'Wages',
  HONORARIA: 'Honoraria',
  TRAVEL: 'Travel',
  SUPPLIES: 'Supplies',
  SERVICES: 'Services',
  COMMISSION: 'Commission',
  RENTAL: 'Rental',
};

/** Short Japanese labels of the sub-caps, as the budget screens and messages name them. */
export const SUB_CAP_SHORT_LABELS: Record<SubCap, string> = { COORDINATOR_PERSONNEL: '①調整担当者人件費', OFFICE: '②事務費' };
/** The same in English, as they read inside a sentence. */
export const SUB_CAP_SHORT_LABELS_EN: Record<SubCap, string> = { COORDINATOR_PERSONNEL: '① coordinator personnel', OFFICE: '② office costs' };
/** The same in English, as they head a line or a column. */
export const SUB_CAP_TITLES_EN: Record<SubCap, string> = { COORDINATOR_PERSONNEL: '① Coordinator personnel', OFFICE: '② Office costs' };
