import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** Structured JSON logs on stdout. Credentials never reach a log line: they are redacted by path. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'hub-server' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['password', '*.password', '*.newPassword', '*.currentPassword', 'token', '*.token', 'req.headers.cookie', 'headers.cookie', 'cookie'],
      censor: '[redacted]',
    },
  });
}
