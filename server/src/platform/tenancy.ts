import { MetadataStorage, OptimisticLockError, ReferenceKind, type EntityMetadata, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Filter, ManyToOne, Property, Trigger } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity.js';
import { conflict } from './versioning.js';

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
/**
 * The tenant's entity: the hub module registers it (its class with registerTenant, its type by
 * declaration merging into TenantRegistry), so that the platform imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TenantRegistry {}
type TenantHub = TenantRegistry extends { hub: infer H extends object } ? H : { id: string };
let tenantEntity: (new (...args: never[]) => object) | undefined;
export function registerTenant(entity: new (...args: never[]) => object): void {
  tenantEntity = entity;
}
function tenant(): new (...args: never[]) => object {
  if (!tenantEntity) throw new Error('no tenant entity: the hub module registers it (registerTenant) before the ORM starts');
  return tenantEntity;
}

@ObjectType({ description: 'A record that belongs to one hub.' })
export abstract class HubOwnedEntity extends BaseEntity {
  @ManyToOne(() => tenant(), { ref: true, deleteRule: 'cascade' })
  hub!: Ref<TenantHub>;

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
 * matches no row and refuses every insert. A record referencing another hub-owned record (a
 * many-to-one) must reference one of its own hub: a trigger checks each such reference on insert
 * and update, whoever writes (foreign keys alone are not bound by row-level security).
 */
export function HubOwned(tableName: string) {
  return <T extends abstract new (...args: never[]) => HubOwnedEntity>(target: T): void => {
    Filter({ name: HUB_FILTER, cond: (args: Record<string, unknown>) => ({ hub: args.hubId }), default: true })(target as never);
    Entity({
      tableName,
      rowLevelSecurity: 'force',
      policies: [{ name: `${tableName}_hub`, using: `hub_id = ${CURRENT_HUB}`, check: `hub_id = ${CURRENT_HUB}` }],
    })(target as never);
    // Property decorators have run: the references are known, their targets only once every entity is.
    if (decoratedMeta(target) && manyToOnes(decoratedMeta(target)!).length) {
      Trigger({
        name: `${tableName}_same_hub`,
        timing: 'before',
        events: ['insert', 'update'],
        forEach: 'row',
        body: (columns: Record<string, string>) => sameHubChecks(target, columns),
      })(target as never);
    }
  };
}

const decoratedMeta = (target: object): EntityMetadata | undefined => Object.values(MetadataStorage.getMetadata()).find((meta) => meta.class === target);
/** References other than the hub itself whose target may be hub-owned (a target not yet defined may be). */
const manyToOnes = (meta: EntityMetadata) =>
  Object.values(meta.properties).filter((prop) => {
    if (prop.kind !== ReferenceKind.MANY_TO_ONE || prop.name === 'hub') return false;
    try {
      const referenced = (prop.entity as () => unknown)();
      return typeof referenced !== 'function' || referenced.prototype instanceof HubOwnedEntity;
    } catch {
      return true;
    }
  });

/** The trigger's body: for each reference to a hub-owned record, that record must be of the same hub. */
function sameHubChecks(target: object, columns: Record<string, string>): string {
  const checks = manyToOnes(decoratedMeta(target)!).flatMap((prop) => {
    const referenced = (prop.entity as () => unknown)();
    if (typeof referenced !== 'function' || !(referenced.prototype instanceof HubOwnedEntity)) return [];
    const table = decoratedMeta(referenced)?.tableName;
    const column = columns[prop.name];
    if (!table || !column) return [];
    return [
      `if new.${column} is not null and not exists (select 1 from "${table}" r where r.id = new.${column} and r.hub_id = new.hub_id) then raise exception '${prop.name} is not a record of this hub' using errcode = 'foreign_key_violation'; end if;`,
    ];
  });
  return [...checks, 'return new;'].join(' ');
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
