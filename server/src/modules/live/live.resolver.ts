import { Arg, Authorized, Ctx, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Access, satisfies } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { forbidden, unauthenticated } from '../../platform/errors.js';
import type { HubEventData } from '../../platform/event-bus.js';
import { BudgetSummary } from '../budget/budget.inputs.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { HubEvent } from './live.types.js';

const BUDGET_RECORDS = new Set(['Budget', 'Expense', 'Honorarium', 'BudgetLine']);

type Args = { hubId: string; afterSequence?: number | null; fiscalYear?: number; meetingId?: string };

/** Only current members of the hub may follow its events; subscriptions check at subscribe time, before any event flows. */
function member(ctx: Context, hubId: string) {
  if (!ctx.viewer) throw unauthenticated();
  if (!satisfies(ctx.viewer, [Access.MEMBER], hubId)) {
    throw forbidden({ ja: 'この拠点のメンバーだけが更新を受け取れます。', en: 'Only members of the hub receive its updates.' });
  }
  return ctx.viewer;
}

function stream(ctx: Context, args: Args, accept?: (event: HubEventData) => boolean): AsyncIterable<HubEventData> {
  const viewer = member(ctx, args.hubId);
  return ctx.services.live.stream(ctx.hubEm(args.hubId), viewer, args.hubId, args.afterSequence ?? null, accept);
}

@Resolver(() => HubEvent)
export class LiveResolver {
  @Authorized(Access.MEMBER)
  @Query(() => [HubEvent], { description: 'Events after a sequence number, oldest first (at most 1,000): what a reconnecting client missed. Refused with EVENTS_EXPIRED past the retention window.' })
  hubEventsSince(@Arg('hubId', () => ID) hubId: string, @Arg('afterSequence', () => Int) afterSequence: number, @Ctx() ctx: Context): Promise<HubEvent[]> {
    return ctx.services.live.since(ctx.hubEm(hubId), hubId, afterSequence) as Promise<HubEvent[]>;
  }

  @Authorized(Access.MEMBER)
  @Query(() => Int, { description: "The hub's latest event sequence number: read the data, then subscribe with afterSequence set to this, and nothing is missed in between." })
  hubEventHead(@Arg('hubId', () => ID) hubId: string, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.live.head(ctx.hubEm(hubId), hubId);
  }

  @Subscription(() => HubEvent, {
    description: "Every committed change in the hub, in order, for its current members. With afterSequence, the missed events come first.",
    subscribe: ({ args, context }) => stream(context as Context, args as Args),
  })
  hubEvents(
    @Root() event: HubEventData,
    @Arg('hubId', () => ID) _hubId: string,
    @Arg('afterSequence', () => Int, { nullable: true, description: 'Resume after this sequence number.' }) _afterSequence: number | null,
  ): HubEvent {
    return event as HubEvent;
  }

  @Subscription(() => BudgetSummary, {
    description: "The budget summary of a fiscal year, sent again whenever an expense, honorarium or the budget changes.",
    subscribe: ({ args, context }) => stream(context as Context, args as Args, (e) => BUDGET_RECORDS.has(e.entityType)),
  })
  budgetSummaryChanged(
    @Root() _event: HubEventData,
    @Arg('hubId', () => ID) hubId: string,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Ctx() ctx: Context,
  ): Promise<BudgetSummary> {
    return ctx.services.budget.summary(ctx.hubEm(hubId), fiscalYear);
  }

  @Subscription(() => Meeting, {
    description: 'One meeting, sent again whenever it, its agenda, invitees, attendance, minutes or honoraria change.',
    subscribe: ({ args, context }) => {
      const { meetingId } = args as Args;
      return stream(context as Context, args as Args, (e) => e.entityId === meetingId || e.related.meeting === meetingId);
    },
  })
  meetingChanged(@Root() _event: HubEventData, @Arg('hubId', () => ID) hubId: string, @Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Meeting> {
    // A fresh unit of work per delivery, so the meeting is read as committed.
    return ctx.services.meeting.get(ctx.hubEm(hubId).fork(), meetingId);
  }
}
