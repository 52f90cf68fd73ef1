/** Small sums for the roll-up table. */

type CapUse = { key: string; capYen: number; actualYen: number };

/** Spending against one cap (TOTAL, or a sub-cap key), with the share in percent; null without a budget. */
export function capShare(budget: CapUse[], key: string): { actualYen: number; capYen: number; percent: number } | null {
  const line = budget.find((b) => b.key === key);
  if (!line) return null;
  return { actualYen: line.actualYen, capYen: line.capYen, percent: line.capYen > 0 ? Math.round((line.actualYen / line.capYen) * 1000) / 10 : 0 };
}

export function totalAttendance(byProfession: { count: number }[]): number {
  return byProfession.reduce((sum, p) => sum + p.count, 0);
}
