import type { EntityManager } from '@mikro-orm/postgresql';
import { fiscalYearOf } from '../../platform/fiscal-year.js';
import { Expense } from './budget.entity.js';
import { FundingSource } from './budget.types.js';
import { yen, type FundingClash } from './budget.errors.js';
import { costMatch } from './funding.rules.js';
import { ruleSetFor } from './subsidy-rule-sets.js';

type ExpenseSide = Pick<Expense, 'id' | 'activityId' | 'payee' | 'spentOn' | 'amountYen' | 'fundingSource' | 'description'> & { doubleFundingReason?: string | null };
/** A municipality's cost claim, as the programme-result module gives it. */
export type ResultSide = {
  id: string;
  activityId?: string | null;
  costPayee: string;
  costDate?: string | null;
  costYen: number;
  fundingSource: FundingSource;
  description: string;
  municipalityName: string;
  doubleFundingReason?: string | null;
};

/**
 * What the double-funding check asks of the programme-result module, which itself asks this
 * module for clashes: the municipal cost claims of the hub (fundingSource MUNICIPAL_PROGRAMME,
 * a cost above zero) of an activity or of an amount within dates, or of a fiscal year.
 */
export type MunicipalClaims = {
  costClaims(em: EntityManager, where: { activityId?: string | null; amountYen: number; dates: { from: string; to: string } } | { fiscalYear: number }): Promise<ResultSide[]>;
};

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

const within = (date: string, days: number) => {
  const at = Date.parse(`${date}T00:00:00Z`);
  const day = (offset: number) => new Date(at + offset * 86_400_000).toISOString().slice(0, 10);
  return { from: day(-days), to: day(days) };
};
const around = (date: string, days: number) => {
  const { from, to } = within(date, days);
  return { $gte: from, $lte: to };
};

/** Clashes of one expense with the hub's municipal cost claims (candidates by activity, or amount and dates near). */
export async function clashesOfExpense(em: EntityManager, hubId: string, expense: ExpenseSide, claims: MunicipalClaims): Promise<FundingClash[]> {
  await lockFunding(em, hubId);
  const candidates = await claims.costClaims(em, { activityId: expense.activityId, amountYen: expense.amountYen, dates: within(expense.spentOn, toleranceFor(expense.spentOn)) });
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
export async function suspects(em: EntityManager, fiscalYear: number, claims: MunicipalClaims): Promise<FundingClash[]> {
  const expenses = await em.find(Expense, { budget: { fiscalYear }, fundingSource: FundingSource.HUB_SUBSIDY });
  const results = await claims.costClaims(em, { fiscalYear });
  return expenses.flatMap((e) => results.map((r) => clash(e, r)).filter((c): c is FundingClash => c !== null));
}
