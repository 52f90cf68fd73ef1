import { pino, type Logger as PinoLogger } from 'pino';
import { requestIds } from './request-scope.js';

export type Logger = PinoLogger;

/** Adds the id of the request being answered to every log line written while answering it. */
export function requestIdMixin(): Record<string, string> {
  const requestId = requestIds.getStore();
  return requestId ? { requestId } : {};
}

/** Structured JSON logs on stdout. Credentials never reach a log line: they are redacted by path. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    mixin: requestIdMixin,
    base: { service: 'hub-server' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['password', '*.password', '*.newPassword', '*.currentPassword', 'token', '*.token', 'req.headers.cookie', 'headers.cookie', 'cookie'],
      censor: '[redacted]',
    },
  });
}
