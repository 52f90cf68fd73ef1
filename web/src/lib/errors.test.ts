import { CombinedError } from '@urql/vue';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldMessage, refusal } from './errors';

const refused = (extensions: Record<string, unknown>) => new CombinedError({ graphQLErrors: [new GraphQLError('金額を入力してください。', { extensions: { messageEn: 'Enter an amount.', ...extensions } })] });

describe('refusals on screen', () => {
  it('reads the code, the message in the reader’s language, the field and the current version', () => {
    expect(refusal(refused({ code: 'BAD_USER_INPUT', field: 'amountYen' }), 'ja')).toEqual({ code: 'BAD_USER_INPUT', message: '金額を入力してください。', field: 'amountYen' });
    expect(refusal(refused({ code: 'CONFLICT', currentVersion: 4 }), 'en')).toEqual({ code: 'CONFLICT', message: 'Enter an amount.', currentVersion: 4 });
    expect(refusal(new CombinedError({ networkError: new Error('offline') }), 'ja').code).toBe('NETWORK');
  });

  it('puts a message next to the field it names only', () => {
    const r = refusal(refused({ code: 'BAD_USER_INPUT', field: 'amountYen' }), 'ja');
    expect(fieldMessage(r, 'amountYen')).toBe('金額を入力してください。');
    expect(fieldMessage(r, 'description')).toBe('');
    expect(fieldMessage(null, 'amountYen')).toBe('');
  });
});
