import { defineMessages } from '../define';

export default defineMessages(
  {
    rollup: {
      title: '拠点の実績一覧（全道）', areaTitle: '圏域の拠点の状況', area: '二次医療圏', allAreas: 'すべての圏域', caption: '{year}の拠点別の実績',
      hub: '拠点', spent: '執行額（上限比）', meetings: '会議開催', attendance: '出席者数', issues: '課題', carried: '繰越 {n}', indicators: '指標の達成', advice: '助言', results: '市町村実績',
      none: 'この年度・圏域の拠点はまだありません。', reportXlsx: '圏域の評価報告（Excel）', reportHtml: '圏域の評価報告（印刷用）',
    },
  },
  {
    rollup: {
      title: 'Hubs at a glance (prefecture)', areaTitle: "Your area's hubs", area: 'Secondary area', allAreas: 'All areas', caption: 'Each hub in {year}',
      hub: 'Hub', spent: 'Spent (of cap)', meetings: 'Meetings held', attendance: 'Attendance', issues: 'Issues', carried: '{n} carried over', indicators: 'Indicators met', advice: 'Advice', results: 'Municipal results',
      none: 'No hubs for this year and area yet.', reportXlsx: 'Area evaluation report (Excel)', reportHtml: 'Area evaluation report (print)',
    },
  },
);
