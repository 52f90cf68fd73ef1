import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, messageOf } from './graphql';

describe('messageOf', () => {
  const error = new GraphQLRequestError([
    { message: 'メールアドレスまたはパスワードが正しくありません。', extensions: { code: 'INVALID_CREDENTIALS', messageEn: 'The e-mail address or password is not correct.' } },
  ]);

  it('shows the Japanese message by default and exposes the code', () => {
    expect(messageOf(error)).toBe('メールアドレスまたはパスワードが正しくありません。');
    expect(error.code).toBe('INVALID_CREDENTIALS');
  });

  it('shows the English message when asked', () => {
    expect(messageOf(error, 'en')).toBe('The e-mail address or password is not correct.');
  });

  it('explains a network failure instead of showing a raw exception', () => {
    expect(messageOf(new TypeError('Failed to fetch'))).toContain('サーバーに接続できませんでした');
  });
});
