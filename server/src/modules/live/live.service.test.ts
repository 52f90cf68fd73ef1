import type { EntityManager } from '@mikro-orm/postgresql';
import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../../platform/context.js';
import { committedEvents, type HubEventData } from '../../platform/event-bus.js';
import { AuditService } from '../audit/audit.service.js';
import { LiveService } from './live.service.js';

const event = (sequence: number): HubEventData => ({
  hubId: 'hub-1', sequence, actorId: null, entityType: 'Issue', entityId: `issue-${sequence}`, action: 'CREATE', operation: 'raiseIssue', changes: {}, related: {}, at: '2026-06-01T00:00:00.000Z',
});
const viewer = { userId: 'user-1', memberships: new Map() } as unknown as Viewer;

let service: LiveService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

describe('a resumed stream', () => {
  it('delivers an event committed while the missed ones are being read', async () => {
    service = new LiveService(new AuditService(), { retentionDays: 7 });
    // Reading the missed events takes a moment, during which another change commits.
    const em = {
      find: async () => {
        committedEvents.emit('committed', [event(6)]);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return [];
      },
    } as unknown as EntityManager;
    const stream = service.stream(em, viewer, 'hub-1', 5);
    const first = await Promise.race([stream.next(), new Promise((resolve) => setTimeout(() => resolve('nothing within 1 s'), 1000))]);
    expect(first).toEqual({ done: false, value: event(6) });
    await stream.return(undefined);
  });
});
