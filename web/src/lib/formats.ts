import { fiscalYearLabel as eraFiscalYearLabel, fiscalYearLabelEn, fiscalYearOf, tokyoCalendarDate } from '../../../server/src/platform/fiscal-year';
import { i18n } from '../i18n';

export { fiscalYearLabelEn, fiscalYearOf };

/**
 * A fiscal year as the reader's language writes it: 令和7年度, or FY2025 (Reiwa 7). Reading the
 * locale here makes every screen that shows a year follow the language switch.
 */
export function fiscalYearLabel(fiscalYear: number): string {
  return i18n.global.locale.value === 'en' ? fiscalYearLabelEn(fiscalYear) : eraFiscalYearLabel(fiscalYear);
}

const yenFormat = new Intl.NumberFormat('ja-JP');
const tokyoDateTime = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit' });
const tokyoLongDate = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric' });

/** 1234567 → "1,234,567円" */
export function yen(amount: number): string {
  return `${yenFormat.format(amount)}円`;
}

/** In thousands of yen as official forms write it, rounded: 4012000 → "4,012千円". */
export function thousandYen(amount: number): string {
  return `${yenFormat.format(Math.round(amount / 1000))}千円`;
}

/** An instant shown in Asia/Tokyo whatever the browser's zone: "2025/06/10(火) 18:30". */
export function tokyo(instant: string | Date): string {
  return tokyoDateTime.format(typeof instant === 'string' ? new Date(instant) : instant).replace(/\s/g, ' ');
}

/** The Tokyo calendar date (YYYY-MM-DD) of an instant, today by default: deadlines, holidays and fiscal years are Tokyo dates. */
export function tokyoDate(instant: string | Date = new Date()): string {
  return tokyoCalendarDate(typeof instant === 'string' ? new Date(instant) : instant);
}

export function tokyoDay(instant: string | Date): string {
  return tokyoLongDate.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The current fiscal year in Tokyo. */
export function currentFiscalYear(now = new Date()): number {
  return fiscalYearOf(now);
}

/** Share of a cap spent, for gauges, and the warning level at 80% and 95%. */
export function gauge(actual: number, cap: number): { percent: number; level: 'ok' | 'warning' | 'critical' | 'exceeded' } {
  const ratio = cap > 0 ? actual / cap : 0;
  const level = ratio > 1 ? 'exceeded' : ratio >= 0.95 ? 'critical' : ratio >= 0.8 ? 'warning' : 'ok';
  return { percent: Math.min(100, Math.round(ratio * 1000) / 10), level };
}
