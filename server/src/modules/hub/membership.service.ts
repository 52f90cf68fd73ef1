import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubMembership } from '../../platform/context.js';
import { Hub } from './hub.entity.js';
import { Membership } from './membership.entity.js';

/**
 * Who belongs to which hub: the access-control plane, read before any hub is chosen (so outside
 * any hub's scope). The account module builds a signed-in person's `Viewer` from it; it needs
 * nothing of the account module, so both can use it without a cycle.
 */
export class MembershipService {
  /** A person's memberships by hub id, as the role checks need them. */
  async ofViewer(em: EntityManager, userId: string): Promise<Map<string, HubMembership>> {
    const rows = await em.find(Membership, { user: userId });
    return new Map(rows.map((m) => [m.hub.id, { membershipId: m.id, hubId: m.hub.id, role: m.role, municipalityId: m.municipality?.id ?? null }]));
  }

  /** A person's memberships with their hubs, by hub name (for "my hubs"). */
  withHubs(em: EntityManager, userId: string): Promise<Membership[]> {
    return em.find(Membership, { user: userId }, { populate: ['hub'], orderBy: { hub: { name: 'asc' } } });
  }

  /** Those of the given people who are members of the hub, with their accounts. */
  membersAmong(em: EntityManager, hubId: string, userIds: string[]): Promise<Membership[]> {
    return userIds.length ? em.find(Membership, { hub: hubId, user: { $in: userIds } }, { populate: ['user'] }) : Promise.resolve([]);
  }

  /** The memberships the given people hold in hubs other than this one, with their accounts. */
  elsewhere(em: EntityManager, userIds: string[], exceptHubId: string): Promise<Membership[]> {
    return userIds.length ? em.find(Membership, { user: { $in: userIds }, hub: { $ne: exceptHubId } }, { populate: ['user'] }) : Promise.resolve([]);
  }

  /** The ids of the hubs of a secondary medical area (which its health centre may read). */
  async hubIdsOfArea(em: EntityManager, secondaryAreaId: string): Promise<string[]> {
    return (await em.find(Hub, { zone: { secondaryArea: secondaryAreaId } }, { fields: ['id'] })).map((h) => h.id);
  }
}
