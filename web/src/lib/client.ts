import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/vue';
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
      cacheExchange,
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
