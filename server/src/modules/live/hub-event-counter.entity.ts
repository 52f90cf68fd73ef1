import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CURRENT_HUB } from '../../platform/tenancy.js';

/**
 * The last event sequence number given out in a hub; its row lock orders the hub's events by
 * commit. No foreign key: the counter of a new hub is written in the flush that creates the hub.
 */
@Entity({
  tableName: 'hub_event_counter',
  rowLevelSecurity: 'force',
  policies: [{ name: 'hub_event_counter_hub', using: `hub_id = ${CURRENT_HUB}`, check: `hub_id = ${CURRENT_HUB}` }],
})
export class HubEventCounter {
  @PrimaryKey({ type: 'uuid' })
  hubId!: string;

  @Property({ type: 'bigint' })
  lastSequence!: string;
}
