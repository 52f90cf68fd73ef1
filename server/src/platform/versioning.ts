import { AppError } from './errors.js';

export const CONFLICT = 'CONFLICT';

/** Someone else saved the record since the caller read it; the current version is returned. */
export function conflict(what: { ja: string; en: string }, currentVersion: number | null): AppError {
  return new AppError(
    CONFLICT,
    {
      ja: `${what.ja}は他の人によって更新されています。最新の内容を読み込んでから、もう一度変更してください。`,
      en: `${what.en} was changed by someone else. Reload the latest version and apply your change again.`,
    },
    { currentVersion },
  );
}

/** Refuses a write based on a stale version of a record. */
export function assertVersion(record: { version: number }, expected: number, what: { ja: string; en: string }): void {
  if (record.version !== expected) throw conflict(what, record.version);
}
