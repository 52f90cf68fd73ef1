/**
 * Japanese fiscal years (年度) run from 1 April to 31 March and are named after the year they start
 * in: FY2025 = 2025-04-01 … 2026-03-31. Users speak of them in era years (令和7年度). Dates are
 * judged in Asia/Tokyo whatever the server's time zone.
 */

const tokyoDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Tokyo. */
export function tokyoCalendarDate(instant: Date): string {
  return tokyoDate.format(instant);
}

/** Fiscal year of a calendar date (YYYY-MM-DD) or of an instant, judged in Asia/Tokyo. */
export function fiscalYearOf(date: string | Date): number {
  const iso = typeof date === 'string' ? date : tokyoCalendarDate(date);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a calendar date: ${iso}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 4 ? year : year - 1;
}

export function fiscalYearStart(fiscalYear: number): string {
  return `${fiscalYear}-04-01`;
}

export function fiscalYearEnd(fiscalYear: number): string {
  return `${fiscalYear + 1}-03-31`;
}

export function isInFiscalYear(date: string, fiscalYear: number): boolean {
  return date >= fiscalYearStart(fiscalYear) && date <= fiscalYearEnd(fiscalYear);
}

/**
 * Eras by the first fiscal year named after them. A fiscal year that spans an era change takes
 * the new era's name: FY2019 (Heisei 31 / Reiwa 1) is 令和元年度, FY1989 is 平成元年度.
 */
const ERAS = [
  { name: '令和', nameEn: 'Reiwa', firstFiscalYear: 2019 },
  { name: '平成', nameEn: 'Heisei', firstFiscalYear: 1989 },
  { name: '昭和', nameEn: 'Showa', firstFiscalYear: 1926 },
] as const;

export function eraOfFiscalYear(fiscalYear: number): { name: string; nameEn: string; year: number } {
  const era = ERAS.find((e) => fiscalYear >= e.firstFiscalYear);
  if (!era) throw new Error(`fiscal year ${fiscalYear} is before the Showa era`);
  return { name: era.name, nameEn: era.nameEn, year: fiscalYear - era.firstFiscalYear + 1 };
}

/** 令和7年度 for FY2025; the first year of an era is 元年. */
export function fiscalYearLabel(fiscalYear: number): string {
  const era = eraOfFiscalYear(fiscalYear);
  return `${era.name}${era.year === 1 ? '元' : era.year}年度`;
}

/** "FY2025 (Reiwa 7)" */
export function fiscalYearLabelEn(fiscalYear: number): string {
  const era = eraOfFiscalYear(fiscalYear);
  return `FY${fiscalYear} (${era.nameEn} ${era.year})`;
}
