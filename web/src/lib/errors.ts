import type { CombinedError } from '@urql/vue';

/** The message to show for a failed operation: the server's Japanese (or English) text for its code. */
export function errorMessage(error: CombinedError, locale: string): string {
  const first = error.graphQLErrors[0];
  if (!first) return locale === 'en' ? 'Could not reach the server. Check the connection and try again.' : 'サーバーに接続できませんでした。通信環境を確認して再度お試しください。';
  const english = first.extensions?.messageEn;
  return locale === 'en' && typeof english === 'string' ? english : first.message;
}
