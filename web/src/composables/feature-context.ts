import { inject, provide, type InjectionKey } from 'vue';

/**
 * A feature's shared state for one page: the page provides what its composable built (useMeeting,
 * useBudget, …), and the feature's cards take it. Using it outside the page is a mistake, said so.
 */
export function featureContext<T>(page: string): { provide(value: T): void; use(): T } {
  const key: InjectionKey<T> = Symbol(page);
  return {
    provide: (value) => provide(key, value),
    use() {
      const value = inject(key);
      if (value === undefined) throw new Error(`used outside ${page}`);
      return value;
    },
  };
}
