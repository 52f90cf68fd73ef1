import type { BudgetWarningCode } from '../gql/graphql';
import { yen } from './formats';

export type BudgetWarning = { code: BudgetWarningCode; scope: string; capYen?: number | null; remainingYen?: number | null; projectedYen: number };
type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A budget warning in the reader's words: the server sends the code and the figures (budget.rules.ts). */
export function budgetWarningText(warning: BudgetWarning, t: Translate): string {
  const scope = warning.scope === 'TOTAL' ? t('budgetView.warningTotal') : t(`plan.subCaps.${warning.scope}`);
  return t(`budgetView.warnings.${warning.code}`, {
    scope,
    remaining: yen(warning.remainingYen ?? 0),
    projected: yen(warning.projectedYen),
    cap: yen(warning.capYen ?? 0),
  });
}
