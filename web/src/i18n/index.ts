import { createI18n } from 'vue-i18n';
import type { Messages } from './define';

type MessageModule = { default: { ja: Messages; en: Messages } };

// Each feature keeps its words in messages/<feature>.ts. The shell's words (core, nav) come
// with the first page; the features' words load once, before the first page past sign-in,
// so the sign-in page stays small.
const shell = import.meta.glob<MessageModule>(['./messages/core.ts', './messages/nav.ts'], { eager: true });
const features = import.meta.glob<MessageModule>(['./messages/*.ts', '!./messages/core.ts', '!./messages/nav.ts']);

const seen = new Map<string, string>();
function merged(modules: [string, MessageModule][], locale: 'ja' | 'en'): Messages {
  const all: Messages = {};
  for (const [file, module] of modules) {
    for (const [key, value] of Object.entries(module.default[locale])) {
      const owner = seen.get(`${locale}:${key}`);
      if (owner && owner !== file) throw new Error(`${file}: the message namespace "${key}" is also defined in ${owner}`);
      seen.set(`${locale}:${key}`, file);
      all[key] = value;
    }
  }
  return all;
}

const initial = Object.entries(shell);
export const i18n = createI18n<Messages, 'ja' | 'en', false>({ legacy: false, locale: 'ja', fallbackLocale: 'ja', messages: { ja: merged(initial, 'ja'), en: merged(initial, 'en') } });

let loading: Promise<void> | null = null;
/** Loads every feature's words (once). */
export function loadAllMessages(): Promise<void> {
  loading ??= (async () => {
    const modules = await Promise.all(Object.entries(features).map(async ([file, load]) => [file, await load()] as [string, MessageModule]));
    for (const locale of ['ja', 'en'] as const) i18n.global.mergeLocaleMessage(locale, merged(modules, locale));
  })();
  return loading;
}
