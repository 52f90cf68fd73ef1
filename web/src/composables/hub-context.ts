import { inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import type { HubRole, HubShellQuery } from '../gql/graphql';

type HubViewerCan = HubShellQuery['hub']['viewerCan'];

/** A hub-wide "may I?" question; the server answers each (Hub.viewerCan), the client restates no role table. */
export type HubAction = Exclude<keyof HubViewerCan, '__typename'>;

export type HubContext = {
  hubId: string;
  name: ComputedRef<string>;
  role: ComputedRef<HubRole | null>;
  /** The server's answers for the signed-in person in this hub (none while loading: nothing is offered). */
  abilities: ComputedRef<Omit<HubViewerCan, '__typename'> | null>;
  /** The caller's municipality in this hub, for municipality members. */
  municipalityId: ComputedRef<string | null>;
};

const KEY: InjectionKey<HubContext> = Symbol('hub');

export function provideHub(context: HubContext): void {
  provide(KEY, context);
}

/** The open hub, the caller's role in it and what they may do, provided by the hub layout. */
export function useHub(): HubContext & { can: (action: HubAction) => boolean } {
  const context = inject(KEY);
  if (!context) throw new Error('useHub() outside a hub page');
  return { ...context, can: (action: HubAction) => context.abilities.value?.[action] ?? false };
}
