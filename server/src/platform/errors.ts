import { NotFoundError } from '@mikro-orm/core';
import { tooComplex } from './query-limits.js';
import { requestIds } from './request-scope.js';
import { databaseUnavailable, isDatabaseUnavailable } from './database-errors.js';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export { AppError, badInput, CommonErrorCode, forbidden, notFound, unauthenticated, withHttpStatus, type Messages } from './app-error.js';
import { AppError, CommonErrorCode } from './app-error.js';


/**
 * Apollo's formatError: coded errors pass through; anything else (a bug, a database fault)
 * is logged by the caller and reaches the client only as a generic internal error.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, onInternal: (error: unknown) => void, onUnavailable: (error: unknown) => void = () => undefined): GraphQLFormattedError {
  const answer = describe(formatted, error, onInternal, onUnavailable);
  // Every error names the request it answers (the x-request-id header), for support and the logs.
  const requestId = requestIds.getStore();
  return requestId ? { ...answer, extensions: { ...answer.extensions, requestId } } : answer;
}

function describe(formatted: GraphQLFormattedError, error: unknown, onInternal: (error: unknown) => void, onUnavailable: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof AppError) {
    // `http` sets the response's status (Apollo reads it before formatting); it is not for the client.
    return { ...formatted, message: original.message, extensions: withoutHttp(original.extensions) };
  }
  const code = formatted.extensions?.code;
  // GraphQL validation and parse errors describe the request, not the server: keep their code and
  // English detail (as messageEn), with a Japanese message like every other refusal.
  if (typeof code === 'string' && code !== CommonErrorCode.INTERNAL_SERVER_ERROR) {
    // graphql-js words it "more that N tokens".
    const tokens = /more (?:than|that) (\d+) tokens/.exec(formatted.message);
    if (tokens) {
      const refusal = tooComplex('tokens', Number(tokens[1]));
      return { message: refusal.message, locations: formatted.locations, extensions: { ...refusal.extensions } };
    }
    if (typeof formatted.extensions?.messageEn === 'string') {
      return { ...formatted, extensions: withoutHttp(formatted.extensions) };
    }
    return { ...formatted, message: REQUEST_MESSAGES[code] ?? REQUEST_MESSAGES.default!, extensions: { ...formatted.extensions, messageEn: formatted.message } };
  }
  // graphql-js's own refusals of a request (such as "Too many errors processing variables") are
  // GraphQL errors that wrap nothing and point at no field: the request's fault, not the server's.
  if (original instanceof GraphQLError && !original.originalError && !original.path) {
    return { message: REQUEST_MESSAGES.BAD_REQUEST!, locations: formatted.locations, extensions: { code: 'BAD_REQUEST', messageEn: original.message } };
  }
  if (isDatabaseUnavailable(original)) {
    onUnavailable(original);
    const refusal = databaseUnavailable();
    return { message: refusal.message, locations: formatted.locations, path: formatted.path, extensions: withoutHttp(refusal.extensions) };
  }
  onInternal(original);
  // A record looked up by an id the request gave and not there (findOneOrFail): every service should
  // say which record, but never as internal.
  if (original instanceof NotFoundError) {
    return {
      message: '指定された記録が見つかりません。',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: CommonErrorCode.NOT_FOUND, messageEn: 'The record given was not found.' },
    };
  }
  // A value the database could not take (too long, out of range, not text) is the request's
  // fault, not the server's: every such input should be refused before, but never as internal.
  const sqlState = (original as { code?: unknown } | null)?.code;
  // A reference to a record that does not exist, or is not of the hub (the same-hub triggers):
  // the services check references first, so this is the database catching what they missed.
  if (sqlState === '23503') {
    return {
      message: '指定された記録は存在しないか、この拠点の記録ではありません。',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: CommonErrorCode.BAD_USER_INPUT, messageEn: 'A record given does not exist or is not one of this hub.', reason: 'FOREIGN_KEY' },
    };
  }
  if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
    return {
      message: '入力された値を保存できません（長すぎる、範囲外、または文字として読めない値です）。',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: CommonErrorCode.BAD_USER_INPUT, messageEn: 'A value given cannot be stored (too long, out of range or not text).', reason: 'DATA_EXCEPTION' },
    };
  }
  return {
    message: 'サーバーでエラーが発生しました。時間をおいて再度お試しください。',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: CommonErrorCode.INTERNAL_SERVER_ERROR, messageEn: 'Something went wrong on the server. Please try again later.' },
  };
}

/** Japanese words for the refusals GraphQL itself makes, by code; the English detail goes to messageEn. */
const REQUEST_MESSAGES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'リクエストを読み取れません（GraphQLの構文が正しくありません）。',
  GRAPHQL_VALIDATION_FAILED: 'リクエストの内容がAPIの定義に合いません。',
  BAD_USER_INPUT: '入力の形式が正しくありません（項目の型や必須項目を確認してください）。',
  BAD_REQUEST: 'リクエストの形式が正しくありません。',
  OPERATION_RESOLUTION_FAILURE: '実行する操作を特定できません。',
  default: 'リクエストを処理できませんでした。',
};

function withoutHttp(extensions: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extensions).filter(([key]) => key !== 'http'));
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) {
    current = current.originalError;
  }
  return current;
}
