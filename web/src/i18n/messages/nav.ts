import { defineMessages } from '../define';

export default defineMessages(
  {
    nav: {
      label: '拠点内のページ', dashboard: 'ダッシュボード', issues: '課題', plan: '事業計画', activities: '事業実施・調査', meetings: '会議', budget: '予算・執行', results: '市町村の実績', members: 'メンバー', audit: '変更履歴',
      switchHub: '拠点を切り替え', zone: '{name}圏域', home: 'マイページ', prefecture: '全道の状況', area: '圏域の状況', back: '戻る',
    },
  },
  {
    nav: {
      label: 'Hub pages', dashboard: 'Dashboard', issues: 'Issues', plan: 'Business plan', activities: 'Activities and surveys', meetings: 'Meetings', budget: 'Budget', results: 'Municipal results', members: 'Members', audit: 'History',
      switchHub: 'Switch hub', zone: '{name} zone', home: 'My page', prefecture: 'Prefecture overview', area: 'Area overview', back: 'Back',
    },
  },
);
