import { AppError } from './app-error.js';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** SQLSTATE classes and node errors that mean the database cannot be reached, not that the request is wrong. */
const UNREACHABLE_STATES = /^(08|57P0[1-3])/;
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down)/;

/** Whether an error says the database is away (restarting, unreachable, out of connections) rather than what a request did wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error as { code?: unknown; message?: unknown; cause?: unknown } | null, depth = 0; current && depth < 5; current = current.cause as typeof current, depth += 1) {
    if (typeof current.code === 'string' && (UNREACHABLE_STATES.test(current.code) || current.code === 'ECONNREFUSED' || current.code === 'ECONNRESET')) return true;
    if (typeof current.message === 'string' && UNREACHABLE_MESSAGES.test(current.message)) return true;
  }
  return false;
}

/** The refusal while the database is away: nothing was done, and the same request can be sent again shortly. */
export function databaseUnavailable(): AppError {
  return new AppError(
    SERVICE_UNAVAILABLE,
    { ja: 'データベースに接続できないため、処理できませんでした。しばらくしてからもう一度お試しください。', en: 'The database cannot be reached, so nothing was done. Please try again shortly.' },
    { retryAfterSeconds: 5, http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  );
}
