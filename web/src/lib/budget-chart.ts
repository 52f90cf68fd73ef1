/** Spending over a fiscal year (April–March), month by month, for the budget chart. */

export type Posting = { spentOn: string; subCap: 'COORDINATOR_PERSONNEL' | 'OFFICE'; amountYen: number };
export type MonthPoint = { month: string; personnelYen: number; officeYen: number; totalYen: number };

/** The twelve months of fiscal year `fy` as YYYY-MM, April first. */
export function fiscalMonths(fy: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1;
    const year = i < 9 ? fy : fy + 1;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}

/** Cumulative spending at the end of each month of the year, per sub-cap and in total; postings outside the year are ignored. */
export function cumulativeByMonth(postings: Posting[], fy: number): MonthPoint[] {
  const months = fiscalMonths(fy);
  const perMonth = new Map(months.map((m) => [m, { personnel: 0, office: 0 }]));
  for (const p of postings) {
    const bucket = perMonth.get(p.spentOn.slice(0, 7));
    if (!bucket) continue;
    if (p.subCap === 'COORDINATOR_PERSONNEL') bucket.personnel += p.amountYen;
    else bucket.office += p.amountYen;
  }
  let personnel = 0;
  let office = 0;
  return months.map((month) => {
    const bucket = perMonth.get(month)!;
    personnel += bucket.personnel;
    office += bucket.office;
    return { month, personnelYen: personnel, officeYen: office, totalYen: personnel + office };
  });
}

/** The even pace line: the cap spread over twelve months, for "ahead of / behind plan" at a glance. */
export function evenPace(capYen: number): number[] {
  return Array.from({ length: 12 }, (_, i) => Math.round((capYen * (i + 1)) / 12));
}

/** How many months of the year have begun on `today` (a Tokyo date YYYY-MM-DD): 0 before April of `fy`, 12 once it is over. */
export function monthsElapsed(fy: number, today: string): number {
  const index = fiscalMonths(fy).indexOf(today.slice(0, 7));
  if (index >= 0) return index + 1;
  return today < `${fy}-04-01` ? 0 : 12;
}
