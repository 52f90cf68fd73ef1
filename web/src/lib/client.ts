import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange, subscriptionExchange } from '@urql/vue';
import { createClient as createWsClient } from 'graphql-ws';
import { ref } from 'vue';

/** Whether the live connection is up, for the indicator in the header. */
export const connection = ref<'idle' | 'connecting' | 'connected' | 'reconnecting'>('idle');

/**
 * One GraphQL client: queries and mutations over HTTP with the session cookie, subscriptions
 * over graphql-ws on the same origin (the cookie goes with the upgrade). Reconnects forever;
 * screens catch up from the last sequence they saw.
 */
export function createGraphQLClient(): Client {
  // The socket is lazy: it closes by itself when the last subscription ends, which is not a lost connection.
  let active = 0;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = createWsClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: () => (connection.value = connection.value === 'idle' ? 'connecting' : 'reconnecting'),
      connected: () => (connection.value = 'connected'),
      closed: () => (connection.value = active > 0 ? 'reconnecting' : 'idle'),
    },
  });
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      normalisedCache(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => {
            active += 1;
            let ended = false;
            const end = () => {
              if (ended) return;
              ended = true;
              active -= 1;
            };
            const dispose = ws.subscribe({ ...request, query: request.query ?? '' }, {
              next: (value) => sink.next(value as Parameters<typeof sink.next>[0]),
              error: (error) => {
                end();
                sink.error(error);
              },
              complete: () => {
                end();
                sink.complete();
              },
            });
            return {
              unsubscribe: () => {
                end();
                dispose();
              },
            };
          },
        }),
      }),
    ],
  });
}

/**
 * The normalised cache (Graphcache): every record with an id is one entity, whichever query or
 * mutation brought it, so a change a mutation answers with shows on every screen that holds the
 * record without refetching; objects without an id (summaries, viewerCan answers, warnings) live
 * inside their parent. Lists that grow (a new issue, meeting, expense) are reloaded on the hub's
 * live event stream, which every screen already follows.
 */
export function normalisedCache() {
  return cacheExchange({
    // An entity if it has an id: any type the schema gives one, without listing them here.
    keys: new Proxy({} as Record<string, (data: Record<string, unknown>) => string | null>, {
      get: () => (data: Record<string, unknown>) => (typeof data.id === 'string' ? data.id : null),
    }),
  });
}
