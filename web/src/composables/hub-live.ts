import { useClientHandle } from '@urql/vue';
import { inject, onBeforeUnmount, provide, ref, type InjectionKey } from 'vue';
import { HubEventHeadDocument, HubEventsDocument, type HubEventsSubscription } from '../gql/graphql';
import { SequenceTracker } from '../lib/event-sequence';

export type HubEvent = HubEventsSubscription['hubEvents'];
/** A committed change in the hub, or word that changes were lost and everything must be read again. */
export type HubChange = { kind: 'event'; event: HubEvent } | { kind: 'resync' };
type Listener = (change: HubChange) => void;
type HubLive = { on(listener: Listener): () => void };

const KEY: InjectionKey<HubLive> = Symbol('hub-live');
const RETRY_MS = 3000;

/**
 * One live stream per open hub, owned by the hub's layout. It reads the hub's event head
 * before any page inside reads its data, then subscribes from that head, so a change made
 * after a page loaded always reaches it. graphql-ws reconnects on its own and the server
 * replays what the subscription missed; replayed events are dropped by sequence number, and
 * a gap or expired history makes every page reload instead.
 */
export function provideHubLive(hubId: string) {
  const { client } = useClientHandle();
  const listeners = new Set<Listener>();
  const ready = ref(false);
  let stop: (() => void) | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const emit = (change: HubChange) => listeners.forEach((listener) => listener(change));

  async function start(resync: boolean) {
    stop?.();
    stop = null;
    const head = await client.query(HubEventHeadDocument, { hubId }, { requestPolicy: 'network-only' }).toPromise();
    if (stopped) return;
    if (head.data?.hubEventHead === undefined) {
      // Readers who are not members (the prefecture) get no stream; anything else is retried.
      const code = head.error?.graphQLErrors[0]?.extensions?.code;
      if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') ready.value = true;
      else retry = setTimeout(() => void start(true), RETRY_MS);
      return;
    }
    const tracker = new SequenceTracker(head.data.hubEventHead);
    ready.value = true;
    if (resync) emit({ kind: 'resync' });
    const subscription = client.subscription(HubEventsDocument, { hubId, afterSequence: tracker.last }).subscribe((result) => {
      if (result.error) {
        // EVENTS_EXPIRED or a refused resubscription: start again from the current head.
        retry = setTimeout(() => void start(true), RETRY_MS);
        return;
      }
      const event = result.data?.hubEvents;
      if (!event) return;
      const verdict = tracker.accept(event.sequence);
      if (verdict === 'new') emit({ kind: 'event', event });
      else if (verdict === 'gap') void start(true);
    });
    stop = () => subscription.unsubscribe();
  }

  void start(false);
  onBeforeUnmount(() => {
    stopped = true;
    if (retry) clearTimeout(retry);
    stop?.();
  });
  provide(KEY, { on: (listener) => (listeners.add(listener), () => listeners.delete(listener)) });
  return { ready };
}

/** Calls `listener` for every change in the open hub while the component is mounted. */
export function useHubChanges(listener: Listener): void {
  const live = inject(KEY, null);
  if (!live) return;
  onBeforeUnmount(live.on(listener));
}

/** Reload when a change touches one of the given kinds of record (or when changes were lost). */
export function useReloadOn(entityTypes: string[] | ((event: HubEvent) => boolean), reload: (event: HubEvent | null) => unknown): void {
  const matches = typeof entityTypes === 'function' ? entityTypes : (event: HubEvent) => entityTypes.includes(event.entityType);
  useHubChanges((change) => {
    if (change.kind === 'resync') void reload(null);
    else if (matches(change.event)) void reload(change.event);
  });
}
