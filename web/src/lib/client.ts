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
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = createWsClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: () => (connection.value = connection.value === 'idle' ? 'connecting' : 'reconnecting'),
      connected: () => (connection.value = 'connected'),
      closed: () => (connection.value = 'reconnecting'),
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
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
