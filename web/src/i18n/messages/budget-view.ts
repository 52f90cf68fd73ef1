import { SUB_CAP_SHORT_LABELS, SUB_CAP_TITLES_EN } from '../../../../server/src/modules/budget/expense-category';
import { defineMessages } from '../define';

export default defineMessages(
  {
    budgetView: {
      print: '印刷', categoryNote: '計画も執行もない費目は省略しています。費目の残額は計画額との差です。', open: '{year}の予算を開設する', byCategory: '費目別の計画と執行', planned: '計画額', actual: '執行額', projected: '年度末見込', cap: '上限額', remaining: '残額',
      chart: '年度内の執行の推移（累計）', chartLabel: '月ごとの累計執行額と、上限額を12か月で均した目安の線', chartTable: '数値を表で見る', month: '月', total: '合計', personnel: SUB_CAP_SHORT_LABELS.COORDINATOR_PERSONNEL, office: SUB_CAP_SHORT_LABELS.OFFICE, pace: '上限の均等ペース',
      actions: '操作', delete: '削除', deleteNamed: '「{description}」を削除', confirmDelete: '「{description}」を経費明細から削除します。よろしいですか。', fromHonorarium: '謝金から計上', noExpenses: 'まだ経費は計上されていません。',
      honorariumRole: '区分', roles: { ATTENDEE: '出席者', LECTURER: '講師' }, pay: '支払済みにする', noHonoraria: 'この年度の謝金はまだありません。',
      warningTotal: '補助金合計',
      warnings: {
        CAP_EXCEEDED: '{scope}が上限を超えています。',
        ABOVE_95: '{scope}の執行率が95%を超えました（残り{remaining}）。',
        ABOVE_80: '{scope}の執行率が80%を超えました（残り{remaining}）。',
        PROJECTED_OVER: '{scope}は今のペースでは年度末に上限を超える見込みです（見込み{projected}、上限{cap}）。',
      },
    },
  },
  {
    budgetView: {
      print: 'Print', categoryNote: 'Categories with neither a plan nor spending are left out. A category’s remaining amount is what is left of its plan.', open: 'Open the budget for {year}', byCategory: 'Plan and spending by category', planned: 'Planned', actual: 'Spent', projected: 'Projected', cap: 'Cap', remaining: 'Remaining',
      chart: 'Spending over the fiscal year (cumulative)', chartLabel: 'Cumulative spending per month, with the cap spread evenly over twelve months', chartTable: 'Show the figures as a table', month: 'Month', total: 'Total', personnel: SUB_CAP_TITLES_EN.COORDINATOR_PERSONNEL, office: SUB_CAP_TITLES_EN.OFFICE, pace: 'Even pace of the cap',
      actions: 'Actions', delete: 'Delete', deleteNamed: 'Delete “{description}”', confirmDelete: 'Delete “{description}” from the ledger?', fromHonorarium: 'Posted by an honorarium', noExpenses: 'No expenses recorded yet.',
      honorariumRole: 'Role', roles: { ATTENDEE: 'Attendee', LECTURER: 'Lecturer' }, pay: 'Mark paid', noHonoraria: 'No honoraria this fiscal year.',
      warningTotal: 'The whole subsidy',
      warnings: {
        CAP_EXCEEDED: '{scope}: spending is over the cap.',
        ABOVE_95: '{scope}: more than 95% of the cap is spent ({remaining} left).',
        ABOVE_80: '{scope}: more than 80% of the cap is spent ({remaining} left).',
        PROJECTED_OVER: '{scope}: at this pace spending passes the cap before the year ends (projected {projected}, cap {cap}).',
      },
    },
  },
);
