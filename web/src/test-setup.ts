import { loadAllMessages } from './i18n';

// Component tests see every feature's words, as the app does past the sign-in page.
await loadAllMessages();
