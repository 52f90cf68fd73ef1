/** A GraphQL error as the server sends it: a stable code and messages in Japanese and English. */
export type ServerError = { message: string; extensions?: { code?: string; messageEn?: string; field?: string } };

export class GraphQLRequestError extends Error {
  constructor(readonly errors: ServerError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'GraphQLRequestError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** The message to show a person: Japanese by default, English on request. */
export function messageOf(error: unknown, locale: 'ja' | 'en' = 'ja'): string {
  if (error instanceof GraphQLRequestError) {
    return error.errors.map((e) => (locale === 'en' && e.extensions?.messageEn) || e.message).join('\n');
  }
  return locale === 'en' ? 'Could not reach the server. Check the connection and try again.' : 'サーバーに接続できませんでした。通信環境を確認して再度お試しください。';
}

/** Sends one operation over HTTP with the session cookie. */
export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: ServerError[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  return body.data as T;
}
