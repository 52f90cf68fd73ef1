import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

/** Opens a graphql-ws connection the way a browser would (cookie on the upgrade) or with a token in connection_init. */
export function wsClient(url: string, auth: { cookie?: string | null; sessionToken?: string | null } = {}): { client: WsClient; closed: Promise<{ code: number; reason: string }> } {
  let resolveClosed: (value: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: auth.cookie ? { cookie: auth.cookie } : {} });
    }
  }
  const client = createClient({
    url,
    webSocketImpl: BrowserLikeSocket,
    lazy: false,
    retryAttempts: 0,
    // Tests assert the close code through `closed`; the default would print the event.
    onNonLazyError: () => undefined,
    connectionParams: auth.sessionToken ? { sessionToken: auth.sessionToken } : undefined,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        resolveClosed({ code, reason });
      },
    },
  });
  return { client, closed };
}

/** Runs one query over the socket and resolves with its result (or rejects with the close event). */
export function wsQuery<T>(client: WsClient, query: string): Promise<{ data?: T; errors?: unknown[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: T; errors?: unknown[] } = {};
    client.subscribe<T>({ query }, {
      next: (value) => (result = value as { data?: T; errors?: unknown[] }),
      error: reject,
      complete: () => resolve(result),
    });
  });
}
