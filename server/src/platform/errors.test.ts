import { NotFoundError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from './errors.js';

describe('formatError', () => {
  const formatted = { message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

  it('answers a value the database could not take as the request’s fault, in both languages', () => {
    const tooLong = Object.assign(new Error('value too long for type character varying(255)'), { code: '22001' });
    const logged: unknown[] = [];
    const out = formatError(formatted, new GraphQLError('x', { originalError: tooLong }), (e) => logged.push(e));
    expect(out.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATA_EXCEPTION', messageEn: expect.any(String) });
    expect(out.message).toContain('保存できません');
    // Still logged: such an input should have been refused before reaching the database.
    expect(logged).toEqual([tooLong]);
  });

  it('answers a record the ORM could not find as NOT_FOUND, in both languages', () => {
    const missing = NotFoundError.findOneFailed('HomeCareZone', { id: '00000000-0000-4000-8000-000000000000' });
    const out = formatError(formatted, new GraphQLError('x', { originalError: missing }), () => undefined);
    expect(out.extensions).toMatchObject({ code: 'NOT_FOUND', messageEn: 'The record given was not found.' });
    expect(out.message).toContain('見つかりません');
  });

  it('keeps anything else internal, with nothing of the fault in the answer', () => {
    const bug = new TypeError('cannot read properties of undefined');
    const out = formatError(formatted, new GraphQLError('x', { originalError: bug }), () => undefined);
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(out)).not.toContain('undefined');
  });
});
