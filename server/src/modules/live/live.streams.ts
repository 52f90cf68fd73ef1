import { Access, satisfies } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { forbidden, unauthenticated } from '../../platform/errors.js';
import type { HubEventData } from '../../platform/event-bus.js';

export type StreamArgs = { hubId: string; afterSequence?: number | null };

/** Only current members of the hub may follow its events; subscriptions check at subscribe time, before any event flows. */
function member(ctx: Context, hubId: string) {
  if (!ctx.viewer) throw unauthenticated();
  if (!satisfies(ctx.viewer, [Access.MEMBER], hubId)) {
    throw forbidden({ ja: 'この拠点のメンバーだけが更新を受け取れます。', en: 'Only members of the hub receive its updates.' });
  }
  return ctx.viewer;
}

/**
 * A hub's live events for a subscription of any module: the caller must be a current member,
 * checked when subscribing; `accept` picks the events that concern the subscription.
 */
export function hubEventStream(ctx: Context, args: StreamArgs, accept?: (event: HubEventData) => boolean): AsyncIterable<HubEventData> {
  const viewer = member(ctx, args.hubId);
  return ctx.services.live.stream(ctx.db.hub(args.hubId), viewer, args.hubId, args.afterSequence ?? null, accept);
}

