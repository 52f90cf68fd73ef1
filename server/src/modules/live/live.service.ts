import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createPubSub, Repeater, type PubSub } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import type { Viewer } from '../../platform/context.js';
import { AppError, badInput } from '../../platform/errors.js';
import { committedEvents, type HubEventData } from '../../platform/event-bus.js';
import type { AuditService } from '../audit/audit.service.js';

type Topics = { hub: [hubId: string, event: HubEventData] };

export enum LiveErrorCode {
  EVENTS_EXPIRED = 'EVENTS_EXPIRED',
}

const CATCH_UP_LIMIT = 1000;
/** The one Redis channel the instances pass their committed events to each other on. */
const CHANNEL = 'hub-events';

/**
 * Live events: every committed hub event is published on the hub's topic in this process and,
 * with REDIS_URL, passed through Redis to the other instances for their subscribers. Subscribers may
 * resume from a sequence number: the missed events come from the database, then the live ones.
 */
export class LiveService {
  private readonly pubSub: PubSub<Topics>;
  private readonly redis: Redis[] = [];
  private readonly listening = new Map<string, number>();
  /** Tells this instance's own messages apart when Redis hands them back. */
  private readonly origin = randomUUID();
  private fanOut: ((events: HubEventData[]) => void) | null = null;
  private readonly forward = (events: HubEventData[]) => {
    this.deliver(events);
    this.fanOut?.(events);
    this.options.onPublished?.(events.length);
  };

  /**
   * `onPublished` and `onDelivered` count the fan-out (for the metrics); `onRedisTrouble` hears of
   * Redis being away or sending what is not an event (for the log).
   */
  constructor(
    /** The audit trail is the event log: each numbered entry is one event. */
    private readonly audit: Pick<AuditService, 'numberedAfter'>,
    private readonly options: {
      redisUrl?: string;
      retentionDays: number;
      onPublished?: (events: number) => void;
      onDelivered?: () => void;
      onRedisTrouble?: (error: unknown) => void;
    },
  ) {
    // This instance's subscribers are served in-process whether or not Redis is there; Redis only
    // carries events to the other instances, so an outage stops that and nothing else. Every
    // subscriber of a hub listens on the same topic: many listeners per event are expected.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    this.pubSub = createPubSub<Topics>({ eventTarget });
    if (options.redisUrl) {
      const trouble = (error: unknown) => options.onRedisTrouble?.(error);
      // A publish while Redis is away fails at once rather than queueing (and, after the retries,
      // rejecting where nothing waits for it); ioredis reconnects, and subscribes again, by itself.
      const publishClient = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      const subscribeClient = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
      for (const client of [publishClient, subscribeClient]) client.on('error', trouble);
      this.redis.push(publishClient, subscribeClient);
      subscribeClient.subscribe(CHANNEL).catch(trouble);
      subscribeClient.on('message', (_channel: string, message: string) => {
        try {
          const { origin, events } = JSON.parse(message) as { origin: string; events: HubEventData[] };
          if (origin !== this.origin && Array.isArray(events)) this.deliver(events);
        } catch (error) {
          trouble(error);
        }
      });
      this.fanOut = (events) => void publishClient.publish(CHANNEL, JSON.stringify({ origin: this.origin, events })).catch(trouble);
    }
    committedEvents.on('committed', this.forward);
  }

  private deliver(events: HubEventData[]): void {
    for (const event of events) this.pubSub.publish('hub', event.hubId, event);
  }

  async close(): Promise<void> {
    committedEvents.off('committed', this.forward);
    await Promise.all(this.redis.map((r) => r.quit().catch(() => undefined)));
  }

  /** The raw live stream of one hub (no catch-up, no membership check: callers authorise). */
  subscribeHub(hubId: string): AsyncGenerator<HubEventData> {
    return stoppable((stopped) => this.rawHub(hubId, stopped));
  }

  private async *rawHub(hubId: string, stopped: Promise<IteratorResult<HubEventData>>): AsyncGenerator<HubEventData> {
    const live = this.listen(hubId);
    try {
      for (;;) {
        const next = await Promise.race([live.upcoming, stopped]);
        if (next.done) return;
        live.upcoming = live.iterator.next();
        this.options.onDelivered?.();
        yield next.value;
      }
    } finally {
      await live.release();
    }
  }

  /** Subscribers listening to the hub's live events in this process (they hold events from this moment on). */
  listeners(hubId: string): number {
    return this.listening.get(hubId) ?? 0;
  }

  /** Hubs with live subscribers in this process, and the subscribers. */
  listenerTotals(): { hubs: number; subscribers: number } {
    let subscribers = 0;
    for (const n of this.listening.values()) subscribers += n;
    return { hubs: this.listening.size, subscribers };
  }

  /**
   * Starts listening to the hub's topic at once (the pub/sub listens only from the first next(),
   * which is asked for here), counted until released.
   */
  private listen(hubId: string): { iterator: AsyncIterator<HubEventData>; upcoming: Promise<IteratorResult<HubEventData>>; release(): Promise<void> } {
    const iterator = this.pubSub.subscribe('hub', hubId)[Symbol.asyncIterator]();
    const upcoming = iterator.next();
    this.listening.set(hubId, this.listeners(hubId) + 1);
    let released = false;
    return {
      iterator,
      upcoming,
      release: async () => {
        if (released) return;
        released = true;
        const left = this.listeners(hubId) - 1;
        if (left > 0) this.listening.set(hubId, left);
        else this.listening.delete(hubId);
        await iterator.return?.();
      },
    };
  }

  /** The hub's latest sequence number (0 before its first event): load the data, then subscribe from here. */
  async head(em: EntityManager, hubId: string): Promise<number> {
    const [row] = await em.execute<{ last: string }[]>('select last_sequence as last from hub_event_counter where hub_id = ?', [hubId]);
    return Number(row?.last ?? 0);
  }

  /** Events after `afterSequence`, oldest first; refused when the caller has been away longer than the retention window. */
  async since(em: EntityManager, hubId: string, afterSequence: number, now = new Date()): Promise<HubEventData[]> {
    if (!Number.isInteger(afterSequence) || afterSequence < 0) throw badInput('afterSequence', { ja: '0以上の通番を指定してください。', en: 'Give a sequence number of 0 or more.' });
    const entries = await this.audit.numberedAfter(em, hubId, afterSequence, CATCH_UP_LIMIT);
    const oldestKept = new Date(now.getTime() - this.options.retentionDays * 86_400_000);
    if (entries[0] && Number(entries[0].sequence) === afterSequence + 1 && entries[0].at < oldestKept) throw eventsExpired(this.options.retentionDays);
    return entries.map((e) => ({
      hubId,
      sequence: Number(e.sequence),
      actorId: e.actorId ?? null,
      entityType: e.entityType,
      entityId: e.entityId,
      // Only changes get a sequence number (sign-ins and reads are hub-less or unnumbered).
      action: e.action as HubEventData['action'],
      operation: e.operation,
      changes: e.changes,
      related: e.related,
      at: e.at.toISOString(),
    }));
  }

  /**
   * The hub's stream for one subscriber: missed events first (when resuming), then live ones,
   * each once and in order. It ends as soon as the subscriber's membership of the hub is removed.
   */
  stream(em: EntityManager, viewer: Viewer, hubId: string, afterSequence: number | null, accept: (event: HubEventData) => boolean = () => true): AsyncGenerator<HubEventData> {
    return stoppable((stopped) => this.subscriberStream(em, viewer, hubId, afterSequence, accept, stopped));
  }

  private async *subscriberStream(
    em: EntityManager,
    viewer: Viewer,
    hubId: string,
    afterSequence: number | null,
    accept: (event: HubEventData) => boolean,
    stopped: Promise<IteratorResult<HubEventData>>,
  ): AsyncGenerator<HubEventData> {
    // Listening starts before the missed events are read, so that an event committed meanwhile
    // is held for this subscriber instead of slipping past.
    const live = this.listen(hubId);
    let last = afterSequence ?? 0;
    try {
      if (afterSequence !== null) {
        for (const event of await this.since(em, hubId, afterSequence)) {
          last = event.sequence;
          if (accept(event)) yield event;
        }
      }
      for (;;) {
        const next = await Promise.race([live.upcoming, stopped]);
        if (next.done) return;
        live.upcoming = live.iterator.next();
        const event = next.value;
        if (afterSequence !== null && event.sequence <= last) continue;
        last = Math.max(last, event.sequence);
        if (removesMember(event, viewer.userId)) {
          viewer.memberships.delete(hubId);
          return;
        }
        if (!accept(event)) continue;
        this.options.onDelivered?.();
        yield event;
      }
    } finally {
      await live.release();
    }
  }
}

/**
 * An async generator whose return() takes effect at once. A generator waiting for the next event
 * (at an await, not a yield) would otherwise finish only when that event came: the subscriber
 * who completed would keep its listener and its socket's slot until the hub next changed.
 */
function stoppable<T>(make: (stopped: Promise<IteratorResult<T>>) => AsyncGenerator<T>): AsyncGenerator<T> {
  let stop: () => void = () => undefined;
  const stopped = new Promise<IteratorResult<T>>((resolve) => (stop = () => resolve({ done: true, value: undefined })));
  const generator = make(stopped);
  const wrapped: AsyncGenerator<T> = {
    next: (...args: [] | [unknown]) => generator.next(...args),
    return: (value) => {
      stop();
      return generator.return(value);
    },
    throw: (error: unknown) => {
      stop();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]() {
      return wrapped;
    },
    [Symbol.asyncDispose]: async () => {
      stop();
      await generator.return(undefined);
    },
  };
  return wrapped;
}

/** The merged live streams of several hubs, for the prefecture's and health centres' roll-up. */
export function mergedStreams(live: LiveService, hubIds: string[]): AsyncIterable<HubEventData> {
  return Repeater.merge(hubIds.map((id) => live.subscribeHub(id)));
}

function removesMember(event: HubEventData, userId: string): boolean {
  return event.entityType === 'Membership' && event.action === 'DELETE' && (event.changes.user as { before?: unknown } | undefined)?.before === userId;
}

const eventsExpired = (days: number) =>
  new AppError(LiveErrorCode.EVENTS_EXPIRED, {
    ja: `前回の接続から${days}日以上経過しているため、差分を取得できません。画面を読み込み直してください。`,
    en: `Missed events older than ${days} days are no longer kept; reload the data instead.`,
  }, { retentionDays: days });
