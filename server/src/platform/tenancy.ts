import { OptimisticLockError, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Filter, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity.js';
import { conflict } from './versioning.js';
import { Hub } from '../modules/hub/hub.entity.js';

/** Name of the filter that scopes hub-owned entities, and of the session setting its policy reads. */
export const HUB_FILTER = 'hub';
export const HUB_SETTING = 'app.hub_id';

/**
 * A record owned by one hub (the tenant). Its table carries `hub_id`, and:
 * - the `hub` filter is on by default and needs the hub id as a parameter, so a query
 *   made without a hub context throws instead of reading across hubs;
 * - a forced row-level-security policy compares the same column with `app.hub_id`, set for
 *   each transaction, so the database refuses other hubs' rows even to a raw query.
 * The filter compares the foreign-key column only (the hub entity has no filter of its
 * own), so no join to `hub` is added.
 */
@ObjectType({ description: 'A record that belongs to one hub.' })
export abstract class HubOwnedEntity extends BaseEntity {
  @ManyToOne(() => Hub, { ref: true, deleteRule: 'cascade' })
  hub!: Ref<Hub>;

  @Field(() => ID, { description: 'The hub that owns this record.' })
  get hubId(): Opt<string> {
    return this.hub.id;
  }
}

/** The hub set for the current transaction; NULL when none is set, so that no row matches. */
export const CURRENT_HUB = `nullif(current_setting('${HUB_SETTING}', true), '')::uuid`;

/**
 * Class decorator for hub-owned entities: the tenant filter (application layer) and a forced
 * row-level-security policy on the same column (database layer). Without a hub set, the policy
 * matches no row and refuses every insert.
 */
export function HubOwned(tableName: string) {
  return <T extends abstract new (...args: never[]) => HubOwnedEntity>(target: T): void => {
    Filter({ name: HUB_FILTER, cond: (args: Record<string, unknown>) => ({ hub: args.hubId }), default: true })(target as never);
    Entity({
      tableName,
      rowLevelSecurity: 'force',
      policies: [{ name: `${tableName}_hub`, using: `hub_id = ${CURRENT_HUB}`, check: `hub_id = ${CURRENT_HUB}` }],
    })(target as never);
  };
}

/** Forks the request's EntityManager into one that can reach only the given hub's records. */
export function forkForHub(em: EntityManager, hubId: string): EntityManager {
  const fork = em.fork({ clear: true, session: { variables: { [HUB_SETTING]: hubId } } });
  fork.setFilterParams(HUB_FILTER, { hubId });
  return fork;
}

/**
 * Runs one unit of work for a hub: a transaction on a hub-scoped fork, so that the hub filter
 * applies to every query and the row-level-security setting is set when the transaction begins.
 */
export async function inHub<T>(em: EntityManager, hubId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await forkForHub(em, hubId).transactional((tx) => work(tx as EntityManager));
  } catch (error) {
    // A versioned record changed between our read and our write (another transaction won).
    if (error instanceof OptimisticLockError) throw conflict({ ja: 'この記録', en: 'This record' }, null);
    throw error;
  }
}

/** A hub-owned record whose writes carry the version they were based on (optimistic locking). */
@ObjectType({ description: 'A hub record edited concurrently by several people.' })
export abstract class VersionedHubEntity extends HubOwnedEntity {
  @Field(() => Int, { description: 'Version of the record; send it back with a change, a stale one is refused with CONFLICT.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
