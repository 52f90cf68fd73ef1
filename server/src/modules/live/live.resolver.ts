import { Arg, Authorized, Ctx, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import type { HubEventData } from '../../platform/event-bus.js';
import { hubEventStream, type StreamArgs } from './live.streams.js';
import { HubEvent } from './live.types.js';

@Resolver(() => HubEvent)
export class LiveResolver {
  @Authorized(Access.MEMBER)
  @Query(() => [HubEvent], { description: 'Events after a sequence number, oldest first (at most 1,000): what a reconnecting client missed. Refused with EVENTS_EXPIRED past the retention window.' })
  hubEventsSince(@Arg('hubId', () => ID) hubId: string, @Arg('afterSequence', () => Int) afterSequence: number, @Ctx() ctx: Context): Promise<HubEvent[]> {
    return ctx.services.live.since(ctx.db.hub(hubId), hubId, afterSequence) as Promise<HubEvent[]>;
  }

  @Authorized(Access.MEMBER)
  @Query(() => Int, { description: "The hub's latest event sequence number: read the data, then subscribe with afterSequence set to this, and nothing is missed in between." })
  hubEventHead(@Arg('hubId', () => ID) hubId: string, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.live.head(ctx.db.hub(hubId), hubId);
  }

  @Subscription(() => HubEvent, {
    description: "Every committed change in the hub, in order, for its current members. With afterSequence, the missed events come first.",
    subscribe: ({ args, context }) => hubEventStream(context as Context, args as StreamArgs),
  })
  hubEvents(
    @Root() event: HubEventData,
    @Arg('hubId', () => ID) _hubId: string,
    @Arg('afterSequence', () => Int, { nullable: true, description: 'Resume after this sequence number.' }) _afterSequence: number | null,
  ): HubEvent {
    return event as HubEvent;
  }
}
