import { defineMessages } from '../define';

export default defineMessages(
  {
    personal: {
      overview: '全体の状況',
      waiting: 'あなたの対応待ち',
      nothingWaiting: '対応待ちのものはありません。',
      rsvp: '「{title}」の出欠を回答',
      survey: '調査「{title}」に回答',
      deadline: '締切 {date}',
      adviseIssue: '課題「{title}」に助言',
      adviseProject: '事業「{title}」（回覧中の計画）に助言',
      meetings: '今後60日の会議',
    },
  },
  {
    personal: {
      overview: 'Overview',
      waiting: 'Waiting for you',
      nothingWaiting: 'Nothing is waiting for you.',
      rsvp: 'Answer the invitation to “{title}”',
      survey: 'Answer the survey “{title}”',
      deadline: 'due {date}',
      adviseIssue: 'Advise on the issue “{title}”',
      adviseProject: 'Advise on the project “{title}” (plan in circulation)',
      meetings: 'Meetings in the next 60 days',
    },
  },
);
