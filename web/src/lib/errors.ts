import type { CombinedError } from '@urql/vue';

/** What the UI needs of a refused operation: the person's message, the stable code and any details the server gave. */
export type Refusal = {
  code: string;
  message: string;
  /** The input field at fault (BAD_USER_INPUT), to show the message next to it. */
  field?: string;
  /** The record's version now (CONFLICT), to offer a reload. */
  currentVersion?: number;
};

const NETWORK = {
  ja: 'サーバーに接続できませんでした。通信環境を確認して再度お試しください。',
  en: 'Could not reach the server. Check the connection and try again.',
};

/** The server's Japanese (or English) message and details for the first error of an operation. */
export function refusal(error: CombinedError, locale: string): Refusal {
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', message: locale === 'en' ? NETWORK.en : NETWORK.ja };
  const extensions = first.extensions ?? {};
  const english = extensions.messageEn;
  const result: Refusal = {
    code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
    message: locale === 'en' && typeof english === 'string' ? english : first.message,
  };
  if (typeof extensions.field === 'string') result.field = extensions.field;
  if (typeof extensions.currentVersion === 'number') result.currentVersion = extensions.currentVersion;
  return result;
}

/** The message to show for a failed operation. */
export function errorMessage(error: CombinedError, locale: string): string {
  return refusal(error, locale).message;
}

/** The refusal's message when it names `field` (to show next to that field), else nothing. */
export function fieldMessage(refused: Refusal | null | undefined, field: string): string {
  return refused?.field === field ? refused.message : '';
}
