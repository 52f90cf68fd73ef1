import type { ErrorRequestHandler, Response } from 'express';
import { databaseUnavailable, isDatabaseUnavailable, SERVICE_UNAVAILABLE } from './database-errors.js';
import { AppError, CommonErrorCode, type Messages } from './errors.js';
import type { Logger } from './logger.js';

/**
 * Refusals over plain HTTP (downloads, the calendar feed, a body the GraphQL endpoint cannot
 * read): the same code, Japanese message and English `messageEn` as a GraphQL error, as
 * `{ code, message, messageEn }` — or as a GraphQL response on the GraphQL endpoint, so that a
 * client reads every refusal of the API the same way.
 */
export const HTTP_REFUSALS = {
  UNAUTHENTICATED: { status: 401, ja: 'ログインしてください。セッションの有効期限が切れた可能性があります。', en: 'Please sign in. Your session may have expired.' },
  FORBIDDEN: { status: 403, ja: 'このファイルを取得する権限がありません。', en: 'You may not download this file.' },
  NOT_FOUND: { status: 404, ja: '指定されたものが見つかりません。削除されたか、閲覧する権限がありません。', en: 'Not found. It may have been removed, or you may not have access to it.' },
  BAD_REQUEST: { status: 400, ja: 'リクエストを読み取れません（JSONの形式が正しくありません）。', en: 'The request body cannot be read (it is not well-formed JSON).' },
  PAYLOAD_TOO_LARGE: { status: 413, ja: 'リクエストが大きすぎます。', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, ja: 'この形式のリクエストは受け付けていません。', en: 'This content type is not accepted.' },
  INTERNAL_SERVER_ERROR: { status: 500, ja: 'サーバーでエラーが発生しました。時間をおいて再度お試しください。', en: 'Something went wrong on the server. Please try again later.' },
} as const satisfies Record<string, Messages & { status: number }>;
export type HttpRefusal = keyof typeof HTTP_REFUSALS;

/** HTTP status for a coded error of a service. */
export function statusOf(code: string): number {
  if (code === CommonErrorCode.NOT_FOUND) return 404;
  if (code === CommonErrorCode.UNAUTHENTICATED) return 401;
  if (code === CommonErrorCode.FORBIDDEN || code.startsWith('NOT_OWN_')) return 403;
  if (code === SERVICE_UNAVAILABLE) return 503;
  return 400;
}

export function sendRefusal(res: Response, refusal: HttpRefusal | AppError, graphql = false): void {
  const { status, code, message, messageEn, details } =
    refusal instanceof AppError
      ? (() => {
          const { code: c, messageEn: en, ...rest } = refusal.extensions;
          const details = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'http'));
          return { status: statusOf(String(c)), code: String(c), message: refusal.message, messageEn: String(en), details };
        })()
      : { status: HTTP_REFUSALS[refusal].status, code: refusal, message: HTTP_REFUSALS[refusal].ja, messageEn: HTTP_REFUSALS[refusal].en, details: {} };
  const requestId = res.locals.requestId as string | undefined;
  res.status(status);
  if (graphql) res.json({ errors: [{ message, extensions: { code, messageEn, ...details, ...(requestId ? { requestId } : {}) } }] });
  else res.json({ code, message, messageEn, ...details, ...(requestId ? { requestId } : {}) });
}

/** body-parser's error types, as refusals. */
const BODY_ERRORS: Record<string, HttpRefusal> = {
  'entity.parse.failed': 'BAD_REQUEST',
  'entity.too.large': 'PAYLOAD_TOO_LARGE',
  'entity.verify.failed': 'BAD_REQUEST',
  'request.aborted': 'BAD_REQUEST',
  'request.size.invalid': 'BAD_REQUEST',
  'stream.encoding.set': 'BAD_REQUEST',
  'charset.unsupported': 'UNSUPPORTED_MEDIA_TYPE',
  'encoding.unsupported': 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * The last handler of the app: whatever reaches it is answered as a coded refusal, never as
 * Express's HTML error page (which shows a stack outside production).
 */
export function httpErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const graphql = req.path.startsWith('/graphql');
    const type = (error as { type?: unknown } | null)?.type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known) {
      log.info({ requestId: res.locals.requestId, reason: type }, 'request body refused');
      sendRefusal(res, known, graphql);
      return;
    }
    if (error instanceof AppError) {
      sendRefusal(res, error, graphql);
      return;
    }
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, 'database unavailable');
      res.setHeader('retry-after', '5');
      sendRefusal(res, databaseUnavailable(), graphql);
      return;
    }
    log.error({ err: error, requestId: res.locals.requestId }, 'internal error in an HTTP request');
    sendRefusal(res, 'INTERNAL_SERVER_ERROR', graphql);
  };
}
