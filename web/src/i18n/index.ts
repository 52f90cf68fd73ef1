import { createI18n } from 'vue-i18n';
import type { Messages } from './define';

// Each feature keeps its words in messages/<feature>.ts; they are merged here, Japanese first.
const modules = import.meta.glob<{ default: { ja: Messages; en: Messages } }>('./messages/*.ts', { eager: true });

function merged(locale: 'ja' | 'en'): Messages {
  const all: Messages = {};
  for (const [file, module] of Object.entries(modules)) {
    for (const [key, value] of Object.entries(module.default[locale])) {
      if (key in all) throw new Error(`${file}: the message namespace "${key}" is defined twice`);
      all[key] = value;
    }
  }
  return all;
}

export const i18n = createI18n<Messages, 'ja' | 'en', false>({ legacy: false, locale: 'ja', fallbackLocale: 'ja', messages: { ja: merged('ja'), en: merged('en') } });
