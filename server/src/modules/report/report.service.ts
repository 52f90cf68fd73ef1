import ExcelJS from 'exceljs';
import { toCsv, type CsvCell } from '../../platform/csv.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fiscalYearEnd, fiscalYearLabel, fiscalYearOf, fiscalYearStart } from '../../platform/fiscal-year.js';
import type { ActivityService } from '../activity/activity.service.js';
import { Profession, PROFESSION_LABELS } from '../activity/profession.js';
import type { BudgetService } from '../budget/budget.service.js';
import type { HonorariumState } from '../budget/budget.types.js';
import type { HubService } from '../hub/hub.service.js';
import { inHub } from '../../platform/tenancy.js';
import { recordRead } from '../audit/audited-read.js';
import { RecordedEntity } from '../audit/recorded-entity.js';
import { exportHub, type HubExport } from './hub-export.js';
import type { MeetingService } from '../meeting/meeting.service.js';
import { MeetingStatus } from '../meeting/meeting.types.js';
import { EXPENSE_CATEGORY_LABELS as CATEGORY_LABELS, ExpenseCategory, SUB_CAP_SHORT_LABELS, SubCap } from '../budget/expense-category.js';
import type { HubRollup } from '../rollup/rollup.types.js';
import { yen } from '../budget/budget.errors.js';
import { ruleSetOfBudget } from '../budget/subsidy-rule-sets.js';

const YEN = '#,##0"円"';
const tokyoDateTime = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

function header(sheet: ExcelJS.Worksheet, title: string, columns: { header: string; key: string; width: number; yen?: boolean }[]): void {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const row = sheet.addRow(columns.map((c) => c.header));
  row.font = { bold: true };
  row.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } }));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.yen) column.numFmt = YEN;
  });
}

/** Official documents of a hub's fiscal year: the Excel performance report, the budget statement, the ledger CSV and printable minutes. */
export type AreaEvaluation = { area: string; fiscalYear: number; rows: HubRollup[] };

const TOTALS = ['issues', 'carriedOverIssues', 'projects', 'indicators', 'indicatorsAchieved', 'meetingsHeld', 'adviceGiven'] as const;

/** Column totals of an area report: sums of the hubs' own figures. */
export function areaTotals(rows: HubRollup[]) {
  const sum = (pick: (r: HubRollup) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    ...Object.fromEntries(TOTALS.map((key) => [key, sum((r) => r[key])])),
    spentYen: sum((r) => r.budget.find((b) => b.key === 'TOTAL')?.actualYen ?? 0),
    capYen: sum((r) => r.budget.find((b) => b.key === 'TOTAL')?.capYen ?? 0),
  } as Record<(typeof TOTALS)[number] | 'spentYen' | 'capYen', number>;
}

export class ReportService {
  constructor(private readonly deps: { budgets: BudgetService; hubs: HubService; meetings: MeetingService; activities: ActivityService }) {}

  /** The yearly evaluation of a secondary area's hubs, for its regional collaboration council (保健医療福祉圏域連携推進会議). */
  areaEvaluationWorkbook(report: AreaEvaluation): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('圏域評価');
    header(sheet, `${fiscalYearLabel(report.fiscalYear)} ${report.area}圏域 在宅医療連携拠点の取組状況（保健医療福祉圏域連携推進会議 評価資料）`, [
      { header: '拠点', key: 'hub', width: 30 },
      { header: '在宅医療圏', key: 'zone', width: 14 },
      { header: '課題数', key: 'issues', width: 8 },
      { header: '繰越課題', key: 'carried', width: 8 },
      { header: '事業数', key: 'projects', width: 8 },
      { header: '指標数', key: 'indicators', width: 8 },
      { header: '目標達成指標', key: 'achieved', width: 12 },
      { header: '開催会議', key: 'meetings', width: 8 },
      { header: '助言件数', key: 'advice', width: 8 },
      { header: '支出額', key: 'spent', width: 14, yen: true },
      { header: '補助上限額', key: 'cap', width: 14, yen: true },
      { header: '次年度へ繰り越す課題', key: 'carriedTitles', width: 48 },
    ]);
    for (const r of report.rows) {
      const total = r.budget.find((b) => b.key === 'TOTAL');
      sheet.addRow([r.hub.name, r.zone, r.issues, r.carriedOverIssues, r.projects, r.indicators, r.indicatorsAchieved, r.meetingsHeld, r.adviceGiven, total?.actualYen ?? 0, total?.capYen ?? 0, r.carriedOverIssueTitles.join('、')]);
    }
    const t = areaTotals(report.rows);
    sheet.addRow(['合計', null, t.issues, t.carriedOverIssues, t.projects, t.indicators, t.indicatorsAchieved, t.meetingsHeld, t.adviceGiven, t.spentYen, t.capYen, null]).font = { bold: true };
    return workbook;
  }

  areaEvaluationHtml(report: AreaEvaluation): string {
    const e = escapeHtml;
    const t = areaTotals(report.rows);
    const rows = report.rows
      .map((r) => {
        const total = r.budget.find((b) => b.key === 'TOTAL');
        return `<tr><td>${e(r.hub.name)}</td><td>${e(r.zone)}</td><td>${r.issues}</td><td>${r.projects}</td><td>${r.indicatorsAchieved}/${r.indicators}</td><td>${r.meetingsHeld}</td><td>${yen(total?.actualYen ?? 0)}</td><td>${e(r.carriedOverIssueTitles.join('、'))}</td></tr>`;
      })
      .join('');
    return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${e(report.area)}圏域 評価資料</title>
<style>body{font-family:'Noto Sans JP',sans-serif;margin:2rem;color:#1a1a1c}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.25rem .5rem}th{background:#e8f0fe}@media print{body{margin:0}}</style></head>
<body><h1>${e(fiscalYearLabel(report.fiscalYear))} ${e(report.area)}圏域 在宅医療連携拠点の取組状況</h1>
<table><tr><th>拠点</th><th>在宅医療圏</th><th>課題</th><th>事業</th><th>指標達成</th><th>会議</th><th>支出額</th><th>繰越課題</th></tr>${rows}
<tr><th>合計</th><th></th><th>${t.issues}</th><th>${t.projects}</th><th>${t.indicatorsAchieved}/${t.indicators}</th><th>${t.meetingsHeld}</th><th>${yen(t.spentYen)}</th><th></th></tr></table></body></html>`;
  }

  /** 実績報告: spending by sub-cap and category against the caps, honoraria, meetings held with attendance by profession, activities. */
  async performanceReport(em: EntityManager, hubId: string, fiscalYear: number): Promise<ExcelJS.Workbook> {
    const hub = await this.deps.hubs.get(em, hubId);
    const budget = await this.deps.budgets.get(em, fiscalYear);
    const expenses = await this.deps.budgets.expenses(em, fiscalYear);
    const label = fiscalYearLabel(fiscalYear);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'hub-workspace';
    workbook.title = `${label} 実績報告`;

    const summary = workbook.addWorksheet('実績報告');
    header(summary, `${label} 在宅医療に必要な連携を担う拠点 事業実績報告（${hub.name}）`, [
      { header: '区分', key: 'scope', width: 44 },
      { header: '上限額', key: 'cap', width: 16, yen: true },
      { header: '支出額', key: 'actual', width: 16, yen: true },
      { header: '残額', key: 'remaining', width: 16, yen: true },
    ]);
    const spentBy = (test: (e: (typeof expenses)[number]) => boolean) => expenses.filter(test).reduce((s, e) => s + e.amountYen, 0);
    const caps = { COORDINATOR_PERSONNEL: budget.capPersonnelYen, OFFICE: budget.capOfficeYen };
    const rules = ruleSetOfBudget(budget);
    for (const subCap of [SubCap.COORDINATOR_PERSONNEL, SubCap.OFFICE]) {
      const actual = spentBy((e) => e.subCap === subCap);
      summary.addRow([rules?.subCaps[subCap].label ?? SUB_CAP_SHORT_LABELS[subCap], caps[subCap], actual, caps[subCap] - actual]).font = { bold: true };
      for (const category of Object.values(ExpenseCategory)) {
        const amount = spentBy((e) => e.subCap === subCap && e.category === category);
        if (amount > 0) summary.addRow([`　${CATEGORY_LABELS[category]}`, null, amount, null]);
      }
    }
    const total = spentBy(() => true);
    summary.addRow(['合計', budget.capTotalYen, total, budget.capTotalYen - total]).font = { bold: true };

    const ledger = workbook.addWorksheet('経費明細');
    header(ledger, `${label} 経費明細`, [
      { header: '支出日', key: 'date', width: 12 },
      { header: '区分', key: 'subCap', width: 14 },
      { header: '費目', key: 'category', width: 16 },
      { header: '内容', key: 'description', width: 36 },
      { header: '支払先', key: 'payee', width: 24 },
      { header: '金額', key: 'amount', width: 14, yen: true },
      { header: '証憑番号', key: 'receipt', width: 14 },
    ]);
    for (const e of expenses) ledger.addRow([e.spentOn, SUB_CAP_SHORT_LABELS[e.subCap], CATEGORY_LABELS[e.category], e.description, e.payee, e.amountYen, e.receiptRef]);
    ledger.addRow(['合計', null, null, null, null, total, null]).font = { bold: true };

    const honoraria = await this.deps.budgets.honorariaOfYearByPayment(em, fiscalYear);
    const fees = workbook.addWorksheet('謝金一覧');
    header(fees, `${label} 謝金一覧（源泉徴収）`, [
      { header: '支払先', key: 'payee', width: 24 },
      { header: '区分', key: 'type', width: 8 },
      { header: '役割', key: 'role', width: 10 },
      { header: '状態', key: 'state', width: 10 },
      { header: '支払日', key: 'paidOn', width: 12 },
      { header: '支給額', key: 'gross', width: 14, yen: true },
      { header: '源泉徴収税額', key: 'tax', width: 14, yen: true },
      { header: '差引支払額', key: 'net', width: 14, yen: true },
    ]);
    for (const h of honoraria) {
      fees.addRow([h.payeeName, h.payeeType === 'INDIVIDUAL' ? '個人' : '法人', h.role === 'LECTURER' ? '講師' : '会議出席', { PLANNED: '予定', APPROVED: '承認済み', PAID: '支払済み', CANCELLED: '取消' }[h.state as HonorariumState], h.paidOn ?? '', h.grossYen, h.withholdingYen, h.netYen]);
    }

    const meetings = await this.deps.meetings.heldIn(em, fiscalYearStart(fiscalYear), fiscalYearEnd(fiscalYear));
    const invitees = await this.deps.meetings.attendeesOf(em, meetings.map((m) => m.id));
    const professions = Object.values(Profession);
    const meetingSheet = workbook.addWorksheet('会議');
    header(meetingSheet, `${label} 開催した会議と出席者数（職種別）`, [
      { header: '日時', key: 'when', width: 18 },
      { header: '会議名', key: 'title', width: 32 },
      { header: '出席者数', key: 'count', width: 10 },
      ...professions.map((p) => ({ header: PROFESSION_LABELS[p], key: p, width: 10 })),
    ]);
    for (const m of meetings) {
      const present = invitees.filter((i) => i.meeting.id === m.id);
      meetingSheet.addRow([tokyoDateTime.format(m.startsAt), m.title, present.length, ...professions.map((p) => present.filter((i) => i.profession === p).length)]);
    }

    const activities = await this.deps.activities.startingBetween(em, fiscalYearStart(fiscalYear), fiscalYearEnd(fiscalYear));
    const activitySheet = workbook.addWorksheet('事業実施');
    header(activitySheet, `${label} 事業実施の記録`, [
      { header: '実施日', key: 'date', width: 12 },
      { header: '名称', key: 'title', width: 32 },
      { header: '場所', key: 'place', width: 20 },
      { header: '参加者数', key: 'count', width: 10 },
      { header: '成果', key: 'notes', width: 48 },
    ]);
    for (const a of activities) activitySheet.addRow([a.startsOn, a.title, a.place, a.participants.reduce((s, p) => s + p.count, 0), a.outcomeNotes]);
    return workbook;
  }

  /** 収支予算書: planned spending from the business plan by sub-cap and category, funded 10/10 by the subsidy. */
  async budgetStatement(em: EntityManager, hubId: string, fiscalYear: number): Promise<ExcelJS.Workbook> {
    const hub = await this.deps.hubs.get(em, hubId);
    const summary = await this.deps.budgets.summary(em, fiscalYear);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('収支予算書');
    header(sheet, `${fiscalYearLabel(fiscalYear)} 収支予算書（${hub.name}）`, [
      { header: '区分', key: 'scope', width: 44 },
      { header: '予算額', key: 'planned', width: 16, yen: true },
      { header: '補助上限額', key: 'cap', width: 16, yen: true },
    ]);
    sheet.addRow(['【収入】']).font = { bold: true };
    sheet.addRow(['在宅医療提供体制強化事業補助金（10/10）', Math.min(summary.total.plannedYen, summary.total.capYen ?? 0), summary.total.capYen]);
    sheet.addRow(['【支出】']).font = { bold: true };
    for (const line of summary.subCaps) sheet.addRow([line.label, line.plannedYen, line.capYen]).font = { bold: true };
    for (const line of summary.categories.filter((c) => c.plannedYen > 0)) sheet.addRow([`　${line.label}`, line.plannedYen, null]);
    sheet.addRow(['支出合計', summary.total.plannedYen, summary.total.capYen]).font = { bold: true };
    return workbook;
  }

  /** The expense ledger as CSV (UTF-8 with BOM, opens in Excel). */
  async ledgerCsv(em: EntityManager, fiscalYear: number): Promise<string> {
    const expenses = await this.deps.budgets.expenses(em, fiscalYear);
    const lines: CsvCell[][] = [['支出日', '区分', '費目', '内容', '支払先', '金額（円）', '証憑番号', '会議', '事業実施', '謝金']];
    for (const e of expenses) {
      lines.push([e.spentOn, SUB_CAP_SHORT_LABELS[e.subCap], CATEGORY_LABELS[e.category], e.description, e.payee, e.amountYen, e.receiptRef, e.meetingId, e.activityId, e.honorariumId]);
    }
    return toCsv(lines);
  }

  /**
   * Every record of the hub, for the hub to keep, with its name; audited as a read, recorded first
   * so that the export holds the entry of its own reading.
   */
  exportHub(em: EntityManager, hubId: string, read: { actorId: string; operation: string; requestId: string; address: string | null }): Promise<{ data: HubExport; hubName: string }> {
    return inHub(em, hubId, async (tx) => {
      recordRead(tx, { hubId, entityType: RecordedEntity.Hub, entityId: hubId, field: 'export', what: 'every record of the hub', ...read });
      await tx.flush();
      return { data: await exportHub(tx, hubId), hubName: (await this.deps.hubs.get(tx, hubId)).name };
    });
  }

  /** Minutes as a printable page. */
  async minutesHtml(em: EntityManager, hubId: string, meetingId: string): Promise<string | null> {
    const meeting = await this.deps.meetings.find(em, meetingId);
    if (!meeting) return null;
    const hub = await this.deps.hubs.get(em, hubId);
    const agenda = await this.deps.meetings.agenda(em, meetingId);
    const actions = await this.deps.meetings.actionItems(em, meetingId);
    const present = await this.deps.meetings.attendeesOf(em, [meetingId]);
    const e = escapeHtml;
    return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>${e(meeting.title)} 議事録</title>
<style>body{font-family:'Noto Sans JP',sans-serif;max-width:48rem;margin:2rem auto;line-height:1.7;color:#1a1a1c}h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left}@media print{body{margin:0}}</style></head>
<body>
<h1>${e(meeting.title)} 議事録</h1>
<p>${e(hub.name)}<br>日時：${e(tokyoDateTime.format(meeting.startsAt))}〜${e(tokyoDateTime.format(meeting.endsAt))}（${e(fiscalYearLabel(fiscalYearOf(meeting.startsAt)))}）<br>場所：${e(meeting.place || meeting.onlineUrl || '')}<br>状態：${meeting.status === MeetingStatus.MINUTES_APPROVED ? '承認済み' : '未承認'}</p>
<h2>出席者（${present.length}名）</h2>
<table><tr><th>氏名</th><th>所属</th><th>職種</th></tr>${present.map((p) => `<tr><td>${e(p.name)}</td><td>${e(p.organisation)}</td><td>${e(PROFESSION_LABELS[p.profession])}</td></tr>`).join('')}</table>
${agenda.map((a, i) => `<h2>${i + 1}. ${e(a.title)}${a.presenter ? `（${e(a.presenter)}）` : ''}</h2><p>${e(a.minutes).replaceAll('\n', '<br>')}</p>${a.decisions.length ? `<h3>決定事項</h3><ul>${a.decisions.map((d) => `<li>${e(d)}</li>`).join('')}</ul>` : ''}`).join('\n')}
<h2>対応事項</h2>
<table><tr><th>内容</th><th>担当</th><th>期限</th></tr>${actions.map((a) => `<tr><td>${e(a.description)}</td><td>${e(a.assignee)}</td><td>${e(a.dueOn ?? '')}</td></tr>`).join('')}</table>
</body></html>`;
  }
}

function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
