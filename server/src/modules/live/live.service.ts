import { setMaxListeners } from 'node:events';
import { createPubSub, Repeater, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import type { Viewer } from '../../platform/context.js';
import { AppError, badInput } from '../../platform/errors.js';
import { committedEvents, type HubEventData } from '../../platform/event-bus.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

type Topics = { hub: [hubId: string, event: HubEventData] };

export enum LiveErrorCode {
  EVENTS_EXPIRED = 'EVENTS_EXPIRED',
}

const CATCH_UP_LIMIT = 1000;

/**
 * Live events: every committed hub event is published on the hub's topic, in this process or,
 * with REDIS_URL, through Redis so that every instance's subscribers receive it. Subscribers may
 * resume from a sequence number: the missed events come from the database, then the live ones.
 */
export class LiveService {
  private readonly pubSub: PubSub<Topics>;
  private readonly redis: Redis[] = [];
  private readonly forward = (events: HubEventData[]) => {
    for (const event of events) this.pubSub.publish('hub', event.hubId, event);
  };

  constructor(private readonly options: { redisUrl?: string; retentionDays: number }) {
    if (options.redisUrl) {
      const publishClient = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
      const subscribeClient = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
      this.redis.push(publishClient, subscribeClient);
      this.pubSub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
    } else {
      // Every subscriber of a hub listens on the same topic: many listeners per event are expected.
      const eventTarget = new EventTarget();
      setMaxListeners(0, eventTarget);
      this.pubSub = createPubSub<Topics>({ eventTarget });
    }
    committedEvents.on('committed', this.forward);
  }

  async close(): Promise<void> {
    committedEvents.off('committed', this.forward);
    await Promise.all(this.redis.map((r) => r.quit().catch(() => undefined)));
  }

  /** The raw live stream of one hub (no catch-up, no membership check: callers authorise). */
  subscribeHub(hubId: string): AsyncIterable<HubEventData> {
    return this.pubSub.subscribe('hub', hubId);
  }

  /** The hub's latest sequence number (0 before its first event): load the data, then subscribe from here. */
  async head(em: EntityManager, hubId: string): Promise<number> {
    const [row] = await em.execute<{ last: string }[]>('select last_sequence as last from hub_event_counter where hub_id = ?', [hubId]);
    return Number(row?.last ?? 0);
  }

  /** Events after `afterSequence`, oldest first; refused when the caller has been away longer than the retention window. */
  async since(em: EntityManager, hubId: string, afterSequence: number, now = new Date()): Promise<HubEventData[]> {
    if (!Number.isInteger(afterSequence) || afterSequence < 0) throw badInput('afterSequence', { ja: '0以上の通番を指定してください。', en: 'Give a sequence number of 0 or more.' });
    const entries = await em.find(AuditEntry, { hubId, sequence: { $gt: String(afterSequence) } }, { orderBy: { sequence: 'asc' }, limit: CATCH_UP_LIMIT });
    const oldestKept = new Date(now.getTime() - this.options.retentionDays * 86_400_000);
    if (entries[0] && Number(entries[0].sequence) === afterSequence + 1 && entries[0].at < oldestKept) throw eventsExpired(this.options.retentionDays);
    return entries.map((e) => ({
      hubId,
      sequence: Number(e.sequence),
      actorId: e.actorId ?? null,
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
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
  async *stream(em: EntityManager, viewer: Viewer, hubId: string, afterSequence: number | null, accept: (event: HubEventData) => boolean = () => true): AsyncGenerator<HubEventData> {
    const live = this.pubSub.subscribe('hub', hubId)[Symbol.asyncIterator]();
    // The pub/sub listens only from the first next(): ask at once, so that an event committed
    // while the missed ones are read is held for this subscriber instead of slipping past.
    let upcoming = live.next();
    let last = afterSequence ?? 0;
    try {
      if (afterSequence !== null) {
        for (const event of await this.since(em, hubId, afterSequence)) {
          last = event.sequence;
          if (accept(event)) yield event;
        }
      }
      for (;;) {
        const next = await upcoming;
        if (next.done) return;
        upcoming = live.next();
        const event = next.value;
        if (afterSequence !== null && event.sequence <= last) continue;
        last = Math.max(last, event.sequence);
        if (removesMember(event, viewer.userId)) {
          viewer.memberships.delete(hubId);
          return;
        }
        if (accept(event)) yield event;
      }
    } finally {
      await live.return?.();
    }
  }
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
