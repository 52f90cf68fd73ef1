import { EventEmitter } from 'node:events';

/** A committed change inside a hub, as delivered to live clients. */
export type HubEventData = {
  hubId: string;
  /** Per-hub number that only grows, in commit order. */
  sequence: number;
  actorId: string | null;
  /** The entity's class name (the audit module's RecordedEntity). */
  entityType: string;
  entityId: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  operation: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  /** Ids of the records this one belongs to (meeting, project, cycle, budget …), for focused subscriptions. */
  related: Record<string, string>;
  at: string;
};

/**
 * Where committed events leave the ORM: the audit subscriber emits them after the transaction
 * commits, the live module forwards them to subscribers (in-process or through Redis).
 */
export const committedEvents = new EventEmitter<{ committed: [HubEventData[]] }>();
committedEvents.setMaxListeners(50);
