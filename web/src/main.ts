import '@digital-go-jp/design-tokens/dist/tokens.css';
import './styles.css';
import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, loadAllMessages } from './i18n';
import { createGraphQLClient } from './lib/client';
import { router } from './router';

const client = createGraphQLClient();
// Send anyone without a session to the sign-in page.
router.beforeEach(async (to) => {
  if (to.name === 'login') return true;
  await loadAllMessages();
  if (to.meta.public) return true;
  const me = await client.query('{ me { user { id } } }', {}, { requestPolicy: 'network-only' }).toPromise();
  return me.data?.me ? true : { name: 'login' };
});

createApp(App).use(router).use(i18n).use(urql, client).mount('#app');
