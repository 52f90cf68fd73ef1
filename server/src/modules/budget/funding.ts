import type { EntityManager } from '@mikro-orm/postgresql';
import { fiscalYearOf } from '../../platform/fiscal-year.js';
import { ProgrammeResult } from '../programme-result/programme-result.entity.js';
import { Expense, FundingSource } from './budget.entity.js';
import { yen, type FundingClash } from './budget.errors.js';
import { costMatch } from './funding.rules.js';
import { ruleSetFor } from './subsidy-rule-sets.js';

type ExpenseSide = Pick<Expense, 'id' | 'activityId' | 'payee' | 'spentOn' | 'amountYen' | 'fundingSource' | 'description'> & { doubleFundingReason?: string | null };
type ResultSide = Pick<ProgrammeResult, 'id' | 'activityId' | 'costPayee' | 'costDate' | 'costYen' | 'fundingSource' | 'description'> & { municipalityName: string; doubleFundingReason?: string | null };

/** How far apart in days the same payee and amount still count as one cost, by the rules of the date's year. */
export function toleranceFor(date: string | null): number {
  return (date ? ruleSetFor(fiscalYearOf(date)) : null)?.doubleFundingToleranceDays ?? 7;
}

/**
 * 補助金二重取りの防止: the same cost must not be claimed under the hub subsidy and under a
 * municipality's own programme. An exact match (the same activity, or the same payee, date and
 * amount) is refused; a near one (the same payee and amount a few days apart) must be confirmed.
 */
export function clash(expense: ExpenseSide, result: ResultSide): FundingClash | null {
  if (expense.fundingSource !== FundingSource.HUB_SUBSIDY || result.fundingSource !== FundingSource.MUNICIPAL_PROGRAMME || result.costYen <= 0) return null;
  const match = costMatch(
    { activityId: expense.activityId, payee: expense.payee, date: expense.spentOn, amountYen: expense.amountYen },
    { activityId: result.activityId, payee: result.costPayee, date: result.costDate ?? null, amountYen: result.costYen },
    toleranceFor(expense.spentOn),
  );
  if (!match) return null;
  return {
    expenseId: expense.id,
    programmeResultId: result.id,
    municipality: result.municipalityName,
    reason: match.reason,
    match: match.kind,
    daysApart: match.daysApart,
    confirmedReason: expense.doubleFundingReason ?? result.doubleFundingReason ?? null,
    // How a person recognises the two records in the refusal (the ids stay for the software).
    expenseSummary: recordSummary(expense.spentOn, expense.description, expense.payee, expense.amountYen),
    resultSummary: recordSummary(result.costDate ?? null, result.description, result.costPayee, result.costYen),
  };
}

/** "2025-09-01 研修会場使用料（ホテル）30,000円" */
export function recordSummary(date: string | null, description: string, payee: string, amountYen: number): string {
  return `${date ? `${date} ` : ''}${description}${payee.trim() ? `（${payee.trim()}）` : ''}${yen(amountYen)}`;
}

/**
 * Hub expenses and municipal claims of one hub are checked against each other one at a time: a
 * transaction-scoped lock per hub, taken before looking, so two claims of one cost recorded at
 * the same moment from both sides cannot both pass.
 */
async function lockFunding(em: EntityManager, hubId: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended('funding:' || ?, 0))`, [hubId]);
}

const around = (date: string, days: number) => {
  const at = Date.parse(`${date}T00:00:00Z`);
  const day = (offset: number) => new Date(at + offset * 86_400_000).toISOString().slice(0, 10);
  return { $gte: day(-days), $lte: day(days) };
};

async function resultSides(em: EntityManager, where: object): Promise<ResultSide[]> {
  const results = await em.find(ProgrammeResult, { fundingSource: FundingSource.MUNICIPAL_PROGRAMME, costYen: { $gt: 0 }, ...where }, { populate: ['municipality'] });
  return results.map((r) => Object.assign(r, { municipalityName: r.municipality.getEntity().name }));
}

/** Clashes of one expense with the hub's municipal cost claims (candidates by activity, or amount and dates near). */
export async function clashesOfExpense(em: EntityManager, hubId: string, expense: ExpenseSide): Promise<FundingClash[]> {
  await lockFunding(em, hubId);
  const candidates = await resultSides(em, {
    $or: [...(expense.activityId ? [{ activityId: expense.activityId }] : []), { costYen: expense.amountYen, costDate: around(expense.spentOn, toleranceFor(expense.spentOn)) }],
  });
  return candidates.map((r) => clash(expense, r)).filter((c): c is FundingClash => c !== null);
}

/** Clashes of one municipal cost claim with the hub's subsidy expenses. */
export async function clashesOfResult(em: EntityManager, hubId: string, result: Omit<ResultSide, 'municipalityName'>, municipalityName: string): Promise<FundingClash[]> {
  if (result.fundingSource !== FundingSource.MUNICIPAL_PROGRAMME || result.costYen <= 0) return [];
  await lockFunding(em, hubId);
  const expenses = await em.find(Expense, {
    fundingSource: FundingSource.HUB_SUBSIDY,
    $or: [...(result.activityId ? [{ activityId: result.activityId }] : []), ...(result.costDate ? [{ amountYen: result.costYen, spentOn: around(result.costDate, toleranceFor(result.costDate)) }] : [])],
  });
  return expenses.map((e) => clash(e, { ...result, municipalityName })).filter((c): c is FundingClash => c !== null);
}

/** Every suspected double claim of a fiscal year, exact and near, confirmed or not, for review. */
export async function suspects(em: EntityManager, fiscalYear: number): Promise<FundingClash[]> {
  const expenses = await em.find(Expense, { budget: { fiscalYear }, fundingSource: FundingSource.HUB_SUBSIDY });
  const results = await resultSides(em, { fiscalYear });
  return expenses.flatMap((e) => results.map((r) => clash(e, r)).filter((c): c is FundingClash => c !== null));
}
