import { toCsv, type CsvCell } from '../../platform/csv.js';
import { fiscalYearLabel } from '../../platform/fiscal-year.js';
import { PROGRAMME_ITEM_LABELS, PROGRAMME_ITEMS, type ProgrammeItem } from './programme-item.js';

type Result = { item: ProgrammeItem; description: string; sessions: number; participants: number; periodStart: string; periodEnd: string };

export type ProgrammeReportData = {
  fiscalYear: number;
  items: { item: ProgrammeItem; label: string; results: Result[]; sessions: number; participants: number }[];
  totals: { sessions: number; participants: number; results: number };
  csv: string;
};


/** A municipality's year, item by item (ア)–(ク), with totals and the same as CSV (UTF-8 with BOM, for Excel). */
export function programmeReport<R extends Result>(fiscalYear: number, results: R[]): ProgrammeReportData & { items: { results: R[] }[] } {
  const items = PROGRAMME_ITEMS.map((item) => {
    const rows = results.filter((r) => r.item === item);
    return {
      item,
      label: `${PROGRAMME_ITEM_LABELS[item].mark}${PROGRAMME_ITEM_LABELS[item].label}`,
      results: rows,
      sessions: rows.reduce((sum, r) => sum + r.sessions, 0),
      participants: rows.reduce((sum, r) => sum + r.participants, 0),
    };
  });
  const lines: CsvCell[][] = [['年度', '事業項目', '内容', '期間（開始）', '期間（終了）', '回数', '参加者数']];
  for (const item of items) {
    for (const r of item.results) lines.push([fiscalYearLabel(fiscalYear), item.label, r.description, r.periodStart, r.periodEnd, r.sessions, r.participants]);
    lines.push([fiscalYearLabel(fiscalYear), `${item.label} 計`, '', '', '', item.sessions, item.participants]);
  }
  return {
    fiscalYear,
    items,
    totals: { sessions: items.reduce((s, i) => s + i.sessions, 0), participants: items.reduce((s, i) => s + i.participants, 0), results: results.length },
    csv: toCsv(lines),
  };
}
