import { GraphQLError } from 'graphql';

/**
 * Codes shared by every module. Domain modules add their own codes in `<domain>.errors.ts`;
 * every code is stable and documented in the schema's error table in the README.
 */
export enum CommonErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export type Messages = { ja: string; en: string };

/**
 * An error a person can act on: a stable `extensions.code`, a Japanese message (the UI's
 * default language), the English one in `extensions.messageEn`, and optional details
 * such as the field at fault or when to retry.
 */
export class AppError extends GraphQLError {
  constructor(code: string, messages: Messages, details: Record<string, unknown> = {}) {
    super(messages.ja, { extensions: { code, messageEn: messages.en, ...details } });
    this.name = 'AppError';
  }

  get code(): string {
    return String(this.extensions.code);
  }
}

export const unauthenticated = () =>
  new AppError(CommonErrorCode.UNAUTHENTICATED, {
    ja: 'ログインしてください。セッションの有効期限が切れた可能性があります。',
    en: 'Please sign in. Your session may have expired.',
  });

export const forbidden = (what: Messages) => new AppError(CommonErrorCode.FORBIDDEN, what);

export const notFound = (thing: Messages) =>
  new AppError(CommonErrorCode.NOT_FOUND, {
    ja: `${thing.ja}が見つかりません。削除されたか、閲覧する権限がありません。`,
    en: `${thing.en} was not found. It may have been removed, or you may not have access to it.`,
  });

export const badInput = (field: string, messages: Messages, details: Record<string, unknown> = {}) =>
  new AppError(CommonErrorCode.BAD_USER_INPUT, messages, { field, ...details });

/** The same refusal, answered over HTTP with this status (Apollo reads `extensions.http`; formatError drops it). */
export function withHttpStatus(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}
