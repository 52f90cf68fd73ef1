import type { EntityManager } from '@mikro-orm/postgresql';
import { ProgrammeResult } from '../programme-result/programme-result.entity.js';
import { Expense, FundingSource } from './budget.entity.js';
import { yen, type FundingClash } from './budget.errors.js';

type ExpenseSide = Pick<Expense, 'id' | 'activityId' | 'payee' | 'spentOn' | 'amountYen' | 'fundingSource' | 'description'>;
type ResultSide = Pick<ProgrammeResult, 'id' | 'activityId' | 'costPayee' | 'costDate' | 'costYen' | 'fundingSource' | 'description'> & { municipalityName: string };

/**
 * 補助金二重取りの防止: the same cost must not be claimed under the hub subsidy and under a
 * municipality's own programme. A clash is a hub-subsidy expense and a municipal cost claim for
 * the same activity, or with the same payee, date and amount.
 */
export function clash(expense: ExpenseSide, result: ResultSide): FundingClash | null {
  if (expense.fundingSource !== FundingSource.HUB_SUBSIDY || result.fundingSource !== FundingSource.MUNICIPAL_PROGRAMME || result.costYen <= 0) return null;
  const base = {
    expenseId: expense.id,
    programmeResultId: result.id,
    municipality: result.municipalityName,
    // How a person recognises the two records in the refusal (the ids stay for the software).
    expenseSummary: recordSummary(expense.spentOn, expense.description, expense.payee, expense.amountYen),
    resultSummary: recordSummary(result.costDate ?? null, result.description, result.costPayee, result.costYen),
  };
  if (expense.activityId && expense.activityId === result.activityId) return { ...base, reason: 'SAME_ACTIVITY' };
  const samePayee = expense.payee.trim() !== '' && expense.payee.trim() === result.costPayee.trim();
  if (samePayee && expense.spentOn === result.costDate && expense.amountYen === result.costYen) return { ...base, reason: 'SAME_PAYEE_DATE_AMOUNT' };
  return null;
}

/** "2025-09-01 研修会場使用料（ホテル）30,000円" */
export function recordSummary(date: string | null, description: string, payee: string, amountYen: number): string {
  return `${date ? `${date} ` : ''}${description}${payee.trim() ? `（${payee.trim()}）` : ''}${yen(amountYen)}`;
}

async function resultSides(em: EntityManager, where: object): Promise<ResultSide[]> {
  const results = await em.find(ProgrammeResult, { fundingSource: FundingSource.MUNICIPAL_PROGRAMME, costYen: { $gt: 0 }, ...where }, { populate: ['municipality'] });
  return results.map((r) => Object.assign(r, { municipalityName: r.municipality.getEntity().name }));
}

/** Clashes of one expense with the hub's municipal cost claims. */
export async function clashesOfExpense(em: EntityManager, expense: ExpenseSide): Promise<FundingClash[]> {
  const candidates = await resultSides(em, { $or: [...(expense.activityId ? [{ activityId: expense.activityId }] : []), { costPayee: expense.payee, costDate: expense.spentOn, costYen: expense.amountYen }] });
  return candidates.map((r) => clash(expense, r)).filter((c): c is FundingClash => c !== null);
}

/** Clashes of one municipal cost claim with the hub's subsidy expenses. */
export async function clashesOfResult(em: EntityManager, result: Omit<ResultSide, 'municipalityName'>, municipalityName: string): Promise<FundingClash[]> {
  if (result.fundingSource !== FundingSource.MUNICIPAL_PROGRAMME || result.costYen <= 0) return [];
  const expenses = await em.find(Expense, {
    fundingSource: FundingSource.HUB_SUBSIDY,
    $or: [...(result.activityId ? [{ activityId: result.activityId }] : []), ...(result.costDate ? [{ payee: result.costPayee, spentOn: result.costDate, amountYen: result.costYen }] : [])],
  });
  return expenses.map((e) => clash(e, { ...result, municipalityName })).filter((c): c is FundingClash => c !== null);
}

/** Every suspected double claim of a fiscal year, for review. */
export async function suspects(em: EntityManager, fiscalYear: number): Promise<FundingClash[]> {
  const expenses = await em.find(Expense, { budget: { fiscalYear }, fundingSource: FundingSource.HUB_SUBSIDY });
  const results = await resultSides(em, { fiscalYear });
  return expenses.flatMap((e) => results.map((r) => clash(e, r)).filter((c): c is FundingClash => c !== null));
}
