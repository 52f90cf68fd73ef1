import { defineMessages } from '../define';

export default defineMessages(
  {
    cycle: {
      start: '{year}のサイクルを始める', advance: '「{phase}」に進む', close: 'この年度のサイクルを終了する', revert: '「{phase}」に戻す', revertReason: '戻す理由', revertConfirm: '理由を記録して「{phase}」に戻す', cancel: 'やめる',
      lastChange: '{when}に「{from}」から「{to}」へ', reason: '理由', closeHint: '終了すると、次年度へ繰り越す課題を引き継いで次の年度のサイクルが始まります。',
    },
  },
  {
    cycle: {
      start: 'Start the cycle of {year}', advance: 'Move on to “{phase}”', close: 'Close this year’s cycle', revert: 'Back to “{phase}”', revertReason: 'Why go back', revertConfirm: 'Record the reason and go back to “{phase}”', cancel: 'Cancel',
      lastChange: '{from} → {to} on {when}', reason: 'reason', closeHint: 'Closing opens next year’s cycle with the issues marked to carry over.',
    },
  },
);
