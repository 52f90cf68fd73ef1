import { SubCap } from './expense-category.js';

/** Withholding income tax on an honorarium paid to an individual: 10.21% up to 1,000,000 yen, 20.42% above; fractions of a yen dropped. */
export function withholdingTax(grossYen: number, payee: 'INDIVIDUAL' | 'CORPORATION'): number {
  if (payee === 'CORPORATION') return 0;
  const base = Math.min(grossYen, 1_000_000);
  const excess = Math.max(0, grossYen - 1_000_000);
  // Integer arithmetic in units of 1/10,000 yen, so no floating-point rounding creeps in.
  return Math.floor((base * 1021 + excess * 2042) / 10_000);
}

export type Caps = { total: number; subCaps: Record<SubCap, number> };
export type Spent = { total: number; subCaps: Record<SubCap, number> };

export type CapProblem = { scope: SubCap | 'TOTAL'; capYen: number; spentYen: number; remainingYen: number; amountYen: number };

/** Whether adding `amountYen` to `subCap` would pass the sub-cap or the total cap. */
export function capProblem(caps: Caps, spent: Spent, subCap: SubCap, amountYen: number): CapProblem | null {
  const subRemaining = caps.subCaps[subCap] - spent.subCaps[subCap];
  if (amountYen > subRemaining) return { scope: subCap, capYen: caps.subCaps[subCap], spentYen: spent.subCaps[subCap], remainingYen: subRemaining, amountYen };
  const totalRemaining = caps.total - spent.total;
  if (amountYen > totalRemaining) return { scope: 'TOTAL', capYen: caps.total, spentYen: spent.total, remainingYen: totalRemaining, amountYen };
  return null;
}

export type BurnLevel = 'OK' | 'WARNING' | 'CRITICAL' | 'EXCEEDED';

/** Warnings at 80% and 95% of a cap. */
export function burnLevel(actualYen: number, capYen: number): BurnLevel {
  if (capYen <= 0) return actualYen > 0 ? 'EXCEEDED' : 'OK';
  const rate = actualYen / capYen;
  if (rate > 1) return 'EXCEEDED';
  if (rate >= 0.95) return 'CRITICAL';
  if (rate >= 0.8) return 'WARNING';
  return 'OK';
}

/**
 * Year-end projection at the pace so far: actual spending divided by the share of the fiscal
 * year elapsed (by days, in Asia/Tokyo). Before the year starts nothing is projected beyond actual.
 */
export function yearEndProjection(actualYen: number, fiscalYear: number, today: string): number {
  const start = Date.UTC(fiscalYear, 3, 1);
  const end = Date.UTC(fiscalYear + 1, 3, 1);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const now = Date.UTC(y, m - 1, d) + 86_400_000; // today counts as elapsed
  if (now <= start) return actualYen;
  if (now >= end) return actualYen;
  return Math.round((actualYen * (end - start)) / (now - start));
}

export type PlanCaps = { totalYen: number; subCaps: Record<SubCap, number> };
export type PlannedTotal = { key: SubCap | 'TOTAL'; plannedYen: number; capYen: number | null; remainingYen: number | null; over: boolean };

/**
 * The planned yen per sub-cap and in total, against the caps when they are known: what the plan
 * screen shows while drafting and what circulating or adopting a plan is checked against.
 */
export function plannedTotals(lines: readonly { subCap: SubCap; plannedYen: number }[], caps: PlanCaps | null): PlannedTotal[] {
  const sums = { COORDINATOR_PERSONNEL: 0, OFFICE: 0 } as Record<SubCap, number>;
  for (const line of lines) sums[line.subCap] += line.plannedYen;
  const row = (key: PlannedTotal['key'], planned: number, cap: number | null): PlannedTotal => ({
    key,
    plannedYen: planned,
    capYen: cap,
    remainingYen: cap === null ? null : cap - planned,
    over: cap !== null && planned > cap,
  });
  const subCaps = Object.values(SubCap);
  return [...subCaps.map((key) => row(key, sums[key], caps ? caps.subCaps[key] : null)), row('TOTAL', subCaps.reduce((s, k) => s + sums[k], 0), caps ? caps.totalYen : null)];
}

/** A warning about the budget, as a code with its figures: the client words it in the reader's language. */
export enum BudgetWarningCode {
  /** Spending is over the cap. */
  CAP_EXCEEDED = 'CAP_EXCEEDED',
  /** 95 % of the cap or more is spent. */
  ABOVE_95 = 'ABOVE_95',
  /** 80 % of the cap or more is spent. */
  ABOVE_80 = 'ABOVE_80',
  /** At the pace so far, spending passes the cap before the year ends. */
  PROJECTED_OVER = 'PROJECTED_OVER',
}

export type BudgetWarning = { code: BudgetWarningCode; scope: string; capYen: number | null; remainingYen: number | null; projectedYen: number };

/** The warnings worth showing for the total and the sub-caps, the most urgent kind per line. */
export function budgetWarnings(lines: readonly { key: string; level: BurnLevel; capYen: number | null; remainingYen: number | null; projectedYen: number }[]): BudgetWarning[] {
  return lines.flatMap((line) => {
    const code =
      line.level === 'EXCEEDED'
        ? BudgetWarningCode.CAP_EXCEEDED
        : line.level === 'CRITICAL'
          ? BudgetWarningCode.ABOVE_95
          : line.level === 'WARNING'
            ? BudgetWarningCode.ABOVE_80
            : line.capYen !== null && line.projectedYen > line.capYen
              ? BudgetWarningCode.PROJECTED_OVER
              : null;
    return code ? [{ code, scope: line.key, capYen: line.capYen, remainingYen: line.remainingYen, projectedYen: line.projectedYen }] : [];
  });
}
