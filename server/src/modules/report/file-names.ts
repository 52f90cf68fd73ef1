import { fiscalYearLabel, tokyoCalendarDate } from '../../platform/fiscal-year.js';
import type { DownloadOptions } from '../../platform/download.js';

/**
 * The name of every file the workspace hands out, as officials file them (era year, the hub or
 * municipality in words), with an ASCII fallback. One table, so the screens and the downloads
 * cannot disagree.
 */
type Named = Pick<DownloadOptions, 'name' | 'fallback'>;

export const fileNames = {
  performanceReport: (hubName: string, fy: number): Named => ({ name: `実績報告_${hubName}_${fiscalYearLabel(fy)}.xlsx`, fallback: `performance-report-${fy}.xlsx` }),
  budgetStatement: (hubName: string, fy: number): Named => ({ name: `収支予算書_${hubName}_${fiscalYearLabel(fy)}.xlsx`, fallback: `budget-statement-${fy}.xlsx` }),
  ledger: (hubName: string, fy: number): Named => ({ name: `支出台帳_${hubName}_${fiscalYearLabel(fy)}.csv`, fallback: `ledger-${fy}.csv` }),
  programmeReport: (municipality: string, fy: number): Named => ({ name: `市町村実績_${municipality}_${fiscalYearLabel(fy)}.csv`, fallback: `programme-results-${fy}.csv` }),
  areaEvaluation: (area: string, fy: number, extension: 'xlsx' | 'html'): Named => ({ name: `圏域評価_${area}_${fiscalYearLabel(fy)}.${extension}`, fallback: `area-evaluation-${fy}.${extension}` }),
  minutes: (title: string, startsAt: Date): Named => ({ name: `議事録_${tokyoCalendarDate(startsAt)}_${title}.html`, fallback: `minutes-${tokyoCalendarDate(startsAt)}.html` }),
  meeting: (title: string, startsAt: Date): Named => ({ name: `会議_${tokyoCalendarDate(startsAt)}_${title}.ics`, fallback: `meeting-${tokyoCalendarDate(startsAt)}.ics` }),
  hubExport: (hubName: string, extension: 'json' | 'xlsx'): Named => ({ name: `拠点データ一式_${hubName}_${tokyoCalendarDate(new Date())}.${extension}`, fallback: `hub-export-${tokyoCalendarDate(new Date())}.${extension}` }),
  calendarFeed: (): Named => ({ name: '在宅医療連携拠点_会議.ics', fallback: 'meetings.ics' }),
};
