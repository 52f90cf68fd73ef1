import { inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { can, type Action, type HubRole } from '../lib/permissions';

export type HubContext = {
  hubId: string;
  name: ComputedRef<string>;
  role: ComputedRef<HubRole | null>;
  /** The caller's municipality in this hub, for municipality members. */
  municipalityId: ComputedRef<string | null>;
};

const KEY: InjectionKey<HubContext> = Symbol('hub');

export function provideHub(context: HubContext): void {
  provide(KEY, context);
}

/** The open hub and the caller's role in it, provided by the hub layout. */
export function useHub(): HubContext & { can: (action: Action) => boolean } {
  const context = inject(KEY);
  if (!context) throw new Error('useHub() outside a hub page');
  return { ...context, can: (action: Action) => can(context.role.value, action) };
}

