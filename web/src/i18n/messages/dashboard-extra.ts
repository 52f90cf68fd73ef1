import { defineMessages } from '../define';

export default defineMessages(
  {
    dashboardExtra: { recentAdvice: '最近の助言・意見', recentResults: '最近の市町村の実績', noResults: 'この年度の実績はまだ登録されていません。', sessions: '{sessions}回・{participants}人' },
  },
  {
    dashboardExtra: { recentAdvice: 'Recent advice and comments', recentResults: 'Recent municipal results', noResults: 'No results recorded this fiscal year yet.', sessions: '{sessions} sessions, {participants} people' },
  },
);
