import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Filter, ManyToOne } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity.js';
import { Hub } from '../modules/hub/hub.entity.js';

/** Name of the filter that scopes hub-owned entities, and of the session setting its policy reads. */
export const HUB_FILTER = 'hub';
export const HUB_SETTING = 'app.hub_id';

/**
 * A record owned by one hub (the tenant). Its table carries `hub_id`, and:
 * - the `hub` filter is on by default and needs the hub id as a parameter, so a query
 *   made without a hub context throws instead of reading across hubs;
 * - the same filter compiles to a forced row-level-security policy on `app.hub_id`,
 *   so the database refuses other hubs' rows even to a raw query.
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

/** Class decorator for hub-owned entities: table options plus the tenant filter. */
export function HubOwned(tableName: string) {
  return <T extends abstract new (...args: never[]) => HubOwnedEntity>(target: T): void => {
    Filter({
      name: HUB_FILTER,
      cond: (args: Record<string, unknown>) => ({ hub: args.hubId }),
      default: true,
      rls: { setting: HUB_SETTING },
    })(target as never);
    Entity({ tableName, rowLevelSecurity: 'force' })(target as never);
  };
}

/** Forks the request's EntityManager into one that can reach only the given hub's records. */
export function forkForHub(em: EntityManager, hubId: string): EntityManager {
  const fork = em.fork({ clear: true });
  fork.setFilterParams(HUB_FILTER, { hubId });
  return fork;
}

/**
 * Runs one unit of work for a hub: a transaction on a hub-scoped fork, so that the hub filter
 * applies to every query and the row-level-security setting is set when the transaction begins.
 */
export function inHub<T>(em: EntityManager, hubId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return forkForHub(em, hubId).transactional((tx) => work(tx as EntityManager));
}
